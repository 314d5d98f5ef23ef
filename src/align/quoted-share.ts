import { mix32 } from '../text/hash.js';
import type { Span, Token } from '../types.js';

/** Tokens `[first, end)` of `tokens` whose normalised word also occurs among `other` (as a multiset). */
function sharedTokensByMap(tokens: readonly Token[], first: number, end: number, other: readonly Token[], oFirst: number, oEnd: number): Token[] {
  const counts = new Map<string, number>();
  for (let i = oFirst; i < oEnd; i++) counts.set(other[i]!.norm, (counts.get(other[i]!.norm) ?? 0) + 1);
  const out: Token[] = [];
  for (let i = first; i < end; i++) {
    const t = tokens[i]!;
    const n = counts.get(t.norm) ?? 0;
    if (n > 0) {
      counts.set(t.norm, n - 1);
      out.push(t);
    }
  }
  return out;
}

/** Scratch of `sharedTokens`: an open-addressing table of words (a representative token of `other`) and their counts. */
let slotHash = new Uint32Array(1 << 10);
let slotToken = new Int32Array(1 << 10);
let slotCount = new Int32Array(1 << 10);

/** The slot of the word of `norm` (hash `hash`): its own, or the empty one where it would go. */
function slotOf(norm: string, hash: number, other: readonly Token[], mask: number): number {
  let slot = mix32(hash) & mask;
  for (;;) {
    const rep = slotToken[slot]!;
    if (rep === -1 || (slotHash[slot] === hash && other[rep]!.norm === norm)) return slot;
    slot = (slot + 1) & mask;
  }
}

/**
 * `sharedTokensByMap` with the words counted in typed arrays, found by their hashes
 * (`TextDoc.wordHashes`) and confirmed by their text: the same tokens, without a Map of strings.
 */
function sharedTokens(
  tokens: readonly Token[],
  hashes: Uint32Array | undefined,
  first: number,
  end: number,
  other: readonly Token[],
  otherHashes: Uint32Array | undefined,
  oFirst: number,
  oEnd: number,
): Token[] {
  if (!hashes || !otherHashes) return sharedTokensByMap(tokens, first, end, other, oFirst, oEnd);
  let size = 16;
  while (size < 2 * (oEnd - oFirst)) size *= 2;
  if (slotToken.length < size) {
    slotHash = new Uint32Array(size);
    slotToken = new Int32Array(size);
    slotCount = new Int32Array(size);
  }
  const mask = size - 1;
  slotToken.fill(-1, 0, size);
  for (let i = oFirst; i < oEnd; i++) {
    const slot = slotOf(other[i]!.norm, otherHashes[i]!, other, mask);
    if (slotToken[slot] === -1) {
      slotToken[slot] = i;
      slotHash[slot] = otherHashes[i]!;
      slotCount[slot] = 1;
    } else slotCount[slot]!++;
  }
  const out: Token[] = [];
  for (let i = first; i < end; i++) {
    const t = tokens[i]!;
    const slot = slotOf(t.norm, hashes[i]!, other, mask);
    if (slotToken[slot] !== -1 && slotCount[slot]! > 0) {
      slotCount[slot]!--;
      out.push(t);
    }
  }
  return out;
}

/** Share of `tokens` (in text order) inside the sorted, disjoint `quotes`. */
function insideShare(tokens: readonly Token[], quotes: readonly Span[]): number {
  if (tokens.length === 0) return 0;
  let q = 0;
  let inside = 0;
  for (const t of tokens) {
    while (q < quotes.length && quotes[q]!.end <= t.start) q++;
    if (q < quotes.length && quotes[q]!.start <= t.start) inside++;
  }
  return inside / tokens.length;
}

/** Whether any quotation span overlaps the tokens `[first, end)` (binary search over the sorted spans). */
function touchesQuote(tokens: readonly Token[], first: number, end: number, quotes: readonly Span[]): boolean {
  if (quotes.length === 0 || end <= first) return false;
  const start = tokens[first]!.start;
  const stop = tokens[end - 1]!.end;
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < quotes.length && quotes[lo]!.start < stop;
}

/** One side of `quotedShare`: tokens `[first, end)`, the document's quotation spans, and optionally its `wordHashes` (faster). */
export interface QuotedSide {
  readonly tokens: readonly Token[];
  readonly hashes?: Uint32Array;
  readonly first: number;
  readonly end: number;
  readonly quotes: readonly Span[];
}

/**
 * How much of what two passages share is quoted speech, on the side with less of it: the
 * share of the words common to both sides that lie inside quotation marks. Counting shared
 * words rather than characters keeps a long attribution ("Nicola Fairbairn, an analyst at
 * Investec, said:") that one paper wrote and the other did not from hiding a shared quote.
 */
export function quotedShare(a: QuotedSide, b: QuotedSide): number {
  if (!touchesQuote(a.tokens, a.first, a.end, a.quotes) || !touchesQuote(b.tokens, b.first, b.end, b.quotes)) return 0;
  const sa = sharedTokens(a.tokens, a.hashes, a.first, a.end, b.tokens, b.hashes, b.first, b.end);
  const sb = sharedTokens(b.tokens, b.hashes, b.first, b.end, a.tokens, a.hashes, a.first, a.end);
  return Math.min(insideShare(sa, a.quotes), insideShare(sb, b.quotes));
}

/**
 * Whether `quotedShare(a, b)` is at least `min`, computing the second side only when the
 * first reaches it: the share is the smaller of the two, and most passages that touch a
 * quote are not quotation, so one side usually settles it.
 */
export function quotedShareAtLeast(a: QuotedSide, b: QuotedSide, min: number): boolean {
  if (!touchesQuote(a.tokens, a.first, a.end, a.quotes) || !touchesQuote(b.tokens, b.first, b.end, b.quotes)) return 0 >= min;
  const sa = sharedTokens(a.tokens, a.hashes, a.first, a.end, b.tokens, b.hashes, b.first, b.end);
  if (!(insideShare(sa, a.quotes) >= min)) return false;
  const sb = sharedTokens(b.tokens, b.hashes, b.first, b.end, a.tokens, a.hashes, a.first, a.end);
  return insideShare(sb, b.quotes) >= min;
}
