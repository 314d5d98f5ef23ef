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

/** Scratch of `findRuns` (one thread runs one comparison at a time): an open-addressing table of `b`'s seeds. */
let slotKey = new Uint32Array(1 << 10);
let slotHead = new Int32Array(1 << 10);
let slotTail = new Int32Array(1 << 10);
let slotCount = new Int32Array(1 << 10);
let nextSeed = new Int32Array(1 << 10);
let coveredUntil = new Int32Array(1 << 10);

/** The slot of `hash` in a table of `mask + 1` slots: its own, or the empty one where it would go. */
function slotOf(hash: number, mask: number): number {
  let slot = hash & mask; // seed hashes are mixed (`hashShingle`), so low bits spread
  while (slotHead[slot] !== -1 && slotKey[slot] !== hash) slot = (slot + 1) & mask;
  return slot;
}

/**
 * Every maximal exact run of at least `SEED_WORDS` words shared by `a` and `b`, found from
 * seed n-grams and extended both ways along its diagonal. Each diagonal stretch is reported
 * once. A word sequence that occurs twice in `b` (a paragraph repeated as a caption) gives a
 * run at both places. Seeds too common in `b` are skipped, which bounds the work on
 * repetitive text to O((|a| + |b|) · MAX_SEED_OCCURRENCES). Runs made of stopwords only
 * ("one of the", "it is not") are dropped. Sorted by `(ai, bi)`.
 * `b`'s seeds sit in typed arrays (a hash table with chains of positions in order), and
 * the end of the stretch covered on each diagonal in an array by diagonal.
 */
export function findRuns(a: TextDoc, b: TextDoc): Run[] {
  const ah = a.wordHashes;
  const bh = b.wordHashes;
  const n = SEED_WORDS;
  const seedsB = Math.max(0, bh.length - n + 1);
  let size = 16;
  while (size < 2 * seedsB) size *= 2;
  if (slotKey.length < size) {
    slotKey = new Uint32Array(size);
    slotHead = new Int32Array(size);
    slotTail = new Int32Array(size);
    slotCount = new Int32Array(size);
  }
  if (nextSeed.length < seedsB) nextSeed = new Int32Array(2 * seedsB);
  const mask = size - 1;
  slotHead.fill(-1, 0, size);
  for (let j = 0; j < seedsB; j++) {
    const h = hashShingle(bh, j, n);
    const slot = slotOf(h, mask);
    nextSeed[j] = -1;
    if (slotHead[slot] === -1) {
      slotKey[slot] = h;
      slotHead[slot] = slotTail[slot] = j;
      slotCount[slot] = 1;
    } else {
      // Positions past the cap are never visited (the seed is skipped), so they are only counted.
      if (slotCount[slot]! <= MAX_SEED_OCCURRENCES) {
        nextSeed[slotTail[slot]!] = j;
        slotTail[slot] = j;
      }
      slotCount[slot]!++;
    }
  }
  // Diagonal d = i - j, stored at d + |b|; -1: nothing covered yet.
  const diagonals = ah.length + bh.length + 1;
  if (coveredUntil.length < diagonals) coveredUntil = new Int32Array(2 * diagonals);
  coveredUntil.fill(-1, 0, diagonals);
  const runs: Run[] = [];
  for (let i = 0; i + n <= ah.length; i++) {
    if (seedsB === 0) break;
    const slot = slotOf(hashShingle(ah, i, n), mask);
    if (slotHead[slot] === -1 || slotCount[slot]! > MAX_SEED_OCCURRENCES) continue;
    for (let j = slotHead[slot]!; j !== -1; j = nextSeed[j]!) {
      const d = i - j + bh.length;
      const covered = coveredUntil[d]!;
      if (covered > i) continue;
      const from = Math.max(covered, 0);
      let start = 0;
      while (i - start > 0 && j - start > 0 && ah[i - start - 1] === bh[j - start - 1] && i - start - 1 >= from) start++;
      let length = start;
      while (i - start + length < ah.length && j - start + length < bh.length && ah[i - start + length] === bh[j - start + length]) length++;
      if (length < n) continue; // a hash collision, not a match
      const ai = i - start;
      coveredUntil[d] = ai + length;
      if (length < MIN_PLAIN_RUN_WORDS && contentWords(a, ai, length) < MIN_RUN_CONTENT_WORDS) continue;
      runs.push({ ai, bi: j - start, length });
    }
  }
  return runs.sort((x, y) => x.ai - y.ai || x.bi - y.bi);
}
