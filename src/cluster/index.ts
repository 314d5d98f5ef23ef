/**
 * Cluster: groups documents into stories, connected by reuse.
 */
import type { Cluster, Pair } from '../types.js';

/**
 * Connected components of the reuse graph (documents are nodes, listed pairs are edges).
 * Only documents in at least one pair form clusters. Ids `c1…` run largest first, then by
 * the first document id, so the output does not depend on input order.
 */
export function buildClusters(pairs: readonly Pair[]): Cluster[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    let node = x;
    while (node !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const pair of pairs) {
    for (const id of [pair.a.id, pair.b.id]) if (!parent.has(id)) parent.set(id, id);
    const ra = find(pair.a.id);
    const rb = find(pair.b.id);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    const group = groups.get(root) ?? [];
    group.push(id);
    groups.set(root, group);
  }
  const sorted = [...groups.values()]
    .map((ids) => ids.sort())
    .sort((x, y) => y.length - x.length || (x[0]! < y[0]! ? -1 : 1));
  return sorted.map((documents, i) => ({ id: `c${i + 1}`, documents }));
}
