import type { TextDoc } from '../types.js';
import {
  REWRITE_MIN_CHAR_DICE,
  REWRITE_MIN_SCORE,
  REWRITE_MIN_SHARED_WORDS,
  REWRITE_MIN_STEM_DICE,
  REWRITE_MAX_STEM_SENTENCES,
  REWRITE_SALIENT_WEIGHT,
  REWRITE_SHORT_SENTENCE_STEMS,
} from './constants.js';
import { profileBigrams, sentenceProfiles, vocabulary, type SentenceProfile } from './sentence-profile.js';
import { bigramDice } from './similarity.js';

/** A sentence of `a` aligned with a sentence of `b` as the same statement reworded. */
export interface RewriteLink {
  readonly ka: number;
  readonly kb: number;
  /** 0–1: mean of the rarity-weighted stem Dice and the character-bigram Dice. */
  readonly score: number;
}

/** Per-stem scratch of a comparison, indexed by stem id; grown with the vocabulary, reset entry by entry after use. */
let df = new Int32Array(1024);
let weightOf = new Float64Array(1024);
let postingCount = new Int32Array(1024);
let postingStart = new Int32Array(1024);
let markOf = new Int32Array(1024);
let mark = 0;

function ensureScratch(size: number): void {
  if (size <= df.length) return;
  const n = Math.max(2 * df.length, size);
  df = new Int32Array(n);
  weightOf = new Float64Array(n);
  postingCount = new Int32Array(n);
  postingStart = new Int32Array(n);
  markOf = new Int32Array(n);
  mark = 0;
}

/** A new mark for `markOf` (stems of one sentence). */
function nextMark(): number {
  if (++mark >= 0x7fffffff) {
    markOf.fill(0);
    mark = 1;
  }
  return mark;
}

/**
 * How alike two sentences are as statements: the Dice overlap of their content-word stems,
 * each stem weighted by its rarity in the two documents (`weights[stem]`: 1 / log2(1 + the
 * number of sentences using it)), names and numbers weighted up, averaged with the
 * character-bigram Dice of the normalised sentences (string-similarity's measure), which
 * sees word order and small spelling changes. Returns 0 when they share too few content
 * words to be one statement.
 */
export function statementSimilarity(x: SentenceProfile, y: SentenceProfile, weights: Float64Array): number {
  const m = nextMark();
  const ys = y.stems;
  for (let k = y.from; k < y.to; k++) markOf[ys[k]!] = m;
  let shared = 0;
  let sharedWeight = 0;
  let xWeight = 0;
  const xs = x.stems;
  for (let k = x.from; k < x.to; k++) {
    const s = xs[k]!;
    const w = weights[s]! * (x.salient[k] === 1 ? REWRITE_SALIENT_WEIGHT : 1);
    xWeight += w;
    if (markOf[s] === m) {
      shared++;
      sharedWeight += w;
    }
  }
  const short = Math.min(x.to - x.from, y.to - y.from) <= REWRITE_SHORT_SENTENCE_STEMS;
  if (shared < (short ? REWRITE_MIN_SHARED_WORDS - 1 : REWRITE_MIN_SHARED_WORDS)) return 0;
  let yWeight = 0;
  for (let k = y.from; k < y.to; k++) yWeight += weights[ys[k]!]! * (y.salient[k] === 1 ? REWRITE_SALIENT_WEIGHT : 1);
  const stemDice = (2 * sharedWeight) / (xWeight + yWeight);
  if (stemDice < REWRITE_MIN_STEM_DICE) return 0;
  const charDice = bigramDice(profileBigrams(x), profileBigrams(y));
  if (charDice < REWRITE_MIN_CHAR_DICE) return 0;
  return (stemDice + charDice) / 2;
}

/** `1 / log2(1 + n)` for the small counts most stems have, computed once (the same numbers). */
const RARITY_WEIGHTS = Float64Array.from({ length: 256 }, (_, n) => 1 / Math.log2(1 + n));

/** A stem's weight from the number of sentences of the two texts using it: 1 / log2(1 + n). */
function rarityWeight(n: number): number {
  return n < RARITY_WEIGHTS.length ? RARITY_WEIGHTS[n]! : 1 / Math.log2(1 + n);
}

/** Whether some sentence `0 … count-1` is not in `used`. */
function hasFree(used: ReadonlySet<number>, count: number): boolean {
  for (let k = 0; k < count; k++) if (!used.has(k)) return true;
  return false;
}

/**
 * Sentences of `a` and `b` that no exact run explains but that state the same thing in
 * other words. Candidates come from shared stems (an inverted index over `b`'s free
 * sentences, so unrelated sentences are never compared); each pair is scored by
 * `statementSimilarity` and kept at `minScore` or more; links are taken greedily,
 * best first, one to one. Sentences in `usedA`/`usedB` (already in a passage) are skipped.
 * Stems are vocabulary ids, and the per-stem tables are typed arrays reset after use.
 */
export function alignRewrites(a: TextDoc, b: TextDoc, usedA: ReadonlySet<number>, usedB: ReadonlySet<number>, minScore = REWRITE_MIN_SCORE): RewriteLink[] {
  // Every sentence of one side already in a passage (a whole copy): nothing to pair, and no
  // profile to build.
  if (!hasFree(usedA, a.sentences.length) || !hasFree(usedB, b.sentences.length)) return [];
  vocabulary.makeRoom();
  const pa = sentenceProfiles(a);
  const pb = sentenceProfiles(b);
  ensureScratch(vocabulary.size);
  // Document frequencies (sentences of either text using a stem) and the stems seen.
  const stems: number[] = [];
  for (const list of [pa, pb]) {
    // Sentences share their document's stem array: count it whole.
    const ps = list[0]?.stems ?? new Int32Array(0);
    for (let k = 0; k < ps.length; k++) if (df[ps[k]!]!++ === 0) stems.push(ps[k]!);
  }
  for (const s of stems) weightOf[s] = rarityWeight(df[s]!);
  // Candidates come only through stems used by few sentences of `b`: common words carry
  // little weight in the score anyway, and skipping them keeps long documents linear.
  // Postings (free sentences of `b` per stem) in one array, stem by stem, sentences ascending.
  let total = 0;
  pb.forEach((p, kb) => {
    if (usedB.has(kb)) return;
    const ps = p.stems;
    for (let k = p.from; k < p.to; k++) postingCount[ps[k]!]!++;
    total += p.to - p.from;
  });
  let at = 0;
  for (const s of stems) {
    postingStart[s] = at;
    at += postingCount[s]!;
  }
  const postings = new Int32Array(total);
  const fill = postingCount; // counts become fill positions
  for (const s of stems) fill[s] = postingStart[s]!;
  pb.forEach((p, kb) => {
    if (usedB.has(kb)) return;
    const ps = p.stems;
    for (let k = p.from; k < p.to; k++) postings[fill[ps[k]!]!++] = kb;
  });
  const shared = new Int32Array(pb.length);
  const touched: number[] = [];
  const scored: RewriteLink[] = [];
  pa.forEach((p, ka) => {
    if (usedA.has(ka) || p.to - p.from < REWRITE_MIN_SHARED_WORDS - 1) return;
    const ps = p.stems;
    for (let k = p.from; k < p.to; k++) {
      const s = ps[k]!;
      const from = postingStart[s]!;
      const to = fill[s]!;
      if (to === from || to - from > REWRITE_MAX_STEM_SENTENCES) continue;
      for (let q = from; q < to; q++) {
        const kb = postings[q]!;
        if (shared[kb]!++ === 0) touched.push(kb);
      }
    }
    for (const kb of touched) {
      const count = shared[kb]!;
      shared[kb] = 0;
      if (count < REWRITE_MIN_SHARED_WORDS - 1) continue;
      const score = statementSimilarity(p, pb[kb]!, weightOf);
      if (score >= minScore) scored.push({ ka, kb, score });
    }
    touched.length = 0;
  });
  for (const s of stems) {
    df[s] = 0;
    postingCount[s] = 0;
  }
  scored.sort((x, y) => y.score - x.score || x.ka - y.ka || x.kb - y.kb);
  const takenA = new Set<number>();
  const takenB = new Set<number>();
  const links: RewriteLink[] = [];
  for (const link of scored) {
    if (takenA.has(link.ka) || takenB.has(link.kb)) continue;
    takenA.add(link.ka);
    takenB.add(link.kb);
    links.push(link);
  }
  return links;
}
