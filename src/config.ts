/**
 * Cross-stage defaults. Every threshold is named, with its unit and the reason for its
 * value. Stage-specific thresholds live in `src/<stage>/constants.ts`.
 */

/** Words per shingle for candidate anchors. 5 words: rare enough to be specific in news text, short enough to survive light edits (passim uses 5). */
export const ANCHOR_SHINGLE_WORDS = 5;

/** Keep an anchor shingle when `hash % ANCHOR_SAMPLE_MODULUS === 0`: "0 mod p" sampling keeps ~1/p of shingles, the same ones in every document, so shared text still shares anchors. */
export const ANCHOR_SAMPLE_MODULUS = 4;

/** Content words per content anchor: consecutive non-stopwords ("1,200 homes 300", "storm desmond struck"), which survive rewording that breaks every word 5-gram. */
export const CONTENT_SHINGLE_WORDS = 3;

/** Sampling modulus of content anchors ("0 mod p", as for word anchors). */
export const CONTENT_SAMPLE_MODULUS = 4;

/** Ignore an anchor found in more documents than this (stock phrases, not reuse). Documents. */
export const MAX_ANCHOR_DOCS = 64;

/** Ignore an anchor found in more documents than this within one source (that publisher's template). Documents. */
export const MAX_ANCHOR_DOCS_PER_SOURCE = 6;

/** A pair becomes a candidate when it shares at least this many anchors. Anchors. */
export const MIN_SHARED_ANCHORS = 2;

/**
 * Default per-file size limit (JSON Lines: per line): larger files are skipped and reported.
 * Bytes (16 MiB). A news page with inline scripts is at most a few MB; a 50 MB single-line
 * file took 110 s and 2.9 GB of memory through the pipeline (`npm run hostile`), so 16 MiB
 * keeps one document under about 1 GB even with several worker threads on a 24 GB machine.
 */
export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
