/**
 * Fits and measures the direction model (src/provenance/constants.ts: the W_* weights and
 * MIN_DIRECTION_CONFIDENCE) on real wire/newspaper pairs: the METER development half.
 *
 *   npm run fit:direction -- [--meter DIR] [--folds 5] [--generated] [--drop FEATURES] [--rows FILE]
 *
 * Truth: every newspaper text labelled `wholly` or `partially` derived copies the PA text(s)
 * of its story folder, never the reverse. The script scans the corpus in process (as
 * `wiretrace scan` does), takes each listed pair of a PA text and a derived newspaper text
 * of the same folder, and computes the evidence features of `directionFeatures` — text
 * evidence only: the publisher names and folder names are never features (the `pa` folder
 * tells the script the truth, not the model).
 *
 * Cross-validation is grouped by story folder (a folder's pairs are all in one fold). In
 * each outer fold the weights are fitted on the other folds (L2 logistic regression without
 * intercept, as fit-provenance.ts), and the null threshold is chosen on those folds too, by
 * an inner grouped cross-validation: the lowest confidence bin down to which every bin's
 * held-out accuracy is ≥ TARGET_ACCURACY on at least MIN_BIN_PAIRS pairs. Printed: the current constants' accuracy on all pairs, the
 * cross-validated accuracy where decided and share decided, a reliability table (CV
 * confidence bin → accuracy) in Markdown for docs/quality.md, and the weights and threshold
 * fitted on all pairs, to paste into constants.ts.
 *
 * `--generated` adds the generated corpus of fit-provenance.ts to every training fold (the
 * held-out folds stay real); keep it only when the cross-validated real figure is higher.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadArticles } from '../src/ingest/index.js';
import { comparePairOpen } from '../src/provenance/index.js';
import { scanArticles } from '../src/pipeline.js';
import { DEFAULT_WEIGHTS, directionFeatures, type FeatureName } from '../src/provenance/index.js';
import { HISTORY_MIN_PAIRS, MIN_DIRECTION_CONFIDENCE } from '../src/provenance/constants.js';
import type { Pair, TextDoc } from '../src/types.js';
import { fitLogistic, trainingSet } from './fit-provenance.js';

/** The feature order of fit-provenance.ts's `trainingSet` (the generated corpus). */
const GENERATED_NAMES: readonly FeatureName[] = ['timeMetadata', 'timeDateline', 'credit', 'selfClaim', 'containment', 'fix', 'trim', 'history', 'wire'];
import { generateCorpus } from './provenance-corpus.js';

const NAMES: readonly FeatureName[] = ['timeMetadata', 'timeDateline', 'credit', 'selfClaim', 'containment', 'fix', 'trim', 'history', 'wire'];
const CONST_NAME: Record<FeatureName, string> = {
  timeMetadata: 'W_TIME_METADATA', timeDateline: 'W_TIME_DATELINE', credit: 'W_CREDIT', selfClaim: 'W_SELF_CLAIM',
  containment: 'W_CONTAINMENT', fix: 'W_FIX', trim: 'W_TRIM', history: 'W_HISTORY', wire: 'W_WIRE',
};
/** Held-out accuracy the null threshold must keep where decided (issue 18). */
const TARGET_ACCURACY = 0.95;
/** L2 strength per example: features that separate the training pairs keep finite weights. */
const LAMBDA = 0.003;
/** Width of the confidence bins the null threshold is chosen on. Confidence. */
const THRESHOLD_BIN = 0.05;
/** A confidence bin needs this many held-out pairs before the model may decide in it. Pairs. */
const MIN_BIN_PAIRS = 5;
/** Reliability bins (lower edges), confidence. */
const BINS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.99];
/**
 * A feature non-zero on fewer training pairs than this is not fitted on real pairs: its
 * weight is the one fitted on the generated corpus (fit-provenance.ts). METER never shows
 * publication times, credits between its publishers or history, and shows a self-claim on
 * 4 pairs only; too few to learn from, and a weight fitted on none would fall to zero. Pairs.
 */
const MIN_REAL_SUPPORT = 20;

function opt(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

interface Row {
  readonly folder: string;
  readonly x: number[];
  /** 1 when side A is the PA text (the true source). */
  readonly y: number;
  readonly pa: string;
  readonly paper: string;
}

const rel = (id: string): string => {
  const s = id.replace(/\\/g, '/');
  const i = s.indexOf('corpus/');
  return i >= 0 ? s.slice(i + 7) : s;
};

/** Features left out (`--drop wire,trim`): for ablations, to see what the rest of the evidence is worth. */
const DROPPED = new Set((opt('drop') ?? '').split(',').filter(Boolean));

function featureVector(features: readonly { name: FeatureName; value: number }[]): number[] {
  return NAMES.map((n) => (DROPPED.has(n) ? 0 : features.filter((f) => f.name === n).reduce((s, f) => s + f.value, 0)));
}

function vector(a: TextDoc, b: TextDoc, pair: Pair): number[] {
  return featureVector(directionFeatures(a, b, pair.passages, {}, HISTORY_MIN_PAIRS).features);
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const dot = (w: readonly number[], x: readonly number[]): number => x.reduce((s, xi, i) => s + xi * w[i]!, 0);

/** Probability that A is the source, and whether that is right. */
function predict(w: readonly number[], rows: readonly Row[]): { conf: number; right: boolean }[] {
  return rows.map((r) => {
    const p = sigmoid(dot(w, r.x));
    return { conf: Math.max(p, 1 - p), right: (p >= 0.5 ? 1 : 0) === r.y && p !== 0.5 };
  });
}

/** Folds of rows grouped by folder: folders sorted, dealt round-robin. */
function foldsOf(rows: readonly Row[], k: number): number[] {
  const folders = [...new Set(rows.map((r) => r.folder))].sort();
  const fold = new Map(folders.map((f, i) => [f, i % k]));
  return rows.map((r) => fold.get(r.folder)!);
}

/**
 * The null threshold: the lower edge of the lowest confidence bin (THRESHOLD_BIN wide) down
 * to which every bin holds at least MIN_BIN_PAIRS held-out pairs with accuracy ≥ target.
 * A bin with fewer pairs is not measured well enough to decide in (nor anything below it).
 */
function chooseThreshold(preds: readonly { conf: number; right: boolean }[]): number {
  let chosen = 1;
  for (let hi = 1; hi - THRESHOLD_BIN >= 0.5 - 1e-9; hi -= THRESHOLD_BIN) {
    const lo = Math.round((hi - THRESHOLD_BIN) * 100) / 100;
    const inBin = preds.filter((p) => p.conf >= lo && (hi >= 1 || p.conf < hi));
    if (inBin.length < MIN_BIN_PAIRS) break;
    if (inBin.filter((p) => p.right).length / inBin.length < TARGET_ACCURACY) break;
    chosen = lo;
  }
  return chosen;
}

/** The weights fitted on the generated corpus, for features with too little real support. */
let generatedWeights: number[] | null = null;
function weightsFromGenerated(): number[] {
  if (!generatedWeights) {
    const { X, y } = trainingSet(1, 600);
    const w = fitLogistic(X, y);
    generatedWeights = NAMES.map((n) => {
      const i = GENERATED_NAMES.indexOf(n);
      return i >= 0 ? w[i]! : 0;
    });
  }
  return generatedWeights;
}

/** Weights fitted on the training rows (plus `extra`), features with little real support taken from the generated fit. */
function fit(train: readonly Row[], extra: readonly { x: number[]; y: number }[]): number[] {
  const rare = NAMES.map((_, i) => train.filter((r) => r.x[i] !== 0).length < MIN_REAL_SUPPORT);
  const mask = (x: readonly number[]): number[] => x.map((v, i) => (rare[i] ? 0 : v));
  const X = [...train.map((r) => mask(r.x)), ...extra.map((r) => mask(r.x))];
  const y = [...train.map((r) => r.y), ...extra.map((r) => r.y)];
  const w = fitLogistic(X, y, LAMBDA);
  const fallback = weightsFromGenerated();
  return w.map((wi, i) => (rare[i] ? fallback[i]! : wi));
}

/** Out-of-fold predictions of rows (weights fitted on the other folds). */
function crossPredict(rows: readonly Row[], k: number, extra: readonly { x: number[]; y: number }[]): { conf: number; right: boolean }[] {
  const folds = foldsOf(rows, k);
  const out: { conf: number; right: boolean }[] = new Array(rows.length);
  for (let f = 0; f < k; f++) {
    const train = rows.filter((_, i) => folds[i] !== f);
    const w = fit(train, extra);
    const testIdx = rows.map((_, i) => i).filter((i) => folds[i] === f);
    const preds = predict(w, testIdx.map((i) => rows[i]!));
    testIdx.forEach((i, j) => (out[i] = preds[j]!));
  }
  return out;
}

function summary(preds: readonly { conf: number; right: boolean }[], threshold: number[] | number): { decided: number; right: number } {
  let decided = 0;
  let right = 0;
  preds.forEach((p, i) => {
    const t = Array.isArray(threshold) ? threshold[i]! : threshold;
    if (p.conf < t) return;
    decided++;
    if (p.right) right++;
  });
  return { decided, right };
}

function reliability(preds: readonly { conf: number; right: boolean }[]): string {
  const lines = ['| confidence | pairs | accuracy |', '|---|---:|---:|'];
  BINS.forEach((lo, i) => {
    const hi = BINS[i + 1] ?? 1.0000001;
    const inBin = preds.filter((p) => p.conf >= lo && p.conf < hi);
    const acc = inBin.length ? (inBin.filter((p) => p.right).length / inBin.length).toFixed(3) : '–';
    lines.push(`| ${lo.toFixed(2)}–${hi > 1 ? '1.00' : hi.toFixed(2)} | ${inBin.length} | ${acc} |`);
  });
  return lines.join('\n');
}

async function main(): Promise<void> {
  const meter = path.resolve(opt('meter') ?? '../shared/benchmarks/meter-dev');
  const k = Number(opt('folds') ?? 5);
  const labels = new Map<string, { label: string; folder: string }>();
  for (const line of fs.readFileSync(path.join(meter, 'labels.tsv'), 'utf8').trim().split('\n').slice(1)) {
    const [id, label, , folder] = line.split('\t');
    labels.set(id!, { label: label!, folder: folder! });
  }
  const { articles } = await loadArticles([path.join(meter, 'corpus')]);
  const { report, docs } = scanArticles(articles);
  const rows: Row[] = [];
  // The pairs: every PA text and derived newspaper text of one folder whose comparison lists
  // them (either side's own verdict derived: before any direction is weighed, so the set does
  // not depend on the weights being fitted).
  const byFolder = new Map<string, TextDoc[]>();
  for (const doc of docs.values()) {
    const id = rel(doc.article.id);
    if (!id.startsWith('pa/')) continue;
    const folder = id.split('/')[1]!;
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), doc]);
  }
  for (const doc of [...docs.values()].sort((x, y) => (x.article.id < y.article.id ? -1 : 1))) {
    const l = labels.get(rel(doc.article.id));
    if (!l || l.label === 'non') continue;
    for (const pa of byFolder.get(l.folder) ?? []) {
      const [a, b] = pa.article.id < doc.article.id ? [pa, doc] : [doc, pa];
      const pair = comparePairOpen(a, b);
      if (pair.a.derivation === 'none' && pair.b.derivation === 'none') continue;
      rows.push({ folder: l.folder, x: vector(a, b, pair), y: a === pa ? 1 : 0, pa: rel(pa.article.id), paper: rel(doc.article.id) });
    }
  }
  let paperPairs = 0;
  let paperDirected = 0;
  let paperCommon = 0;
  for (const pair of report.pairs) {
    const [ia, ib] = [rel(pair.a.id), rel(pair.b.id)];
    if (!ia.startsWith('pa/') && !ib.startsWith('pa/') && ia.split('/')[1] === ib.split('/')[1]) {
      paperPairs++;
      if (pair.direction) paperDirected++;
      if (pair.commonSource) paperCommon++;
    }
  }
  console.log(`METER dev: ${rows.length} listed pairs of a PA text and a derived newspaper text of its folder, ${new Set(rows.map((r) => r.folder)).size} folders`);
  NAMES.forEach((n, i) => console.log(`  ${n.padEnd(13)} non-zero on ${rows.filter((r) => r.x[i] !== 0).length} pairs`));

  const current = NAMES.map((n) => DEFAULT_WEIGHTS[n]);
  const now = predict(current, rows);
  const s0 = summary(now, MIN_DIRECTION_CONFIDENCE);
  console.log(`\ncurrent constants (threshold ${MIN_DIRECTION_CONFIDENCE}): decided ${s0.decided}/${rows.length} (${(s0.decided / rows.length).toFixed(3)}), accuracy where decided ${(s0.right / Math.max(1, s0.decided)).toFixed(3)} (in-sample when the constants came from this script)`);
  const key = (x: string, y: string): string => (x < y ? `${x}\n${y}` : `${y}\n${x}`);
  const listed = new Map(report.pairs.map((p) => [key(rel(p.a.id), rel(p.b.id)), p]));
  const inScan = rows.map((r) => listed.get(key(r.pa, r.paper)));
  const scanDecided = inScan.filter((p) => p?.direction).length;
  const scanRight = inScan.filter((p) => p?.direction && rel(p.direction.source).startsWith('pa/')).length;
  const scanListed = inScan.filter((p) => p).length;
  console.log(`scan output (all corpus passes): ${scanListed} of the ${rows.length} pairs listed, decided ${scanDecided}, right ${scanRight} (${(scanRight / Math.max(1, scanDecided)).toFixed(3)} where decided, ${(scanDecided / rows.length).toFixed(3)} decided)`);
  console.log(`newspaper/newspaper pairs of one folder: ${paperPairs}, given a direction ${paperDirected}, marked common source ${paperCommon}`);

  const generated: { x: number[]; y: number }[] = [];
  if (process.argv.includes('--generated')) {
    const corpus = generateCorpus(1, 600);
    for (const p of corpus.pairs) {
      if (!p.trueSource) continue;
      const { features } = directionFeatures(p.a, p.b, p.passages, {}, HISTORY_MIN_PAIRS);
      generated.push({ x: featureVector(features), y: p.trueSource === p.a.article.id ? 1 : 0 });
    }
    console.log(`\n+ ${generated.length} generated directed pairs in every training fold`);
  }

  // Outer CV: weights and threshold fitted on the training folds only.
  const folds = foldsOf(rows, k);
  const outer: { conf: number; right: boolean }[] = new Array(rows.length);
  const thresholds: number[] = new Array(rows.length);
  for (let f = 0; f < k; f++) {
    const train = rows.filter((_, i) => folds[i] !== f);
    const t = chooseThreshold(crossPredict(train, k, generated));
    const w = fit(train, generated);
    const testIdx = rows.map((_, i) => i).filter((i) => folds[i] === f);
    const preds = predict(w, testIdx.map((i) => rows[i]!));
    testIdx.forEach((i, j) => {
      outer[i] = preds[j]!;
      thresholds[i] = t;
    });
    console.log(`  fold ${f + 1}: ${testIdx.length} pairs held out, threshold ${t.toFixed(2)}`);
  }
  const cv = summary(outer, thresholds);
  const cvAll = summary(outer, 0);
  console.log(`\n**Cross-validated (${k} folds by story folder):** accuracy where decided ${(cv.right / Math.max(1, cv.decided)).toFixed(3)}, decided ${cv.decided}/${rows.length} (${(cv.decided / rows.length).toFixed(3)}); accuracy if all decided ${(cvAll.right / rows.length).toFixed(3)}`);
  console.log('\nReliability (cross-validated confidence → accuracy, METER dev PA/newspaper pairs):\n');
  console.log(reliability(outer));

  const w = fit(rows, generated);
  const t = chooseThreshold(crossPredict(rows, k, generated));
  console.log(`\nfitted on all ${rows.length} pairs${generated.length ? ` + ${generated.length} generated` : ''} (λ ${LAMBDA}); paste into src/provenance/constants.ts:`);
  NAMES.forEach((n, i) => {
    const support = rows.filter((r) => r.x[i] !== 0).length;
    const from = support < MIN_REAL_SUPPORT ? `generated corpus (${support} real pairs)` : `${support} real pairs`;
    console.log(`export const ${CONST_NAME[n]} = ${w[i]!.toFixed(2)}; // ${from}`);
  });
  console.log(`export const MIN_DIRECTION_CONFIDENCE = ${t.toFixed(2)};`);

  const rowsOut = opt('rows');
  if (rowsOut) {
    const lines = ['pa\tpaper\tconf\tright\t' + NAMES.join('\t')];
    rows.forEach((r, i) => lines.push([r.pa, r.paper, outer[i]!.conf.toFixed(3), outer[i]!.right ? 1 : 0, ...r.x.map((v) => v.toFixed(3))].join('\t')));
    fs.writeFileSync(rowsOut, `${lines.join('\n')}\n`);
  }
}

await main();
