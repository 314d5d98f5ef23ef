/** The align stage: the passages two documents share, their kinds, and each side's scores. */
export { buildPassages as alignDocs } from './build-passages.js';
export { alignPair, type AlignedPair } from './align-pair.js';
export { type CorpusRarity } from './formulaic.js';
export { scoreSide, type SideScore } from './score-pair.js';
export { wordDiff } from './word-diff.js';
export { diceSimilarity } from './similarity.js';
