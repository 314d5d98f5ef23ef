/**
 * Provenance thresholds and the fitted weights of the direction model. Weights are in
 * log-odds units per unit of feature value (features are signed: positive favours document
 * A as the source). They are fitted by `node dist/scripts/fit-provenance.js` (logistic
 * regression on a generated corpus with known direction; see README, *Provenance*) and
 * pasted here, so the library itself has no training step. Fitted as a scan judges: with
 * publisher history from metadata times, without corpus word counts.
 */

/** Weight of publication-time order from metadata (feature: ±0.5 for the order, growing to ±1 with the log of the gap up to a day). Log-odds. */
export const W_TIME_METADATA = 3.29;
/** Weight of time order when at least one time came from a dateline in the text (a little less trusted: it may be an update time). Log-odds. */
export const W_TIME_DATELINE = 3.32;
/** Weight of the copy naming the other document's publisher ("sources told The Sun" in LBC). Log-odds. */
export const W_CREDIT = 4.64;
/** Weight of a document claiming the reporting as its own ("The Sun understands" in The Sun). Log-odds. */
export const W_SELF_CLAIM = 2.78;
/** Weight of containment asymmetry (feature: coverage of B minus coverage of A, −1…1). Log-odds. */
export const W_CONTAINMENT = 2.60;
/** Weight of the copy fixing a slip of the source (a doubled word, a typo), squashed count. Log-odds. */
export const W_FIX = 2.95;
/** Weight of the copy trimming words from the source's sentences, squashed count. Log-odds. */
export const W_TRIM = 1.69;
/** Weight of each publisher's history of being the earlier side in the corpus. Log-odds. */
export const W_HISTORY = 4.48;

/** Time differences saturate here: a day or more apart counts as fully decided. Minutes. */
export const TIME_SATURATION_MINUTES = 24 * 60;

/** A verdict below this calibrated confidence is reported as `null` (the evidence does not decide). Probability. */
export const MIN_DIRECTION_CONFIDENCE = 0.7;

/** Datelines are looked for in the first this many characters of the text (the article head), and in spans clean labelled dateline/metadata. Characters. */
export const DATELINE_HEAD_CHARS = 1500;

/** A dateline stands on a short line of its own (or after "Published"); longer lines are sentences that mention a date. Characters. */
export const DATELINE_MAX_LINE_CHARS = 90;

/** History counts only publishers seen on a side of at least this many time-decided pairs. Pairs. */
export const HISTORY_MIN_PAIRS = 2;

/** A diff substitution is a typo fix when the two words differ by at most this many edits (and are at least 4 letters). Edits. */
export const TYPO_MAX_EDITS = 2;
