/**
 * Thresholds of HTML extraction.
 */

/** A line counts as prose for the fallback test when it has at least this many words and ends in sentence punctuation. Words. */
export const PROSE_LINE_WORDS = 8;

/**
 * Readability's article is replaced by the whole page's text (stripped by the plain-text path)
 * only when it is a fragment: at most MAX_FRAGMENT_LINES lines (a headline and a line or two)
 * holding less than this share of the prose words of the page's own text outside comment,
 * sidebar, footer, nav and aside blocks. 0–1. Fitted by scripts/fit-html-fallback.ts
 * (5-fold cross-validation grouped by site on trafilatura-eval: held-out F1 0.8996; the
 * all-pages choice 0.8 / 3 lines scores 0.9011 there and 0.9702 on the boilerplate set).
 * The old rule (half the page's prose, any length) fell back on 89 of 599 pages and lost
 * ~50 snippets to comments and footers that out-worded short articles.
 */
export const MIN_READABILITY_PROSE_SHARE = 0.8;

/** See MIN_READABILITY_PROSE_SHARE: an article of more lines than this is never a fragment. Lines. */
export const MAX_FRAGMENT_LINES = 3;

/** The page text (fallback reading) leaves reader-comment threads out unless they hold more than this share of its characters: then the "thread" is the page itself (a forum page, or an article wrapper named "comment…"). 0–1. Set, not fitted: a half is the plain "most of the page". */
export const MAX_COMMENT_THREAD_SHARE = 0.5;
