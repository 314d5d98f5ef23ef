/**
 * Line and column of a string offset, the way SARIF counts them by default: lines split at
 * CR, LF or CRLF; lines and columns 1-based; columns in UTF-16 code units (JavaScript
 * string indices), so they agree with every other offset wiretrace prints.
 */
import type { Span } from '../types.js';

/** A region of a text by line and column. `endColumn` is the column just past the last character (SARIF's convention). */
export interface TextRegion {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** Offsets at which each line of `text` starts (the first is 0). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 1-based line and column of `offset`, given the text's `lineStarts`. */
export function positionOf(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** The region of `span` in a text with these `lineStarts`. */
export function regionOf(starts: readonly number[], span: Span): TextRegion {
  const start = positionOf(starts, span.start);
  const end = positionOf(starts, span.end);
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}
