/**
 * The derivation model: a multinomial logistic regression over a document's reuse features
 * (see `derivation.ts`), fitted by `npm run fit:derivation` (scripts/fit-derivation.ts) on
 * the real METER development half (newspaper stories labelled wholly / partially / non
 * derived from PA wire copy), with folds grouped by story folder. Generated file: do not edit
 * by hand; re-run the script, which rewrites this file and prints its cross-validated scores.
 */

/** Order of the features in `DERIVATION_MODEL`. */
export const MODEL_FEATURES = ['coverage', 'close', 'rewrite', 'quotation', 'longest', 'otherCoverage', 'lengthRatio', 'containment1', 'containment3', 'containment5'] as const;

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
  mean: [0.2956, 0.2124, 0.0851, 0, 0.1811, 0.2121, -0.4916, 0.5654, 0.2084, 0.1274],
  scale: [0.2899, 0.2624, 0.1637, 1, 0.2054, 0.2264, 1.3407, 0.2266, 0.1844, 0.1515],
  weights: [
    [-0.1139, -0.1186, -0.0193, 0, -0.2251, -0.0337, 0.2175, -0.2135, -0.1338, -0.0906],
    [0.0214, 0.0394, -0.016, 0, -0.0909, 0.0243, 0.0434, -0.0611, -0.0623, -0.0294],
    [0.0925, 0.0792, 0.0353, 0, 0.3159, 0.0094, -0.261, 0.2746, 0.196, 0.12],
  ],
  bias: [-0.4487, 0.2061, -0.2574],
  trainedOn: "METER dev (401 newspaper texts, 113 story folders); L2 0.1; floors on; 10-fold CV macro-F1 0.602 (never erase; 0.532 with today's erase)",
};
