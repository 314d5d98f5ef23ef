/**
 * The derivation model: a multinomial logistic regression over a document's reuse features
 * (see `derivation.ts`), fitted by `npm run fit:derivation` (scripts/fit-derivation.ts) on
 * the real METER development half (newspaper stories labelled wholly / partially / non
 * derived from PA wire copy), with folds grouped by story folder. Generated file: do not edit
 * by hand; re-run the script, which rewrites this file and prints its cross-validated scores.
 */

/** Order of the features in `DERIVATION_MODEL`. */
export const MODEL_FEATURES = ['coverage', 'verbatim', 'light', 'rewrite', 'quotation', 'longest', 'otherCoverage', 'lengthRatio', 'containment1', 'containment2', 'containment3', 'containment4', 'containment5'] as const;

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
  mean: [0.2956, 0.007, 0.2057, 0.0851, 0, 0.1811, 0.2121, -0.4916, 0.5654, 0.3129, 0.2084, 0.158, 0.1274],
  scale: [0.2899, 0.0263, 0.2608, 0.1637, 1, 0.2054, 0.2264, 1.3407, 0.2266, 0.2043, 0.1844, 0.1662, 0.1515],
  weights: [
    [-0.092, -0.0476, -0.0908, -0.0164, 0, -0.2172, -0.0172, 0.211, -0.1811, -0.1153, -0.0955, -0.0807, -0.0563],
    [0.0256, -0.031, 0.045, -0.0169, 0, -0.094, 0.0266, 0.0444, -0.0576, -0.0116, -0.0487, -0.0246, -0.0113],
    [0.0664, 0.0786, 0.0459, 0.0333, 0, 0.3112, -0.0094, -0.2554, 0.2387, 0.1269, 0.1442, 0.1053, 0.0676],
  ],
  bias: [-0.4574, 0.2167, -0.2593],
  trainedOn: "METER dev (401 newspaper texts, 113 story folders); L2 0.1; floors on; 10-fold CV macro-F1 0.602 (never erase; 0.530 with today's erase)",
};
