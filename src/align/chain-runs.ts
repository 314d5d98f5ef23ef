import { MAX_GAP_WORDS, OVERLAP_TOLERANCE_WORDS } from './constants.js';
import type { Run } from './find-runs.js';

/** Runs that read in the same order in both texts, close enough to be one passage. */
export interface Chain {
  readonly runs: Run[];
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  matched: number;
}

/**
 * Greedy chaining of runs (sorted by `ai`) into passages: a run joins the open chain whose
 * end lies closest before it in both texts, within `MAX_GAP_WORDS` and allowing a small
 * overlap; else it starts a chain of its own. Monotone in both texts, so a paragraph
 * repeated elsewhere in one text (a caption) forms a separate chain.
 */
export function chainRuns(runs: readonly Run[]): Chain[] {
  const chains: Chain[] = [];
  let open: Chain[] = [];
  for (const run of runs) {
    open = open.filter((c) => run.ai - c.aEnd <= MAX_GAP_WORDS);
    let best: Chain | null = null;
    let bestGap = Infinity;
    for (const chain of open) {
      const aGap = run.ai - chain.aEnd;
      const bGap = run.bi - chain.bEnd;
      if (aGap < -OVERLAP_TOLERANCE_WORDS || bGap < -OVERLAP_TOLERANCE_WORDS || bGap > MAX_GAP_WORDS) continue;
      if (run.ai + run.length <= chain.aEnd || run.bi + run.length <= chain.bEnd) continue;
      const gap = Math.max(aGap, 0) + Math.max(bGap, 0) + Math.abs(aGap - bGap);
      if (gap < bestGap) {
        best = chain;
        bestGap = gap;
      }
    }
    if (best) {
      best.runs.push(run);
      best.matched += run.length - Math.max(0, best.aEnd - run.ai);
      best.aEnd = Math.max(best.aEnd, run.ai + run.length);
      best.bEnd = Math.max(best.bEnd, run.bi + run.length);
    } else {
      const chain: Chain = { runs: [run], aStart: run.ai, aEnd: run.ai + run.length, bStart: run.bi, bEnd: run.bi + run.length, matched: run.length };
      chains.push(chain);
      open.push(chain);
    }
  }
  return chains;
}
