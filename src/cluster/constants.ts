/** Cluster thresholds. */

/**
 * A directed pair becomes a candidate tree edge with weight confidence × coverage of the
 * copy; an edge lighter than this is not used (a barely decided direction over a sliver
 * of text says little about who took from whom). Probability × share, 0–1.
 */
export const MIN_EDGE_WEIGHT = 0.01;
