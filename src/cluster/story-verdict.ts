/**
 * A document's verdict across all its listed pairs (issue 16.6): every document it draws on,
 * the share of its body those documents cover together, and its overall derivation. A story
 * often draws on several wire versions; each pair is judged alone, and only here is it said
 * how much of the story is taken in total.
 */
import type { Derivation, DocumentSummary, DrawsOn, Pair, Span } from '../types.js';
import { passageSpans } from './passage-spans.js';

/** A document's verdict across its pairs (the fields added to its `documents[]` entry). */
export interface StoryVerdict {
  /** Every document this one draws on (its side of the pair is derived), by coverage (descending), then id. */
  readonly drawsOn: readonly DrawsOn[];
  /** Share (0–1) of its body inside the passages of all those pairs together (their union). */
  readonly reusedCoverage: number;
  /** The strongest of its derivations in those pairs (`wholly` over `partially` over `none`). */
  readonly derivation: Derivation;
}

const STRENGTH: Readonly<Record<Derivation, number>> = { none: 0, partially: 1, wholly: 2 };

/** Characters of the union of `spans` inside the sorted, disjoint `zones`. */
function charsInsideUnion(spans: readonly Span[], zones: readonly Span[]): number {
  const sorted = [...spans].sort((x, y) => x.start - y.start || x.end - y.end);
  let total = 0;
  let coveredTo = -Infinity;
  for (const s of sorted) {
    const start = Math.max(s.start, coveredTo);
    if (s.end <= start) continue;
    coveredTo = s.end;
    for (const z of zones) total += Math.max(0, Math.min(z.end, s.end) - Math.max(z.start, start));
  }
  return total;
}

/**
 * The verdict of every document across the listed `pairs`: `bodyOf(id)` gives a document's
 * body spans (sorted, disjoint: the clean stage's `body`), the denominator of coverage as in
 * a pair. Only pairs where the document's side is derived count (not a pair of siblings
 * under a common source: neither took from the other); a document in none of them
 * draws on nothing and its derivation is `none`.
 */
export function storyVerdicts(ids: readonly string[], pairs: readonly Pair[], bodyOf: (id: string) => readonly Span[]): Map<string, StoryVerdict> {
  const draws = new Map<string, { entries: DrawsOn[]; spans: Span[] }>();
  for (const pair of pairs) {
    // Siblings under a common source did not take from each other: each draws on the source.
    if (pair.commonSource) continue;
    for (const side of ['a', 'b'] as const) {
      const me = pair[side];
      if (me.derivation === 'none') continue;
      const other = pair[side === 'a' ? 'b' : 'a'];
      let entry = draws.get(me.id);
      if (!entry) draws.set(me.id, (entry = { entries: [], spans: [] }));
      entry.entries.push({ id: other.id, coverage: me.coverage, derivation: me.derivation });
      entry.spans.push(...passageSpans(pair, side));
    }
  }
  const out = new Map<string, StoryVerdict>();
  for (const id of ids) {
    const entry = draws.get(id);
    if (!entry) {
      out.set(id, { drawsOn: [], reusedCoverage: 0, derivation: 'none' });
      continue;
    }
    const body = bodyOf(id);
    const bodyChars = body.reduce((n, s) => n + (s.end - s.start), 0);
    const covered = bodyChars > 0 ? Math.min(1, charsInsideUnion(entry.spans, body) / bodyChars) : 0;
    const drawsOn = entry.entries.sort((x, y) => y.coverage - x.coverage || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    const derivation = drawsOn.reduce<Derivation>((d, e) => (STRENGTH[e.derivation] > STRENGTH[d] ? e.derivation : d), 'none');
    out.set(id, { drawsOn, reusedCoverage: Math.round(covered * 1e4) / 1e4, derivation });
  }
  return out;
}

/** `documents` with their story verdicts added (`drawsOn`, `reusedCoverage`, `derivation`), in the same order. */
export function withStoryVerdicts(documents: readonly DocumentSummary[], pairs: readonly Pair[], bodyOf: (id: string) => readonly Span[]): DocumentSummary[] {
  const verdicts = storyVerdicts(
    documents.map((d) => d.id),
    pairs,
    bodyOf,
  );
  return documents.map((d) => Object.assign(d, verdicts.get(d.id)!));
}
