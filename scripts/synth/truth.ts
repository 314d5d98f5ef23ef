/**
 * Character-offset truth for a derived text: maximal runs of derived sentences that come,
 * in order, from consecutive source sentences become one case (one copied passage), as
 * in PAN's text-alignment corpora. Own material, a cut sentence or a reordering ends a case.
 */
import type { Doc, Rendered } from './doc.js';
import { units } from './doc.js';

/** One copied passage: where it lies in the source and in the derived text. */
export interface TruthCase {
  readonly source: { readonly start: number; readonly end: number };
  readonly derived: { readonly start: number; readonly end: number };
  /** Source sentence indices covered, first and last. */
  readonly sentences: readonly [number, number];
  /** How the sentences of the case were changed (distinct unit tags, sorted). */
  readonly edits: readonly string[];
}

/** The cases of `derived` (rendered as `dr`) against a source rendered as `sr`. */
export function truthCases(derived: Doc, dr: Rendered, sr: Rendered): TruthCase[] {
  const list = units(derived);
  const out: TruthCase[] = [];
  let cur: { lo: number; hi: number; first: number; last: number; tags: Set<string> } | null = null;
  const close = () => {
    if (!cur) return;
    out.push({
      source: { start: sr.spans[cur.lo].start, end: sr.spans[cur.hi].end },
      derived: { start: dr.spans[cur.first].start, end: dr.spans[cur.last].end },
      sentences: [cur.lo, cur.hi],
      edits: [...cur.tags].sort(),
    });
    cur = null;
  };
  list.forEach((u, i) => {
    if (u.origin.length === 0) {
      close();
      return;
    }
    const lo = Math.min(...u.origin);
    const hi = Math.max(...u.origin);
    if (cur && cur.last === i - 1 && (lo === cur.hi + 1 || (lo === cur.hi && hi >= cur.hi && u.tag === 'split'))) {
      cur.hi = Math.max(cur.hi, hi);
      cur.last = i;
      cur.tags.add(u.tag);
    } else {
      close();
      cur = { lo, hi, first: i, last: i, tags: new Set([u.tag]) };
    }
  });
  close();
  return out;
}
