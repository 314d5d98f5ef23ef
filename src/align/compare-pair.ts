import { detectCredit, inferDirection, type ProvenanceContext } from '../provenance/index.js';
import type { Pair, Passage, TextDoc } from '../types.js';
import { buildPassages } from './build-passages.js';
import { isEvidence, markFormulaic, type CorpusRarity } from './formulaic.js';
import { SOURCE_NOT_DERIVED_CONFIDENCE } from './constants.js';
import { scoreSide } from './score-pair.js';

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
    commonSource: null,
  };
}

/** Whether `x` comes first in the canonical order that makes comparison symmetric. */
function canonicalFirst(x: TextDoc, y: TextDoc): boolean {
  if (x.article.text !== y.article.text) return x.article.text < y.article.text;
  return x.article.id <= y.article.id;
}

/**
 * Compares two documents: the passages they share, each side's coverage and its own
 * derivation verdict (what its shared text supports, before any direction is weighed in),
 * the direction (who copied whom) and whether the copy credits its source.
 * Scans use this and settle the verdicts (`settleDerivations`) once every corpus pass
 * (publisher history, common sources) has had its say on the direction.
 * `rarity`: the anchors common in the corpus, to tell stock passages (formulaic.ts).
 * Symmetric: `comparePairOpen(b, a)` is the mirror of `comparePairOpen(a, b)` (passages are
 * always computed in one canonical order and mirrored).
 */
export function comparePairOpen(a: TextDoc, b: TextDoc, context: ProvenanceContext = {}, rarity?: CorpusRarity): Pair {
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
  return {
    a: { id: a.article.id, coverage: sa.coverage, derivation: sa.derivation },
    b: { id: b.article.id, coverage: sb.coverage, derivation: sb.derivation },
    direction,
    passages,
    credit,
    commonSource: null,
  };
}

/**
 * The erase rule. Containment is symmetric, derivation is not: once the direction is
 * decided (not `null`, confidence ≥ SOURCE_NOT_DERIVED_CONFIDENCE), the source is not
 * derived from its copy, however much of it the copy kept, and its side says `none`. When
 * the direction is undecided, doubtful, or `null` because both sides copy a common source,
 * both sides keep their own verdict. Returns the same pair object when nothing changes.
 */
export function settleDerivations(pair: Pair): Pair {
  const d = pair.direction;
  if (!d || d.confidence < SOURCE_NOT_DERIVED_CONFIDENCE) return pair;
  const side: 'a' | 'b' | null = d.source === pair.a.id ? 'a' : d.source === pair.b.id ? 'b' : null;
  if (!side || pair[side].derivation === 'none') return pair;
  return replaceFields(pair, { [side]: { ...pair[side], derivation: 'none' } });
}

/**
 * A copy of `pair` with some fields replaced, in the same key order, without reading
 * `passages` (a scan's packed pair parses them on every read): the other properties are
 * copied as they are defined (getters and hidden symbol slots included).
 */
export function replaceFields(pair: Pair, fields: Partial<Record<keyof Pair, unknown>>): Pair {
  const descriptors = Object.getOwnPropertyDescriptors(pair) as PropertyDescriptorMap;
  for (const [key, value] of Object.entries(fields)) descriptors[key] = { value, enumerable: true, writable: true, configurable: true };
  return Object.create(Object.getPrototypeOf(pair) as object, descriptors) as Pair;
}

/**
 * Compares two documents (`comparePairOpen`) and settles the verdicts by the erase rule
 * (`settleDerivations`): the pair of `wiretrace compare` and of library users judging one
 * pair on its own. `commonSource` is always `null` here (it needs the corpus).
 */
export function comparePair(a: TextDoc, b: TextDoc, context: ProvenanceContext = {}, rarity?: CorpusRarity): Pair {
  return settleDerivations(comparePairOpen(a, b, context, rarity));
}
