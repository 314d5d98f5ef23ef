import type { Span } from '../types.js';

/** “ « „ : quotation marks that open. */
function isOpener(code: number): boolean {
  return code === 0x201c || code === 0xab || code === 0x201e;
}

/** ” » : quotation marks that close. */
function isCloser(code: number): boolean {
  return code === 0x201d || code === 0xbb;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Spans of `text` inside double quotation marks (“…”, «…», "…"), never running past a
 * paragraph break, so an unbalanced quote cannot swallow the rest of an article. Linear;
 * reads character codes (no one-character strings: this runs once per document a scan aligns).
 */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) {
      const next = text.charCodeAt(i + 1);
      if (next === LF || next === CR || open >= 0) open = -1;
      // A lone newline outside a quote is an ordinary character: it neither opens nor closes.
    } else if (open < 0 && (isOpener(c) || c === QUOTE)) {
      open = i;
    } else if (open >= 0 && (isCloser(c) || c === QUOTE)) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return spans;
}

/** How many characters of `span` lie inside the sorted, disjoint `spans`. */
export function overlapChars(span: Span, spans: readonly Span[]): number {
  let total = 0;
  for (const s of spans) {
    if (s.end <= span.start) continue;
    if (s.start >= span.end) break;
    total += Math.min(s.end, span.end) - Math.max(s.start, span.start);
  }
  return total;
}
