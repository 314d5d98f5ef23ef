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
  mean: [0.6685, 0.0438, 0.402, 0.0916, 0.1357, 0.369, 0.5198, -0.3743],
  scale: [0.2731, 0.102, 0.3485, 0.1476, 0.1467, 0.2985, 0.2287, 0.378],
  weights: [
    [-0.92, -0.6992, -0.5292, 0.0736, -0.019, 0.161, -0.7078, 0.7035],
    [0.0025, 0.2436, -0.1027, 0.1605, 0.0014, -0.4813, -0.0213, -0.0504],
    [0.9175, 0.4556, 0.6319, -0.2341, 0.0177, 0.3203, 0.7291, -0.6531],
  ],
  bias: [-0.4979, 0.8, -0.3021],
  trainedOn: "generated METER-like pairs (seeds train-1, train-2, train-3, 150 stories each) and edited reuse (seed train-1, 150); 1278 examples; macro-F1 train 0.766, held-out (seed test-1) 0.783",
};
