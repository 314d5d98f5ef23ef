/**
 * How two documents share words, not only how much (issue 16): an independent report of the
 * same story shares the names, numbers and the quotes everyone printed, a copy shares the
 * narration, the connective wording and the lead. Word 3-gram containments of one document
 * in the other, restricted to parts of it:
 * - `narration3`: 3-grams outside quotation marks (“…”, "…", and the wire's ``…'');
 * - `plain3`: 3-grams outside quotation with no name or number in them (no word written with
 *   a capital or a digit that does not open its sentence);
 * - `lead3`: 3-grams of the first `LEAD_SENTENCES` body sentences;
 * - `sentenceShare`: share of body sentences whose own 3-gram containment is at least
 *   `SENTENCE_MATCH_MIN`;
 * - `quotedShare`: share of the document's body 3-grams that touch quotation (a property of
 *   the document: a story made of quotes shares more by chance).
 * (Tried and dropped, as they lowered the cross-validated METER F1: the share of the shared
 * 3-grams in quotation or holding a name, and the longest shared word run.)
 * Hashes of the words' matching forms, as ngram-containment.ts.
 */
import type { TextDoc } from '../types.js';
import { LEAD_SENTENCES, SENTENCE_MATCH_MIN } from './constants.js';
import { bodyGrams, NGRAM_MULTIPLIER, sharedCount, sortedDistinct } from './ngram-containment.js';

/** The features above, each 0–1. */
export interface ReadingFeatures {
  readonly narration3: number;
  readonly plain3: number;
  readonly lead3: number;
  readonly sentenceShare: number;
  readonly quotedShare: number;
}

const N = 3;

/** One document's body 3-grams with what each touches. */
interface Grams {
  /** Every body 3-gram hash, in order (a 3-gram never crosses a body sentence's end). */
  readonly hashes: Uint32Array;
  readonly quoted: Uint8Array;
  readonly named: Uint8Array;
  /** Index of the body sentence it lies in. */
  readonly sentence: Int32Array;
  readonly sentences: number;
  /** Sorted distinct hashes of the 3-grams outside quotation, of those without names or numbers too, and of the lead's (made once per document). */
  readonly narration: Uint32Array;
  readonly plain: Uint32Array;
  readonly lead: Uint32Array;
}

/** Whether each character of `text` lies inside quotation marks (never past a paragraph break). */
function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c === 0x0a && (next === 0x0a || next === 0x0d)) open = false;
    else if (!open && (c === 0x201c || c === 0xab || c === 0x201e || c === 0x22 || (c === 0x60 && next === 0x60))) open = true;
    else if (open && (c === 0x201d || c === 0xbb || c === 0x22 || (c === 0x27 && next === 0x27))) {
      mask[i] = 1;
      open = false;
      continue;
    }
    if (open) mask[i] = 1;
  }
  return mask;
}

function isNameOrNumber(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde);
}

function gramsOf(doc: TextDoc): Grams {
  const text = doc.article.text;
  const quoted = quotedMask(text);
  const hashes: number[] = [];
  const q: number[] = [];
  const nm: number[] = [];
  const sn: number[] = [];
  let sentences = 0;
  for (const s of doc.sentences) {
    if (s.zone !== 'body') continue;
    const index = sentences++;
    for (let i = s.firstToken; i + N <= s.endToken; i++) {
      let h = N;
      let inQuote = 0;
      let named = 0;
      for (let k = 0; k < N; k++) {
        const t = doc.tokens[i + k]!;
        h = (Math.imul(h, NGRAM_MULTIPLIER) ^ doc.wordHashes[i + k]!) >>> 0;
        if (quoted[t.start]) inQuote = 1;
        if (i + k > s.firstToken && isNameOrNumber(text.charCodeAt(t.start))) named = 1;
      }
      hashes.push(h);
      q.push(inQuote);
      nm.push(named);
      sn.push(index);
    }
  }
  const grams = {
    hashes: Uint32Array.from(hashes),
    quoted: Uint8Array.from(q),
    named: Uint8Array.from(nm),
    sentence: Int32Array.from(sn),
    sentences,
  };
  return {
    ...grams,
    narration: subset(grams, (i) => grams.quoted[i] === 0),
    plain: subset(grams, (i) => grams.quoted[i] === 0 && grams.named[i] === 0),
    lead: subset(grams, (i) => grams.sentence[i]! < LEAD_SENTENCES),
  };
}

/** The last few documents' 3-grams (a pair's two sides are scored one after the other; see ngram-containment.ts). */
/** Each document's 3-grams, made on its first pair and kept as long as the document is (an align task's documents go with the task). */
const gramsByDoc = new WeakMap<TextDoc, Grams>();

function cached(doc: TextDoc): Grams {
  let g = gramsByDoc.get(doc);
  if (!g) gramsByDoc.set(doc, (g = gramsOf(doc)));
  return g;
}

/** Binary search in a sorted array. */
function has(sorted: Uint32Array, v: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === v;
}

/** Containment in `theirs` of the distinct hashes of `g` that `keep` selects (0 when none is selected). */
/** Sorted distinct hashes of the 3-grams `keep` picks. */
function subset(g: Pick<Grams, 'hashes'>, keep: (i: number) => boolean): Uint32Array {
  const picked: number[] = [];
  for (let i = 0; i < g.hashes.length; i++) if (keep(i)) picked.push(g.hashes[i]!);
  return sortedDistinct(Uint32Array.from(picked));
}

/** Share of `mine` (sorted, distinct) that `theirs` also has. */
function containment(mine: Uint32Array, theirs: Uint32Array): number {
  return mine.length > 0 ? sharedCount(mine, theirs) / mine.length : 0;
}

/** The reading features of `doc` against `other` (all 0 without another document). */
export function readingFeatures(doc: TextDoc, other: TextDoc | null): ReadingFeatures {
  if (!other) return { narration3: 0, plain3: 0, lead3: 0, sentenceShare: 0, quotedShare: 0 };
  const g = cached(doc);
  const theirs = bodyGrams(other, 3);
  const perSentence = new Int32Array(g.sentences);
  const hitSentence = new Int32Array(g.sentences);
  let quotedGrams = 0;
  for (let i = 0; i < g.hashes.length; i++) {
    perSentence[g.sentence[i]!]!++;
    if (has(theirs, g.hashes[i]!)) hitSentence[g.sentence[i]!]!++;
    quotedGrams += g.quoted[i]!;
  }
  let matched = 0;
  let counted = 0;
  for (let s = 0; s < g.sentences; s++) {
    if (perSentence[s] === 0) continue;
    counted++;
    if (hitSentence[s]! / perSentence[s]! >= SENTENCE_MATCH_MIN) matched++;
  }
  return {
    narration3: containment(g.narration, theirs),
    plain3: containment(g.plain, theirs),
    lead3: containment(g.lead, theirs),
    sentenceShare: counted > 0 ? matched / counted : 0,
    quotedShare: g.hashes.length > 0 ? quotedGrams / g.hashes.length : 0,
  };
}
