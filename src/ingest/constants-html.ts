/**
 * Thresholds of HTML extraction.
 */

/** A line counts as prose for the fallback test when it has at least this many words and ends in sentence punctuation. Words. */
export const PROSE_LINE_WORDS = 8;

/** Readability's article is used when it keeps at least this share of the page's prose words; below it Readability picked a fragment, and the whole page goes through the plain-text path. 0–1. */
export const MIN_READABILITY_PROSE_SHARE = 0.5;
