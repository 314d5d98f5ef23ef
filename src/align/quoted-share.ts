import type { Span, Token } from '../types.js';

/** Tokens `[first, end)` of `tokens` whose normalised word also occurs among `other` (as a multiset). */
function sharedTokens(tokens: readonly Token[], first: number, end: number, other: readonly Token[], oFirst: number, oEnd: number): Token[] {
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

/**
 * How much of what two passages share is quoted speech, on the side with less of it: the
 * share of the words common to both sides that lie inside quotation marks. Counting shared
 * words rather than characters keeps a long attribution ("Nicola Fairbairn, an analyst at
 * Investec, said:") that one paper wrote and the other did not from hiding a shared quote.
 */
export function quotedShare(
  a: { tokens: readonly Token[]; first: number; end: number; quotes: readonly Span[] },
  b: { tokens: readonly Token[]; first: number; end: number; quotes: readonly Span[] },
): number {
  if (!touchesQuote(a.tokens, a.first, a.end, a.quotes) || !touchesQuote(b.tokens, b.first, b.end, b.quotes)) return 0;
  const sa = sharedTokens(a.tokens, a.first, a.end, b.tokens, b.first, b.end);
  const sb = sharedTokens(b.tokens, b.first, b.end, a.tokens, a.first, a.end);
  return Math.min(insideShare(sa, a.quotes), insideShare(sb, b.quotes));
}
