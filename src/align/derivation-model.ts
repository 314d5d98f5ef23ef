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
  mean: [0.681, 0.0311, 0.4567, 0.086, 0.119, 0.4427, 0.5402, -0.3743],
  scale: [0.2761, 0.0851, 0.373, 0.1586, 0.1435, 0.3396, 0.239, 0.378],
  weights: [
    [-0.8527, -0.6481, -0.6003, 0.0331, -0.0396, 0.2079, -0.6778, 0.6775],
    [0.0849, 0.2301, 0.0725, 0.2272, 0.0137, -0.6297, -0.1033, -0.0545],
    [0.7678, 0.418, 0.5278, -0.2603, 0.0259, 0.4219, 0.7811, -0.6229],
  ],
  bias: [-0.4057, 0.7696, -0.3639],
  trainedOn: "generated METER-like pairs (seeds train-1, train-2, train-3, 150 stories each) and edited reuse (seed train-1, 150); 1278 examples; macro-F1 train 0.773, held-out (seed test-1) 0.772",
};
