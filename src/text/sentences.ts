/**
 * Sentence splitting for news text, with offsets. A linear scanner rather than `natural`'s
 * SentenceTokenizer: that one replaces text with placeholders (offsets are lost) and builds
 * one regular expression from every placeholder, which grows with the input. The scanner
 * fixes what a naive splitter gets wrong on news:
 * - closing quotes and brackets after the full stop stay with the sentence (`…minister,” he said.`);
 * - titles and abbreviations (`Mr`, `Dr`, `Gen.`, `U.S.`) and initials (`J. K. Rowling`) do not end sentences;
 * - a blank line always ends a sentence (headlines and one-sentence-per-line text without final punctuation);
 * - CJK full stops (。！？), the Arabic-script full stop and question mark (Urdu ۔, ؟) and the
 *   Devanagari danda (। ॥) end sentences with or without a space after them;
 * - a sentence never runs past `MAX_SENTENCE_CHARS` (unpunctuated dumps are cut at a space).
 */
import type { Span } from '../types.js';
import { ABBREVIATIONS, MAX_SENTENCE_CHARS, SENTENCE_STARTERS } from './constants.js';

/** Closing quotes and brackets that stay with the sentence they end: " ' ” ’ ) ] } » › 」 』 ）. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d || c === 0x7d || c === 0xbb || c === 0x203a || c === 0x300d || c === 0x300f || c === 0xff09;
}

/** . ! ? … */
function isTerminal(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

/**
 * 。！？｡ (CJK), ۔ ؟ (Arabic script: the Urdu full stop, the question mark) and । ॥ (Devanagari
 * danda, double danda) end a sentence whether or not a space follows; none of them is used
 * for abbreviations.
 */
function isScriptTerminal(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff61 || c === 0x06d4 || c === 0x061f || c === 0x0964 || c === 0x0965;
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000;
}

function isSpace(ch: string): boolean {
  return isSpaceCode(ch.charCodeAt(0));
}

function isLowerStart(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** The word (letters and dots) that ends just before `pos`, lower-cased. */
function wordBefore(text: string, pos: number, floor: number): string {
  let i = pos;
  while (i > floor && i - pos < 12 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, pos).toLowerCase();
}

/** The word that starts at `pos`. */
function wordAt(text: string, pos: number, limit: number): string {
  let i = pos;
  while (i < limit && i - pos < 12 && /\p{L}/u.test(text[i]!)) i++;
  return text.slice(pos, i);
}

/** Whether the full stop at `dot` belongs to an abbreviation or initial rather than ending a sentence. */
function isAbbreviationDot(text: string, dot: number, floor: number, nextWordStart: number, limit: number): boolean {
  const word = wordBefore(text, dot, floor);
  if (word.length === 0) return false;
  const bare = word.replace(/^\.+/, '');
  if (/^\p{L}$/u.test(bare)) return true; // an initial: "J. K. Rowling"
  if (!ABBREVIATIONS.has(bare)) return false;
  // "the U.S. The next day…": an abbreviation followed by a common sentence opener ends the sentence.
  if (bare.includes('.') && SENTENCE_STARTERS.has(wordAt(text, nextWordStart, limit))) return false;
  return true;
}

/** Trims whitespace at both ends of `[start, end)`; returns null when nothing is left. */
function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && isSpace(text[start]!)) start++;
  while (end > start && isSpace(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** Splits `text` within `span` into sentences (trimmed, in order, disjoint). */
export function splitSentences(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const limit = Math.min(span.end, text.length);
  let sentenceStart = Math.max(0, span.start);
  const push = (end: number): void => {
    let from = sentenceStart;
    // Cut very long unpunctuated runs at a space so no "sentence" is unbounded.
    while (end - from > MAX_SENTENCE_CHARS) {
      let cut = from + MAX_SENTENCE_CHARS;
      const floor = from + (MAX_SENTENCE_CHARS >> 1);
      while (cut > floor && !isSpace(text[cut]!)) cut--;
      if (cut <= floor) cut = from + MAX_SENTENCE_CHARS;
      const part = trimmed(text, from, cut);
      if (part) out.push(part);
      from = cut;
    }
    const last = trimmed(text, from, end);
    if (last) out.push(last);
    sentenceStart = end;
  };
  let i = sentenceStart;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      // A blank line ends the sentence.
      let j = i + 1;
      let newlines = 1;
      while (j < limit && isSpaceCode(text.charCodeAt(j))) {
        const cj = text.charCodeAt(j);
        if (cj === 0x0a || (cj === 0x0d && text.charCodeAt(j + 1) !== 0x0a)) newlines++;
        j++;
      }
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) newlines--;
      if (newlines >= 2) push(i);
      i = j;
      continue;
    }
    if (isScriptTerminal(c)) {
      let j = i + 1;
      while (j < limit && isCloser(text.charCodeAt(j))) j++;
      push(j);
      i = j;
      continue;
    }
    if (!isTerminal(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < limit && isTerminal(text.charCodeAt(j))) j++;
    while (j < limit && isCloser(text.charCodeAt(j))) j++;
    if (j >= limit) break;
    if (!isSpaceCode(text.charCodeAt(j))) {
      i = j;
      continue;
    }
    let k = j;
    while (k < limit && isSpaceCode(text.charCodeAt(k))) k++;
    if (k >= limit) break;
    const next = text[k]!;
    if (isLowerStart(next) || next === ',' || next === ';') {
      i = k;
      continue;
    }
    if (c === 0x2e && j === i + 1 && isAbbreviationDot(text, i, sentenceStart, k, limit)) {
      i = k;
      continue;
    }
    push(j);
    i = k;
  }
  push(limit);
  return out;
}
