import { STOPWORDS } from '../text/constants.js';
import { mix32 } from '../text/hash.js';
import type { TextDoc } from '../types.js';
import { wordsBigramCodes } from './similarity.js';
import { stem } from './stem.js';
import { MAX_VOCABULARY_STEMS } from './constants.js';

/**
 * What sentence alignment compares of one sentence: its content-word stems, names and
 * numbers. Stems are small integers (`StemVocabulary` ids), so comparing sentences touches
 * typed arrays, not strings: alignment compares many sentence pairs per document pair.
 */
export interface SentenceProfile {
  /**
   * `stems[from … to)`: ids of the distinct stems of the sentence's words that are not
   * stopwords, in order of first use (the array is the whole document's, shared by its sentences).
   */
  readonly stems: Int32Array;
  /** 1 at `salient[k]` where `stems[k]` is a name (capitalised inside the sentence) or a number: rare, telling words. */
  readonly salient: Uint8Array;
  readonly from: number;
  readonly to: number;
  /** The document and token range `[first, end)` the profile was made from (for `profileBigrams`). */
  readonly doc: TextDoc;
  readonly first: number;
  readonly end: number;
}

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

/** Ints per word entry of the vocabulary: hash, packed length (-1: not packed), two ints of packed characters, form count, two forms, padding. */
const ENTRY = 8;

/**
 * Up to 8 Latin-1 characters of a word packed 4 to an int (so most words are checked without
 * reading the stored string); `packed[0]` is -1 for a word that does not fit.
 */
function pack(norm: string, packed: Int32Array): void {
  packed[0] = -1;
  if (norm.length > 8) return;
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c > 0xff) return;
    if (i < 4) lo |= c << (8 * i);
    else hi |= c << (8 * (i - 4));
  }
  packed[0] = norm.length;
  packed[1] = lo;
  packed[2] = hi;
}

const packedScratch = new Int32Array(3);

/**
 * Stems as small integer ids, and every normalised word seen with its forms' ids, shared by
 * all documents a thread aligns. Words are found by their hash (`TextDoc.wordHashes`, mixed:
 * FNV's low bits cluster for short words) in an
 * open-addressing table and confirmed by their characters (so two words with one hash never
 * mix); a word's entry is `ENTRY` ints of one typed array, so a lookup touches two or three
 * cache lines, not a Map's strings and objects. A form id is negative (`-1 - id`) for a
 * number (always salient).
 * Bounded: when it holds `MAX_VOCABULARY_STEMS` stems or words at the start of a comparison
 * (`makeRoom`), it starts afresh with a new generation, and profiles made in an older
 * generation are made again. A reset never happens in the middle of a comparison, so the
 * two profiles compared always share one generation.
 */
class StemVocabulary {
  generation = 0;
  private ids = new Map<string, number>();
  /** Slot → entry number + 1 (0: empty). */
  private slots = new Int32Array(1 << 12);
  /** `ENTRY` ints per word (see `ENTRY`). */
  entries = new Int32Array(ENTRY * 1024);
  private norms: string[] = [];

  get size(): number {
    return this.ids.size;
  }

  /** Starts afresh (a new generation) when the vocabulary holds `limit` stems or words or more. */
  makeRoom(limit = MAX_VOCABULARY_STEMS): void {
    if (this.ids.size < limit && this.norms.length < limit) return;
    this.ids = new Map();
    this.slots = new Int32Array(1 << 12);
    this.entries = new Int32Array(ENTRY * 1024);
    this.norms = [];
    this.generation++;
  }

  private sameWord(base: number, norm: string): boolean {
    const length = this.entries[base + 1]!;
    if (length < 0) return this.norms[(base / ENTRY) | 0] === norm; // an integer index (a double one takes V8's slow path)
    if (norm.length !== length) return false;
    pack(norm, packedScratch);
    return packedScratch[0] === length && packedScratch[1] === this.entries[base + 2] && packedScratch[2] === this.entries[base + 3];
  }

  /**
   * The offset in `entries` of a normalised word whose `hashWord` is `hash`: its form count
   * at +4 (0 for stopwords, one-letter words and percentage words) and forms at +5, +6.
   * Read `entries` after the call (it may have grown).
   */
  entryOf(norm: string, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = mix32(hash) & mask;
    for (;;) {
      const e = this.slots[slot]!;
      if (e === 0) break;
      const base = (e - 1) * ENTRY;
      if (this.entries[base] === (hash | 0) && this.sameWord(base, norm)) return base;
      slot = (slot + 1) & mask;
    }
    const n = this.norms.length;
    if ((n + 1) * ENTRY > this.entries.length) {
      const grown = new Int32Array(2 * this.entries.length);
      grown.set(this.entries);
      this.entries = grown;
    }
    const base = n * ENTRY;
    const entries = this.entries;
    entries[base] = hash | 0;
    pack(norm, packedScratch);
    entries[base + 1] = packedScratch[0]!;
    entries[base + 2] = packedScratch[0]! < 0 ? 0 : packedScratch[1]!;
    entries[base + 3] = packedScratch[0]! < 0 ? 0 : packedScratch[2]!;
    entries[base + 4] = 0;
    if (!STOPWORDS.has(norm) && !(norm.length < 2 && !isDigit(norm.charCodeAt(0)))) {
      const strings = comparisonForms(norm);
      entries[base + 4] = strings.length;
      strings.forEach((s, k) => {
        const id = this.idOf(s);
        entries[base + 5 + k] = isDigit(s.charCodeAt(0)) ? -1 - id : id;
      });
    }
    this.norms.push(norm);
    this.slots[slot] = n + 1;
    if (2 * this.norms.length > this.slots.length) this.rehash();
    return base;
  }

  private rehash(): void {
    const slots = new Int32Array(2 * this.slots.length);
    const mask = slots.length - 1;
    for (let e = 0; e < this.norms.length; e++) {
      let slot = mix32(this.entries[e * ENTRY]!) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = e + 1;
    }
    this.slots = slots;
  }

  private idOf(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(s, id);
    }
    return id;
  }
}

/** The thread's stem vocabulary (worker threads each have their own module instance). */
export const vocabulary = new StemVocabulary();

const profiles = new WeakMap<TextDoc, { generation: number; profiles: SentenceProfile[] }>();

/** Scratch: the sentence (stamp) each stem id was last seen in, and its place in that sentence's list. */
let seenIn = new Int32Array(1024);
let placeOf = new Int32Array(1024);
let stamp = 0;

/**
 * Profiles of every sentence of `doc`, computed once per document (documents meet many
 * others in a scan) and per vocabulary generation.
 */
export function sentenceProfiles(doc: TextDoc): SentenceProfile[] {
  const hit = profiles.get(doc);
  if (hit && hit.generation === vocabulary.generation) return hit.profiles;
  const text = doc.article.text;
  // One array of stem ids (and one of salient flags) for the whole document; each sentence
  // takes a stretch of it. A word has at most two forms.
  let stems = new Int32Array(2 * doc.tokens.length);
  let salient = new Uint8Array(2 * doc.tokens.length);
  let used = 0;
  const ranges: [number, number][] = [];
  for (const s of doc.sentences) {
    if (++stamp >= 0x7fffffff) {
      seenIn.fill(0);
      stamp = 1;
    }
    const from = used;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = doc.tokens[i]!;
      const base = vocabulary.entryOf(t.norm, doc.wordHashes[i]!);
      const entries = vocabulary.entries;
      const count = entries[base + 4]!;
      if (count === 0) continue;
      const name = isUpper(text.charCodeAt(t.start)) && i > s.firstToken;
      for (let k = 0; k < count; k++) {
        const f = entries[base + 5 + k]!;
        const id = f < 0 ? -1 - f : f;
        if (id >= seenIn.length) growSeen(vocabulary.size + 1);
        let place: number;
        if (seenIn[id] !== stamp) {
          seenIn[id] = stamp;
          place = placeOf[id] = used++;
          stems[place] = id;
        } else place = placeOf[id]!;
        if (f < 0 || name) salient[place] = 1;
      }
    }
    ranges.push([from, used]);
  }
  stems = stems.slice(0, used);
  salient = salient.slice(0, used);
  const out = doc.sentences.map((s, k): SentenceProfile => ({ stems, salient, from: ranges[k]![0], to: ranges[k]![1], doc, first: s.firstToken, end: s.endToken }));
  profiles.set(doc, { generation: vocabulary.generation, profiles: out });
  return out;
}

function growSeen(size: number): void {
  const n = Math.max(2 * seenIn.length, size);
  const grownSeen = new Int32Array(n);
  grownSeen.set(seenIn);
  seenIn = grownSeen;
  const grownPlace = new Int32Array(n);
  grownPlace.set(placeOf);
  placeOf = grownPlace;
}

const bigramCache = new WeakMap<SentenceProfile, Uint32Array>();

/**
 * The sorted character bigrams of a sentence's normalised words joined by spaces, computed
 * on first use (most sentences never need them).
 */
export function profileBigrams(p: SentenceProfile): Uint32Array {
  let codes = bigramCache.get(p);
  if (!codes) {
    codes = wordsBigramCodes(p.doc.tokens.slice(p.first, p.end));
    bigramCache.set(p, codes);
  }
  return codes;
}
