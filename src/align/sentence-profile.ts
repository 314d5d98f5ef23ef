import { STOPWORDS } from '../text/constants.js';
import { hashWord } from '../text/hash.js';
import type { TextDoc } from '../types.js';
import { wordsBigramCodes } from './similarity.js';
import { porterStem } from './stem.js';
import { WordTable } from './word-table.js';
import { alignMemo } from './doc-memo.js';
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
  /** The sorted character bigrams (`profileBigrams`), made on first use; a slot here rather than a `WeakMap`. */
  bigrams: Uint32Array | undefined;
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
  return [norm.length <= 3 || isDigit(norm.charCodeAt(0)) ? norm : porterStem(norm)];
}

function isUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Stems as small integer ids, and every normalised word seen with its forms' stem ids, shared
 * by all documents a thread aligns (`WordTable`s: words found by the hashes the text stage
 * made, `TextDoc.wordHashes`, and confirmed by their characters). A word's forms are
 * `forms[3 id]` (how many: 0 for stopwords, one-letter words and percentage words) and the
 * ids at `+1`, `+2`, negative (`-1 - id`) for a number (always salient).
 * Bounded: when it holds `MAX_VOCABULARY_STEMS` stems or words at the start of a comparison
 * (`makeRoom`), it starts afresh with a new generation, and profiles made in an older
 * generation are made again. A reset never happens in the middle of a comparison, so the
 * two profiles compared always share one generation.
 */
class StemVocabulary {
  generation = 0;
  private words = new WordTable();
  private stems = new WordTable();
  /** Per word id: form count and up to two form ids. */
  forms = new Int32Array(3 * 1024);

  /** How many stems have ids (every id is below it). */
  get size(): number {
    return this.stems.size;
  }

  /** Starts afresh (a new generation) when the vocabulary holds `limit` stems or words or more. */
  makeRoom(limit = MAX_VOCABULARY_STEMS): void {
    if (this.stems.size < limit && this.words.size < limit) return;
    this.words = new WordTable();
    this.stems = new WordTable();
    this.forms = new Int32Array(3 * 1024);
    this.generation++;
  }

  /** The id of a normalised word whose `hashWord` is `hash`; read its forms in `forms` after the call (it may have grown). */
  wordId(norm: string, hash: number): number {
    const known = this.words.find(norm, hash);
    if (known >= 0) return known;
    const id = this.words.add(norm, hash);
    if (3 * (id + 1) > this.forms.length) {
      const grown = new Int32Array(2 * this.forms.length);
      grown.set(this.forms);
      this.forms = grown;
    }
    const base = 3 * id;
    this.forms[base] = 0;
    if (!STOPWORDS.has(norm) && !(norm.length < 2 && !isDigit(norm.charCodeAt(0)))) {
      const strings = comparisonForms(norm);
      this.forms[base] = strings.length;
      for (let k = 0; k < strings.length; k++) {
        const form = strings[k]!;
        const formHash = hashWord(form);
        let stemId = this.stems.find(form, formHash);
        if (stemId < 0) stemId = this.stems.add(form, formHash);
        this.forms[base + 1 + k] = isDigit(form.charCodeAt(0)) ? -1 - stemId : stemId;
      }
    }
    return id;
  }
}

/** The thread's stem vocabulary (worker threads each have their own module instance). */
export const vocabulary = new StemVocabulary();

/** Scratch: a document's stem ids and salient flags while its profiles are built. */
let stemScratch = new Int32Array(4096);
let salientScratch = new Uint8Array(4096);

/** Scratch: the sentence (stamp) each stem id was last seen in, and its place in that sentence's list. */
let seenIn = new Int32Array(1024);
let placeOf = new Int32Array(1024);
let stamp = 0;

/**
 * Profiles of every sentence of `doc`, computed once per document (documents meet many
 * others in a scan) and per vocabulary generation.
 */
export function sentenceProfiles(doc: TextDoc): SentenceProfile[] {
  const memo = alignMemo(doc);
  if (memo.profiles !== undefined && memo.generation === vocabulary.generation) return memo.profiles;
  const text = doc.article.text;
  // One array of stem ids (and one of salient flags) for the whole document; each sentence
  // takes a stretch of it. A word has at most two forms. Built in the thread's scratch
  // arrays (a fresh zeroed pair a document was a fifth of this function), then copied out.
  if (stemScratch.length < 2 * doc.tokens.length) {
    stemScratch = new Int32Array(4 * doc.tokens.length);
    salientScratch = new Uint8Array(4 * doc.tokens.length);
  }
  const stems = stemScratch;
  const salient = salientScratch;
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
      const base = 3 * vocabulary.wordId(t.norm, doc.wordHashes[i]!);
      const forms = vocabulary.forms;
      const count = forms[base]!;
      if (count === 0) continue;
      const name = isUpper(text.charCodeAt(t.start)) && i > s.firstToken;
      for (let k = 0; k < count; k++) {
        const f = forms[base + 1 + k]!;
        const id = f < 0 ? -1 - f : f;
        if (id >= seenIn.length) growSeen(vocabulary.size + 1);
        let place: number;
        if (seenIn[id] !== stamp) {
          seenIn[id] = stamp;
          place = placeOf[id] = used++;
          stems[place] = id;
          salient[place] = 0;
        } else place = placeOf[id]!;
        if (f < 0 || name) salient[place] = 1;
      }
    }
    ranges.push([from, used]);
  }
  const docStems = stems.slice(0, used);
  const docSalient = salient.slice(0, used);
  // Grown by push, not `map` (packed from the interpreter, holey once optimised): readers see one element kind.
  const out: SentenceProfile[] = [];
  for (let k = 0; k < doc.sentences.length; k++) {
    const s = doc.sentences[k]!;
    out.push({ stems: docStems, salient: docSalient, from: ranges[k]![0], to: ranges[k]![1], doc, first: s.firstToken, end: s.endToken, bigrams: undefined });
  }
  memo.profiles = out;
  memo.generation = vocabulary.generation;
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

/**
 * The sorted character bigrams of a sentence's normalised words joined by spaces, computed
 * on first use (most sentences never need them).
 */
export function profileBigrams(p: SentenceProfile): Uint32Array {
  let codes = p.bigrams;
  if (codes === undefined) {
    codes = wordsBigramCodes(p.doc.tokens.slice(p.first, p.end));
    p.bigrams = codes;
  }
  return codes;
}
