/**
 * What every report format leads with: stories (clusters) ranked by uncredited reuse, and
 * the pairs of each story. Pure and deterministic.
 */
import type { Cluster, Pair, Report } from '../types.js';

/** One pair as the formats list it. */
export interface PairLine {
  /** Index of the pair in `report.pairs`. */
  readonly index: number;
  readonly pair: Pair;
  /** The copy's side when the direction is known, else the side with the higher coverage. */
  readonly copy: string;
  readonly source: string;
  /** Characters of the copy inside passages (the copy's coverage × its chars, approximately: passage lengths on its side). */
  readonly reusedChars: number;
  /** `true` credited, `false` not, `null` unknown (the source's publisher is unknown). */
  readonly credited: boolean | null;
}

/** One story with its ranking numbers. */
export interface ClusterLine {
  readonly cluster: Cluster;
  readonly pairs: readonly PairLine[];
  /** Characters reused without credit (credit false or unknown), summed over the story's pairs. */
  readonly uncreditedChars: number;
  readonly uncreditedPairs: number;
}

function sideChars(pair: Pair, id: string): number {
  const side = pair.a.id === id ? 'a' : 'b';
  let total = 0;
  for (const p of pair.passages) total += p[side].end - p[side].start;
  return total;
}

/** Lines for each pair (the copy, the source, reused characters, credit). */
export function pairLines(report: Report): PairLine[] {
  return report.pairs.map((pair, index) => {
    const d = pair.direction;
    const copy = d ? d.copy : pair.a.coverage >= pair.b.coverage ? pair.a.id : pair.b.id;
    const source = copy === pair.a.id ? pair.b.id : pair.a.id;
    const credited = pair.credit ? pair.credit.credited : null;
    return { index, pair, copy, source, reusedChars: sideChars(pair, copy), credited };
  });
}

/** Stories ranked by uncredited reuse (most first), then by id; pairs within a story likewise. */
export function rankClusters(report: Report): ClusterLine[] {
  const lines = pairLines(report);
  const clusterOf = new Map<string, number>();
  report.clusters.forEach((c, i) => c.documents.forEach((id) => clusterOf.set(id, i)));
  const grouped: PairLine[][] = report.clusters.map(() => []);
  const loose: PairLine[] = [];
  for (const line of lines) {
    const i = clusterOf.get(line.pair.a.id);
    if (i === undefined) loose.push(line);
    else grouped[i]!.push(line);
  }
  const rankPairs = (xs: PairLine[]): PairLine[] =>
    xs.sort(
      (x, y) =>
        Number(x.credited === true) - Number(y.credited === true) || y.reusedChars - x.reusedChars || x.index - y.index,
    );
  const out: ClusterLine[] = report.clusters.map((cluster, i) => {
    const pairs = rankPairs(grouped[i]!);
    const uncredited = pairs.filter((p) => p.credited !== true);
    return { cluster, pairs, uncreditedChars: uncredited.reduce((n, p) => n + p.reusedChars, 0), uncreditedPairs: uncredited.length };
  });
  if (loose.length > 0) {
    const pairs = rankPairs(loose);
    const docs = [...new Set(pairs.flatMap((p) => [p.pair.a.id, p.pair.b.id]))].sort();
    const uncredited = pairs.filter((p) => p.credited !== true);
    out.push({ cluster: { id: 'unclustered', documents: docs }, pairs, uncreditedChars: uncredited.reduce((n, p) => n + p.reusedChars, 0), uncreditedPairs: uncredited.length });
  }
  return out.sort((x, y) => y.uncreditedChars - x.uncreditedChars || y.cluster.documents.length - x.cluster.documents.length || x.cluster.id.localeCompare(y.cluster.id, 'en', { numeric: true }));
}
