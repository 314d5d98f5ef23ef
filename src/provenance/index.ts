/**
 * Provenance: who copied whom (with weighed evidence in plain words), and whether the
 * copy credits its source.
 */
import type { Pair, TextDoc } from '../types.js';
import { assessPair } from './assess-pair.js';
import { buildProvenanceContext } from './corpus-context.js';

export type { ProvenanceContext, Feature, FeatureName } from './evidence.js';
export { bodyCoverage, creditPhrases, directionFeatures } from './evidence.js';
export { inferDirection, scoreDirection, DEFAULT_WEIGHTS, type DirectionWeights, type DirectionOptions } from './infer-direction.js';
export { detectCredit } from './detect-credit.js';
export { buildProvenanceContext, publisherHistory, countWords, refineProvenance, type DocLookup, type HistoryDoc } from './corpus-context.js';
export { assessPair } from './assess-pair.js';
export { findAttributions, type Attribution } from './attribution.js';
export { publicationTime, findDateline, parsePublished, type PublicationTime } from './dateline.js';
export { publisherKeys, samePublisher, nameMentions, displayPublisher } from './publisher.js';
export { editTrail, type TrailEdit } from './edit-trail.js';

/**
 * Judges every pair again with the whole corpus in view (publisher history from the
 * documents' metadata, corpus word counts): for library users holding all TextDocs.
 * Scans use `refineProvenance`, which needs only the report and fetches texts on demand.
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
