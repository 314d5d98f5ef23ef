/**
 * The derivation model: a multinomial logistic regression over a document's reuse features
 * (see `derivation.ts`), fitted by `npm run fit:derivation` (scripts/fit-derivation.ts) on
 * the real METER development half (newspaper stories labelled wholly / partially / non
 * derived from PA wire copy), with folds grouped by story folder. Generated file: do not edit
 * by hand; re-run the script, which rewrites this file and prints its cross-validated scores.
 */

/** Order of the features in `DERIVATION_MODEL`. */
export const MODEL_FEATURES = ['coverage', 'verbatim', 'light', 'rewrite', 'quotation', 'longest', 'otherCoverage', 'lengthRatio', 'containment3', 'containment4', 'containment5'] as const;

/** Order of the classes in `DERIVATION_MODEL.weights`. */
export const MODEL_CLASSES = ['none', 'partially', 'wholly'] as const;

/** Whether cross-validation kept the character floors of `decideDerivation` (they raised the CV score, or not). */
export const MODEL_USES_FLOORS = true;

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
  mean: [0.2956, 0.007, 0.2057, 0.0851, 0, 0.1811, 0.2121, -0.4916, 0.2084, 0.158, 0.1274],
  scale: [0.2899, 0.0263, 0.2608, 0.1637, 1, 0.2054, 0.2264, 1.3407, 0.1844, 0.1662, 0.1515],
  weights: [
    [-0.1258, -0.0499, -0.1148, -0.0377, 0, -0.2335, -0.018, 0.2924, -0.1542, -0.1189, -0.0817],
    [0.0157, -0.0301, 0.0377, -0.0227, 0, -0.095, 0.036, 0.0564, -0.0624, -0.0333, -0.0163],
    [0.1101, 0.0799, 0.0772, 0.0605, 0, 0.3285, -0.018, -0.3488, 0.2165, 0.1521, 0.0979],
  ],
  bias: [-0.4596, 0.1925, -0.5329],
  trainedOn: "METER dev (401 newspaper texts, 113 story folders); L2 0.1; floors on; 10-fold CV macro-F1 0.610 (never erase; 0.538 with today's erase)",
};
