import { hashShingle } from '../text/hash.js';
import { STOPWORDS } from '../text/constants.js';
import type { TextDoc } from '../types.js';
import { MAX_SEED_OCCURRENCES, MIN_PLAIN_RUN_WORDS, MIN_RUN_CONTENT_WORDS, SEED_WORDS } from './constants.js';

/** A maximal run of identical words: `a[ai … ai+length)` equals `b[bi … bi+length)`. */
export interface Run {
  readonly ai: number;
  readonly bi: number;
  readonly length: number;
}

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
