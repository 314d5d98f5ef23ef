/**
 * Fits the weights of the direction model (src/provenance/constants.ts) by logistic
 * regression on a generated corpus with known direction. Prints the weights to paste.
 *
 *   node dist/scripts/fit-provenance.js [--seed 1] [--stories 600]
 *
 * No intercept: swapping A and B negates every feature, so the model must be odd.
 * L2-regularised (λ = 0.0003 per example, so that features that never err on generated data keep finite, sane weights) Newton steps, which converge in a few iterations.
 */
import { buildProvenanceContext, directionFeatures, type FeatureName } from '../src/provenance/index.js';
import { HISTORY_MIN_PAIRS } from '../src/provenance/constants.js';
import { generateCorpus } from './provenance-corpus.js';

const NAMES: readonly FeatureName[] = ['timeMetadata', 'timeDateline', 'credit', 'selfClaim', 'containment', 'fix', 'trim', 'history', 'wire'];

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Solves A x = b by Gaussian elimination (small dense systems). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c || M[c]![c] === 0) continue;
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  return M.map((row, i) => (row[i] === 0 ? 0 : row[n]! / row[i]!));
}

/** Feature vectors and labels (1 when A is the true source) of a corpus's directed pairs. */
export function trainingSet(seed: number, stories: number): { X: number[][]; y: number[] } {
  const corpus = generateCorpus(seed, stories);
  const context = buildProvenanceContext(corpus.textDocs, corpus.pairs.map((p) => ({ a: { id: p.a.article.id }, b: { id: p.b.article.id } }) as never), { wordCounts: false });
  const X: number[][] = [];
  const y: number[] = [];
  for (const pair of corpus.pairs) {
    if (!pair.trueSource) continue;
    const { features } = directionFeatures(pair.a, pair.b, pair.passages, context, HISTORY_MIN_PAIRS);
    X.push(NAMES.map((n) => features.filter((f) => f.name === n).reduce((s, f) => s + f.value, 0)));
    y.push(pair.trueSource === pair.a.article.id ? 1 : 0);
  }
  return { X, y };
}

/** Newton's method for L2-regularised logistic regression without intercept. */
export function fitLogistic(X: number[][], y: number[], lambda = 0.0003): number[] {
  const d = X[0]?.length ?? 0;
  let w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const grad = w.map((wi) => lambda * X.length * wi);
    const H = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? lambda * X.length : 0)));
    for (let n = 0; n < X.length; n++) {
      const x = X[n]!;
      const p = 1 / (1 + Math.exp(-x.reduce((s, xi, i) => s + xi * w[i]!, 0)));
      for (let i = 0; i < d; i++) {
        grad[i]! += (p - y[n]!) * x[i]!;
        for (let j = 0; j < d; j++) H[i]![j]! += p * (1 - p) * x[i]! * x[j]!;
      }
    }
    const step = solve(H, grad);
    w = w.map((wi, i) => wi - step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  return w;
}

if (process.argv[1]?.endsWith('fit-provenance.js')) {
  const seed = arg('seed', 1);
  const stories = arg('stories', 600);
  const { X, y } = trainingSet(seed, stories);
  const w = fitLogistic(X, y);
  console.log(`fitted on ${X.length} directed pairs (seed ${seed}, ${stories} stories)`);
  const constName: Record<FeatureName, string> = {
    timeMetadata: 'W_TIME_METADATA', timeDateline: 'W_TIME_DATELINE', credit: 'W_CREDIT', selfClaim: 'W_SELF_CLAIM',
    containment: 'W_CONTAINMENT', fix: 'W_FIX', trim: 'W_TRIM', history: 'W_HISTORY', wire: 'W_WIRE',
  };
  NAMES.forEach((n, i) => {
    const used = X.filter((x) => x[i] !== 0).length;
    console.log(`export const ${constName[n]} = ${w[i]!.toFixed(2)}; // non-zero on ${used} pairs`);
  });
}
