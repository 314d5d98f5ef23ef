/** The candidates stage: which pairs of documents share enough rare text to be aligned. */
export { selectAnchors, everyShingle, type AnchorSource } from './select-anchors.js';
export { ShingleCounts } from './shingle-counts.js';
export { CandidateIndex, type CandidatePair, type CandidateOptions, type CandidateStats } from './candidate-index.js';
