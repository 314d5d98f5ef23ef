/**
 * Provenance thresholds and the fitted weights of the direction model. Weights are in
 * log-odds units per unit of feature value (features are signed: positive favours document
 * A as the source). They are fitted by `npm run fit:direction` (scripts/fit-direction.ts:
 * logistic regression on the real wire/newspaper pairs of METER dev, cross-validated by
 * story folder; see docs/quality.md) and pasted here, so the library itself has no training
 * step. Evidence METER shows on fewer than 20 pairs (publication times, credits between
 * publishers, history, self-claims) keeps the weights fitted on the generated corpus
 * (scripts/fit-provenance.ts); adding the
 * generated pairs to the real fit lowered the cross-validated real accuracy (0.979 against
 * 1.000), so the other weights are fitted on real pairs only. Containment and the edit
 * trail come out near zero: on real copy they are at chance.
 */

/** Weight of publication-time order from metadata (feature: ±0.5 for the order, growing to ±1 with the log of the gap up to a day). Log-odds. */
export const W_TIME_METADATA = 3.29;
/** Weight of time order when at least one time came from a dateline in the text (a little less trusted: it may be an update time). Log-odds. */
export const W_TIME_DATELINE = 3.32;
/** Weight of the copy naming the other document's publisher ("sources told The Sun" in LBC). Log-odds. */
export const W_CREDIT = 4.64;
/** Weight of a document claiming the reporting as its own ("The Sun understands" in The Sun). Log-odds. */
export const W_SELF_CLAIM = 2.78;
/** Weight of containment asymmetry (feature: coverage of B minus coverage of A, −1…1). Near zero on real copy, which cuts and adds alike (chance-level alone on METER). Log-odds. */
export const W_CONTAINMENT = -0.16;
/** Weight of the copy fixing a slip of the source (a doubled word, a typo), squashed count. Log-odds. */
export const W_FIX = -0.01;
/** Weight of the copy trimming words from the source's sentences, squashed count. Near zero on real copy (newspapers add words as often as they cut). Log-odds. */
export const W_TRIM = -0.13;
/** Weight of each publisher's history of being the earlier side in the corpus. Log-odds. */
export const W_HISTORY = 4.48;

/** Weight of wire furniture (slug line, agency byline, notes to desks, sign-off) on one side only (feature: difference of the sides' wire scores, −1…1). Log-odds. */
export const W_WIRE = 4.50;

/** Wire slug lines, agency bylines and notes to desks are looked for in the first this many characters of the raw text. Characters. */
export const WIRE_HEAD_CHARS = 1500;

/** A wire sign-off ("ends", "more") is looked for on the last lines within this many characters of the raw text's end. Characters. */
export const WIRE_TAIL_CHARS = 200;

/** Time differences saturate here: a day or more apart counts as fully decided. Minutes. */
export const TIME_SATURATION_MINUTES = 24 * 60;

/** A verdict below this confidence is reported as `null`: the lower edge of the lowest 0.05-wide confidence bin down to which every bin held ≥ 5 cross-validated METER dev pairs at accuracy ≥ 0.95 (scripts/fit-direction.ts). Probability. */
export const MIN_DIRECTION_CONFIDENCE = 0.85;

/** Datelines are looked for in the first this many characters of the text (the article head), and in spans clean labelled dateline/metadata. Characters. */
export const DATELINE_HEAD_CHARS = 1500;

/** A dateline stands on a short line of its own (or after "Published"); longer lines are sentences that mention a date. Characters. */
export const DATELINE_MAX_LINE_CHARS = 90;

/** History counts only publishers seen on a side of at least this many time-decided pairs. Pairs. */
export const HISTORY_MIN_PAIRS = 2;

/** A diff substitution is a typo fix when the two words differ by at most this many edits (and are at least 4 letters). Edits. */
export const TYPO_MAX_EDITS = 2;

/** When the direction verdict names a source with at least this confidence, the source's own derivation is `none` (it was not taken from its copy). 0.5–1. */
export const SOURCE_NOT_DERIVED_CONFIDENCE = 0.75;
