/**
 * Common sources: two documents that share text only because both copy a third document of
 * the corpus are siblings, not source and copy. For a pair X–Y, a document Z is their common
 * source when the direction of X–Z and of Y–Z names Z as the source, and the text X and Y
 * share lies (COMMON_SOURCE_MIN_INSIDE or more, on each side) inside what each took from Z.
 * The pair then says `direction: null`, `credit: null` and `commonSource: Z`. A pair whose copy credits the
 * other by name keeps its direction (an explicit credit outweighs the overlap: a copy of a
 * copy shares the same wire text). Reads only the pairs (passage spans), not the texts.
 */
import { replaceFields } from '../provenance/judge-pair.js';
import type { Pair, Span } from '../types.js';
import { COMMON_SOURCE_MIN_INSIDE, COMMON_SOURCE_ROUNDS } from './constants.js';
import { passageSpans } from './passage-spans.js';

/** Merged, sorted spans. */
function union(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((x, y) => x.start - y.start || x.end - y.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else if (s.end > s.start) out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Share of the characters of `spans` inside `within` (merged), 0–1; 0 for no characters. */
export function shareInside(spans: readonly Span[], within: readonly Span[]): number {
  const mine = union(spans);
  const total = mine.reduce((n, s) => n + s.end - s.start, 0);
  if (total === 0) return 0;
  const other = union(within);
  let inside = 0;
  for (const s of mine) for (const o of other) inside += Math.max(0, Math.min(s.end, o.end) - Math.max(s.start, o.start));
  return inside / total;
}

const sideOf = (pair: Pair, id: string): 'a' | 'b' => (pair.a.id === id ? 'a' : 'b');

/** For each copy, the documents a decided direction names as its sources, with that pair. */
function decidedSources(pairs: readonly Pair[]): Map<string, Map<string, Pair>> {
  const sourcesOf = new Map<string, Map<string, Pair>>();
  for (const pair of pairs) {
    const d = pair.direction;
    if (!d) continue;
    let m = sourcesOf.get(d.copy);
    if (!m) sourcesOf.set(d.copy, (m = new Map()));
    m.set(d.source, pair);
  }
  return sourcesOf;
}

/**
 * The pairs with their common sources marked (`commonSource` on every pair: an id or `null`).
 * Same order. Marking is repeated until it settles (at most COMMON_SOURCE_ROUNDS rounds): a
 * document that is itself a sibling under a wire story is no longer the decided source of
 * its siblings, so their pair is judged again against the wire story (two papers that both
 * ran the PA story are siblings under PA, not under a third paper that also ran it).
 */
export function markCommonSources(pairs: readonly Pair[]): Pair[] {
  let current: Pair[] = [...pairs];
  let marks = pairs.map(() => null as string | null);
  for (let round = 0; round < COMMON_SOURCE_ROUNDS; round++) {
    const sourcesOf = decidedSources(current);
    const next = pairs.map((pair) => commonSourceOf(pair, sourcesOf));
    const settled = next.every((m, i) => m === marks[i]) && round > 0;
    marks = next;
    current = pairs.map((pair, i) => {
      const found = marks[i]!;
      if (found === null) return pair.commonSource === null ? pair : replaceFields(pair, { commonSource: null });
      // No copy between siblings, so no credit of one by the other to judge.
      return replaceFields(pair, { direction: null, credit: null, commonSource: found });
    });
    if (settled) break;
  }
  return current;
}

function commonSourceOf(pair: Pair, sourcesOf: ReadonlyMap<string, ReadonlyMap<string, Pair>>): string | null {
  if (pair.credit?.credited && pair.direction) return null;
  const x = pair.a.id;
  const y = pair.b.id;
  const sx = sourcesOf.get(x);
  const sy = sourcesOf.get(y);
  if (!sx || !sy) return null;
  const sharedX = passageSpans(pair, 'a');
  const sharedY = passageSpans(pair, 'b');
  let best: { id: string; score: number } | null = null;
  for (const [z, pxz] of sx) {
    const pyz = sy.get(z);
    if (!pyz || z === x || z === y) continue;
    const inX = shareInside(sharedX, passageSpans(pxz, sideOf(pxz, x)));
    const inY = shareInside(sharedY, passageSpans(pyz, sideOf(pyz, y)));
    const score = Math.min(inX, inY);
    if (score < COMMON_SOURCE_MIN_INSIDE) continue;
    if (!best || score > best.score || (score === best.score && z < best.id)) best = { id: z, score };
  }
  return best ? best.id : null;
}
