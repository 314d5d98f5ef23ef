/**
 * Judging a pair: the one step every entry point (`scan`, `compare`, `check`, `index add`
 * and the library) goes through after alignment. It decides whether the pair is related,
 * who copied whom (with its evidence) and whether the copy credits its source, and it
 * holds the erase rule that settles the sides' verdicts once the direction is known.
 */
import { alignPair, type AlignedPair, type CorpusRarity } from '../align/index.js';
import type { Pair, TextDoc } from '../types.js';
import { SOURCE_NOT_DERIVED_CONFIDENCE } from './constants.js';
import { detectCredit } from './detect-credit.js';
import type { ProvenanceContext } from './evidence.js';
import { inferDirection } from './infer-direction.js';

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

/**
 * Judges two aligned documents: each side's coverage and its own derivation verdict (what
 * its shared text supports, before any direction is weighed in), the direction (who copied
 * whom, from the evidence passages) and whether the copy credits its source. The verdicts
 * are open: scans settle them (`settleDerivations`) once every corpus pass (publisher
 * history, common sources) has had its say on the direction.
 */
export function judgePair(a: TextDoc, b: TextDoc, aligned: AlignedPair, context: ProvenanceContext = {}): Pair {
  const { passages, evidence, a: sa, b: sb } = aligned;
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

/** Aligns (`alignPair`) and judges (`judgePair`) two documents, verdicts open: what a scan does with each candidate pair. */
export function comparePairOpen(a: TextDoc, b: TextDoc, context: ProvenanceContext = {}, rarity?: CorpusRarity): Pair {
  return judgePair(a, b, alignPair(a, b, rarity), context);
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
 * (`settleDerivations`): the pair of `wiretrace compare`, of `check` and of library users
 * judging one pair on its own. `commonSource` is always `null` here (it needs the corpus).
 */
export function comparePair(a: TextDoc, b: TextDoc, context: ProvenanceContext = {}, rarity?: CorpusRarity): Pair {
  return settleDerivations(comparePairOpen(a, b, context, rarity));
}
