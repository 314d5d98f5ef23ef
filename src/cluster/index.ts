/**
 * Cluster: groups documents into stories, connected by reuse, and names each story's root
 * source and derivation tree.
 */
import type { Cluster, ClusterEdge, Pair } from '../types.js';
import { derivationTree } from './derivation-tree.js';
import { UnionFind } from './union-find.js';

export { derivationTree } from './derivation-tree.js';
export { markCommonSources, shareInside } from './common-source.js';

/** Options of `buildClusters`. */
export interface ClusterOptions {
  /** Leave out the derivation tree (only connected components, as the first cut did). */
  readonly componentsOnly?: boolean;
}

function components(pairs: readonly Pair[]): string[][] {
  const sets = new UnionFind();
  for (const pair of pairs) {
    sets.add(pair.a.id);
    sets.add(pair.b.id);
    const ra = sets.find(pair.a.id);
    const rb = sets.find(pair.b.id);
    if (ra !== rb) sets.attach(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<string, string[]>();
  for (const id of sets.ids()) {
    const root = sets.find(id);
    const group = groups.get(root) ?? [];
    group.push(id);
    groups.set(root, group);
  }
  return [...groups.values()]
    .map((ids) => ids.sort())
    .sort((x, y) => y.length - x.length || (x[0]! < y[0]! ? -1 : 1));
}

/**
 * Connected components of the reuse graph (documents are nodes, listed pairs are edges),
 * each with its derivation tree: `edges` (source → copy, passages, credited) and `root`,
 * the document every other one derives from. When the tree is a forest (some directions
 * undecided), `root` is the root of the largest tree (`also` edges, a copy's further
 * sources, do not count), or `null` on a tie.
 * Only documents in at least one pair form clusters. Ids `c1…` run largest first, then by
 * the first document id, so the output does not depend on input order.
 */
export function buildClusters(pairs: readonly Pair[], options: ClusterOptions = {}): Cluster[] {
  const groups = components(pairs);
  if (options.componentsOnly) return groups.map((documents, i) => ({ id: `c${i + 1}`, documents }));
  const clusterOf = new Map<string, number>();
  groups.forEach((ids, i) => ids.forEach((id) => clusterOf.set(id, i)));
  const pairsOf: Pair[][] = groups.map(() => []);
  for (const pair of pairs) pairsOf[clusterOf.get(pair.a.id)!]!.push(pair);
  return groups.map((documents, i) => {
    const { edges, roots } = derivationTree(documents, pairsOf[i]!);
    return { id: `c${i + 1}`, documents, root: pickRoot(roots, edges), edges };
  });
}

function pickRoot(roots: readonly string[], edges: readonly ClusterEdge[]): string | null {
  if (roots.length === 1) return roots[0]!;
  const children = new Map<string, string[]>();
  for (const e of edges) if (e.kind !== 'also') children.set(e.source, [...(children.get(e.source) ?? []), e.copy]);
  const size = (id: string): number => 1 + (children.get(id) ?? []).reduce((n, c) => n + size(c), 0);
  const sized = roots.map((id) => ({ id, size: size(id) })).sort((x, y) => y.size - x.size);
  if (sized.length === 0 || sized[0]!.size === 1) return null;
  if (sized.length > 1 && sized[1]!.size === sized[0]!.size) return null;
  return sized[0]!.id;
}
