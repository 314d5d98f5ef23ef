/**
 * The corpus passes after provenance, shared by both scans (`scanArticles` and the streamed
 * `scanFiles`): common sources marked, then the erase rule (`settleDerivations`) applied to
 * the final directions, and pairs in which no side is derived any more dropped.
 */
import { settleDerivations } from '../provenance/index.js';
import { markCommonSources } from '../cluster/index.js';
import type { Pair } from '../types.js';

/** `keep` re-attaches a scan's packed passages to a changed pair (identity by default). Same order, listed pairs only. */
export function finishPairs(pairs: readonly Pair[], keep: (pair: Pair, original: Pair) => Pair = (p) => p): Pair[] {
  return markCommonSources(pairs)
    .map((pair, i) => keep(settleDerivations(pair), pairs[i]!))
    .filter((pair) => pair.a.derivation !== 'none' || pair.b.derivation !== 'none');
}
