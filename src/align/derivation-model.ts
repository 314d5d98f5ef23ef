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
  mean: [0.6117, 0.0464, 0.4088, 0.0781, 0.0826, 0.3594, 0.4865, -0.3285],
  scale: [0.364, 0.103, 0.3513, 0.1383, 0.1259, 0.3091, 0.303, 0.3748],
  weights: [
    [-0.7475, -0.693, -0.5946, 0.0062, 0.0976, 0.1566, -0.7102, 0.5017],
    [0.0353, 0.2521, -0.1163, 0.1565, -0.0473, -0.4006, -0.0622, 0.1851],
    [0.7122, 0.441, 0.7109, -0.1627, -0.0503, 0.244, 0.7725, -0.6868],
  ],
  bias: [-0.4564, 0.7898, -0.3334],
  trainedOn: "generated METER-like pairs (seeds train-1, train-2, train-3, 150 stories each) and edited reuse (seed train-1, 150); 1278 examples; macro-F1 train 0.774, held-out (seed test-1) 0.749",
};
