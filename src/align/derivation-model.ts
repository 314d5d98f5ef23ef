/**
 * The derivation model: a multinomial logistic regression over a document's reuse features
 * (see `derivation.ts`), learned by `npm run train:reuse` (scripts/train-reuse.ts) from
 * generated wire/newspaper pairs labelled wholly / partially / none. Do not edit by hand:
 * re-run the script, which rewrites this file and prints its held-out scores.
 */

/** Order of the features in `DERIVATION_MODEL`. */
export const MODEL_FEATURES = ['coverage', 'verbatim', 'light', 'rewrite', 'quotation', 'longest', 'otherCoverage', 'lengthRatio'] as const;

/** Order of the classes in `DERIVATION_MODEL.weights`. */
export const MODEL_CLASSES = ['none', 'partially', 'wholly'] as const;

/** A multinomial logistic model: standardisation (x - mean) / scale, then one weight row and bias per class. */
export interface DerivationModel {
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly weights: readonly (readonly number[])[];
  readonly bias: readonly number[];
  /** What data and seeds it was learned from, and its held-out scores. */
  readonly trainedOn: string;
}

export const DERIVATION_MODEL: DerivationModel = {
  mean: [0.6105, 0.0543, 0.3834, 0.0831, 0.093, 0.326, 0.4898, -0.3285],
  scale: [0.3549, 0.1112, 0.3347, 0.1432, 0.1327, 0.2797, 0.2977, 0.3748],
  weights: [
    [-0.7728, -0.7364, -0.6103, 0.0194, 0.071, 0.2635, -0.7332, 0.4997],
    [-0.0384, 0.2595, -0.1623, 0.1365, -0.1024, -0.4921, 0.0367, 0.1393],
    [0.8112, 0.4769, 0.7725, -0.1559, 0.0314, 0.2286, 0.6965, -0.639],
  ],
  bias: [-0.3877, 0.7715, -0.3838],
  trainedOn: "generated METER-like pairs (seeds train-1, train-2, train-3, 150 stories each) and edited reuse (seed train-1, 150); 1278 examples; macro-F1 train 0.769, held-out (seed test-1) 0.768",
};
