import type { Passage, TextDoc } from '../types.js';
import { buildPassages } from './build-passages.js';
import { isEvidence, markFormulaic, type CorpusRarity } from './formulaic.js';
import { scoreSide, type SideScore } from './score-pair.js';

/** Two documents aligned: every passage they share, the ones that are evidence of reuse, and each side's scores. */
export interface AlignedPair {
  /** Every passage, in order of side a (stock and template ones included). */
  readonly passages: Passage[];
  /** The passages that are evidence of reuse (not `stock` or `template`). */
  readonly evidence: Passage[];
  /** Side a's coverage and its own derivation verdict, judged on the evidence. */
  readonly a: SideScore;
  readonly b: SideScore;
}

/** A passage seen from the other document. */
function mirrorPassage(p: Passage, textOfNewA: string): Passage {
  const sentences = p.sentences?.map((s) => ({
    ...s,
    a: s.b,
    b: s.a,
    ...(s.diff ? { diff: s.diff.map((op) => ({ ...op, op: op.op === 'add' ? ('del' as const) : op.op === 'del' ? ('add' as const) : op.op })) } : {}),
  }));
  return {
    ...p,
    a: p.b,
    b: p.a,
    text: textOfNewA.slice(p.b.start, p.b.end),
    ...(p.caption ? { caption: { a: p.caption.b, b: p.caption.a } } : {}),
    ...(sentences ? { sentences } : {}),
    ...(p.alternates
      ? { alternates: p.alternates.map((x) => ({ a: x.b, b: x.a })).sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start || x.a.end - y.a.end || x.b.end - y.b.end) }
      : {}),
  };
}

/** Whether `x` comes first in the canonical order that makes comparison symmetric. */
function canonicalFirst(x: TextDoc, y: TextDoc): boolean {
  if (x.article.text !== y.article.text) return x.article.text < y.article.text;
  return x.article.id <= y.article.id;
}

/**
 * Aligns two documents: the passages they share (one-to-one, in order), which of them are
 * stock or template matches (`rarity`: the anchors common in the corpus, formulaic.ts), and
 * each side's coverage and own derivation verdict, judged on the rest. Who copied whom is
 * not decided here: that is the provenance stage's `judgePair`.
 * Symmetric: `alignPair(b, a)` is the mirror of `alignPair(a, b)` (passages are always
 * computed in one canonical order and mirrored).
 */
export function alignPair(a: TextDoc, b: TextDoc, rarity?: CorpusRarity): AlignedPair {
  const forward = canonicalFirst(a, b);
  const computed = forward ? buildPassages(a, b) : buildPassages(b, a);
  const ordered = forward ? computed : computed.map((p) => mirrorPassage(p, a.article.text)).sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start);
  // Stock and template passages are reported with the pair but are no evidence: coverage,
  // derivation and direction are judged on the rest (issue 19).
  const passages = markFormulaic(a, b, ordered, rarity);
  const evidence = passages.filter(isEvidence);
  return { passages, evidence, a: scoreSide(a, evidence, 'a', b, passages), b: scoreSide(b, evidence, 'b', a, passages) };
}
