/**
 * The text of `src/align/derivation-model.ts`, written by the scripts that fit the derivation
 * model (`fit-derivation.ts` on real METER data, `train-reuse.ts` on generated pairs): one
 * template, so the generated file always has every export `derivation.ts` reads.
 */
import { MODEL_CLASSES, type DerivationModel } from '../../src/align/derivation-model.js';

/** What the generated file says besides the weights. */
export interface ModelFileOptions {
  /** Feature names, in the order of the weights. */
  readonly features: readonly string[];
  /** Whether the character floors of `decideDerivation` apply. */
  readonly floors: boolean;
  /** The narration containment that spares a side from the "too little shared" floor (Infinity: never). */
  readonly containment: number;
  /** The file's opening JSDoc comment: how the model was made. */
  readonly header: string;
}

export function derivationModelSource(model: DerivationModel, options: ModelFileOptions): string {
  const { features, floors, containment, header } = options;
  const list = (xs: readonly number[]) => `[${xs.join(', ')}]`;
  return `${header}
/** Order of the features in \`DERIVATION_MODEL\`. */
export const MODEL_FEATURES = [${features.map((f) => `'${f}'`).join(', ')}] as const;

/** Order of the classes in \`DERIVATION_MODEL.weights\`. */
export const MODEL_CLASSES = [${MODEL_CLASSES.map((f) => `'${f}'`).join(', ')}] as const;

/** Whether cross-validation kept the character floors of \`decideDerivation\` (they raised the CV score, or not). */
export const MODEL_USES_FLOORS = ${floors};

/**
 * The "too little shared" floor spares a side whose word 3-grams outside quotation are contained
 * in the other at least this much (a copy reworded throughout leaves no passage). 0–1, or Infinity for never;
 * chosen by the same cross-validation.
 */
export const MODEL_FLOOR_CONTAINMENT = ${containment};

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
  mean: ${list(model.mean)},
  scale: ${list(model.scale)},
  weights: [
${model.weights.map((row) => `    ${list(row)},`).join('\n')}
  ],
  bias: ${list(model.bias)},
  trainedOn: ${JSON.stringify(model.trainedOn)},
};
`;
}
