/**
 * Reference implementations of align-stage algorithms as they were before they were made
 * faster (strings, Maps and Sets), kept verbatim so `align-fast-equivalence.test.ts` can check
 * that the fast versions return exactly the same results.
 */
import {
  REWRITE_MIN_CHAR_DICE,
  REWRITE_MIN_SCORE,
  REWRITE_MIN_SHARED_WORDS,
  REWRITE_MIN_STEM_DICE,
  REWRITE_MAX_STEM_SENTENCES,
  REWRITE_ORDERED_MIN_LINKS,
  REWRITE_SALIENT_WEIGHT,
  REWRITE_SHORT_SENTENCE_STEMS,
  MAX_SEED_OCCURRENCES,
  MIN_PLAIN_RUN_WORDS,
  MIN_RUN_CONTENT_WORDS,
  SEED_WORDS,
} from '../../src/align/constants.js';
import type { Run } from '../../src/align/find-runs.js';
import { hashShingle } from '../../src/text/hash.js';
import { bigramCodes, bigramDice } from '../../src/align/similarity.js';
import { stem } from '../../src/align/stem.js';
import { STOPWORDS } from '../../src/text/constants.js';
import type { Span, TextDoc, Token, WordDiffOp } from '../../src/types.js';

export interface SentenceProfile {
  /** Distinct stems of the words that are not stopwords, in order of first use. */
  readonly stems: readonly string[];
  /** Stems that are names (capitalised inside the sentence) or numbers: rare, telling words. */
  readonly salient: ReadonlySet<string>;
  /** Normalised words joined by spaces. */
  readonly text: string;
}

const profiles = new WeakMap<TextDoc, SentenceProfile[]>();

/** Number words written as digits by other house styles ("six years" / "6 years"). */
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map((w, i) => [w, String(i + 1)]),
);

/** Words of a percentage that one style writes and another replaces by "%" (which is not a token). */
const PERCENT_WORDS: ReadonlySet<string> = new Set(['per', 'cent', 'percent']);

/** "4.3m", "210bn", "40k": a number with a unit letter, which other styles spell out. */
const NUMBER_WITH_UNIT = /^(\d+(?:[.,]\d+)?)(m|bn|k)$/;
const UNIT_WORDS: Readonly<Record<string, string>> = { m: 'million', bn: 'billion', k: 'thousand' };

/**
 * The comparison forms of a normalised word: house-style variants of numbers made equal
 * ("six" → "6", "4.3m" → "4.3" "million", "per cent" dropped), other words stemmed.
 */
function comparisonForms(norm: string): readonly string[] {
  const number = NUMBER_WORDS.get(norm);
  if (number) return [number];
  if (PERCENT_WORDS.has(norm)) return [];
  const unit = NUMBER_WITH_UNIT.exec(norm);
  if (unit) return [unit[1]!, UNIT_WORDS[unit[2]!]!];
  return [stem(norm)];
}

function isUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Profiles of every sentence of `doc`, computed once per document (documents meet many others in a scan). */
export function sentenceProfiles(doc: TextDoc): SentenceProfile[] {
  const hit = profiles.get(doc);
  if (hit) return hit;
  const text = doc.article.text;
  const out = doc.sentences.map((s) => {
    const stems: string[] = [];
    const seen = new Set<string>();
    const salient = new Set<string>();
    const words: string[] = [];
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = doc.tokens[i]!;
      words.push(t.norm);
      if (STOPWORDS.has(t.norm) || (t.norm.length < 2 && !isDigit(t.norm.charCodeAt(0)))) continue;
      const first = text.charCodeAt(t.start);
      for (const st of comparisonForms(t.norm)) {
        if (!seen.has(st)) {
          seen.add(st);
          stems.push(st);
        }
        if (isDigit(st.charCodeAt(0)) || (isUpper(first) && i > s.firstToken)) salient.add(st);
      }
    }
    return { stems, salient, text: words.join(' ') };
  });
  profiles.set(doc, out);
  return out;
}

const bigramCache = new WeakMap<SentenceProfile, Uint32Array>();

/** The sorted character bigrams of a sentence profile's text, computed on first use (most sentences never need them). */
export function profileBigrams(p: SentenceProfile): Uint32Array {
  let codes = bigramCache.get(p);
  if (!codes) {
    codes = bigramCodes(p.text);
    bigramCache.set(p, codes);
  }
  return codes;
}
export interface RewriteLink {
  readonly ka: number;
  readonly kb: number;
  /** 0–1: mean of the rarity-weighted stem Dice and the character-bigram Dice. */
  readonly score: number;
}

/**
 * How alike two sentences are as statements: the Dice overlap of their content-word
 * stems, each stem weighted by its rarity in the two documents (1 / log2(1 + the number of
 * sentences using it), names and numbers weighted up), averaged with the character-bigram
 * Dice of the normalised sentences (string-similarity), which sees word order and small
 * spelling changes. Returns 0 when they share too few content words to be one statement.
 */
export function statementSimilarity(x: SentenceProfile, y: SentenceProfile, weight: (stem: string) => number): number {
  const ys = new Set(y.stems);
  let shared = 0;
  let sharedWeight = 0;
  let xWeight = 0;
  for (const s of x.stems) {
    const w = weight(s) * (x.salient.has(s) ? REWRITE_SALIENT_WEIGHT : 1);
    xWeight += w;
    if (ys.has(s)) {
      shared++;
      sharedWeight += w;
    }
  }
  const short = Math.min(x.stems.length, y.stems.length) <= REWRITE_SHORT_SENTENCE_STEMS;
  if (shared < (short ? REWRITE_MIN_SHARED_WORDS - 1 : REWRITE_MIN_SHARED_WORDS)) return 0;
  let yWeight = 0;
  for (const s of y.stems) yWeight += weight(s) * (y.salient.has(s) ? REWRITE_SALIENT_WEIGHT : 1);
  const stemDice = (2 * sharedWeight) / (xWeight + yWeight);
  if (stemDice < REWRITE_MIN_STEM_DICE) return 0;
  const charDice = bigramDice(profileBigrams(x), profileBigrams(y));
  if (charDice < REWRITE_MIN_CHAR_DICE) return 0;
  return (stemDice + charDice) / 2;
}

/**
 * Sentences of `a` and `b` that no exact run explains but that state the same thing in
 * other words. Candidates come from shared stems (an inverted index over `b`'s free
 * sentences, so unrelated sentences are never compared); each pair is scored by
 * `statementSimilarity` and kept at `minScore` or more; links are taken greedily,
 * best first, one to one. Sentences in `usedA`/`usedB` (already in a passage) are skipped.
 */
export function alignRewrites(a: TextDoc, b: TextDoc, usedA: ReadonlySet<number>, usedB: ReadonlySet<number>, minScore = REWRITE_MIN_SCORE): RewriteLink[] {
  const pa = sentenceProfiles(a);
  const pb = sentenceProfiles(b);
  const df = new Map<string, number>();
  for (const list of [pa, pb]) for (const p of list) for (const s of p.stems) df.set(s, (df.get(s) ?? 0) + 1);
  const weight = (s: string) => 1 / Math.log2(1 + (df.get(s) ?? 1));
  // Candidates come only through stems used by few sentences of `b`: common words carry
  // little weight in the score anyway, and skipping them keeps long documents linear.
  const postings = new Map<string, number[]>();
  pb.forEach((p, kb) => {
    if (usedB.has(kb)) return;
    for (const s of p.stems) {
      const list = postings.get(s);
      if (list) list.push(kb);
      else postings.set(s, [kb]);
    }
  });
  const shared = new Int32Array(pb.length);
  const touched: number[] = [];
  const scored: RewriteLink[] = [];
  pa.forEach((p, ka) => {
    if (usedA.has(ka) || p.stems.length < REWRITE_MIN_SHARED_WORDS - 1) return;
    for (const s of p.stems) {
      const list = postings.get(s);
      if (!list || list.length > REWRITE_MAX_STEM_SENTENCES) continue;
      for (const kb of list) if (shared[kb]++ === 0) touched.push(kb);
    }
    for (const kb of touched) {
      const count = shared[kb]!;
      shared[kb] = 0;
      if (count < REWRITE_MIN_SHARED_WORDS - 1) continue;
      const score = statementSimilarity(p, pb[kb]!, weight);
      const named = [...p.salient].some((stem) => pb[kb]!.salient.has(stem));
      if (score >= minScore || (score >= REWRITE_MIN_SCORE && named)) scored.push({ ka, kb, score });
    }
    touched.length = 0;
  });
  scored.sort((x, y) => y.score - x.score || x.ka - y.ka || x.kb - y.kb);
  const oneToOne = (list: readonly RewriteLink[]): RewriteLink[] => {
    const takenA = new Set<number>();
    const takenB = new Set<number>();
    const links: RewriteLink[] = [];
    for (const link of list) {
      if (takenA.has(link.ka) || takenB.has(link.kb)) continue;
      takenA.add(link.ka);
      takenB.add(link.kb);
      links.push(link);
    }
    return links;
  };
  const strong = oneToOne(scored.filter((l) => l.score >= minScore));
  if (minScore <= REWRITE_MIN_SCORE) return strong;
  // The longest chain increasing in both texts (by ka, then kb; the first longest one), by
  // brute recursion over predecessors.
  const all = oneToOne(scored).sort((x, y) => x.ka - y.ka || x.kb - y.kb);
  const chainEndingAt = (i: number): RewriteLink[] => {
    let best: RewriteLink[] = [];
    for (let j = 0; j < i; j++) {
      if (all[j]!.ka < all[i]!.ka && all[j]!.kb < all[i]!.kb) {
        const c = chainEndingAt(j);
        if (c.length > best.length) best = c;
      }
    }
    return [...best, all[i]!];
  };
  let chain: RewriteLink[] = [];
  for (let i = 0; i < all.length; i++) {
    const c = chainEndingAt(i);
    if (c.length > chain.length) chain = c;
  }
  if (chain.length < REWRITE_ORDERED_MIN_LINKS) return strong;
  const rest = strong.filter((l) => !chain.some((c) => c.ka === l.ka) && !chain.some((c) => c.kb === l.kb));
  return [...chain, ...rest].sort((x, y) => y.score - x.score || x.ka - y.ka || x.kb - y.kb);
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' && (text[i + 1] === '\n' || text[i + 1] === '\r' || open >= 0)) {
      open = -1;
    } else if (open < 0 && (OPENERS.has(ch) || ch === '"')) {
      open = i;
    } else if (open >= 0 && (CLOSERS.has(ch) || ch === '"')) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return spans;
}

/** Connected groups of linked sentences, string-keyed union–find (the reference for `sentenceGroups`). */
export function sentenceGroups(links: readonly [number, number][]): { a: number[]; b: number[] }[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const [ka, kb] of links) {
    const x = `a${ka}`;
    const y = `b${kb}`;
    if (!parent.has(x)) parent.set(x, x);
    if (!parent.has(y)) parent.set(y, y);
    const rx = find(x);
    const ry = find(y);
    if (rx !== ry) parent.set(rx, ry);
  }
  const groups = new Map<string, { a: number[]; b: number[] }>();
  for (const node of [...parent.keys()].sort()) {
    const root = find(node);
    const group = groups.get(root) ?? { a: [], b: [] };
    (node[0] === 'a' ? group.a : group.b).push(Number(node.slice(1)));
    groups.set(root, group);
  }
  return [...groups.values()].sort((x, y) => Math.min(...x.a) - Math.min(...y.a));
}

/** Every maximal exact run shared by `a` and `b` (the reference for `findRuns`: seeds in a Map of lists, diagonals in a Map). */
function contentWords(doc: TextDoc, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) if (!STOPWORDS.has(doc.tokens[i]!.norm)) n++;
  return n;
}

/**
 * Every maximal exact run of at least `SEED_WORDS` words shared by `a` and `b`, found from
 * seed n-grams and extended both ways along its diagonal. Each diagonal stretch is reported
 * once. A word sequence that occurs twice in `b` (a paragraph repeated as a caption) gives a
 * run at both places. Seeds too common in `b` are skipped, which bounds the work on
 * repetitive text to O((|a| + |b|) · MAX_SEED_OCCURRENCES). Runs made of stopwords only
 * ("one of the", "it is not") are dropped. Sorted by `(ai, bi)`.
 */
export function findRuns(a: TextDoc, b: TextDoc): Run[] {
  const ah = a.wordHashes;
  const bh = b.wordHashes;
  const n = SEED_WORDS;
  const seeds = new Map<number, number[]>();
  for (let j = 0; j + n <= bh.length; j++) {
    const h = hashShingle(bh, j, n);
    const list = seeds.get(h);
    if (list === undefined) seeds.set(h, [j]);
    else if (list.length <= MAX_SEED_OCCURRENCES) list.push(j);
  }
  const coveredUntil = new Map<number, number>();
  const runs: Run[] = [];
  for (let i = 0; i + n <= ah.length; i++) {
    const list = seeds.get(hashShingle(ah, i, n));
    if (list === undefined || list.length > MAX_SEED_OCCURRENCES) continue;
    for (const j of list) {
      const diagonal = i - j;
      if ((coveredUntil.get(diagonal) ?? -1) > i) continue;
      let start = 0;
      while (i - start > 0 && j - start > 0 && ah[i - start - 1] === bh[j - start - 1] && i - start - 1 >= (coveredUntil.get(diagonal) ?? 0)) start++;
      let length = start;
      while (i - start + length < ah.length && j - start + length < bh.length && ah[i - start + length] === bh[j - start + length]) length++;
      if (length < n) continue; // a hash collision, not a match
      const ai = i - start;
      coveredUntil.set(diagonal, ai + length);
      if (length < MIN_PLAIN_RUN_WORDS && contentWords(a, ai, length) < MIN_RUN_CONTENT_WORDS) continue;
      runs.push({ ai, bi: j - start, length });
    }
  }
  return runs.sort((x, y) => x.ai - y.ai || x.bi - y.bi);
}

/** Word-level diff comparing normalised words as strings (the reference for `wordDiff`). */
export function wordDiff(textA: string, a: readonly Token[], textB: string, b: readonly Token[]): WordDiffOp[] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const lcs = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i]!.norm === b[j]!.norm ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const ops: WordDiffOp[] = [];
  const push = (op: WordDiffOp['op'], word: string): void => {
    const last = ops[ops.length - 1];
    if (last && last.op === op) ops[ops.length - 1] = { op, text: `${last.text} ${word}` };
    else ops.push({ op, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i]!.norm === b[j]!.norm) {
      push('same', textA.slice(a[i]!.start, a[i]!.end));
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i * width + j + 1]! >= lcs[(i + 1) * width + j]!)) {
      push('add', textB.slice(b[j]!.start, b[j]!.end));
      j++;
    } else {
      push('del', textA.slice(a[i]!.start, a[i]!.end));
      i++;
    }
  }
  return ops;
}
