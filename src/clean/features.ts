/**
 * Per-line features any line has, computed in one pass over its characters (no regexes):
 * word counts, terminal punctuation, stopword and capitalisation shares, digits, and the
 * shapes of dates, times and durations.
 */
import { STOPWORDS } from './stopwords.js';
import { MONTHS, DATE_WORDS } from './dates.js';
import { FURNITURE_WORDS, furnitureShare } from './furniture-words.js';

/** How a line ends. */
export type Terminal = 'sentence' | 'colon' | 'comma' | 'ellipsis' | 'none';

/** The features of one line's text. */
export interface TextFeatures {
  /** Words (runs of letters/digits, apostrophes inside), CJK characters counted as half a word each. */
  readonly words: number;
  readonly chars: number;
  readonly terminal: Terminal;
  /** Share of words that are function words, 0–1. */
  readonly stopShare: number;
  /** Share of words (with a letter) that start with a capital letter, 0–1. */
  readonly capShare: number;
  /** Every letter is upper case (and there are at least 2). */
  readonly allCaps: boolean;
  /** Share of words that are numbers, 0–1. */
  readonly digitShare: number;
  /** Share of words that are month names, weekdays, numbers or date words ("updated", "GMT"), 0–1. */
  readonly dateShare: number;
  /** Contains a month name or an `hh:mm` time. */
  readonly hasDateCue: boolean;
  /** The whole line is a clock or duration like `0:30` or `1:02:03`. */
  readonly isDuration: boolean;
  /** The lower-cased words, for cue matching. */
  readonly lower: readonly string[];
}

function isWordCode(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x1fff) ||
    (c >= 0x3040 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

/** Words whose lower-case form is kept (see textFeatures). Words. */
const MAX_KEPT_WORDS = 64;
/** Characters lower-cased in one go (longer lines: the rest word by word, up to MAX_KEPT_WORDS). Characters. */
const MAX_LOWERED_CHARS = 600;

/** CJK ideographs, kana and hangul: scripts without spaces between words. */
function isCjkCode(c: number): boolean {
  return (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
}

/** Looked past at a line's end: closing quotes and brackets (and, once, `<`: the paragraph-end mark of wire copy, PA's "… said today.<"). */
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb', '*', '_', '\u300d', '\u300f']);
/**
 * Sentence-final marks: Latin `. ! ? ;`, the ellipsis, CJK 。！？｡, the Arabic-script full stop
 * and question mark (Urdu ۔, ؟), the Devanagari danda । ॥, the Armenian full stop ։ and the
 * Ethiopic full stop ። (the same set as the text stage's sentence splitter, src/text/sentences.ts).
 */
const SENTENCE_ENDS = new Set(['.', '!', '?', '\u2026', '\u3002', '\uff01', '\uff1f', '\uff61', '\u06d4', '\u061f', '\u0964', '\u0965', '\u0589', '\u1362', ';']);
/** Clause-final commas: Latin, Arabic-script ، and CJK ，、. */
const COMMAS = new Set([',', '\u060c', '\uff0c', '\u3001']);

/** How `text` ends, looking past closing quotes and brackets. */
export function terminalOf(text: string): Terminal {
  let i = text.length - 1;
  // Wire copy's paragraph-end mark, maybe after a space ("… said today. <").
  if (i > 0 && text.charCodeAt(i) === 60) {
    i--;
    while (i >= 0 && text.charCodeAt(i) === 32) i--;
  }
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  if (i < 0) return 'none';
  const ch = text[i]!;
  // "…" or ".." at the end: a truncated teaser, not a finished sentence.
  if (ch === '\u2026' || (ch === '.' && i > 0 && text[i - 1] === '.')) return 'ellipsis';
  if (SENTENCE_ENDS.has(ch)) return 'sentence';
  if (ch === ':') return 'colon';
  if (COMMAS.has(ch)) return 'comma';
  return 'none';
}

/**
 * Only the word count and ending of a line (what template learning needs of every line):
 * `textFeatures(text).words` and `.terminal` without the rest (no word strings are made).
 */
export function lineShape(text: string): { readonly words: number; readonly terminal: Terminal } {
  let count = 0;
  let cjk = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!(CLASS[text.charCodeAt(i)]! & WORD_BIT)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      const cls = CLASS[text.charCodeAt(i)]!;
      if (cls & WORD_BIT) {
        if (cls & CJK_BIT) cjk++;
        i++;
      } else {
        const d = text.charCodeAt(i);
        if ((d === 39 || d === 0x2019) && i + 1 < n && CLASS[text.charCodeAt(i + 1)]! & WORD_BIT && i > start) i++;
        else break;
      }
    }
    count++;
  }
  const words = count === 0 ? 0 : Math.max(1, count + cjk / 2 - (cjk > 0 ? 1 : 0));
  return { words, terminal: terminalOf(text) };
}

/** Separators and markers of menus, breadcrumbs and handles: `|` `•` `·` `>` `»` `/` `▶` `→` `#` `@` (none is a word character). */
function isSymbolCode(c: number): boolean {
  return c === 124 || c === 0x2022 || c === 0xb7 || c === 62 || c === 0x00bb || c === 47 || c === 0x25b6 || c === 0x2192 || c === 35 || c === 64;
}

/** Share of symbol characters (`isSymbolCode`) in a line, scaled: ten times their share, capped at 1. */
export function symbolShare(text: string): number {
  let symbols = 0;
  for (let i = 0; i < text.length; i++) if (isSymbolCode(text.charCodeAt(i))) symbols++;
  return symbolShareFrom(symbols, text.length);
}

function symbolShareFrom(symbols: number, chars: number): number {
  return chars === 0 ? 0 : Math.min(1, (symbols * 10) / chars);
}

/** Per UTF-16 code unit: bit 1 a word character (`isWordCode`), bit 2 CJK (`isCjkCode`), bit 4 a symbol (`isSymbolCode`). */
const CLASS = new Uint8Array(0x10000);
const WORD_BIT = 1;
const CJK_BIT = 2;
const SYMBOL_BIT = 4;
for (let c = 0; c < 0x10000; c++) CLASS[c] = (isWordCode(c) ? WORD_BIT : 0) | (isCjkCode(c) ? CJK_BIT : 0) | (isSymbolCode(c) ? SYMBOL_BIT : 0);

/** Per code unit: letter case 1 upper, -1 lower, 0 caseless; 2 while not yet looked up (filled on first use). */
const CASE = new Int8Array(0x10000).fill(2);
for (let c = 0; c < 0xc0; c++) CASE[c] = c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? -1 : 0;

/**
 * Letter case of one UTF-16 unit: 1 upper, -1 lower, 0 caseless. ASCII by code; others by
 * a string test on the unit alone (so a table filled on first use gives the same answer).
 */
function letterCase(c: number): number {
  let v = CASE[c]!;
  if (v === 2) {
    const ch = String.fromCharCode(c);
    const up = ch.toUpperCase();
    v = up === ch.toLowerCase() ? 0 : ch === up ? 1 : -1;
    CASE[c] = v;
  }
  return v;
}

/** Flags of a lower-case word: what the per-line shares count. */
const STOP_FLAG = 1;
const MONTH_FLAG = 2;
const DATE_FLAG = 4;
const FURNITURE_FLAG = 8;

function wordFlags(w: string): number {
  let flags = 0;
  if (STOPWORDS.has(w)) flags |= STOP_FLAG;
  if (MONTHS.has(w)) flags |= MONTH_FLAG;
  if (DATE_WORDS.has(w) || (w.length <= 4 && w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57)) flags |= DATE_FLAG;
  if (FURNITURE_WORDS.has(w)) flags |= FURNITURE_FLAG;
  return flags;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * The ASCII words of the word lists in an open-addressing table keyed by the FNV hash of
 * their characters, so an ASCII word of a line is looked up from its character codes, with
 * no string made. Non-ASCII words (whose lower case is never ASCII) go to the sets.
 */
const TABLE_BITS = 11;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const tableHash = new Int32Array(1 << TABLE_BITS);
const tableWord: (string | null)[] = new Array<string | null>(1 << TABLE_BITS).fill(null);
const tableFlags = new Uint8Array(1 << TABLE_BITS);
let maxTableWord = 0;
for (const w of new Set([...STOPWORDS, ...MONTHS, ...DATE_WORDS, ...FURNITURE_WORDS])) {
  // eslint-disable-next-line no-control-regex -- [\x00-\x7f] is the ASCII range on purpose
  if (!/^[\x00-\x7f]+$/.test(w)) continue;
  let h = FNV_OFFSET;
  for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), FNV_PRIME);
  let slot = (h ^ (h >>> TABLE_BITS)) & TABLE_MASK;
  while (tableWord[slot] !== null) slot = (slot + 1) & TABLE_MASK;
  tableHash[slot] = h;
  tableWord[slot] = w;
  tableFlags[slot] = wordFlags(w);
  maxTableWord = Math.max(maxTableWord, w.length);
}

/** Flags of the ASCII word `text[start, end)` lower-cased, whose lower-case characters hash to `h`. */
function asciiWordFlags(text: string, start: number, end: number, h: number): number {
  const len = end - start;
  let flags = 0;
  const c0 = text.charCodeAt(start);
  if (len <= 4 && c0 >= 48 && c0 <= 57) flags |= DATE_FLAG;
  if (len > maxTableWord) return flags;
  let slot = (h ^ (h >>> TABLE_BITS)) & TABLE_MASK;
  for (;;) {
    const w = tableWord[slot];
    if (w === null) return flags;
    if (tableHash[slot] === h && w.length === len) {
      let same = true;
      for (let k = 0; k < len; k++) {
        let c = text.charCodeAt(start + k);
        if (c >= 65 && c <= 90) c |= 32;
        if (c !== w.charCodeAt(k)) {
          same = false;
          break;
        }
      }
      if (same) return flags | tableFlags[slot]!;
    }
    slot = (slot + 1) & TABLE_MASK;
  }
}

/**
 * The lower-case words of `text` as `textFeatures` keeps them: the first MAX_KEPT_WORDS
 * words, sliced from the lower-cased line when case mapping kept its length.
 */
function lowerWords(text: string): string[] {
  const n = text.length;
  const lower: string[] = [];
  const lowered = n <= MAX_LOWERED_CHARS ? text.toLowerCase() : text.slice(0, MAX_LOWERED_CHARS).toLowerCase();
  const aligned = lowered.length === Math.min(n, MAX_LOWERED_CHARS);
  let i = 0;
  while (i < n && lower.length < MAX_KEPT_WORDS) {
    if (!(CLASS[text.charCodeAt(i)]! & WORD_BIT)) {
      i++;
      continue;
    }
    const start = i;
    i = wordEnd(text, i);
    lower.push(aligned && i <= MAX_LOWERED_CHARS ? lowered.slice(start, i) : text.slice(start, i).toLowerCase());
  }
  return lower;
}

/** One past the last character of the word that starts at `start` (apostrophes inside a word belong to it). */
function wordEnd(text: string, start: number): number {
  const n = text.length;
  let i = start;
  while (i < n) {
    const d = text.charCodeAt(i);
    if (CLASS[d]! & WORD_BIT) i++;
    else if ((d === 39 || d === 0x2019) && i + 1 < n && CLASS[text.charCodeAt(i + 1)]! & WORD_BIT && i > start) i++;
    else break;
  }
  return i;
}

/** Features of one line; the lower-case words are made on first use (most long lines never need them). */
class LineFeatures implements TextFeatures {
  private words_: string[] | null = null;
  private first_: string | undefined = undefined;
  /** Per-text values later steps compute once per line (see `lineMemo`). */
  readonly memo: LineMemo = { norm: undefined, normHash: undefined, normPrefixHash: undefined, linePrefix: undefined, extras: undefined };
  constructor(
    private readonly text: string,
    readonly words: number,
    readonly chars: number,
    readonly terminal: Terminal,
    readonly stopShare: number,
    readonly capShare: number,
    readonly allCaps: boolean,
    readonly digitShare: number,
    readonly dateShare: number,
    readonly hasDateCue: boolean,
    readonly isDuration: boolean,
    /** `furnitureShare(lower)`. */
    readonly furnitureShare: number,
    /** `symbolShare(text)`. */
    readonly symbolShare: number,
    /** Where the first word starts and ends in `text`, and whether it is all ASCII (-1: no words). */
    private readonly firstStart: number,
    private readonly firstEnd: number,
    private readonly firstAscii: boolean,
  ) {}

  get lower(): readonly string[] {
    if (this.words_ === null) this.words_ = lowerWords(this.text);
    return this.words_;
  }

  /** `lower[0]`; an ASCII first word is lower-cased on its own (the same string: ASCII lower-cases alone, and no code unit before it changes length). */
  get firstLower(): string | undefined {
    if (this.words_ !== null) return this.words_[0];
    if (this.firstStart < 0) return undefined;
    if (!this.firstAscii) return this.lower[0];
    return (this.first_ ??= this.text.slice(this.firstStart, this.firstEnd).toLowerCase());
  }
}

/**
 * The first lower-case word of a line (`f.lower[0]`, undefined when it has none): for
 * features made by `textFeatures` with an ASCII first word, without lower-casing and
 * cutting up the rest of the line (cues look at the first word of every line, and only
 * the few lines it opens a cue phrase for need the rest).
 */
export function firstLowerWord(f: TextFeatures): string | undefined {
  return f instanceof LineFeatures ? f.firstLower : f.lower[0];
}

/** Slots for values computed once per line text by later steps (features objects are shared between passes over one article). */
export interface LineMemo {
  /** `normalizeLine(text)`. */
  norm: string | undefined;
  /** `normalizedLineHash(text)`. */
  normHash: number | undefined;
  /** `normalizedPrefixHash(text, NORM_PREFIX_UNITS)`. */
  normPrefixHash: number | undefined;
  /** `linePrefix(text)` (null: none). */
  linePrefix: string | null | undefined;
  /** The line model's per-text extras. */
  extras: object | undefined;
}

/** The memo slots of features made by `textFeatures`, or null for other feature objects (nothing is cached then). */
export function lineMemo(f: TextFeatures): LineMemo | null {
  return f instanceof LineFeatures ? f.memo : null;
}

/** `symbolShare(text)` of the line `f` was computed from, precomputed for features made by `textFeatures`. */
export function symbolShareOf(f: TextFeatures, text: string): number {
  return f instanceof LineFeatures ? f.symbolShare : symbolShare(text);
}

/** `furnitureShare(f.lower)`, precomputed for features made by `textFeatures`. */
export function furnitureShareOf(f: TextFeatures): number {
  return f instanceof LineFeatures ? f.furnitureShare : furnitureShare(f.lower);
}

/**
 * Computes the features of one line's text, in one pass over its characters. Lower-case
 * words are kept for the first MAX_KEPT_WORDS words only (shares and cues read them, and a
 * paragraph's first 64 words say as much as all of them); ASCII words are looked up in the
 * word lists by their character codes, so no word strings are made unless `lower` is read.
 */
export function textFeatures(text: string): TextFeatures {
  return textFeaturesIn(text, 0, text);
}

/**
 * `textFeatures(text)` where `text` is `source.slice(from, from + text.length)`: the
 * characters are read from `source` (an article's text as decoded is a flat string, its
 * line slices are views, slower to read a character at a time).
 */
export function textFeaturesIn(source: string, from: number, text: string): TextFeatures {
  const n = text.length;
  const to = from + n;
  let lowered: string | null = null;
  let aligned = false;
  let wordCount = 0;
  let kept = 0;
  let cjk = 0;
  let caps = 0;
  let lettered = 0;
  let digits = 0;
  let upperLetters = 0;
  let lowerLetters = 0;
  let stop = 0;
  let dateWords = 0;
  let furniture = 0;
  let hasDateCue = false;
  let symbols = 0;
  let firstStart = -1;
  let firstEnd = -1;
  let firstAscii = false;
  let i = from;
  while (i < to) {
    const c = source.charCodeAt(i);
    const cls = CLASS[c]!;
    if (!(cls & WORD_BIT)) {
      if (cls & SYMBOL_BIT) symbols++;
      i++;
      continue;
    }
    const start = i;
    let hasLetter = false;
    let allDigits = true;
    let firstCase = 0;
    let ascii = true;
    let h = FNV_OFFSET;
    // Only the first MAX_KEPT_WORDS words are looked up (hashed); letter case is needed for
    // each word's first letter, and for all letters only until a lower-case one rules out allCaps.
    const hashing = kept < MAX_KEPT_WORDS;
    while (i < to) {
      const d = source.charCodeAt(i);
      const cls = CLASS[d]!;
      if (cls & WORD_BIT) {
        if (d < 48 || d > 57) {
          if (cls & CJK_BIT) cjk++;
          allDigits = false;
          if (!hasLetter || lowerLetters === 0) {
            const lc = letterCase(d);
            if (!hasLetter) firstCase = lc;
            if (lc > 0) upperLetters++;
            else if (lc < 0) lowerLetters++;
          }
          hasLetter = true;
        }
        if (d >= 128) ascii = false;
        else if (hashing) h = Math.imul(h ^ (d >= 65 && d <= 90 ? d | 32 : d), FNV_PRIME);
        i++;
      } else if ((d === 39 || d === 0x2019) && i + 1 < to && CLASS[source.charCodeAt(i + 1)]! & WORD_BIT && i > start) {
        if (d !== 39) ascii = false;
        else if (hashing) h = Math.imul(h ^ d, FNV_PRIME);
        i++;
      } else break;
    }
    if (wordCount === 0) {
      firstStart = start - from;
      firstEnd = i - from;
      firstAscii = ascii;
    }
    wordCount++;
    if (kept < MAX_KEPT_WORDS) {
      kept++;
      let flags: number;
      if (ascii) flags = asciiWordFlags(source, start, i, h);
      else {
        if (lowered === null) {
          lowered = n <= MAX_LOWERED_CHARS ? text.toLowerCase() : text.slice(0, MAX_LOWERED_CHARS).toLowerCase();
          aligned = lowered.length === Math.min(n, MAX_LOWERED_CHARS);
        }
        const s = start - from;
        const e = i - from;
        flags = wordFlags(aligned && e <= MAX_LOWERED_CHARS ? lowered.slice(s, e) : text.slice(s, e).toLowerCase());
      }
      if (flags & STOP_FLAG) stop++;
      if (flags & MONTH_FLAG) {
        hasDateCue = true;
        dateWords++;
      } else if (flags & DATE_FLAG) dateWords++;
      if (flags & FURNITURE_FLAG) furniture++;
    }
    if (allDigits) digits++;
    if (hasLetter) {
      lettered++;
      if (firstCase > 0 && letterCase(source.charCodeAt(start)) > 0) caps++;
    }
  }
  const isDuration = durationShape(text);
  if (!hasDateCue && hasClock(text)) hasDateCue = true;
  const words = wordCount === 0 ? 0 : Math.max(1, wordCount + cjk / 2 - (cjk > 0 ? 1 : 0));
  const count = Math.max(1, kept);
  return new LineFeatures(
    text,
    words,
    n,
    terminalOf(text),
    stop / count,
    lettered === 0 ? 0 : caps / lettered,
    upperLetters >= 2 && lowerLetters === 0,
    digits / Math.max(1, wordCount),
    dateWords / count,
    hasDateCue,
    isDuration,
    kept === 0 ? 0 : furniture / kept,
    symbolShareFrom(symbols, n),
    firstStart,
    firstEnd,
    firstAscii,
  );
}

/** `m:ss`, `mm:ss` or `h:mm:ss`, nothing else. */
function durationShape(text: string): boolean {
  if (text.length > 8 || text.length < 3) return false;
  const parts = text.split(':');
  if (parts.length < 2 || parts.length > 3) return false;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    if (p.length === 0 || p.length > 2) return false;
    if (k > 0 && p.length !== 2) return false;
    for (let j = 0; j < p.length; j++) {
      const c = p.charCodeAt(j);
      if (c < 48 || c > 57) return false;
    }
  }
  return true;
}

/** Contains a clock time `h:mm` / `hh:mm`. */
function hasClock(text: string): boolean {
  let k = text.indexOf(':');
  while (k > 0) {
    const a = text.charCodeAt(k - 1);
    const b = text.charCodeAt(k + 1);
    const c = text.charCodeAt(k + 2);
    if (a >= 48 && a <= 57 && b >= 48 && b <= 57 && c >= 48 && c <= 57) return true;
    k = text.indexOf(':', k + 1);
  }
  return false;
}
