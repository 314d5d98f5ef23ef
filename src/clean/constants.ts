/**
 * Thresholds of the clean stage. Every number has a unit and a reason.
 */

/** A line of at least this many words that ends in sentence punctuation is never removed on one weak signal (issue 5, "the 25-word rule"). Words. */
export const PROTECTED_LINE_WORDS = 25;

/** A "strong body" line, which opens or closes the body zone: at least this many words and sentence punctuation. Words. 8 words is a short news sentence; shorter punctuated lines are often captions or teasers. */
export const STRONG_BODY_WORDS = 8;

/** The headline is looked for among the first this many content lines (after nav labels). Lines. */
export const HEADLINE_SEARCH_LINES = 3;

/** A headline has at most this many words (longer unpunctuated first lines are body that lost its full stop). Words. */
export const MAX_HEADLINE_WORDS = 30;

/** Nav labels are short: at most this many words. Words. */
export const MAX_NAV_WORDS = 3;

/** Bylines are short: at most this many words ("By EJ Ward and Jane Doe, Political Reporter"). Words. */
export const MAX_BYLINE_WORDS = 8;

/** A bare name line ("EJ Ward") is a byline when a "By …" line lies within this many lines of it. Lines. */
export const BYLINE_NAME_REACH = 2;

/** An unpunctuated line inside the body of at most this many words is a subhead; longer ones are body that lost its full stop. Words. */
export const MAX_SUBHEAD_WORDS = 20;

/** After a tail marker, this many following lines are looked at to decide whether a run of teasers starts. Lines. */
export const TAIL_LOOKAHEAD_LINES = 8;

/** A tail marker starts a run of teasers when at least this share of the lines after it look like headlines (no sentence punctuation). 0–1. The Sun's mid-article "Most read in The Sun" is followed by 0 of 6 such lines; LBC's "More Latest News" by 7 of 8. */
export const TAIL_HEADLINE_SHARE = 0.5;

/** A teaser run ends before this many consecutive body-like lines (punctuated, at least STRONG_BODY_WORDS words): real body has resumed. Lines. */
export const TAIL_RESUME_LINES = 2;

/** A trailing credit ("Picture: Alamy") has at most this many words after its cue. Words. */
export const MAX_CREDIT_WORDS = 8;

/** Tail markers and widget labels are short: at most this many words. Words. */
export const MAX_MARKER_WORDS = 8;
