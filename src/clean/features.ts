/**
 * Per-line features any line has, computed in one pass over its characters (no regexes):
 * word counts, terminal punctuation, stopword and capitalisation shares, digits, and the
 * shapes of dates, times and durations.
 */
import { STOPWORDS } from './stopwords.js';
import { MONTHS, DATE_WORDS } from './dates.js';

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

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb', '*', '_', '\u300d', '\u300f']);
const SENTENCE_ENDS = new Set(['.', '!', '?', '\u2026', '\u3002', '\uff01', '\uff1f', ';']);

/** How `text` ends, looking past closing quotes and brackets. */
export function terminalOf(text: string): Terminal {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  if (i < 0) return 'none';
  const ch = text[i]!;
  // "…" or ".." at the end: a truncated teaser, not a finished sentence.
  if (ch === '\u2026' || (ch === '.' && i > 0 && text[i - 1] === '.')) return 'ellipsis';
  if (SENTENCE_ENDS.has(ch)) return 'sentence';
  if (ch === ':') return 'colon';
  if (ch === ',') return 'comma';
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
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isWordCode(d)) {
        if (isCjkCode(d)) cjk++;
        i++;
      } else if ((d === 39 || d === 0x2019) && i + 1 < n && isWordCode(text.charCodeAt(i + 1)) && i > start) i++;
      else break;
    }
    count++;
  }
  const words = count === 0 ? 0 : Math.max(1, count + cjk / 2 - (cjk > 0 ? 1 : 0));
  return { words, terminal: terminalOf(text) };
}

/** Letter case of one UTF-16 unit: 1 upper, -1 lower, 0 caseless. ASCII by code; others by a string test. */
function letterCase(text: string, i: number, c: number): number {
  if (c >= 65 && c <= 90) return 1;
  if (c >= 97 && c <= 122) return -1;
  if (c < 0xc0) return 0;
  const ch = text[i]!;
  const up = ch.toUpperCase();
  if (up === ch.toLowerCase()) return 0;
  return ch === up ? 1 : -1;
}

/** Computes the features of one line's text. */
export function textFeatures(text: string): TextFeatures {
  const n = text.length;
  const lower: string[] = [];
  // Lower-case once; word slices come from it when case-mapping kept the length (it nearly always does).
  // Lower-case words are kept for the first MAX_KEPT_WORDS words only: shares and cues read
  // them, and a paragraph's first 64 words say as much as all of them.
  const lowered = n <= MAX_LOWERED_CHARS ? text.toLowerCase() : text.slice(0, MAX_LOWERED_CHARS).toLowerCase();
  const aligned = lowered.length === Math.min(n, MAX_LOWERED_CHARS);
  let wordCount = 0;
  let cjk = 0;
  let caps = 0;
  let lettered = 0;
  let digits = 0;
  let upperLetters = 0;
  let lowerLetters = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    const start = i;
    let hasLetter = false;
    let allDigits = true;
    let firstCase = 0;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isWordCode(d)) {
        if (d < 48 || d > 57) {
          if (d >= 0x3040 && isCjkCode(d)) cjk++;
          allDigits = false;
          const lc = letterCase(text, i, d);
          if (!hasLetter) firstCase = lc;
          hasLetter = true;
          if (lc > 0) upperLetters++;
          else if (lc < 0) lowerLetters++;
        }
        i++;
      } else if ((d === 39 || d === 0x2019) && i + 1 < n && isWordCode(text.charCodeAt(i + 1)) && i > start) {
        i++;
      } else break;
    }
    wordCount++;
    if (lower.length < MAX_KEPT_WORDS) lower.push(aligned && i <= MAX_LOWERED_CHARS ? lowered.slice(start, i) : text.slice(start, i).toLowerCase());
    if (allDigits) digits++;
    if (hasLetter) {
      lettered++;
      if (firstCase > 0 && letterCase(text, start, text.charCodeAt(start)) > 0) caps++;
    }
  }
  let stop = 0;
  let dateWords = 0;
  let hasDateCue = false;
  for (const w of lower) {
    if (STOPWORDS.has(w)) stop++;
    if (MONTHS.has(w)) {
      hasDateCue = true;
      dateWords++;
    } else if (DATE_WORDS.has(w) || (w.length <= 4 && w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57)) dateWords++;
  }
  const isDuration = durationShape(text);
  if (!hasDateCue && hasClock(text)) hasDateCue = true;
  const words = wordCount === 0 ? 0 : Math.max(1, wordCount + cjk / 2 - (cjk > 0 ? 1 : 0));
  const count = Math.max(1, lower.length);
  return {
    words,
    chars: n,
    terminal: terminalOf(text),
    stopShare: stop / count,
    capShare: lettered === 0 ? 0 : caps / lettered,
    allCaps: upperLetters >= 2 && lowerLetters === 0,
    digitShare: digits / Math.max(1, wordCount),
    dateShare: dateWords / count,
    hasDateCue,
    isDuration,
    lower,
  };
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
