/**
 * Groups hard-wrapped lines into blocks. Plain texts such as Project Gutenberg books or the
 * PAN plagiarism corpus wrap paragraphs at ~70 characters, so most lines end without
 * punctuation: classified one by one they would look like headlines. A block is a run of
 * consecutive lines (no blank line between) in which every line but the last fills the
 * wrap width; a block is classified as one unit, so such documents are kept whole.
 *
 * Wire copy marks its paragraphs instead: Press Association text opens each paragraph with
 * a 0x19 control character (a paragraph start, see `splitLines`) and closes it with `<` at
 * the end of its last line. In a text with such marks a block runs to the next mark,
 * whatever the line lengths, so a paragraph is one unit and ends in its own punctuation.
 */
import type { Line } from './lines.js';
import { terminalOf } from './features.js';
import { MIN_OPEN_WRAPPED_SHARE, MAX_OVERLONG_LINE_SHARE, MAX_WRAP_WIDTH, MIN_WIRE_MARKED_LINES, MIN_WIRE_MARKED_SHARE, MIN_WRAPPED_LINE_SHARE, MIN_WRAP_WIDTH, OVERLONG_WRAP_RATIO, WRAP_FILL_SHARE } from './constants.js';

/** A unit the model classifies: one line, or a block of hard-wrapped lines. */
export interface Unit {
  /** Index of its first line. */
  readonly first: number;
  /** One past its last line. */
  readonly end: number;
  /** The unit's text: its lines joined by single spaces. */
  readonly text: string;
  /** True when a blank line comes right before it. */
  readonly blankBefore: boolean;
}

/** The wrap width of a hard-wrapped text, or 0 when its lines are not hard-wrapped. */
export function wrapWidth(lines: readonly Line[]): number {
  if (lines.length < 4) return 0;
  // Sorted as numbers in a typed array (no comparator calls).
  const lengths = new Int32Array(lines.length);
  for (let k = 0; k < lines.length; k++) lengths[k] = lines[k]!.end - lines[k]!.start;
  lengths.sort();
  const width = lengths[Math.floor(0.9 * (lengths.length - 1))]!;
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return 0;
  let long = 0;
  let full = 0;
  let overlong = 0;
  for (const len of lengths) {
    if (len > OVERLONG_WRAP_RATIO * width) overlong++;
    if (len < MIN_WRAP_WIDTH) continue;
    long++;
    if (len >= WRAP_FILL_SHARE * width && len <= width + 5) full++;
  }
  if (overlong > MAX_OVERLONG_LINE_SHARE * lengths.length) return 0;
  if (long < 3 || full / long < MIN_WRAPPED_LINE_SHARE) return 0;
  // A wrapped line breaks mid-sentence; a web page's paragraphs of even length end in their full stops.
  let fullLines = 0;
  let open = 0;
  for (const line of lines) {
    const len = line.end - line.start;
    if (len < WRAP_FILL_SHARE * width || len > width + 5) continue;
    fullLines++;
    if (terminalOf(line.text) !== 'sentence') open++;
  }
  return open >= MIN_OPEN_WRAPPED_SHARE * fullLines ? width : 0;
}

/** Whether a line ends with the wire paragraph-end mark `<` (after text, not a lone `<`). */
function endsParagraph(line: Line): boolean {
  const t = line.text;
  return t.length > 1 && t.charCodeAt(t.length - 1) === 60 && t.charCodeAt(t.length - 2) !== 60;
}

/** Whether a line has a letter or digit (a rule of dashes or a row of symbols has none). */
function hasWordChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0) return true;
  }
  return false;
}

/**
 * Whether the text marks its paragraphs as wire copy does: MIN_WIRE_MARKED_SHARE of its
 * lines end in `<`, and MIN_WIRE_MARKED_LINES of them do, or one that closes a sentence
 * ("… Thomas Marshall.<": the stripped body of a one-paragraph snap has no other mark).
 */
export function hasWireMarks(lines: readonly Line[]): boolean {
  let marked = 0;
  let sentence = false;
  for (const line of lines) {
    if (!endsParagraph(line)) continue;
    marked++;
    if (terminalOf(line.text) === 'sentence') sentence = true;
  }
  return (marked >= MIN_WIRE_MARKED_LINES || sentence) && marked >= MIN_WIRE_MARKED_SHARE * lines.length;
}

/** How a text lays out its paragraphs: its wrap width (0: not hard-wrapped) and whether wire paragraph marks delimit them. */
export interface Layout {
  readonly width: number;
  readonly wire: boolean;
}

/** The layout of a document's lines. */
export function layoutOf(lines: readonly Line[]): Layout {
  return { width: wrapWidth(lines), wire: hasWireMarks(lines) };
}

/** Groups lines into units (blocks of hard-wrapped lines or wire paragraphs, else one unit per line). */
export function groupUnits(lines: readonly Line[], layout: Layout = layoutOf(lines)): Unit[] {
  const { width, wire } = layout;
  const units: Unit[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i + 1;
    if (wire) {
      // A paragraph runs to its `<`; a rule or a short line (a header, a time line) stands alone.
      while (
        j < lines.length &&
        !lines[j]!.blankBefore &&
        !endsParagraph(lines[j - 1]!) &&
        lines[j - 1]!.end - lines[j - 1]!.start >= MIN_WRAP_WIDTH &&
        hasWordChar(lines[j - 1]!.text) &&
        hasWordChar(lines[j]!.text)
      ) j++;
    } else if (width > 0) {
      while (j < lines.length && !lines[j]!.blankBefore && lines[j - 1]!.end - lines[j - 1]!.start >= WRAP_FILL_SHARE * width) j++;
    }
    const text = j === i + 1 ? lines[i]!.text : lines.slice(i, j).map((l) => l.text).join(' ');
    units.push({ first: i, end: j, text, blankBefore: lines[i]!.blankBefore });
    i = j;
  }
  return units;
}
