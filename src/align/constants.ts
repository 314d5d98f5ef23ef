/** Thresholds of the align stage, with units and reasons. */

/** Words per seed n-gram. 3: short enough to find matches between light edits (a swapped word every 4–5 words still leaves seeds). */
export const SEED_WORDS = 3;

/** A seed n-gram found more often than this in the other document is too common to seed from (repetitive text would make seeding quadratic). Occurrences. */
export const MAX_SEED_OCCURRENCES = 8;

/** An exact run shorter than this many words counts only when it has at least `MIN_RUN_CONTENT_WORDS` words that are not stopwords. Words. */
export const MIN_PLAIN_RUN_WORDS = 5;

/** Content words (not stopwords) a short run needs to count as evidence. Words. */
export const MIN_RUN_CONTENT_WORDS = 2;

/** Unmatched words bridged between two runs of one passage, on either side. Words; about one clause, so a rewritten clause does not split a passage. */
export const MAX_GAP_WORDS = 14;

/** Runs may overlap (a word repeated near a boundary) by this many words and still chain. Words. */
export const OVERLAP_TOLERANCE_WORDS = 3;

/** A passage needs at least this many matched words, unless it covers most of a short sentence. Words. */
export const MIN_PASSAGE_WORDS = 8;

/** A shorter passage is kept when it covers at least this share of a sentence on both sides. 0–1. */
export const MIN_SHORT_PASSAGE_SENTENCE_SHARE = 0.8;

/** A short passage still needs this many matched words. Words. */
export const MIN_SHORT_PASSAGE_WORDS = 5;

/** Snap a passage edge to its sentence boundary when no more than this many words of the sentence lie outside it. Words. */
export const SNAP_MAX_WORDS = 4;

/** …or when the part outside is at most this share of the sentence. 0–1. */
export const SNAP_MAX_SHARE = 0.34;

/** Aligned sentences at or above this Dice similarity (string-similarity, normalised text) are a light edit, below it a rewrite. 0–1. */
export const LIGHT_MIN_SIMILARITY = 0.72;

/** Sentences with no shared run are aligned as a rewrite when their content words' Dice overlap reaches this. 0–1. */
export const REWRITE_MIN_DICE = 0.5;

/** …and they share at least this many content words. Words. */
export const REWRITE_MIN_SHARED_WORDS = 4;

/** Passages whose sides lie this many sentences apart or fewer (in both texts) merge into one. Sentences. */
export const MERGE_MAX_SENTENCE_GAP = 1;

/** A passage is marked as quotation when at least this share of it lies inside quotation marks on both sides. 0–1. */
export const QUOTATION_MIN_SHARE = 0.6;

/** Sentence groups longer than this many words are not diffed word by word (bounded cost). Words. */
export const MAX_DIFF_WORDS = 400;

/** Weight of each passage kind in the derivation score: a rewrite is weaker evidence of taking the text than a verbatim copy. */
export const KIND_WEIGHT = { verbatim: 1, light: 0.95, rewrite: 0.75 } as const;

/** Weight of a passage that is mostly a third party's quotation (two papers quoting the same speaker took the quote, not each other's article). */
export const QUOTATION_WEIGHT = 0.4;

/** A document whose weighted derived share reaches this is `wholly` derived. 0–1 of its body. */
export const WHOLLY_MIN_SHARE = 0.7;

/** A document whose weighted derived share reaches this is `partially` derived. 0–1 of its body. */
export const PARTIALLY_MIN_SHARE = 0.08;

/** …and the derived text must be at least this long, so one shared stock sentence is not "partially". Characters. */
export const PARTIALLY_MIN_CHARS = 120;

/** When the direction verdict names a source with at least this confidence, the source's own derivation is `none` (it was not taken from its copy). 0.5–1. */
export const SOURCE_NOT_DERIVED_CONFIDENCE = 0.75;
