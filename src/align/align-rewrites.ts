import type { TextDoc } from '../types.js';
import {
  REWRITE_MIN_CHAR_DICE,
  REWRITE_MIN_SCORE,
  REWRITE_MIN_SHARED_WORDS,
  REWRITE_MIN_STEM_DICE,
  REWRITE_MAX_STEM_SENTENCES,
  REWRITE_ORDERED_MIN_LINKS,
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

/**
 * Per-stem scratch of a comparison, indexed by stem id, interleaved so that one stem's
 * entries share a cache line (the tables are as large as the vocabulary and a pair touches
 * its stems at random: four separate arrays were four cache misses a stem):
 * `stemData[4 s + DF]` sentences of either text using the stem, `+ COUNT` its postings in
 * `b`'s free sentences (then the next free place while filling them), `+ START` where they
 * start. Grown with the vocabulary, reset entry by entry after use.
 */
let stemData = new Int32Array(4 * 1024);
const DF = 0;
const COUNT = 1;
const START = 2;
let markOf = new Int32Array(1024);
let mark = 0;
/** Scratch: the postings of a comparison, and per sentence of `b` the stems it shares with the sentence of `a` being looked at. */
let postingScratch = new Int32Array(4096);
let sharedScratch = new Int32Array(256);

function ensureScratch(size: number): void {
  if (size <= markOf.length) return;
  const n = Math.max(2 * markOf.length, size);
  stemData = new Int32Array(4 * n);
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
 * each stem weighted by its rarity in the two documents (`weight(stem)`: 1 / log2(1 + the
 * number of sentences using it)), names and numbers weighted up, averaged with the
 * character-bigram Dice of the normalised sentences (string-similarity's measure), which
 * sees word order and small spelling changes. Returns 0 when they share too few content
 * words to be one statement.
 */
export function statementSimilarity(x: SentenceProfile, y: SentenceProfile, weight: (stem: number) => number): number {
  const m = nextMark();
  const ys = y.stems;
  for (let k = y.from; k < y.to; k++) markOf[ys[k]!] = m;
  let shared = 0;
  let sharedWeight = 0;
  let xWeight = 0;
  const xs = x.stems;
  for (let k = x.from; k < x.to; k++) {
    const s = xs[k]!;
    const w = weight(s) * (x.salient[k] === 1 ? REWRITE_SALIENT_WEIGHT : 1);
    xWeight += w;
    if (markOf[s] === m) {
      shared++;
      sharedWeight += w;
    }
  }
  const short = Math.min(x.to - x.from, y.to - y.from) <= REWRITE_SHORT_SENTENCE_STEMS;
  if (shared < (short ? REWRITE_MIN_SHARED_WORDS - 1 : REWRITE_MIN_SHARED_WORDS)) return 0;
  let yWeight = 0;
  for (let k = y.from; k < y.to; k++) yWeight += weight(ys[k]!) * (y.salient[k] === 1 ? REWRITE_SALIENT_WEIGHT : 1);
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

/** Whether two sentence profiles share a salient stem (a name or a number). */
function shareSalient(x: SentenceProfile, y: SentenceProfile): boolean {
  const m = nextMark();
  for (let k = y.from; k < y.to; k++) if (y.salient[k] === 1) markOf[y.stems[k]!] = m;
  for (let k = x.from; k < x.to; k++) if (x.salient[k] === 1 && markOf[x.stems[k]!] === m) return true;
  return false;
}

/** The longest chain of links increasing in both `ka` and `kb` (links sorted by `ka`; first such chain on ties). */
function longestOrderedChain(links: readonly RewriteLink[]): RewriteLink[] {
  const sorted = [...links].sort((x, y) => x.ka - y.ka || x.kb - y.kb);
  const length = sorted.map(() => 1);
  const previous = sorted.map(() => -1);
  let best = -1;
  for (let i = 0; i < sorted.length; i++) {
    for (let j = 0; j < i; j++) {
      if (sorted[j]!.ka < sorted[i]!.ka && sorted[j]!.kb < sorted[i]!.kb && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
    if (best < 0 || length[i]! > length[best]!) best = i;
  }
  const chain: RewriteLink[] = [];
  for (let i = best; i >= 0; i = previous[i]!) chain.unshift(sorted[i]!);
  return chain;
}

/** One-to-one links, best first. */
function greedyLinks(scored: readonly RewriteLink[]): RewriteLink[] {
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
 * best first, one to one. When `minScore` is above REWRITE_MIN_SCORE (no context of close
 * copy), links from REWRITE_MIN_SCORE up that share a name or number are kept too when at
 * least REWRITE_ORDERED_MIN_LINKS links lie in the same order in both texts (those in the
 * longest such chain): a reworded copy keeps the wire's facts and their order. Sentences in `usedA`/`usedB` (already in a passage) are skipped.
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
  const data = stemData;
  const stems: number[] = [];
  for (const list of [pa, pb]) {
    // Sentences share their document's stem array: count it whole.
    const ps = list[0]?.stems ?? new Int32Array(0);
    for (let k = 0; k < ps.length; k++) if (data[4 * ps[k]! + DF]!++ === 0) stems.push(ps[k]!);
  }
  const weight = (stem: number): number => rarityWeight(data[4 * stem + DF]!);
  // Candidates come only through stems used by few sentences of `b`: common words carry
  // little weight in the score anyway, and skipping them keeps long documents linear.
  // Postings (free sentences of `b` per stem) in one array, stem by stem, sentences ascending.
  let total = 0;
  pb.forEach((p, kb) => {
    if (usedB.has(kb)) return;
    const ps = p.stems;
    for (let k = p.from; k < p.to; k++) data[4 * ps[k]! + COUNT]!++;
    total += p.to - p.from;
  });
  let at = 0;
  for (const s of stems) {
    data[4 * s + START] = at;
    at += data[4 * s + COUNT]!;
    data[4 * s + COUNT] = data[4 * s + START]!; // counts become fill positions
  }
  if (postingScratch.length < total) postingScratch = new Int32Array(2 * total);
  const postings = postingScratch;
  pb.forEach((p, kb) => {
    if (usedB.has(kb)) return;
    const ps = p.stems;
    for (let k = p.from; k < p.to; k++) postings[data[4 * ps[k]! + COUNT]!++] = kb;
  });
  if (sharedScratch.length < pb.length) sharedScratch = new Int32Array(2 * pb.length);
  const shared = sharedScratch; // all zero between calls: every entry counted is reset below
  const touched: number[] = [];
  const scored: RewriteLink[] = [];
  pa.forEach((p, ka) => {
    if (usedA.has(ka) || p.to - p.from < REWRITE_MIN_SHARED_WORDS - 1) return;
    const ps = p.stems;
    for (let k = p.from; k < p.to; k++) {
      const s = ps[k]!;
      const from = data[4 * s + START]!;
      const to = data[4 * s + COUNT]!;
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
      const score = statementSimilarity(p, pb[kb]!, weight);
      if (score >= minScore || (score >= REWRITE_MIN_SCORE && shareSalient(p, pb[kb]!))) scored.push({ ka, kb, score });
    }
    touched.length = 0;
  });
  for (const s of stems) {
    data[4 * s + DF] = 0;
    data[4 * s + COUNT] = 0;
  }
  scored.sort((x, y) => y.score - x.score || x.ka - y.ka || x.kb - y.kb);
  const strong = greedyLinks(scored.filter((l) => l.score >= minScore));
  if (minScore <= REWRITE_MIN_SCORE) return strong;
  const chain = longestOrderedChain(greedyLinks(scored));
  if (chain.length < REWRITE_ORDERED_MIN_LINKS) return strong;
  // The chain, then the strong links that do not clash with it (one to one).
  const inChainA = new Set(chain.map((l) => l.ka));
  const inChainB = new Set(chain.map((l) => l.kb));
  return [...chain, ...strong.filter((l) => !inChainA.has(l.ka) && !inChainB.has(l.kb))].sort((x, y) => y.score - x.score || x.ka - y.ka || x.kb - y.kb);
}
