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

/** Passages with this many unmatched sentences or fewer between them, as many in both texts, merge into one. Sentences. */
export const MERGE_MAX_SENTENCE_GAP = 1;

/** A passage is marked as quotation when at least this share of the words its two sides share lie inside quotation marks, on both sides. 0–1. */
export const QUOTATION_MIN_SHARE = 0.6;

/** Sentence groups longer than this many words are not diffed word by word (bounded cost). Words. */
export const MAX_DIFF_WORDS = 400;

/** A document shares at least this many body characters outside quotations with the other, or it is not derived (one stock sentence is not a taken article). Characters. */
export const DERIVED_MIN_CHARS = 80;

/** A verbatim or lightly edited passage (not quotation) this long makes a document at least partially derived: about two news sentences. Characters. */
export const CLOSE_PASSAGE_MIN_CHARS = 200;

/** Rewritten sentences must share at least this many content-word stems (one fewer when either sentence is short). Stems. */
export const REWRITE_MIN_SHARED_WORDS = 4;

/** A sentence with at most this many content stems counts as short for `REWRITE_MIN_SHARED_WORDS`. Stems. */
export const REWRITE_SHORT_SENTENCE_STEMS = 6;

/** Names and numbers weigh this much more than other content words in statement similarity: they tie a sentence to its story. Factor. */
export const REWRITE_SALIENT_WEIGHT = 1.5;

/** Weighted stem Dice below which two sentences are not compared further (the character Dice is the costly part). 0–1. */
export const REWRITE_MIN_STEM_DICE = 0.35;

/** Below this character-bigram Dice two sentences are not the same statement, whatever words they share. 0–1. */
export const REWRITE_MIN_CHAR_DICE = 0.35;

/** Statement similarity (mean of weighted stem Dice and character Dice) at which two sentences are a rewrite of each other. 0–1. */
export const REWRITE_MIN_SCORE = 0.5;

/**
 * Rewrites are only believed in context: when the two texts share little verbatim or lightly
 * edited text outside quotations (less than this share of either body), two sentences on the
 * same facts are more likely two reporters than one rewriting the other. 0–1 of the body.
 */
export const REWRITE_CONTEXT_MIN_SHARE = 0.15;

/** Without that context, a rewrite needs this statement similarity. 0–1. */
export const REWRITE_ALONE_MIN_SCORE = 0.8;

/**
 * Without that context, rewrites scoring between REWRITE_MIN_SCORE and REWRITE_ALONE_MIN_SCORE
 * are still believed when at least this many of them (each sharing a name or a number) follow
 * the same order in both texts: a copy reworded sentence by sentence keeps the wire's facts in
 * the wire's order, which two reporters writing on their own rarely do (issue 16.4). On METER
 * dev (all 2,095 same-story newspaper × PA pairs) 2 changes 12 pairs, all of newspaper texts
 * labelled derived and none labelled non; 3 or more changes none. Sentences.
 */
export const REWRITE_ORDERED_MIN_LINKS = 2;

/** A stem used by more sentences of the other text than this does not propose rewrite candidates (it still counts in the score). Sentences. */
export const REWRITE_MAX_STEM_SENTENCES = 12;

/** A whole sentence in one text between two runs ends the passage when the other text skips at most this many words there (an insertion, not a rewording). Words. */
export const INSERTION_OTHER_GAP_WORDS = 2;

/** …and that sentence has at least this many words (shorter lines are often fragments that obfuscation or a headline left). Words. */
export const INSERTED_SENTENCE_MIN_WORDS = 6;

/** Stems and words the per-thread stem vocabulary holds before it starts afresh (a hostile corpus of unique words cannot grow it without end; news needs far fewer). Entries. */
export const MAX_VOCABULARY_STEMS = 200_000;

/** Two passages may share at most this many words of either text (a word repeated at a boundary, a snapped sentence edge); beyond it the lighter one is not a passage of its own. Words. */
export const ONE_TO_ONE_OVERLAP_WORDS = 3;

/** A passage that loses to a kept one on one text only is an alternate placement of it when at least this share of its words there lie inside the kept one. 0–1. */
export const ALTERNATE_MIN_SHARE = 0.5;

/** In choosing one-to-one passages, a word of a passage's extent that exact runs do not match (rewritten, or bridged) weighs this much against an exactly matched one. 0–1. */
export const REWRITE_DRAFT_WEIGHT = 0.25;

/**
 * A passage with no rare sentence is no evidence (`template`/`stock`, issue 19) when more
 * than this share of its words lie in sentences that differ only in replaced names,
 * numbers and dates, or that share only anchors common in the corpus. A re-sent story
 * with one corrected figure among its sentences stays reuse. 0–1; one half, chosen by
 * reading, not fitted: a markets item ("NYFE seat sold for 1,500 dlrs" / "… 200 dlrs") has
 * all its sentences changed, a correction one of many.
 */
export const TEMPLATE_MIN_SENTENCE_SHARE = 0.5;

/**
 * An aligned sentence pair is a template match only when at least this many words of it are
 * the same on both sides (the form): two names in a row differing is not a sentence form. Words.
 */
export const TEMPLATE_MIN_SAME_WORDS = 4;

/** The derivation feature `lead3` reads the 3-grams of this many first body sentences: a copy keeps the wire's lead, an independent report writes its own. Sentences. */
export const LEAD_SENTENCES = 2;

/** The derivation feature `sentenceShare` counts a body sentence as matched when at least this share of its word 3-grams are in the other document (about half its wording taken). 0–1. */
export const SENTENCE_MATCH_MIN = 0.5;
