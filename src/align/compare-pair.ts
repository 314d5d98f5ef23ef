import { detectCredit, inferDirection, type ProvenanceContext } from '../provenance/index.js';
import type { Pair, Passage, TextDoc } from '../types.js';
import { buildPassages } from './build-passages.js';
import { isEvidence, markFormulaic, type CorpusRarity } from './formulaic.js';
import { SOURCE_NOT_DERIVED_CONFIDENCE } from './constants.js';
import { scoreSide, type SideScore } from './score-pair.js';

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
  };
}

/**
 * The pair of two documents judged not derived either way: no passages, no coverage. What
 * they share (a third party's quote, a stock sentence, the same facts in other words) is
 * not evidence of reuse, and listing it would make unrelated texts look related.
 */
function unrelatedPair(a: TextDoc, b: TextDoc): Pair {
  return {
    a: { id: a.article.id, coverage: 0, derivation: 'none' },
    b: { id: b.article.id, coverage: 0, derivation: 'none' },
    direction: null,
    passages: [],
    credit: null,
  };
}

/** Whether `x` comes first in the canonical order that makes comparison symmetric. */
function canonicalFirst(x: TextDoc, y: TextDoc): boolean {
  if (x.article.text !== y.article.text) return x.article.text < y.article.text;
  return x.article.id <= y.article.id;
}

/**
 * Compares two documents: the passages they share, each side's coverage and derivation,
 * the direction (who copied whom) and whether the copy credits its source.
 * `rarity`: the anchors common in the corpus, to tell stock passages (formulaic.ts).
 * Symmetric: `comparePair(b, a)` is the mirror of `comparePair(a, b)` (passages are always
 * computed in one canonical order and mirrored).
 */
export function comparePair(a: TextDoc, b: TextDoc, context: ProvenanceContext = {}, rarity?: CorpusRarity): Pair {
  const forward = canonicalFirst(a, b);
  const computed = forward ? buildPassages(a, b) : buildPassages(b, a);
  const ordered = forward ? computed : computed.map((p) => mirrorPassage(p, a.article.text)).sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start);
  // Stock and template passages are reported with the pair but are no evidence: coverage,
  // derivation and direction are judged on the rest (issue 19).
  const passages = markFormulaic(a, b, ordered, rarity);
  const evidence = passages.filter(isEvidence);
  const sa = scoreSide(a, evidence, 'a', b);
  const sb = scoreSide(b, evidence, 'b', a);
  const related = sa.derivation !== 'none' || sb.derivation !== 'none';
  if (!related && passages.length > 0) return unrelatedPair(a, b);
  const direction = related ? inferDirection(a, b, evidence, context) : null;
  const copy = direction ? (direction.copy === a.article.id ? a : b) : null;
  const credit = related ? (copy ? detectCredit(copy, copy === a ? b : a) : null) : null;
  // Containment is symmetric, derivation is not: once the evidence names the source with
  // confidence, the source is not derived from its copy, however much of it the copy kept.
  const decided = direction !== null && direction.confidence >= SOURCE_NOT_DERIVED_CONFIDENCE;
  const derivationOf = (doc: TextDoc, score: SideScore) => (decided && direction!.source === doc.article.id ? 'none' : score.derivation);
  return {
    a: { id: a.article.id, coverage: sa.coverage, derivation: derivationOf(a, sa) },
    b: { id: b.article.id, coverage: sb.coverage, derivation: derivationOf(b, sb) },
    direction,
    passages,
    credit,
  };
}
