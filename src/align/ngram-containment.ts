/**
 * Word n-gram containment: the share of one document's distinct body word n-grams that the
 * other document also has (Broder's containment; Clough et al. 2002 on METER use word
 * 1–5-gram containment as their strongest derivation features). Sentence ends do not break
 * n-grams; captions do not take part. Hashes of the words' matching forms, so spelling
 * variants that the tokenizer already folds (case, diacritics, quotes) count as the same.
 */
import type { TextDoc } from '../types.js';

/** A fixed odd multiplier to fold one more word hash into an n-gram hash (Knuth's golden ratio constant). */
export const NGRAM_MULTIPLIER = 0x9e3779b1;

/** The sorted distinct hashes of `doc`'s body word n-grams (tokens of body sentences, in order). */
export function bodyNgrams(doc: TextDoc, n: number): Uint32Array {
  let tokens = 0;
  for (const s of doc.sentences) if (s.zone === 'body') tokens += s.endToken - s.firstToken;
  const hashes = new Uint32Array(tokens);
  let k = 0;
  for (const s of doc.sentences) {
    if (s.zone !== 'body') continue;
    for (let i = s.firstToken; i < s.endToken; i++) hashes[k++] = doc.wordHashes[i]!;
  }
  const count = Math.max(0, tokens - n + 1);
  const grams = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = n;
    for (let j = 0; j < n; j++) h = (Math.imul(h, NGRAM_MULTIPLIER) ^ hashes[i + j]!) >>> 0;
    grams[i] = h;
  }
  return sortedDistinct(grams);
}

/** `values` sorted with repeats dropped (sorts `values` in place; the result is a view of it). */
export function sortedDistinct(values: Uint32Array): Uint32Array {
  values.sort();
  let distinct = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) values[distinct++] = values[i]!;
  return values.subarray(0, distinct);
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

/** The n-gram sizes the derivation features use (word 1-, 3- and 5-grams, as Clough et al.). */
export const CONTAINMENT_SIZES = [1, 3, 5] as const;

/**
 * Each document's n-gram arrays (`CONTAINMENT_SIZES` order), made on its first pair and kept
 * as long as the document is (a WeakMap: an align task's documents go with the task). About
 * 12 bytes a body word; a document is in several pairs, and remaking the arrays for each
 * took a third of comparePair's time.
 */
const gramsByDoc = new WeakMap<TextDoc, Uint32Array[]>();

function gramsOf(doc: TextDoc): Uint32Array[] {
  let grams = gramsByDoc.get(doc);
  if (!grams) gramsByDoc.set(doc, (grams = CONTAINMENT_SIZES.map((n) => bodyNgrams(doc, n))));
  return grams;
}

/** `doc`'s sorted distinct body word n-grams for an n of `CONTAINMENT_SIZES`, made once per document. */
export function bodyGrams(doc: TextDoc, n: (typeof CONTAINMENT_SIZES)[number]): Uint32Array {
  return gramsOf(doc)[CONTAINMENT_SIZES.indexOf(n)]!;
}

/** Share (0–1) of `doc`'s distinct body word n-grams that `other` also has, for each n of `CONTAINMENT_SIZES`. */
export function ngramContainments(doc: TextDoc, other: TextDoc): number[] {
  const mine = gramsOf(doc);
  const theirs = gramsOf(other);
  return mine.map((g, i) => (g.length > 0 ? sharedCount(g, theirs[i]!) / g.length : 0));
}
