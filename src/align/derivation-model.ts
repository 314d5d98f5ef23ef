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
  mean: [0.3207, 0.2313, 0.0895, 0, 0.1975, 0.2191, -0.5916, 0.5944, 0.2269, 0.1392],
  scale: [0.3077, 0.2841, 0.1734, 1, 0.2245, 0.2308, 1.2834, 0.2234, 0.1988, 0.1642],
  weights: [
    [-0.1354, -0.1164, -0.0496, 0, -0.2123, -0.1014, 0.2607, -0.2787, -0.1379, -0.0841],
    [0.0223, 0.0305, -0.0103, 0, -0.0563, 0.0168, 0.0743, -0.1062, -0.0602, -0.0168],
    [0.1131, 0.086, 0.0599, 0, 0.2686, 0.0846, -0.335, 0.3849, 0.198, 0.1008],
  ],
  bias: [-0.4794, 0.2583, -0.7789],
  trainedOn: "METER dev (401 newspaper texts, 113 story folders); L2 0.1; floors on; 10-fold CV macro-F1 0.619 (never erase; 0.619 with today's erase)",
};
