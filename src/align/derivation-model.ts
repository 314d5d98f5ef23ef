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
  mean: [0.2973, 0.2126, 0.0866, 0, 0.1821, 0.2128, -0.4934, 0.5662, 0.2087, 0.1275],
  scale: [0.2894, 0.2623, 0.1643, 1, 0.2055, 0.2261, 1.3395, 0.2262, 0.1843, 0.1514],
  weights: [
    [-0.1193, -0.1184, -0.0287, 0, -0.2273, -0.0351, 0.2187, -0.214, -0.1313, -0.0879],
    [0.0282, 0.0388, -0.0035, 0, -0.0871, 0.0268, 0.044, -0.0611, -0.0665, -0.0334],
    [0.0911, 0.0796, 0.0322, 0, 0.3144, 0.0084, -0.2627, 0.2751, 0.1978, 0.1213],
  ],
  bias: [-0.4535, 0.2089, -0.2554],
  trainedOn: "METER dev (401 newspaper texts, 113 story folders); L2 0.1; floors on; 10-fold CV macro-F1 0.608 (never erase; 0.538 with today's erase)",
};
