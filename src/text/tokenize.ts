/**
 * Word tokens with offsets. A token is a run of letters, digits and combining marks, with
 * apostrophes inside words ("Wallace's", "It’s") and decimal/thousands separators inside
 * numbers ("2.5", "1,000") kept. Hyphens and dashes split words ("shoulder-launched" is two
 * tokens), so hyphenation differences between texts do not break matches. Scripts written
 * without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) give one token per character.
 * Arabic-script words (Urdu, Persian, Arabic) are cut after every letter that does not join
 * the next one (ا د ر ز و ے …): writers may leave out the space after such a letter ("وزیر
 * اعظم" and "وزیراعظم" look alike on the page), so both spellings give the same tokens and
 * matching does not depend on the optional space. Offsets stay indices into the text.
 *
 * Linear in the input; no regular expression runs over the text (only over single
 * non-ASCII characters), so no input can make it backtrack.
 */
import type { Span, Token } from '../types.js';

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const COMBINING_MARKS = /\p{M}/gu;

/** Whether code point `cp` belongs to a script written without spaces between words. */
export function isUnspacedScript(cp: number): boolean {
  return (
    (cp >= 0x0e00 && cp <= 0x0eff) || // Thai, Lao
    (cp >= 0x1000 && cp <= 0x109f) || // Myanmar
    (cp >= 0x1780 && cp <= 0x17ff) || // Khmer
    (cp >= 0x3040 && cp <= 0x30ff) || // Hiragana, Katakana
    (cp >= 0x3400 && cp <= 0x4dbf) || // CJK Extension A
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK Unified Ideographs
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK Compatibility Ideographs
    (cp >= 0x20000 && cp <= 0x3134f) // CJK Extensions B–G
  );
}

/** `classify` of each code point below U+10000, filled on first use (-1: not yet): the regular expression runs once per character, not once per occurrence. */
const BMP_CLASS = new Int8Array(0x10000).fill(-1);

/** 0 not a word character, 1 word character, 2 a character that is a word by itself. */
export function classify(cp: number): 0 | 1 | 2 {
  if (cp < 0x80) {
    return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39) ? 1 : 0;
  }
  if (cp > 0xffff) return classifyNonAscii(cp);
  let k = BMP_CLASS[cp]!;
  if (k < 0) BMP_CLASS[cp] = k = classifyNonAscii(cp);
  return k as 0 | 1 | 2;
}

function classifyNonAscii(cp: number): 0 | 1 | 2 {
  if (isUnspacedScript(cp)) return 2;
  return NON_ASCII_WORD_CHAR.test(String.fromCodePoint(cp)) ? 1 : 0;
}

/**
 * Arabic-script letters that join only the letter before them (Unicode Joining_Type R, and
 * hamza, which joins neither): after one, a word may go on with or without a space.
 */
const NON_JOINING_ARABIC = new Set([
  0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0627, 0x0629, 0x062f, 0x0630, 0x0631, 0x0632, 0x0648, 0x0671, 0x0672, 0x0673,
  0x0675, 0x0676, 0x0677, 0x0688, 0x0689, 0x068a, 0x068b, 0x068c, 0x068d, 0x068e, 0x068f, 0x0690, 0x0691, 0x0692, 0x0693,
  0x0694, 0x0695, 0x0696, 0x0697, 0x0698, 0x0699, 0x06c0, 0x06c3, 0x06c4, 0x06c5, 0x06c6, 0x06c7, 0x06c8, 0x06c9, 0x06ca,
  0x06cb, 0x06cd, 0x06cf, 0x06d2, 0x06d3, 0x06d5, 0x06ee, 0x06ef,
]);

/** Whether `cp` is a combining mark of the Arabic block (harakat, superscript alef …), which stays with its letter. */
function isArabicMark(cp: number): boolean {
  return (cp >= 0x064b && cp <= 0x065f) || cp === 0x0670 || (cp >= 0x06d6 && cp <= 0x06dc) || (cp >= 0x06df && cp <= 0x06e4) || cp === 0x06e7 || cp === 0x06e8 || (cp >= 0x06ea && cp <= 0x06ed);
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Apostrophes that may join two parts of a word: ' ’ ʼ. */
export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc;
}

/** Arabic and Urdu/Persian code points for the same letter (yeh, alef maksura; kaf; heh goal), folded to one for matching. */
const ARABIC_FOLD: Readonly<Record<string, string>> = { '\u06cc': '\u064a', '\u0649': '\u064a', '\u06a9': '\u0643', '\u06c1': '\u0647' };
const ARABIC_VARIANTS = /[\u06cc\u0649\u06a9\u06c1]/g;

/**
 * The matching form of a word: lower case, diacritics removed, curly apostrophes straight.
 * Two spellings that differ only in these ways match.
 */
export function normalizeWord(raw: string): string {
  let ascii = true;
  let upper = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x80) {
      ascii = false;
      break;
    }
    if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  // Most words are lower-case already: no new string (a slice of a two-byte text, as most
  // articles with a curly quote are, is lower-cased by a slow runtime call).
  if (ascii) return upper ? raw.toLowerCase() : raw;
  return raw
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(/[\u2019\u02bc]/g, "'")
    .replace(ARABIC_VARIANTS, (ch) => ARABIC_FOLD[ch]!)
    .toLowerCase();
}

/**
 * Where a word that has started before `i` ends (at most `end`): word characters, plus an
 * apostrophe between letters ("Wallace's", "It’s") and a separator between digits
 * ("2.5", "1,000"). Shared by `tokenize` and the anchor pass (`zoneHashes`), so both cut
 * words the same way.
 */
export function wordEnd(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.codePointAt(i)!;
    const k = c < 0x80 ? ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0) : classify(c);
    if (k === 1) {
      i += c > 0xffff ? 2 : 1;
      if (NON_JOINING_ARABIC.has(c)) {
        while (i < end && isArabicMark(text.charCodeAt(i))) i++;
        return i;
      }
      continue;
    }
    if (k === 0 && i + 1 < end) {
      const next = text.codePointAt(i + 1)!;
      const prev = text.charCodeAt(i - 1);
      if (isApostrophe(c) && classify(next) === 1 && !isDigit(next)) {
        i += 1;
        continue;
      }
      if ((c === 0x2e || c === 0x2c) && isDigit(prev) && isDigit(next)) {
        i += 1;
        continue;
      }
    }
    return i;
  }
  return i;
}

/** Appends the tokens of `text` within `span` to `out`, in order. */
export function tokenize(text: string, span: Span, out: Token[]): void {
  const end = Math.min(span.end, text.length);
  let i = Math.max(0, span.start);
  while (i < end) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const kind = classify(cp);
    if (kind === 0) {
      i += width;
      continue;
    }
    if (kind === 2) {
      out.push({ start: i, end: i + width, norm: normalizeWord(text.slice(i, i + width)) });
      i += width;
      continue;
    }
    const start = i;
    i = wordEnd(text, i, end);
    out.push({ start, end: i, norm: normalizeWord(text.slice(start, i)) });
  }
}
