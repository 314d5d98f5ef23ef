/**
 * Word and content-word hashes of text zones in one pass, without a Token object or a
 * string per word for plain (ASCII) words: what anchors need, at the cost of reading the
 * characters once. Gives exactly `hashWord(token.norm)` for every token `tokenize` finds,
 * and `hashWord(contentWord(token.norm))` for those with a content form (tested against
 * that reference on arbitrary text). Non-ASCII words take the plain path.
 *
 * Why: the analyse pass of a scan computes anchors for every article of the corpus, and
 * building tokens there was most of its garbage (docs/performance.md).
 */
import type { Span } from '../types.js';
import { STOPWORDS } from './constants.js';
import { contentWord } from './content-word.js';
import { hashWord } from './hash.js';
import { classify, normalizeWord, wordEnd } from './tokenize.js';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Stopwords by hash in an open-addressing table (hash → word), for an exact check without
 * making the word's string; nearly half the tokens of news text are stopwords, and a `Map`
 * keyed by a hash above 2^30 hashes a heap number per look-up.
 */
const STOP_TABLE_BITS = 10;
const STOP_TABLE_MASK = (1 << STOP_TABLE_BITS) - 1;
const STOP_HASH = new Uint32Array(1 << STOP_TABLE_BITS);
const STOP_WORD: (string | null)[] = new Array<string | null>(1 << STOP_TABLE_BITS).fill(null);
for (const w of STOPWORDS) {
  const h = hashWord(w);
  let slot = (h ^ (h >>> STOP_TABLE_BITS)) & STOP_TABLE_MASK;
  while (STOP_WORD[slot] !== null && STOP_HASH[slot] !== h) slot = (slot + 1) & STOP_TABLE_MASK;
  // Two stopwords of one hash would need a list per slot; FNV-1a gives none for this list (checked here, at load).
  if (STOP_WORD[slot] !== null) throw new Error(`stopwords ${STOP_WORD[slot]} and ${w} share a hash`);
  STOP_HASH[slot] = h;
  STOP_WORD[slot] = w;
}

/** The longest stopword (longer tokens are not looked up). Code units. */
const MAX_STOPWORD_LENGTH = Math.max(...[...STOPWORDS].map((w) => w.length));

/** The stopword whose hash is `h` (unsigned), or undefined. */
function stopwordOf(h: number): string | undefined {
  let slot = (h ^ (h >>> STOP_TABLE_BITS)) & STOP_TABLE_MASK;
  for (;;) {
    const w = STOP_WORD[slot];
    if (w === null) return undefined;
    if (STOP_HASH[slot] === h) return w;
    slot = (slot + 1) & STOP_TABLE_MASK;
  }
}

/** Words shorter than this have no suffix stripped (see contentWord). Characters. */
const MIN_STEM_LENGTH = 5;

/** Hashes of the tokens of some zones of a text, in order. */
export interface ZoneHashes {
  /** `hashWord(norm)` per token. */
  readonly wordHashes: Uint32Array;
  /** `hashWord(contentWord(norm))` per token that has a content form (stopwords and one-letter words have none). */
  readonly contentHashes: Uint32Array;
}

/** Growable list of 32-bit values. */
class U32List {
  data = new Uint32Array(256);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
  toArray(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/** Lower case for ASCII, `'` for curly apostrophes: normalizeWord's mapping of the code units the fast path takes. */
function foldCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c === 0x2019 || c === 0x2bc ? 0x27 : c;
}

/** Whether the normalised token `text[start, end)` is exactly `word`. */
function sameWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (foldCode(text.charCodeAt(start + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** Hashes one token `text[start, end)` into the lists. */
function addToken(text: string, start: number, end: number, words: U32List, content: U32List): void {
  // FNV-1a over the folded code units, remembering the hash of the last few prefixes (the
  // stems); a code unit outside ASCII (but for curly apostrophes) sends the word to the plain path.
  let h = FNV_OFFSET;
  let minus1 = 0;
  let minus2 = 0;
  let minus3 = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80 && c !== 0x2019 && c !== 0x2bc) {
      addPlainToken(text.slice(start, end), words, content);
      return;
    }
    minus3 = minus2;
    minus2 = minus1;
    minus1 = h;
    h = Math.imul(h ^ foldCode(c), FNV_PRIME);
  }
  addHashedToken(text, start, end, h >>> 0, minus1, minus2, minus3, words, content);
}

/** The plain path: a token with code units outside ASCII, normalised as `tokenize` does. */
function addPlainToken(raw: string, words: U32List, content: U32List): void {
  const norm = normalizeWord(raw);
  words.push(hashWord(norm));
  const w = contentWord(norm);
  if (w !== null) content.push(hashWord(w));
}

/**
 * Adds the token `text[start, end)` whose folded code units hash to `full` (FNV-1a,
 * unsigned), `minus1`..`minus3` the hashes of its prefixes one to three units shorter:
 * `hashWord(norm)`, and `hashWord(contentWord(norm))` when it has a content form.
 */
function addHashedToken(text: string, start: number, end: number, full: number, minus1: number, minus2: number, minus3: number, words: U32List, content: U32List): void {
  const length = end - start;
  words.push(full);
  if (length < 2) return;
  const stop = length <= MAX_STOPWORD_LENGTH ? stopwordOf(full) : undefined;
  if (stop !== undefined && sameWord(text, start, end, stop)) return;
  if (length < MIN_STEM_LENGTH) {
    content.push(full);
    return;
  }
  const last = foldCode(text.charCodeAt(end - 1));
  const second = foldCode(text.charCodeAt(end - 2));
  const third = foldCode(text.charCodeAt(end - 3));
  if (third === 0x69 && second === 0x6e && last === 0x67) content.push(minus3 >>> 0); // -ing
  else if (second === 0x65 && (last === 0x64 || last === 0x73)) content.push(minus2 >>> 0); // -ed, -es
  else if (last === 0x73 && second !== 0x73) content.push(minus1 >>> 0); // -s, not -ss
  else content.push(full);
}

/** Per ASCII code: 1 a letter, 2 a digit, 0 neither (`classify` of ASCII: 1 for both). */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : c >= 0x30 && c <= 0x39 ? 2 : 0;

/** Word and content hashes of the tokens of `zones` of `text` (zones in the order given). */
export function zoneHashes(text: string, zones: readonly Span[]): ZoneHashes {
  const words = new U32List();
  const content = new U32List();
  for (const span of zones) {
    // The token boundaries of `tokenize`, exactly.
    const end = Math.min(span.end, text.length);
    let i = Math.max(0, span.start);
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (ASCII_WORD[c] === 0) {
          i++;
          continue;
        }
        i = asciiWord(text, i, end, words, content);
        continue;
      }
      const cp = text.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      const kind = classify(cp);
      if (kind === 0) {
        i += width;
        continue;
      }
      if (kind === 2) {
        addToken(text, i, i + width, words, content);
        i += width;
        continue;
      }
      const start = i;
      i = wordEnd(text, i, end);
      addToken(text, start, i, words, content);
    }
  }
  return { wordHashes: words.toArray(), contentHashes: content.toArray() };
}

/**
 * The token that starts with the ASCII word character at `start`: `wordEnd` and
 * `addToken` in one pass while its characters are ASCII (or curly apostrophes before an
 * ASCII letter); at any other code unit it hands over to them from there. Returns its end.
 */
function asciiWord(text: string, start: number, end: number, words: U32List, content: U32List): number {
  let h = FNV_OFFSET;
  let minus1 = 0;
  let minus2 = 0;
  let minus3 = 0;
  let i = start;
  while (i < end) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      const k = ASCII_WORD[c]!;
      if (k === 0) {
        // Inside a word: an apostrophe before a letter; a separator between digits.
        if (c === 0x27 || c === 0x2e || c === 0x2c) {
          if (i + 1 >= end) break;
          const next = text.charCodeAt(i + 1);
          if (next >= 0x80) return slowTail(text, start, i, end, words, content);
          if (c === 0x27 ? ASCII_WORD[next] !== 1 : ASCII_WORD[next] !== 2 || ASCII_WORD[text.charCodeAt(i - 1)] !== 2) break;
        } else break;
      } else if (k === 1 && c <= 0x5a) c += 32;
    } else if (c === 0x2019) {
      // A curly apostrophe (not a word character) joins when a letter follows; ʼ (U+02BC) is a letter, left to the plain path.
      if (i + 1 >= end) break;
      const next = text.charCodeAt(i + 1);
      if (next >= 0x80) return slowTail(text, start, i, end, words, content);
      if (ASCII_WORD[next] !== 1) break;
      c = 0x27;
    } else return slowTail(text, start, i, end, words, content);
    minus3 = minus2;
    minus2 = minus1;
    minus1 = h;
    h = Math.imul(h ^ c, FNV_PRIME);
    i++;
  }
  addHashedToken(text, start, i, h >>> 0, minus1, minus2, minus3, words, content);
  return i;
}

/** The rest of a token that met a code unit the fast path does not decide: `wordEnd` from `at`, then `addToken`. */
function slowTail(text: string, start: number, at: number, end: number, words: U32List, content: U32List): number {
  const i = wordEnd(text, at, end);
  addToken(text, start, i, words, content);
  return i;
}
