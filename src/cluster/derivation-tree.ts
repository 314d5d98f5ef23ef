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
import type { ClusterEdge, Pair, Span } from '../types.js';
import { MAX_SECONDARY_OVERLAP, MIN_EDGE_WEIGHT } from './constants.js';
import { passageCount, passageSpans } from './passage-spans.js';
import { UnionFind } from './union-find.js';

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
  const uf = new UnionFind();
  for (const id of documents) uf.add(id);
  const edges: ClusterEdge[] = [];
  for (const c of candidates) {
    if (parent.has(c.copy) || !uf.has(c.source) || !uf.has(c.copy)) continue;
    const rs = uf.find(c.source);
    const rc = uf.find(c.copy);
    if (rs === rc) continue; // the copy is the root of its own tree; same tree would close a cycle
    parent.set(c.copy, c.source);
    uf.attach(rc, rs);
    edges.push(edgeOf(c, 'tree'));
  }
  addSecondaryEdges(candidates, parent, edges);
  const roots = documents.filter((id) => !parent.has(id));
  edges.sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : x.copy < y.copy ? -1 : x.copy > y.copy ? 1 : 0));
  return { edges, roots };
}

/** The report's edge for a candidate taken as a tree edge or as an 'also' edge. */
function edgeOf(c: Candidate, kind: 'tree' | 'also'): ClusterEdge {
  return {
    source: c.source,
    copy: c.copy,
    passages: passageCount(c.pair),
    credited: c.pair.credit ? c.pair.credit.credited : null,
    confidence: c.pair.direction!.confidence,
    coverage: Math.round(copyCoverage(c.pair, c.copy) * 1000) / 1000,
    kind,
  };
}

function copySpans(pair: Pair, copy: string): Span[] {
  return passageSpans(pair, pair.a.id === copy ? 'a' : 'b');
}

function spanChars(spans: readonly Span[]): number {
  return spans.reduce((n, s) => n + s.end - s.start, 0);
}

/** Characters of `spans` inside `covered` (both lists small; passages of one document). */
function overlapChars(spans: readonly Span[], covered: readonly Span[]): number {
  let total = 0;
  for (const s of spans) {
    for (const c of covered) total += Math.max(0, Math.min(s.end, c.end) - Math.max(s.start, c.start));
  }
  return total;
}

/**
 * A copy may take from more than one source (LBC's story took from The Sun and from Sky
 * News). After the tree, a directed pair becomes an extra `also` edge when most of what
 * the copy shares with that source is text the copy did not already get along its edges
 * (a sibling copy of the same wire story adds nothing and stays out), and the source does
 * not descend from the copy.
 */
function addSecondaryEdges(candidates: readonly Candidate[], parent: ReadonlyMap<string, string>, edges: ClusterEdge[]): void {
  const taken = new Map<string, Span[]>();
  const treeEdge = new Set(edges.map((e) => `${e.source}\u0000${e.copy}`));
  for (const c of candidates) {
    if (treeEdge.has(`${c.source}\u0000${c.copy}`)) taken.set(c.copy, [...(taken.get(c.copy) ?? []), ...copySpans(c.pair, c.copy)]);
  }
  const descends = (id: string, ancestor: string): boolean => {
    for (let at: string | undefined = id, steps = 0; at !== undefined && steps <= parent.size; at = parent.get(at), steps++) if (at === ancestor) return true;
    return false;
  };
  for (const c of candidates) {
    if (treeEdge.has(`${c.source}\u0000${c.copy}`) || descends(c.source, c.copy)) continue;
    const spans = copySpans(c.pair, c.copy);
    const total = spanChars(spans);
    if (total === 0) continue;
    const before = taken.get(c.copy) ?? [];
    if (overlapChars(spans, before) / total > MAX_SECONDARY_OVERLAP) continue;
    taken.set(c.copy, [...before, ...spans]);
    edges.push(edgeOf(c, 'also'));
  }
}
