/** Cluster thresholds. */

/**
 * A directed pair becomes a candidate tree edge with weight confidence × coverage of the
 * copy; an edge lighter than this is not used (a barely decided direction over a sliver
 * of text says little about who took from whom). Probability × share, 0–1.
 */
export const MIN_EDGE_WEIGHT = 0.01;

/**
 * A second source of a copy is listed (an `also` edge) only when at most this share of the
 * text it shares with the copy was already explained by the copy's other edges. Share, 0–1.
 */
export const MAX_SECONDARY_OVERLAP = 0.5;

/**
 * Two documents are siblings of a common source Z (both copy Z; the pair gets
 * `commonSource: Z` and no direction) when at least this share of the text each shares with
 * the other lies inside what it took from Z. Share of characters, 0–1.
 */
export const COMMON_SOURCE_MIN_INSIDE = 0.8;

/** Common sources are marked again while the marks change, at most this many rounds: a sibling stops being its siblings' source once it is marked itself; a chain of copies of copies settles in as many rounds as it is deep, and real stories are shallow (wire → paper → aggregator). Rounds. */
export const COMMON_SOURCE_ROUNDS = 4;
