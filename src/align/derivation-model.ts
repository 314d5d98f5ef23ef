/**
 * The derivation model: a multinomial logistic regression over a document's reuse features
 * (see `derivation.ts`), fitted by `npm run fit:derivation` (scripts/fit-derivation.ts) on
 * the real METER development half (newspaper stories labelled wholly / partially / non
 * derived from PA wire copy), with folds grouped by story folder. Generated file: do not edit
 * by hand; re-run the script, which rewrites this file and prints its cross-validated scores.
 */

/** Order of the features in `DERIVATION_MODEL`. */
export const MODEL_FEATURES = ['coverage', 'close', 'rewrite', 'quotation', 'longest', 'otherCoverage', 'lengthRatio', 'containment1', 'containment3', 'containment5', 'narration3', 'plain3'] as const;

/** Order of the classes in `DERIVATION_MODEL.weights`. */
export const MODEL_CLASSES = ['none', 'partially', 'wholly'] as const;

/** Whether cross-validation kept the character floors of `decideDerivation` (they raised the CV score, or not). */
export const MODEL_USES_FLOORS = true;

/**
 * The "too little shared" floor spares a side whose word 3-grams outside quotation are contained
 * in the other at least this much (a copy reworded throughout leaves no passage). 0–1, or Infinity for never;
 * chosen by the same cross-validation.
 */
export const MODEL_FLOOR_CONTAINMENT = 0.1;

/** A multinomial logistic model: standardisation (x - mean) / scale, then one weight row and bias per class. */
export interface DerivationModel {
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly weights: readonly (readonly number[])[];
  readonly bias: readonly number[];
  /** What data it was fitted on, and its cross-validated scores. */
  readonly trainedOn: string;
}

export const DERIVATION_MODEL: DerivationModel = {
  mean: [0.3207, 0.2313, 0.0895, 0, 0.1975, 0.2191, -0.5916, 0.5944, 0.2269, 0.1392, 0.2239, 0.2279],
  scale: [0.3077, 0.2841, 0.1734, 1, 0.2245, 0.2308, 1.2834, 0.2234, 0.1988, 0.1642, 0.2067, 0.228],
  weights: [
    [-0.0028, -0.0605, 0.0941, 0, -0.6392, -0.2481, 0.4078, -0.4262, -0.0206, 0.0776, -0.0419, -0.2248],
    [0.2395, 0.2476, 0.0192, 0, 0.0087, -0.1188, 0.1475, -0.197, 0.0889, 0.1238, -0.408, -0.2109],
    [-0.2367, -0.1871, -0.1134, 0, 0.6305, 0.367, -0.5553, 0.6231, -0.0682, -0.2014, 0.4499, 0.4358],
  ],
  bias: [-0.5714, 0.4083, -0.0369],
  trainedOn: "METER dev (401 newspaper texts, 113 story folders); L2 0.01; floors on, spared from narration 3-gram containment 0.1; 10-fold CV macro-F1 0.650 (never erase; 0.650 with today's erase)",
};
