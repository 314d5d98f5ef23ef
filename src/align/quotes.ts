import type { Span } from '../types.js';

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);

/**
 * Spans of `text` inside double quotation marks (“…”, «…», "…"), never running past a
 * paragraph break, so an unbalanced quote cannot swallow the rest of an article. Linear.
 */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' && (text[i + 1] === '\n' || text[i + 1] === '\r' || open >= 0)) {
      open = -1;
    } else if (open < 0 && (OPENERS.has(ch) || ch === '"')) {
      open = i;
    } else if (open >= 0 && (CLOSERS.has(ch) || ch === '"')) {
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
