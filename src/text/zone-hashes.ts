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

/** Stopwords by hash, for an exact check without making the word's string. */
const STOPWORD_BY_HASH: ReadonlyMap<number, string> = new Map([...STOPWORDS].map((w) => [hashWord(w), w]));

/** Bit `h & STOP_FILTER_MASK` is set for the hash `h` of every stopword: most other words are ruled out by one array read. */
const STOP_FILTER_MASK = 0xffff;
const STOP_FILTER = new Uint8Array(STOP_FILTER_MASK + 1);
for (const h of STOPWORD_BY_HASH.keys()) STOP_FILTER[h & STOP_FILTER_MASK] = 1;

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
  const length = end - start;
  let h = FNV_OFFSET;
  let minus1 = 0;
  let minus2 = 0;
  let minus3 = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80 && c !== 0x2019 && c !== 0x2bc) {
      const norm = normalizeWord(text.slice(start, end));
      words.push(hashWord(norm));
      const w = contentWord(norm);
      if (w !== null) content.push(hashWord(w));
      return;
    }
    minus3 = minus2;
    minus2 = minus1;
    minus1 = h;
    h = Math.imul(h ^ foldCode(c), FNV_PRIME);
  }
  const full = h >>> 0;
  words.push(full);
  if (length < 2) return;
  const stop = STOP_FILTER[full & STOP_FILTER_MASK] === 1 ? STOPWORD_BY_HASH.get(full) : undefined;
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

/** Word and content hashes of the tokens of `zones` of `text` (zones in the order given). */
export function zoneHashes(text: string, zones: readonly Span[]): ZoneHashes {
  const words = new U32List();
  const content = new U32List();
  for (const span of zones) {
    // The token boundaries of `tokenize`, exactly.
    const end = Math.min(span.end, text.length);
    let i = Math.max(0, span.start);
    while (i < end) {
      const cp = text.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      const kind = cp < 0x80 ? ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39) ? 1 : 0) : classify(cp);
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
      i = wordEnd(text, i + width, end);
      addToken(text, start, i, words, content);
    }
  }
  return { wordHashes: words.toArray(), contentHashes: content.toArray() };
}
