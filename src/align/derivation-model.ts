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
  mean: [0.6252, 0.0471, 0.4125, 0.0827, 0.087, 0.3647, 0.4981, -0.3285],
  scale: [0.3506, 0.1036, 0.348, 0.1432, 0.1282, 0.305, 0.2928, 0.3748],
  weights: [
    [-0.7919, -0.7184, -0.6251, 0.0266, 0.0913, 0.1899, -0.7165, 0.525],
    [0.0126, 0.2641, -0.1164, 0.1246, -0.0589, -0.4227, -0.0749, 0.1724],
    [0.7793, 0.4543, 0.7415, -0.1511, -0.0324, 0.2328, 0.7913, -0.6973],
  ],
  bias: [-0.4231, 0.797, -0.3738],
  trainedOn: "generated METER-like pairs (seeds train-1, train-2, train-3, 150 stories each) and edited reuse (seed train-1, 150); 1278 examples; macro-F1 train 0.778, held-out (seed test-1) 0.763",
};
