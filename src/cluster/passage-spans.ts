/**
 * What clusters read of a pair's passages: how many there are and the spans of one side.
 * A scan's listed pairs keep their passages serialised (workers/packed-pair.ts) and parse
 * them on every read of `passages` (at 100k documents, clusters parsing them was ~3 s of
 * the main thread); such a pair also carries its passages' sides in a typed array under
 * `PASSAGE_SPANS`, which is read here instead.
 */
import type { Pair, Span } from '../types.js';

/**
 * The registered symbol under which a pair may carry its passages' sides, `a.start, a.end,
 * b.start, b.end` per passage (an `Int32Array`), equal to what `passages` would give.
 */
export const PASSAGE_SPANS = Symbol.for('wiretrace.passageSpans');

function packedSpans(pair: Pair): Int32Array | undefined {
  const spans = (pair as unknown as Record<symbol, unknown>)[PASSAGE_SPANS];
  return spans instanceof Int32Array ? spans : undefined;
}

/** How many passages the pair has. */
export function passageCount(pair: Pair): number {
  const spans = packedSpans(pair);
  return spans ? spans.length / 4 : pair.passages.length;
}

/** The spans of the pair's passages on one side, in passage order. */
export function passageSpans(pair: Pair, side: 'a' | 'b'): Span[] {
  const spans = packedSpans(pair);
  if (!spans) return pair.passages.map((p) => p[side]);
  const out: Span[] = [];
  for (let i = side === 'a' ? 0 : 2; i < spans.length; i += 4) out.push({ start: spans[i]!, end: spans[i + 1]! });
  return out;
}
