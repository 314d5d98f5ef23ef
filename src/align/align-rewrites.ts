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
import { profileBigrams, sentenceProfiles, type SentenceProfile } from './sentence-profile.js';
import { bigramDice } from './similarity.js';

/** A sentence of `a` aligned with a sentence of `b` as the same statement reworded. */
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
      if (score >= minScore) scored.push({ ka, kb, score });
    }
    touched.length = 0;
  });
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
