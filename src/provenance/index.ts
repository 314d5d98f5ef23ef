/**
 * Provenance: who copied whom (with weighed evidence in plain words), and whether the
 * copy credits its source.
 */
import type { Pair, TextDoc } from '../types.js';
import { buildProvenanceContext } from './corpus-context.js';
import { detectCredit } from './detect-credit.js';
import type { ProvenanceContext } from './evidence.js';
import { inferDirection } from './infer-direction.js';

export type { ProvenanceContext, Feature, FeatureName } from './evidence.js';
export { bodyCoverage, creditPhrases, directionFeatures } from './evidence.js';
export { inferDirection, scoreDirection, DEFAULT_WEIGHTS, type DirectionWeights, type DirectionOptions } from './infer-direction.js';
export { detectCredit } from './detect-credit.js';
export { buildProvenanceContext, publisherHistory, countWords } from './corpus-context.js';
export { findAttributions, type Attribution } from './attribution.js';
export { publicationTime, findDateline, parsePublished, type PublicationTime } from './dateline.js';
export { publisherKeys, samePublisher, nameMentions, displayPublisher } from './publisher.js';
export { editTrail, type TrailEdit } from './edit-trail.js';

/**
 * Direction and credit of one pair. Credit is judged for the copy when the direction is
 * known; when it is not, a pair where exactly one side names the other's publisher
 * reports that credit.
 */
export function assessPair(
  a: TextDoc,
  b: TextDoc,
  pair: Pick<Pair, 'passages'>,
  context: ProvenanceContext = {},
): Pick<Pair, 'direction' | 'credit'> {
  const direction = inferDirection(a, b, pair.passages, context);
  if (direction) {
    const [copy, source] = direction.copy === a.article.id ? [a, b] : [b, a];
    return { direction, credit: detectCredit(copy, source) };
  }
  const ab = detectCredit(a, b);
  const ba = detectCredit(b, a);
  const credit = ab?.credited ? ab : ba?.credited ? ba : (ab ?? ba);
  return { direction, credit };
}

/**
 * Re-judges direction and credit of every pair with the whole corpus in view (publisher
 * history, word counts). For the pipeline, after alignment: `pairs` in, same pairs with
 * `direction` and `credit` set out, in the same order.
 */
export function applyProvenance(docs: ReadonlyMap<string, TextDoc>, pairs: readonly Pair[]): Pair[] {
  const context = buildProvenanceContext(docs, pairs);
  return pairs.map((pair) => {
    const a = docs.get(pair.a.id);
    const b = docs.get(pair.b.id);
    if (!a || !b) return pair;
    return { ...pair, ...assessPair(a, b, pair, context) };
  });
}
