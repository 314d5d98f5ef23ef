/**
 * The direction verdict: a logistic combination of the evidence features. Weights come
 * from `constants.ts` (fitted on real wire/newspaper pairs, see scripts/fit-direction.ts),
 * so the probability is calibrated on that data; the verdict is `null` below
 * `MIN_DIRECTION_CONFIDENCE`.
 */
import type { Direction, Evidence, Passage, TextDoc } from '../types.js';
import * as K from './constants.js';
import { directionFeatures, type Feature, type FeatureName, type ProvenanceContext } from './evidence.js';

/** Log-odds weight per unit of each feature. */
export type DirectionWeights = Readonly<Record<FeatureName, number>>;

/** The fitted weights (constants.ts). */
export const DEFAULT_WEIGHTS: DirectionWeights = {
  timeMetadata: K.W_TIME_METADATA,
  timeDateline: K.W_TIME_DATELINE,
  credit: K.W_CREDIT,
  selfClaim: K.W_SELF_CLAIM,
  containment: K.W_CONTAINMENT,
  fix: K.W_FIX,
  trim: K.W_TRIM,
  history: K.W_HISTORY,
  wire: K.W_WIRE,
};

/** Options of `inferDirection` beyond the corpus context. */
export interface DirectionOptions {
  readonly weights?: DirectionWeights;
  /** Verdicts below this confidence are `null`. */
  readonly minConfidence?: number;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** The probability that A is the source (before the null threshold), with the weighed evidence. */
export function scoreDirection(
  a: TextDoc,
  b: TextDoc,
  passages: readonly Passage[],
  context: ProvenanceContext = {},
  weights: DirectionWeights = DEFAULT_WEIGHTS,
): { pA: number; features: Feature[]; evidence: Evidence[] } {
  const { features, neutral } = directionFeatures(a, b, passages, context, K.HISTORY_MIN_PAIRS);
  let logit = 0;
  const evidence: Evidence[] = [];
  for (const f of features) {
    const contribution = weights[f.name] * f.value;
    logit += contribution;
    const favours = contribution > 0 ? a.article.id : contribution < 0 ? b.article.id : null;
    evidence.push({ kind: f.kind, favours, weight: round(Math.abs(contribution), 2), text: f.text });
  }
  for (const text of neutral) evidence.push({ kind: 'attribution', favours: null, weight: 0, text });
  return { pA: sigmoid(logit), features, evidence };
}

/**
 * Infers which document of a pair is the source, with evidence; `null` when the evidence
 * does not decide (confidence below the threshold, or no evidence at all).
 */
export function inferDirection(
  a: TextDoc,
  b: TextDoc,
  passages: readonly Passage[],
  context: ProvenanceContext = {},
  options: DirectionOptions = {},
): Direction | null {
  const { pA, evidence } = scoreDirection(a, b, passages, context, options.weights);
  const confidence = Math.max(pA, 1 - pA);
  if (confidence < (options.minConfidence ?? K.MIN_DIRECTION_CONFIDENCE)) return null;
  const [source, copy] = pA >= 0.5 ? [a.article.id, b.article.id] : [b.article.id, a.article.id];
  const details = [...evidence]
    .map((e) => (e.favours === null ? e : { ...e, favours: e.favours }))
    .sort((x, y) => y.weight - x.weight || (x.text < y.text ? -1 : x.text > y.text ? 1 : 0));
  const words = details.map((e) => {
    if (e.favours === null) return e.text;
    const against = e.favours !== source ? ' (against the verdict)' : '';
    return `${e.text}${against}`;
  });
  return { source, copy, confidence: round(confidence), evidence: words, details };
}
