import type { Span } from '../types.js';

/** One non-blank line of an article: trimmed span into `article.text` and its text. */
export interface Line extends Span {
  /** The line's text (`article.text.slice(start, end)`). */
  readonly text: string;
  /** True when one or more blank lines come right before it, or it opens with a wire paragraph mark (0x19): a paragraph starts here. */
  readonly blankBefore: boolean;
}

/** The wire paragraph mark: Press Association copy starts each paragraph with this control character (EM, 0x19). */
export const WIRE_PARAGRAPH_MARK = 0x19;

/**
 * True for the whitespace characters a line is trimmed of (ASCII space/tabs, NBSP, BOM,
 * Unicode spaces), and the control characters wire copy uses as paragraph and record marks
 * (0x19, and 0x1c–0x1f, which Python's `str.strip` also trims): never text.
 */
export function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === WIRE_PARAGRAPH_MARK ||
    (code >= 0x1c && code <= 0x1f) ||
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/**
 * Splits `text[from, to)` into its non-blank lines, trimmed, with offsets into `text`.
 * Accepts LF, CRLF and CR-only line ends; never normalises the text, so offsets index it
 * exactly as read.
 */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let pos = from;
  let blankBefore = false;
  // Without a CR in the range, each line end is the next LF: found by the engine's search, not a loop here.
  const cr = text.indexOf('\r', from);
  const lfOnly = cr < 0 || cr >= to;
  while (pos < to) {
    let end = pos;
    if (lfOnly) {
      end = text.indexOf('\n', pos);
      if (end < 0 || end > to) end = to;
    } else {
      while (end < to) {
        const c = text.charCodeAt(end);
        if (c === 10 || c === 13) break;
        end++;
      }
    }
    let s = pos;
    let e = end;
    let marked = false;
    while (s < e && isSpaceCode(text.charCodeAt(s))) {
      if (text.charCodeAt(s) === WIRE_PARAGRAPH_MARK) marked = true;
      s++;
    }
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      lines.push({ start: s, end: e, text: text.slice(s, e), blankBefore: blankBefore || (marked && lines.length > 0) });
      blankBefore = false;
    } else if (lines.length > 0) {
      blankBefore = true;
    }
    // Step over one line end: CRLF, LF or CR.
    if (end < to && text.charCodeAt(end) === 13 && end + 1 < to && text.charCodeAt(end + 1) === 10) pos = end + 2;
    else pos = end + 1;
  }
  return lines;
}
