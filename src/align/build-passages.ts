import type { AlignedSentences, Passage, ReuseKind, Sentence, Span, TextDoc, Token } from '../types.js';
import { alignRewrites } from './align-rewrites.js';
import { chainRuns, type Chain } from './chain-runs.js';
import { splitAtInsertions } from './split-insertions.js';
import {
  LIGHT_MIN_SIMILARITY,
  MAX_DIFF_WORDS,
  MERGE_MAX_SENTENCE_GAP,
  MIN_PASSAGE_WORDS,
  MIN_SHORT_PASSAGE_SENTENCE_SHARE,
  MIN_SHORT_PASSAGE_WORDS,
  ONE_TO_ONE_OVERLAP_WORDS,
  QUOTATION_MIN_SHARE,
  REWRITE_ALONE_MIN_SCORE,
  REWRITE_CONTEXT_MIN_SHARE,
  REWRITE_MIN_SCORE,
  SNAP_MAX_SHARE,
  SNAP_MAX_WORDS,
} from './constants.js';
import { findRuns } from './find-runs.js';
import { selectOneToOne, type Placement } from './one-to-one.js';
import { splitAtSegments } from './split-at-segments.js';
import { quotedSpans } from './quotes.js';
import { quotedShareAtLeast } from './quoted-share.js';
import { wordsDice } from './similarity.js';
import { wordDiff } from './word-diff.js';
import { alignMemo } from './doc-memo.js';

/** A passage being built: token ranges `[first, end)` in both documents and the sentence pairs it aligns. */
export interface Draft {
  aFirst: number;
  aEnd: number;
  bFirst: number;
  bEnd: number;
  matched: number;
  /** Aligned sentence pairs `[aSentence, bSentence]`. */
  links: [number, number][];
}

/** Quoted spans per document, computed once however many pairs a document is in. */
function quotesOf(doc: TextDoc): readonly Span[] {
  const memo = alignMemo(doc);
  if (memo.quotes === undefined) memo.quotes = quotedSpans(doc.article.text);
  return memo.quotes;
}

/** For every token, the index of its sentence (computed once per document, which meets several others). */
function sentenceIndex(doc: TextDoc): Int32Array {
  const memo = alignMemo(doc);
  let of = memo.sentenceIndex;
  if (of === undefined) {
    of = new Int32Array(doc.tokens.length);
    for (let k = 0; k < doc.sentences.length; k++) of.fill(k, doc.sentences[k]!.firstToken, doc.sentences[k]!.endToken);
    memo.sentenceIndex = of;
  }
  return of;
}

/** Sentence pairs a chain's runs connect, with at least 2 shared words (or all of a short sentence). */
function chainLinks(chain: Chain, aSent: Int32Array, bSent: Int32Array): [number, number][] {
  const counts = new Map<number, number>();
  for (const run of chain.runs) {
    for (let k = 0; k < run.length; k++) {
      const key = aSent[run.ai + k]! * 2 ** 26 + bSent[run.bi + k]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const links: [number, number][] = [];
  for (const [key, count] of counts) if (count >= 2) links.push([Math.floor(key / 2 ** 26), key % 2 ** 26]);
  if (links.length === 0) for (const key of counts.keys()) links.push([Math.floor(key / 2 ** 26), key % 2 ** 26]);
  return links;
}

function sentenceLength(s: Sentence): number {
  return s.endToken - s.firstToken;
}

/** Whether a short draft covers most of a sentence on both sides (a short quote, a one-line caption). */
function coversShortSentence(draft: Draft, a: TextDoc, b: TextDoc, aSent: Int32Array, bSent: Int32Array): boolean {
  if (draft.matched < MIN_SHORT_PASSAGE_WORDS) return false;
  const sa = a.sentences[aSent[draft.aFirst]!]!;
  const sb = b.sentences[bSent[draft.bFirst]!]!;
  return (
    draft.aEnd - draft.aFirst >= MIN_SHORT_PASSAGE_SENTENCE_SHARE * sentenceLength(sa) &&
    draft.bEnd - draft.bFirst >= MIN_SHORT_PASSAGE_SENTENCE_SHARE * sentenceLength(sb)
  );
}

/**
 * Share of the words of the smaller text that exact runs match outside quotations: the
 * evidence of copying that two independent reports of one event do not have. Counted in
 * matched words, not in the extent of the drafts, so a few shared phrases spread over a
 * text do not count as a copied passage.
 */
function strongShare(drafts: readonly Draft[], a: TextDoc, b: TextDoc, quotesA: readonly Span[], quotesB: readonly Span[]): number {
  let matched = 0;
  for (const d of drafts) {
    if (d.matched === 0) continue;
    const quotation = quotedShareAtLeast(
      { tokens: a.tokens, hashes: a.wordHashes, first: d.aFirst, end: d.aEnd, quotes: quotesA },
      { tokens: b.tokens, hashes: b.wordHashes, first: d.bFirst, end: d.bEnd, quotes: quotesB },
      QUOTATION_MIN_SHARE,
    );
    if (!quotation) matched += d.matched;
  }
  const words = Math.min(a.tokens.length, b.tokens.length);
  return words > 0 ? Math.min(1, matched / words) : 0;
}

/** Merges drafts that follow each other in both texts (adjacent sentences, or the same number of skipped sentences on both sides, at most MERGE_MAX_SENTENCE_GAP), in the same zone. */
function mergeAdjacent(drafts: Draft[], a: TextDoc, b: TextDoc, aSent: Int32Array, bSent: Int32Array): Draft[] {
  drafts.sort((x, y) => x.aFirst - y.aFirst || x.bFirst - y.bFirst);
  const merged: Draft[] = [];
  for (const d of drafts) {
    const last = merged[merged.length - 1];
    if (last) {
      const aGap = aSent[d.aFirst]! - aSent[last.aEnd - 1]!;
      const bGap = bSent[d.bFirst]! - bSent[last.bEnd - 1]!;
      const sameZone =
        a.sentences[aSent[d.aFirst]!]!.zone === a.sentences[aSent[last.aEnd - 1]!]!.zone &&
        b.sentences[bSent[d.bFirst]!]!.zone === b.sentences[bSent[last.bEnd - 1]!]!.zone;
      const ordered = d.aFirst >= last.aFirst && d.bFirst >= last.bFirst;
      // Skipped sentences are bridged only when both texts skip as many (a sentence reworded
      // past recognition); a sentence only one text has (the paper's own line, or one it cut)
      // ends the passage, as it ends the copied text.
      const adjacent = aGap <= 1 && bGap <= 1;
      const bridged = aGap === bGap && aGap <= MERGE_MAX_SENTENCE_GAP + 1;
      if (sameZone && ordered && aGap >= 0 && bGap >= 0 && (adjacent || bridged)) {
        last.aEnd = Math.max(last.aEnd, d.aEnd);
        last.bEnd = Math.max(last.bEnd, d.bEnd);
        last.matched += d.matched;
        last.links.push(...d.links);
        continue;
      }
    }
    merged.push({ ...d, links: [...d.links] });
  }
  return merged;
}

/** A token range `[first, end)` and its character span. */
interface Extent {
  readonly first: number;
  readonly end: number;
  readonly span: { readonly start: number; readonly end: number };
}

/** A token range widened to sentence boundaries where only a few words of the sentence lie outside it ("honest" snapping). */
function snapToSentences(doc: TextDoc, sentOf: Int32Array, first: number, end: number): Extent {
  const sFirst = doc.sentences[sentOf[first]!]!;
  const sLast = doc.sentences[sentOf[end - 1]!]!;
  const before = first - sFirst.firstToken;
  const after = sLast.endToken - end;
  const snapStart = before <= SNAP_MAX_WORDS || before <= SNAP_MAX_SHARE * sentenceLength(sFirst);
  const snapEnd = after <= SNAP_MAX_WORDS || after <= SNAP_MAX_SHARE * sentenceLength(sLast);
  return {
    first: snapStart ? sFirst.firstToken : first,
    end: snapEnd ? sLast.endToken : end,
    span: {
      start: snapStart ? sFirst.start : doc.tokens[first]!.start,
      end: snapEnd ? sLast.end : doc.tokens[end - 1]!.end,
    },
  };
}

/** A draft with its sentence-snapped extents, as a placement for the one-to-one choice (token ranges are the snapped ones). */
interface PlacedDraft extends Placement {
  readonly draft: Draft;
  readonly ea: Extent;
  readonly eb: Extent;
}

function placed(draft: Draft, a: TextDoc, b: TextDoc, aSent: Int32Array, bSent: Int32Array): PlacedDraft {
  const ea = snapToSentences(a, aSent, draft.aFirst, draft.aEnd);
  const eb = snapToSentences(b, bSent, draft.bFirst, draft.bEnd);
  const rank = (a.sentences[aSent[ea.first]!]!.zone === 'caption' ? 1 : 0) + (b.sentences[bSent[eb.first]!]!.zone === 'caption' ? 1 : 0);
  return { aFirst: ea.first, aEnd: ea.end, bFirst: eb.first, bEnd: eb.end, matched: draft.matched, rank, draft, ea, eb };
}

function tokensShared(first: number, end: number, ranges: readonly { first: number; end: number }[]): number {
  let most = 0;
  for (const r of ranges) most = Math.max(most, Math.min(end, r.end) - Math.max(first, r.first));
  return most;
}

/**
 * A draft without its aligned sentences that lie inside passages already kept (more than
 * `ONE_TO_ONE_OVERLAP_WORDS` of their words, on either text), clipped to the sentences left;
 * null when nothing, or too little for a passage, is left. Its matched words shrink in
 * proportion to its extent.
 */
function trimmed(p: PlacedDraft, clashing: readonly PlacedDraft[], a: TextDoc, b: TextDoc, aSent: Int32Array, bSent: Int32Array): PlacedDraft | null {
  const d = p.draft;
  const keptA = clashing.map((q) => ({ first: q.aFirst, end: q.aEnd }));
  const keptB = clashing.map((q) => ({ first: q.bFirst, end: q.bEnd }));
  const links = d.links.filter(([ka, kb]) => {
    const sa = a.sentences[ka]!;
    const sb = b.sentences[kb]!;
    return (
      tokensShared(Math.max(sa.firstToken, d.aFirst), Math.min(sa.endToken, d.aEnd), keptA) <= ONE_TO_ONE_OVERLAP_WORDS &&
      tokensShared(Math.max(sb.firstToken, d.bFirst), Math.min(sb.endToken, d.bEnd), keptB) <= ONE_TO_ONE_OVERLAP_WORDS
    );
  });
  if (links.length > 0 && links.length < d.links.length) {
    const aFirst = Math.max(d.aFirst, Math.min(...links.map(([ka]) => a.sentences[ka]!.firstToken)));
    const aEnd = Math.min(d.aEnd, Math.max(...links.map(([ka]) => a.sentences[ka]!.endToken)));
    const bFirst = Math.max(d.bFirst, Math.min(...links.map(([, kb]) => b.sentences[kb]!.firstToken)));
    const bEnd = Math.min(d.bEnd, Math.max(...links.map(([, kb]) => b.sentences[kb]!.endToken)));
    if (aEnd > aFirst && bEnd > bFirst) {
      const matched = Math.round(d.matched * Math.min((aEnd - aFirst) / (d.aEnd - d.aFirst), (bEnd - bFirst) / (d.bEnd - d.bFirst)));
      if (d.matched === 0 || matched >= MIN_PASSAGE_WORDS) return placed({ aFirst, aEnd, bFirst, bEnd, matched, links }, a, b, aSent, bSent);
    }
  }
  // No whole sentence pair to drop (one sentence overlaps a kept passage at its edge): cut
  // each side to its longest stretch outside the kept passages, without snapping it back.
  const ra = longestFree(p.aFirst, p.aEnd, keptA);
  const rb = longestFree(p.bFirst, p.bEnd, keptB);
  const words = Math.min(ra.end - ra.first, rb.end - rb.first);
  const matched = Math.round(d.matched * Math.min((ra.end - ra.first) / (p.aEnd - p.aFirst), (rb.end - rb.first) / (p.bEnd - p.bFirst)));
  if (words < MIN_PASSAGE_WORDS || (d.matched > 0 && matched < MIN_PASSAGE_WORDS)) return null;
  const extent = (doc: TextDoc, r: { first: number; end: number }): Extent => ({ ...r, span: { start: doc.tokens[r.first]!.start, end: doc.tokens[r.end - 1]!.end } });
  const draft: Draft = { aFirst: ra.first, aEnd: ra.end, bFirst: rb.first, bEnd: rb.end, matched, links: d.links };
  return { aFirst: ra.first, aEnd: ra.end, bFirst: rb.first, bEnd: rb.end, matched, rank: p.rank, draft, ea: extent(a, ra), eb: extent(b, rb) };
}

/** The longest part of `[first, end)` that no range of `taken` covers (empty when all of it is covered). */
function longestFree(first: number, end: number, taken: readonly { first: number; end: number }[]): { first: number; end: number } {
  const cuts = taken.filter((r) => r.end > first && r.first < end).sort((x, y) => x.first - y.first);
  let best = { first, end: first };
  let from = first;
  for (const r of [...cuts, { first: end, end }]) {
    if (r.first - from > best.end - best.first) best = { first: from, end: r.first };
    from = Math.max(from, r.end);
  }
  return best;
}

/** Tokens of the given sentences that lie inside `[first, end)`; their word hashes go to `hashes` (emptied first). */
function groupTokens(doc: TextDoc, sentences: readonly number[], first: number, end: number, hashes: number[]): Token[] {
  const out: Token[] = [];
  hashes.length = 0;
  for (const k of [...sentences].sort((x, y) => x - y)) {
    const s = doc.sentences[k]!;
    for (let i = Math.max(s.firstToken, first); i < Math.min(s.endToken, end); i++) {
      out.push(doc.tokens[i]!);
      hashes.push(doc.wordHashes[i]!);
    }
  }
  return out;
}

/**
 * Connected groups of linked sentences (a split or merged sentence links one to several),
 * each group's sentences in ascending order, groups ordered by their first sentence of `a`.
 * Union–find over sentence numbers (`a` sentences as even nodes, `b` as odd).
 */
export function sentenceGroups(links: readonly (readonly [number, number])[]): { a: number[]; b: number[] }[] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  for (const [ka, kb] of links) {
    const x = 2 * ka;
    const y = 2 * kb + 1;
    if (!parent.has(x)) parent.set(x, x);
    if (!parent.has(y)) parent.set(y, y);
    const rx = find(x);
    const ry = find(y);
    if (rx !== ry) parent.set(rx, ry);
  }
  const groups = new Map<number, { a: number[]; b: number[] }>();
  for (const node of [...parent.keys()].sort((x, y) => x - y)) {
    const root = find(node);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { a: [], b: [] }));
    if (node % 2 === 0) group.a.push(node / 2);
    else group.b.push((node - 1) / 2);
  }
  // Every group has a sentence of `a` (each link has both ends) and no two share their first.
  return [...groups.values()].sort((x, y) => x.a[0]! - y.a[0]!);
}

function joinedLength(tokens: readonly Token[]): number {
  let length = tokens.length - 1;
  for (const t of tokens) length += t.norm.length;
  return length;
}

/**
 * Whether the normalised words of `x` and `y` joined by spaces are the same string, mostly
 * without joining them: equal word lists are; otherwise only words with a space inside
 * (NFKD of some ligatures) could make the joined strings equal, which needs equal lengths.
 */
function sameJoinedWords(x: readonly Token[], y: readonly Token[]): boolean {
  if (x.length === y.length) {
    let k = 0;
    while (k < x.length && x[k]!.norm === y[k]!.norm) k++;
    if (k === x.length) return true;
  }
  if (joinedLength(x) !== joinedLength(y)) return false;
  return x.map((t) => t.norm).join(' ') === y.map((t) => t.norm).join(' ');
}

function span(tokens: readonly Token[]): { start: number; end: number } {
  return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
}

function classify(similarity: number, identical: boolean): ReuseKind {
  if (identical) return 'verbatim';
  return similarity >= LIGHT_MIN_SIMILARITY ? 'light' : 'rewrite';
}

/** Aligned sentence groups of a draft, each with its class, similarity and word diff. */
function alignSentences(draft: Draft, a: TextDoc, b: TextDoc): AlignedSentences[] {
  const out: AlignedSentences[] = [];
  const ha: number[] = [];
  const hb: number[] = [];
  for (const group of sentenceGroups(draft.links)) {
    const ta = groupTokens(a, group.a, draft.aFirst, draft.aEnd, ha);
    const tb = groupTokens(b, group.b, draft.bFirst, draft.bEnd, hb);
    if (ta.length === 0 || tb.length === 0) continue;
    const identical = sameJoinedWords(ta, tb);
    const similarity = identical ? 1 : wordsDice(ta, tb);
    const kind = classify(similarity, identical);
    const aligned: AlignedSentences = { a: span(ta), b: span(tb), kind, similarity: round(similarity) };
    out.push(
      identical || ta.length > MAX_DIFF_WORDS || tb.length > MAX_DIFF_WORDS
        ? aligned
        : { ...aligned, diff: wordDiff(a.article.text, ta, b.article.text, tb, ha, hb) },
    );
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** The kind and similarity of a passage from its aligned sentences, weighted by length. */
function passageKind(sentences: readonly AlignedSentences[], aChars: number): { kind: ReuseKind; similarity: number } {
  let total = 0;
  let weighted = 0;
  let rewrite = 0;
  let allVerbatim = true;
  for (const s of sentences) {
    const chars = s.a.end - s.a.start;
    total += chars;
    weighted += chars * s.similarity;
    if (s.kind === 'rewrite') rewrite += chars;
    if (s.kind !== 'verbatim') allVerbatim = false;
  }
  if (total === 0) return { kind: 'rewrite', similarity: 0 };
  const similarity = round(weighted / total);
  if (allVerbatim && total >= 0.9 * aChars) return { kind: 'verbatim', similarity };
  if (allVerbatim) return { kind: 'light', similarity };
  return { kind: rewrite * 2 > total ? 'rewrite' : 'light', similarity };
}

/**
 * The passages `a` and `b` share, sorted by position in `a`:
 * 1. exact word runs from seed n-grams (`findRuns`), chained into monotone passages
 *    across small gaps (`chainRuns`);
 * 2. rewritten sentences no run touches, by content-word overlap;
 * 3. passages that follow each other in both texts merged; short fragments dropped;
 * 4. edges snapped to sentence boundaries where only a few words lie outside;
 * 5. each passage's sentences aligned (split/merged sentences grouped) and classed
 *    verbatim / light / rewrite with a word-level diff.
 */
export function buildPassages(a: TextDoc, b: TextDoc): Passage[] {
  if (a.tokens.length === 0 || b.tokens.length === 0) return [];
  const aSent = sentenceIndex(a);
  const bSent = sentenceIndex(b);
  let drafts: Draft[] = splitAtInsertions(chainRuns(findRuns(a, b)), a, b, aSent, bSent).map((c) => ({
    aFirst: c.aStart,
    aEnd: c.aEnd,
    bFirst: c.bStart,
    bEnd: c.bEnd,
    matched: c.matched,
    links: chainLinks(c, aSent, bSent),
  }));
  drafts = drafts.filter((d) => d.matched >= MIN_PASSAGE_WORDS || coversShortSentence(d, a, b, aSent, bSent));
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  for (const d of drafts) {
    for (let k = aSent[d.aFirst]!; k <= aSent[d.aEnd - 1]!; k++) usedA.add(k);
    for (let k = bSent[d.bFirst]!; k <= bSent[d.bEnd - 1]!; k++) usedB.add(k);
  }
  const quotesA = quotesOf(a);
  const quotesB = quotesOf(b);
  const context = strongShare(drafts, a, b, quotesA, quotesB);
  const minScore = context >= REWRITE_CONTEXT_MIN_SHARE ? REWRITE_MIN_SCORE : REWRITE_ALONE_MIN_SCORE;
  for (const { ka, kb } of alignRewrites(a, b, usedA, usedB, minScore)) {
    const sa = a.sentences[ka]!;
    const sb = b.sentences[kb]!;
    drafts.push({ aFirst: sa.firstToken, aEnd: sa.endToken, bFirst: sb.firstToken, bEnd: sb.endToken, matched: 0, links: [[ka, kb]] });
  }
  drafts = splitAtSegments(mergeAdjacent(drafts, a, b, aSent, bSent), a, b, aSent, bSent);
  const { kept, alternates } = selectOneToOne(
    drafts.map((d) => placed(d, a, b, aSent, bSent)),
    a.tokens.length,
    b.tokens.length,
    (p, clashing) => trimmed(p, clashing, a, b, aSent, bSent),
  );
  const passages: Passage[] = [];
  for (const item of kept) {
    const { draft: d, ea, eb } = item;
    const sa = ea.span;
    const sb = eb.span;
    const sentences = alignSentences({ ...d, aFirst: ea.first, aEnd: ea.end, bFirst: eb.first, bEnd: eb.end }, a, b);
    const { kind, similarity } = passageKind(sentences, sa.end - sa.start);
    const quotation = quotedShareAtLeast(
      { tokens: a.tokens, hashes: a.wordHashes, first: ea.first, end: ea.end, quotes: quotesA },
      { tokens: b.tokens, hashes: b.wordHashes, first: eb.first, end: eb.end, quotes: quotesB },
      QUOTATION_MIN_SHARE,
    );
    const captionA = a.sentences[aSent[d.aFirst]!]!.zone === 'caption';
    const captionB = b.sentences[bSent[d.bFirst]!]!.zone === 'caption';
    const others = (alternates.get(item) ?? [])
      .map((x) => ({ a: { ...x.ea.span }, b: { ...x.eb.span } }))
      .sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start || x.a.end - y.a.end || x.b.end - y.b.end)
      .filter((x, k, all) => k === 0 || JSON.stringify(x) !== JSON.stringify(all[k - 1]));
    passages.push({
      a: sa,
      b: sb,
      kind,
      similarity,
      text: a.article.text.slice(sa.start, sa.end),
      ...(quotation ? { quotation } : {}),
      ...(captionA || captionB ? { caption: { a: captionA, b: captionB } } : {}),
      sentences,
      ...(others.length > 0 ? { alternates: others } : {}),
    });
  }
  return passages.sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start);
}
