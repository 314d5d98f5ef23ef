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

/** A source needs at least this many stories before templates are learned for it ("a publisher seen once still gets the generic model"). Stories. */
export const MIN_PROFILE_STORIES = 3;

/** A line is a template of its source when it recurs in at least this many different stories of it. Stories. */
export const MIN_TEMPLATE_STORIES = 3;

/** … and in at least this share of the source's stories. 0–1. Low enough for section labels ("Politics" on a tenth of a site's stories), high enough that a story re-published twice in a large corpus is not template. */
export const MIN_TEMPLATE_SHARE = 0.1;

/** A template line of PROTECTED_LINE_WORDS+ words with sentence punctuation needs this share of stories (a disclaimer on every story, not a paragraph re-used in a few). 0–1. */
export const MIN_PROTECTED_TEMPLATE_SHARE = 0.5;

/** A recurring short line is a learned tail marker when, in at least this share of the stories it appears in, the lines after it look like headlines. 0–1. */
export const MIN_TAIL_MARKER_SHARE = 0.6;

/** A recurring line's prefix is looked for among its first this many words, ending at ':' '|' '–' or '-'. Words. */
export const MAX_TEMPLATE_PREFIX_WORDS = 4;

/** Lines longer than this are not kept as examples while learning (templates are short); memory stays bounded in a 100k-document scan. Characters. */
export const MAX_TEMPLATE_EXAMPLE_CHARS = 300;

/**
 * Templates of a source are learned from at most this many of its stories: the ones with
 * the smallest ids (a deterministic sample, whatever the order or threads of the input).
 * A template is a line on a tenth or more of a source's pages (MIN_TEMPLATE_SHARE), so it
 * shows ~20 times in 200 stories; on the 10k benchmark corpus samples of 150–250 changed
 * the body of 6–10 documents of 10,000 against learning from every story, 50–100 of them
 * 21–28 (`node dist/scripts/eval-profile-sample.js DIR`), while summarising every article
 * of a 100k corpus cost ~10% of a scan's CPU (docs/performance.md). Templates a source
 * starts using after its first stories (by id) are not learned. Stories.
 */
export const PROFILE_SAMPLE_STORIES = 200;

/** When a source's table of line counts grows past this many keys, keys seen only once are dropped (lossy counting: templates recur, so they survive). Keys. */
export const MAX_PROFILE_KEYS_PER_SOURCE = 200_000;

/**
 * Hard-wrapped text: the wrap width is the 90th-percentile line length, and only widths up
 * to this count as wrapping (longer lines are paragraphs). The PAN texts wrap at about 180
 * characters (issue 17: at a cap of 100 each of their lines was judged alone, and whole
 * documents went as headlines and teasers); web pages' paragraph lines are told apart by
 * MAX_OVERLONG_LINE_SHARE, not by this cap. Characters.
 */
export const MAX_WRAP_WIDTH = 250;

/**
 * … and when at least this share of its full-width lines end without sentence punctuation:
 * a wrap breaks a sentence where the width falls (PAN: ~90% of full lines), while a web
 * page whose paragraphs happen to be of similar length ends each in its full stop (at a
 * wrap cap of 250 such pages would otherwise be taken for wrapped text). 0–1.
 */
export const MIN_OPEN_WRAPPED_SHARE = 0.5;

/** A text marks its paragraphs as wire copy does (PA: `<` ends a paragraph) when at least this many lines end in `<` (a one-paragraph PA snap has its paragraph and `end<`); its blocks then run from mark to mark. Lines. */
export const MIN_WIRE_MARKED_LINES = 2;

/** … and at least this share of its lines do (PA: 20–60%; a web page has next to none, and its long lines must never be glued together). 0–1. */
export const MIN_WIRE_MARKED_SHARE = 0.1;

/** … and from this width up (shorter "wraps" are lists or verse). Characters. */
export const MIN_WRAP_WIDTH = 40;

/** A document is hard-wrapped when at least this share of its lines of MIN_WRAP_WIDTH+ characters end near the wrap width. 0–1. */
export const MIN_WRAPPED_LINE_SHARE = 0.5;

/**
 * … and when at most this share of its lines are longer than the wrap width by more than
 * OVERLONG_WRAP_RATIO: a wrapped text has almost none, while a web page's text (menus and
 * labels around paragraphs of hundreds of characters) can put its 90th percentile anywhere;
 * 11 of the 96 benchmark pages were taken for wrapped text and had captions glued to
 * paragraphs (all had 4.8% or more such lines). 0–1.
 */
export const MAX_OVERLONG_LINE_SHARE = 0.02;

/** See MAX_OVERLONG_LINE_SHARE. Ratio to the wrap width. */
export const OVERLONG_WRAP_RATIO = 1.2;

/** A line "ends near the wrap width" when it is at least this share of it; such a line continues into the next line of its block. 0–1. */
export const WRAP_FILL_SHARE = 0.7;

/** Datelines are short: at most this many words ("Updated: Wednesday 22 June 2023, 06:21 BST"). Words. */
export const MAX_DATELINE_WORDS = 12;

/** A dateline is mostly date words (months, weekdays, numbers, "updated", time zones): at least this share. 0–1. */
export const MIN_DATELINE_SHARE = 0.6;

/** Zone search: a strong body unit gains its words, capped here so one huge block does not swallow the page. Words. */
export const ZONE_MAX_GAIN_WORDS = 50;

/** Zone search: an unpunctuated unit of at least this many words still counts half (body that lost its full stop). Words. */
export const ZONE_LONG_UNPUNCTUATED_WORDS = 20;

/**
 * Zone search: a strong unit's gain shrinks by this much per unit of its furniture-word
 * share (cookie notices, newsletter boxes and legal footers are punctuated prose too, but
 * made of "cookies", "website", "subscribe"): at a share of 1/3 it gains nothing. Ratio.
 */
export const ZONE_FURNITURE_DISCOUNT = 3;

/** Zone search: every other unit costs this much … (word-equivalents) */
export const ZONE_OTHER_COST = 2;

/** … plus this much per word: a long menu line costs more than a short one. Word-equivalents per word. */
export const ZONE_OTHER_COST_PER_WORD = 0.25;

/** A protected line (PROTECTED_LINE_WORDS+ words, punctuated) is removed by the model only when the sequence puts it above or after the article (not between paragraphs) and the model gives it less than this P(body): two signals, never one. 0–1. */
export const PROTECTED_MAX_BODY_P = 0.9;

/** The page title (first line) is looked for again among this many first units, where the article's own headline repeats it. Units. */
export const HEADLINE_REPEAT_REACH = 400;

/** A repeat of the title counts when it has at least this many words (a 1-word site name is not a headline). Words. */
export const MIN_REPEATED_HEADLINE_WORDS = 3;

/** A byline with a date ("By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.") may be this long. Words. */
export const MAX_DATED_BYLINE_WORDS = 16;

/** Lines opening with a two-word caption label ("Image caption …", "Image copyright …") are credits up to this length; longer ones are prose. Words. */
export const MAX_CAPTION_LABEL_WORDS = 24;

/** A teaser tail without a marker needs at least this many headline-like lines after the last paragraph. Lines. */
export const MIN_UNMARKED_TAIL_LINES = 4;

/** … making up at least this share of the lines after the last paragraph. 0–1. */
export const UNMARKED_TAIL_SHARE = 0.8;

/** Teaser headlines have at least this many words (shorter lines after an article are list items, handles or labels). Words. */
export const MIN_TEASER_WORDS = 5;

/**
 * Second looks at the body alone (as `strip` prints it) after the first pass, repeated until
 * one removes nothing, so that stripping a stripped text removes nothing. Removing
 * furniture changes a line's context (the next line becomes the first, a run gets shorter),
 * so one look is not always enough: on the benchmark 88 of 96 pages need none, 7 one and one
 * page six (one share-button row per pass). Each pass removes at least one line; this cap
 * only bounds the cost on crafted input. Passes; each costs about half a first pass.
 */
export const MAX_SECOND_LOOKS = 16;

/** The first line (or the title line found above the article) is the headline when at least this share of its words are capitalised (names, Title Case): a body's own unpunctuated first line (a list item, a subhead) rarely is. A sentence-case headline (Sky News) counts when it lies above the body zone. 0–1. The Sun's headline has 0.35. */
export const MIN_HEADLINE_CAP_SHARE = 0.3;

/** HTML: blocks in "caption"/"credit" classes are captions only while they hold under half of the text's words: a page whose article sits in such a container is not all caption (on the benchmark they hold at most 0.3). 0–1. */
export const MAX_CLASS_CAPTION_SHARE = 0.5;

/** Normalised lines are compared first by the hash of their first this many code units: lines that differ there (nearly every paragraph) never have their whole normal form hashed or made. A speed setting only; any value gives the same results. Code units. */
export const NORM_PREFIX_UNITS = 24;

/** A recipe's ingredients label ("Zutaten", "Ingredients für 4 Personen:") has at most this many words; a longer line is a sentence about ingredients. Words. */
export const MAX_INGREDIENT_LABEL_WORDS = 5;
/** An ingredient line ("200 g Zucker", "Margarine oder Butter") has at most this many words and no sentence punctuation: the first longer or punctuated line is the method, where the list ends. Words. */
export const MAX_INGREDIENT_LINE_WORDS = 12;
/** An ingredients list runs at most this many lines after its label: a bound (a stray label above a long menu must not keep the menu), not a tuned value. Lines. */
export const MAX_INGREDIENT_LINES = 60;
