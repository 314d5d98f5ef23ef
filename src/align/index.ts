/** The align stage: the passages two documents share, their kinds, and each side's scores. */
export { buildPassages as alignDocs } from './build-passages.js';
export { comparePair, comparePairOpen, settleDerivations, replaceFields } from './compare-pair.js';
export { scoreSide, type SideScore } from './score-pair.js';
export { wordDiff } from './word-diff.js';
export { diceSimilarity } from './similarity.js';
