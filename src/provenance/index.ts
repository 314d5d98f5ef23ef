/**
 * Provenance: who copied whom (with weighed evidence in plain words), and whether the
 * copy credits its source.
 */
import type { Pair, TextDoc } from '../types.js';
import { refineProvenance } from './corpus-context.js';

export type { ProvenanceContext, Feature, FeatureName } from './evidence.js';
export { bodyCoverage, creditPhrases, directionFeatures } from './evidence.js';
export { inferDirection, scoreDirection, DEFAULT_WEIGHTS, type DirectionWeights, type DirectionOptions } from './infer-direction.js';
export { detectCredit } from './detect-credit.js';
export { buildProvenanceContext, publisherHistory, countWords, refineProvenance, type DocLookup, type HistoryDoc } from './corpus-context.js';
export { assessPair } from './assess-pair.js';
export { judgePair, comparePair, comparePairOpen, settleDerivations, replaceFields } from './judge-pair.js';
export { findAttributions, type Attribution } from './attribution.js';
export { publicationTime, findDateline, parsePublished, type PublicationTime } from './dateline.js';
export { publisherKeys, samePublisher, nameMentions, displayPublisher } from './publisher.js';
export { editTrail, type TrailEdit } from './edit-trail.js';

/**
 * Judges every pair again with the whole corpus in view (publisher history from the
 * documents' metadata): for library users holding all TextDocs. The same corpus pass as a
 * scan's (`refineProvenance`), so a pair gets the same verdict from the library and from
 * `scan`.
 */
export function applyProvenance(docs: ReadonlyMap<string, TextDoc>, pairs: readonly Pair[]): Pair[] {
  const documents = [...docs.values()].map((d) => ({ id: d.article.id, source: d.article.meta.source, published: d.article.meta.published }));
  return refineProvenance(documents, pairs, docs);
}
