/**
 * The line model: logistic regression over named features (weights in model-weights.ts,
 * trained by `npm run train:boilerplate`), then sequence smoothing with a four-state HMM
 * decoded by Viterbi: `pre` (furniture above the article), `body`, `gap` (a subhead or
 * widget between paragraphs) and `post` (furniture after it). Learned transitions say that
 * boilerplate comes in runs and that once a page has left its article for a long stretch,
 * an isolated prose-like line there (a teaser's summary, a comment) is not body.
 */
import { FEATURE_NAMES } from './model-features.js';
import { BOILERPLATE_MODEL, type BoilerplateModel } from './model-weights.js';

/** HMM states, in matrix order. */
export const STATES = ['pre', 'body', 'gap', 'post'] as const;

/** Log transition probabilities `[from][to]` over STATES, and log start probabilities. */
export interface Transitions {
  readonly start: readonly number[];
  readonly matrix: readonly (readonly number[])[];
  /** Added to the body state's log emission: > 0 favours body (recall), < 0 precision. Tuned by cross-validation. */
  readonly bodyBias?: number;
}

/** The weights of `model` in `FEATURE_NAMES` order (missing names weigh 0). */
export function weightVector(model: BoilerplateModel): Float64Array {
  return Float64Array.from(FEATURE_NAMES, (name) => model.weights[name] ?? 0);
}

const DEFAULT_WEIGHTS = weightVector(BOILERPLATE_MODEL);

/** P(body) per unit from the flat feature matrix `x`. */
export function bodyProbabilities(x: Float64Array, weights: Float64Array = DEFAULT_WEIGHTS): Float64Array {
  const k = weights.length;
  const n = x.length / k;
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let z = 0;
    const o = i * k;
    for (let j = 0; j < k; j++) z += x[o + j]! * weights[j]!;
    p[i] = 1 / (1 + Math.exp(-z));
  }
  return p;
}

const EPS = 1e-6;
const S = STATES.length;
/** Index of the body state. */
export const BODY = 1;
/** Index of the gap state (furniture between paragraphs). */
export const GAP = 2;

/** A transition matrix flattened row by row (`[from * S + to]`). */
function transitionMatrix(t: Transitions): Float64Array {
  const flat = new Float64Array(S * S);
  for (let r = 0; r < S; r++) for (let s = 0; s < S; s++) flat[r * S + s] = t.matrix[r]![s]!;
  return flat;
}

/** Most likely state sequence (indices into STATES) given per-unit P(body). */
export function viterbi(p: Float64Array, t: Transitions = BOILERPLATE_MODEL.transitions): Uint8Array {
  const n = p.length;
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const back = new Uint8Array(n * S);
  let score = new Float64Array(S);
  let next = new Float64Array(S);
  const bias = t.bodyBias ?? 0;
  const matrix = transitionMatrix(t);
  // A unit's log emission is one of two values (body, any other state): each computed once.
  let bodyEmit = Math.log(Math.max(EPS, p[0]!)) + bias;
  let otherEmit = Math.log(Math.max(EPS, 1 - p[0]!));
  for (let s = 0; s < S; s++) score[s] = t.start[s]! + (s === BODY ? bodyEmit : otherEmit);
  for (let i = 1; i < n; i++) {
    bodyEmit = Math.log(Math.max(EPS, p[i]!)) + bias;
    otherEmit = Math.log(Math.max(EPS, 1 - p[i]!));
    for (let s = 0; s < S; s++) {
      let best = -Infinity;
      let arg = 0;
      for (let r = 0; r < S; r++) {
        const v = score[r]! + matrix[r * S + s]!;
        if (v > best) {
          best = v;
          arg = r;
        }
      }
      next[s] = best + (s === BODY ? bodyEmit : otherEmit);
      back[i * S + s] = arg;
    }
    const swap = score;
    score = next;
    next = swap;
  }
  let s = 0;
  for (let r = 1; r < S; r++) if (score[r]! > score[s]!) s = r;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = s;
    s = back[i * S + s]!;
  }
  return out;
}

/**
 * The HMM state of each unit from body labels: non-body units before the first body unit
 * are `pre`, after the last one `post`, and between body units `gap` when the run is at most
 * `maxGap` units long, else `post` (the page left the article for a while).
 */
export function statesFromLabels(y: ArrayLike<number>, maxGap: number): Uint8Array {
  const n = y.length;
  const s = new Uint8Array(n);
  let first = -1;
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (y[i]) {
      if (first < 0) first = i;
      last = i;
    }
  }
  let i = 0;
  while (i < n) {
    if (y[i]) {
      s[i++] = BODY;
      continue;
    }
    let j = i;
    while (j < n && !y[j]) j++;
    const state = first < 0 || i < first ? 0 : j > last ? 3 : j - i <= maxGap ? 2 : 3;
    for (let k = i; k < j; k++) s[k] = state;
    i = j;
  }
  return s;
}
