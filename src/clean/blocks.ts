/**
 * Groups hard-wrapped lines into blocks. Plain texts such as Project Gutenberg books or the
 * PAN plagiarism corpus wrap paragraphs at ~70 characters, so most lines end without
 * punctuation: classified one by one they would look like headlines. A block is a run of
 * consecutive lines (no blank line between) in which every line but the last fills the
 * wrap width; a block is classified as one unit, so such documents are kept whole.
 */
import type { Line } from './lines.js';
import { MAX_OVERLONG_LINE_SHARE, MAX_WRAP_WIDTH, MIN_WRAPPED_LINE_SHARE, MIN_WRAP_WIDTH, OVERLONG_WRAP_RATIO, WRAP_FILL_SHARE } from './constants.js';

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
  return long >= 3 && full / long >= MIN_WRAPPED_LINE_SHARE ? width : 0;
}

/** Groups lines into units (blocks of hard-wrapped lines, else one unit per line). */
export function groupUnits(lines: readonly Line[]): Unit[] {
  const width = wrapWidth(lines);
  const units: Unit[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i + 1;
    if (width > 0) {
      while (j < lines.length && !lines[j]!.blankBefore && lines[j - 1]!.end - lines[j - 1]!.start >= WRAP_FILL_SHARE * width) j++;
    }
    const text = j === i + 1 ? lines[i]!.text : lines.slice(i, j).map((l) => l.text).join(' ');
    units.push({ first: i, end: j, text, blankBefore: lines[i]!.blankBefore });
    i = j;
  }
  return units;
}
