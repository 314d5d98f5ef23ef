/**
 * Word tokens with offsets. A token is a run of letters, digits and combining marks, with
 * apostrophes inside words ("Wallace's", "It’s") and decimal/thousands separators inside
 * numbers ("2.5", "1,000") kept. Hyphens and dashes split words ("shoulder-launched" is two
 * tokens), so hyphenation differences between texts do not break matches. Scripts written
 * without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) give one token per character.
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

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Apostrophes that may join two parts of a word: ' ’ ʼ. */
export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc;
}

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
    i = wordEnd(text, i + width, end);
    out.push({ start, end: i, norm: normalizeWord(text.slice(start, i)) });
  }
}
