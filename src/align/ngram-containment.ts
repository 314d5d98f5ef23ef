/**
 * Word n-gram containment: the share of one document's distinct body word n-grams that the
 * other document also has (Broder's containment; Clough et al. 2002 on METER use word
 * 1–5-gram containment as their strongest derivation features). Sentence ends do not break
 * n-grams; captions do not take part. Hashes of the words' matching forms, so spelling
 * variants that the tokenizer already folds (case, diacritics, quotes) count as the same.
 */
import type { TextDoc } from '../types.js';

/** A fixed odd multiplier to fold one more word hash into an n-gram hash (Knuth's golden ratio constant). */
const NGRAM_MULTIPLIER = 0x9e3779b1;

/** The sorted distinct hashes of `doc`'s body word n-grams (tokens of body sentences, in order). */
export function bodyNgrams(doc: TextDoc, n: number): Uint32Array {
  const hashes: number[] = [];
  for (const s of doc.sentences) {
    if (s.zone !== 'body') continue;
    for (let i = s.firstToken; i < s.endToken; i++) hashes.push(doc.wordHashes[i]!);
  }
  const count = Math.max(0, hashes.length - n + 1);
  const grams = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = n;
    for (let k = 0; k < n; k++) h = (Math.imul(h, NGRAM_MULTIPLIER) ^ hashes[i + k]!) >>> 0;
    grams[i] = h;
  }
  grams.sort();
  let distinct = 0;
  for (let i = 0; i < grams.length; i++) if (i === 0 || grams[i] !== grams[i - 1]) grams[distinct++] = grams[i]!;
  return grams.subarray(0, distinct);
}

/** How many values two sorted, distinct arrays share (a merge walk). */
export function sharedCount(x: Uint32Array, y: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    if (x[i]! < y[j]!) i++;
    else if (x[i]! > y[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared;
}

/** Share (0–1) of `doc`'s distinct body word n-grams that `other` also has, for n = 1 … `maxN`; index n-1. */
export function ngramContainments(doc: TextDoc, other: TextDoc, maxN: number): number[] {
  const out: number[] = [];
  for (let n = 1; n <= maxN; n++) {
    const mine = bodyNgrams(doc, n);
    out.push(mine.length > 0 ? sharedCount(mine, bodyNgrams(other, n)) / mine.length : 0);
  }
  return out;
}
