/**
 * Dice coefficient over character bigrams, with the semantics of `string-similarity`'s
 * `compareTwoStrings` (whitespace ignored; bigrams counted as a multiset; equal strings 1;
 * a string shorter than two characters 0), computed on sorted bigram codes instead of a
 * Map of substrings: the same numbers (pinned against the library by a test) at a fraction
 * of the cost, which matters because sentence alignment compares many candidate pairs.
 */

import { mix32 } from '../text/hash.js';
import { StampedTable } from './scratch-table.js';
import type { Token } from '../types.js';

/** \s of a JavaScript regular expression: ASCII space and controls, NBSP, Unicode spaces, line separators, BOM. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function countNonSpace(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}

/** The character bigrams of `text` (whitespace removed) as sorted 32-bit codes. */
export function bigramCodes(text: string): Uint32Array {
  const out = new Uint32Array(Math.max(0, countNonSpace(text) - 1));
  let at = 0;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    if (prev >= 0) out[at++] = ((prev << 16) | c) >>> 0;
    prev = c;
  }
  return out.sort();
}

/**
 * `bigramCodes` of the words' normalised forms joined by spaces, without joining them
 * (spaces are not part of any bigram, so the words' characters simply run on).
 */
export function wordsBigramCodes(words: readonly Token[]): Uint32Array {
  const out = new Uint32Array(wordsBigramCount(words));
  fillWordsBigrams(words, out);
  return out.sort();
}

function sameCodes(x: Uint32Array, y: Uint32Array): boolean {
  if (x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return false;
  return true;
}

/** Dice coefficient of two sorted bigram multisets (from `bigramCodes`). */
export function bigramDice(x: Uint32Array, y: Uint32Array): number {
  if (x.length === 0 || y.length === 0) {
    return x.length === 0 && y.length === 0 ? 1 : 0;
  }
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    if (x[i]! === y[j]!) {
      shared++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return (2 * shared) / (x.length + y.length);
}

/** Dice similarity of two strings' character bigrams, 0–1 (1 for equal strings), as `string-similarity` computes it. */
export function diceSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigramCodes(a);
  const y = bigramCodes(b);
  if (sameCodes(x, y)) {
    // Equal after whitespace removal (string-similarity compares the stripped strings).
    if (a.replace(/\s+/g, '') === b.replace(/\s+/g, '')) return 1;
  }
  if (x.length === 0 || y.length === 0) return 0;
  return bigramDice(x, y);
}

/** Scratch of `wordsDice`: the two sides' bigram codes and a counting table. */
let codesX: Uint32Array = new Uint32Array(256);
let codesY: Uint32Array = new Uint32Array(256);
const counts = new StampedTable();

/** Writes the bigram codes of the words' joined forms (unsorted) into `out` (grown as needed); returns [codes, count]. */
function wordCodes(words: readonly Token[], out: Uint32Array): [Uint32Array, number] {
  const count = wordsBigramCount(words);
  if (out.length < count) out = new Uint32Array(2 * count);
  fillWordsBigrams(words, out);
  return [out, count];
}

/** How many character bigrams the words' joined forms (spaces left out) have. */
function wordsBigramCount(words: readonly Token[]): number {
  let chars = 0;
  for (let w = 0; w < words.length; w++) chars += countNonSpace(words[w]!.norm);
  return Math.max(0, chars - 1);
}

/** Writes the bigram codes of the words' joined forms (spaces left out), in order, into `out` (large enough). */
function fillWordsBigrams(words: readonly Token[], out: Uint32Array): void {
  let at = 0;
  let prev = -1;
  for (let w = 0; w < words.length; w++) {
    const text = words[w]!.norm;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) continue;
      if (prev >= 0) out[at++] = ((prev << 16) | c) >>> 0;
      prev = c;
    }
  }
}

/**
 * `diceSimilarity` of two word lists' normalised forms joined by spaces, for lists whose
 * joined forms differ (the caller has checked): the same number without building the
 * strings, and with the shared bigrams counted in a hash table instead of sorting both lists.
 */
export function wordsDice(a: readonly Token[], b: readonly Token[]): number {
  let nx: number;
  let ny: number;
  [codesX, nx] = wordCodes(a, codesX);
  [codesY, ny] = wordCodes(b, codesY);
  if (nx === 0 || ny === 0) {
    // Equal (empty) multisets go the exact way below; otherwise nothing is shared.
    if (nx === ny) return diceSimilarity(a.map((t) => t.norm).join(' '), b.map((t) => t.norm).join(' '));
    return 0;
  }
  counts.reset(nx);
  const { keys, values, stamps, stamp, mask } = counts;
  // Count x's bigrams.
  for (let k = 0; k < nx; k++) {
    const code = codesX[k]!;
    let slot = mix32(code) & mask;
    while (stamps[slot] === stamp && keys[slot] !== code) slot = (slot + 1) & mask;
    if (stamps[slot] !== stamp) {
      stamps[slot] = stamp;
      keys[slot] = code;
      values[slot] = 0;
    }
    values[slot]!++;
  }
  // Take them with y's: a bigram is shared as often as both have it.
  let shared = 0;
  for (let k = 0; k < ny; k++) {
    const code = codesY[k]!;
    let slot = mix32(code) & mask;
    while (stamps[slot] === stamp && keys[slot] !== code) slot = (slot + 1) & mask;
    if (stamps[slot] === stamp && values[slot]! > 0) {
      values[slot]!--;
      shared++;
    }
  }
  // Equal bigram multisets: string-similarity then compares the stripped strings (rare; exact path).
  if (nx === ny && shared === nx) return diceSimilarity(a.map((t) => t.norm).join(' '), b.map((t) => t.norm).join(' '));
  return (2 * shared) / (nx + ny);
}
