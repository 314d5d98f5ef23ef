import { ALTERNATE_MIN_SHARE, ONE_TO_ONE_OVERLAP_WORDS, REWRITE_DRAFT_WEIGHT } from './constants.js';

/** A candidate passage as token ranges `[first, end)` in both texts, with its exactly matched words. */
export interface Placement {
  readonly aFirst: number;
  readonly aEnd: number;
  readonly bFirst: number;
  readonly bEnd: number;
  /** Words matched by exact runs (0 for a passage made of rewritten sentences only). */
  readonly matched: number;
  /** Among placements of equal weight, the lower rank is the better placed (e.g. sides in a photo caption rather than the body). Default 0. */
  readonly rank?: number;
}

/** The result of {@link selectOneToOne}. */
export interface OneToOne<T extends Placement> {
  /** Kept placements (some trimmed), sorted by their start in `a`, then in `b`. */
  readonly kept: T[];
  /** For a kept placement, the other placements of the same words (alternates), sorted likewise. */
  readonly alternates: Map<T, T[]>;
}

function overlap(x0: number, x1: number, y0: number, y1: number): number {
  return Math.max(0, Math.min(x1, y1) - Math.max(x0, y0));
}

/** How much a placement is worth: its exactly matched words, and a little for the extent rewrites add. Words. */
function weight(p: Placement): number {
  const extent = Math.min(p.aEnd - p.aFirst, p.bEnd - p.bFirst);
  return p.matched + REWRITE_DRAFT_WEIGHT * Math.max(0, extent - p.matched);
}

/** Distance from the diagonal of the two texts (relative position in `a` against `b`): the smaller, the better placed among equals. 0–1. */
function offDiagonal(p: Placement, aWords: number, bWords: number): number {
  return Math.abs(p.aFirst / Math.max(1, aWords) - p.bFirst / Math.max(1, bWords));
}

const byPosition = (x: Placement, y: Placement): number =>
  x.aFirst - y.aFirst || x.bFirst - y.bFirst || x.aEnd - y.aEnd || x.bEnd - y.bEnd;

/** The kept placements `p` shares more than `ONE_TO_ONE_OVERLAP_WORDS` words of either text with. */
function clashes<T extends Placement>(p: Placement, kept: readonly T[]): T[] {
  return kept.filter(
    (q) => overlap(p.aFirst, p.aEnd, q.aFirst, q.aEnd) > ONE_TO_ONE_OVERLAP_WORDS || overlap(p.bFirst, p.bEnd, q.bFirst, q.bEnd) > ONE_TO_ONE_OVERLAP_WORDS,
  );
}

/**
 * Keeps passages one-to-one: no two kept placements share more than
 * `ONE_TO_ONE_OVERLAP_WORDS` words of either text. Placements are taken greedily, the
 * heaviest first (most exactly matched words; among equals the lower `rank` (a body
 * placement before a caption), then the one nearest the texts' diagonal, then the first in `a`, then in `b`, so the result does not depend on input
 * order). A placement that loses to a kept one on one text only — the same words of one
 * text matched at another place of the other (a paragraph printed twice, a repeated list
 * item) — and lies mostly (`ALTERNATE_MIN_SHARE`) inside it there, is recorded as its
 * alternate. Any other loser is offered to `trim` (which may return the placement without
 * the parts it shares with the kept ones it clashes with, or null); what comes back is kept
 * if it no longer clashes, else dropped. `aWords`, `bWords`: the texts' lengths in words.
 */
export function selectOneToOne<T extends Placement>(
  placements: readonly T[],
  aWords: number,
  bWords: number,
  trim: (p: T, clashing: readonly T[]) => T | null = () => null,
): OneToOne<T> {
  const w = placements.map(weight);
  const diag = placements.map((p) => offDiagonal(p, aWords, bWords));
  const order = placements.map((_, i) => i);
  order.sort((i, j) => w[j]! - w[i]! || (placements[i]!.rank ?? 0) - (placements[j]!.rank ?? 0) || diag[i]! - diag[j]! || byPosition(placements[i]!, placements[j]!) || i - j);
  const kept: T[] = [];
  const alternates = new Map<T, T[]>();
  for (const i of order) {
    const p = placements[i]!;
    const clashing = clashes(p, kept);
    if (clashing.length === 0) {
      kept.push(p);
      continue;
    }
    // Another placement of the same words: inside a kept one on one text, elsewhere on the other.
    let host: T | null = null;
    let hostShare = 0;
    for (const q of clashing) {
      const oa = overlap(p.aFirst, p.aEnd, q.aFirst, q.aEnd);
      const ob = overlap(p.bFirst, p.bEnd, q.bFirst, q.bEnd);
      const share =
        ob <= ONE_TO_ONE_OVERLAP_WORDS ? oa / Math.max(1, p.aEnd - p.aFirst) : oa <= ONE_TO_ONE_OVERLAP_WORDS ? ob / Math.max(1, p.bEnd - p.bFirst) : 0;
      if (share > hostShare) {
        hostShare = share;
        host = q;
      }
    }
    if (host !== null && hostShare >= ALTERNATE_MIN_SHARE && p.matched > 0) {
      const list = alternates.get(host);
      if (list) list.push(p);
      else alternates.set(host, [p]);
      continue;
    }
    const rest = trim(p, clashing);
    if (rest !== null && clashes(rest, kept).length === 0) kept.push(rest);
  }
  kept.sort(byPosition);
  for (const list of alternates.values()) list.sort(byPosition);
  return { kept, alternates };
}
