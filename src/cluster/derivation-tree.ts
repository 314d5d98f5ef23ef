/**
 * The derivation tree of a story: for each copy, its most likely source among the
 * documents it shares text with.
 *
 * A greedy maximum spanning arborescence: directed pairs sorted by weight (direction
 * confidence × the copy's coverage), heaviest first; an edge source → copy is taken when
 * the copy has no source yet and taking it makes no cycle. Like Kruskal's algorithm for
 * undirected trees, but for the one-parent-per-node rule; it is not Edmonds' optimum, but
 * it runs in O(E log E), is deterministic (ties broken by ids), and on wire stories
 * (a source copied by many outlets, copies of copies later) picks the heaviest edge into
 * each copy, which is what an editor asks ("where did this one get it from?").
 */
import type { ClusterEdge, Pair } from '../types.js';
import { MIN_EDGE_WEIGHT } from './constants.js';

/** A candidate edge with its weight. */
interface Candidate {
  readonly source: string;
  readonly copy: string;
  readonly weight: number;
  readonly pair: Pair;
}

function copyCoverage(pair: Pair, copy: string): number {
  return pair.a.id === copy ? pair.a.coverage : pair.b.coverage;
}

/** Tree edges (and the roots) of one cluster's pairs. */
export function derivationTree(documents: readonly string[], pairs: readonly Pair[]): { edges: ClusterEdge[]; roots: string[] } {
  const candidates: Candidate[] = [];
  for (const pair of pairs) {
    const d = pair.direction;
    if (!d) continue;
    const weight = d.confidence * Math.max(copyCoverage(pair, d.copy), 0);
    if (weight < MIN_EDGE_WEIGHT) continue;
    candidates.push({ source: d.source, copy: d.copy, weight, pair });
  }
  candidates.sort(
    (x, y) => y.weight - x.weight || (x.copy < y.copy ? -1 : x.copy > y.copy ? 1 : 0) || (x.source < y.source ? -1 : x.source > y.source ? 1 : 0),
  );
  const parent = new Map<string, string>();
  // Union-find over trees: a copy may join a tree only while it is the root of its own.
  const uf = new Map<string, string>(documents.map((id) => [id, id]));
  const find = (x: string): string => {
    let r = x;
    while (uf.get(r) !== r) r = uf.get(r)!;
    let n = x;
    while (n !== r) {
      const next = uf.get(n)!;
      uf.set(n, r);
      n = next;
    }
    return r;
  };
  const edges: ClusterEdge[] = [];
  for (const c of candidates) {
    if (parent.has(c.copy) || !uf.has(c.source) || !uf.has(c.copy)) continue;
    const rs = find(c.source);
    const rc = find(c.copy);
    if (rs === rc) continue; // the copy is the root of its own tree; same tree would close a cycle
    parent.set(c.copy, c.source);
    uf.set(rc, rs);
    edges.push({
      source: c.source,
      copy: c.copy,
      passages: c.pair.passages.length,
      credited: c.pair.credit ? c.pair.credit.credited : null,
      confidence: c.pair.direction!.confidence,
      coverage: Math.round(copyCoverage(c.pair, c.copy) * 1000) / 1000,
    });
  }
  const roots = documents.filter((id) => !parent.has(id));
  edges.sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : x.copy < y.copy ? -1 : x.copy > y.copy ? 1 : 0));
  return { edges, roots };
}
