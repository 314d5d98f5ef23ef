/**
 * Fits the derivation model (src/align/derivation-model.ts) on real labelled data: the METER
 * development half in ../shared/benchmarks/meter-dev (newspaper stories labelled wholly /
 * partially / non derived from Press Association copy).
 *
 *   npm run fit:derivation [-- --dry-run] [--folds 10] [--features a,b,…] [--no-floors | --floors]
 *                            [--floor-containment X]
 *                            [--meter DIR] [--cache FILE]
 *
 * `--cache FILE` keeps the extracted features in FILE (read back when it exists), for trying
 * feature sets without aligning the corpus again; the model written is then only as fresh
 * as the cache.
 *
 * 1. Reads the corpus as `scan` does (ingest, learned templates, clean, text) and builds the
 *    candidate index, to know which pairs a scan would compare at all.
 * 2. For every newspaper text and every PA text of its story folder, aligns the pair as
 *    `comparePair` does and takes both sides' reuse features (score-pair.ts), the per-side
 *    verdict before the direction rule can erase the source's side.
 * 3. Trains on each newspaper text's pair with the highest newspaper-side coverage (the pair
 *    the METER scorer reads) a multinomial logistic regression (softmax, L2, classes weighted
 *    to balance, full-batch gradient descent: deterministic), the L2 strength chosen by an
 *    inner cross-validation.
 * 4. Prints the cross-validated figures, folds grouped by story folder (a folder never spans
 *    two folds): macro-F1 and confusion as the scorer would see them (only candidate pairs,
 *    listed when a side is derived, the best-covered listed pair decides; with the
 *    direction rule's erase emulated and without it), then rewrites the model file with the
 *    model fitted on all of it, unless `--dry-run`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPassages } from '../src/align/build-passages.js';
import { SOURCE_NOT_DERIVED_CONFIDENCE } from '../src/provenance/constants.js';
import { applyFloors, type DerivationFeatures } from '../src/align/derivation.js';
import { MODEL_CLASSES, MODEL_FEATURES, type DerivationModel } from '../src/align/derivation-model.js';
import { derivationFeatures } from '../src/align/score-pair.js';
import { CandidateIndex, selectAnchors } from '../src/candidates/index.js';
import { learnProfiles } from '../src/clean/index.js';
import { loadArticles } from '../src/ingest/index.js';
import { prepareDocument } from '../src/pipeline.js';
import { inferDirection } from '../src/provenance/index.js';
import type { Derivation, TextDoc } from '../src/types.js';
import { classification } from './eval/measures.js';
import { mulberry32 } from './lib/mulberry32.js';
import { derivationModelSource } from './lib/derivation-model-source.js';

/** The generated model file's opening comment. */
const FIT_HEADER = `/**
 * The derivation model: a multinomial logistic regression over a document's reuse features
 * (see \`derivation.ts\`), fitted by \`npm run fit:derivation\` (scripts/fit-derivation.ts) on
 * the real METER development half (newspaper stories labelled wholly / partially / non
 * derived from PA wire copy), with folds grouped by story folder. Generated file: do not edit
 * by hand; re-run the script, which rewrites this file and prints its cross-validated scores.
 */
`;

type Label = (typeof MODEL_CLASSES)[number];
type FeatureName = Exclude<keyof DerivationFeatures, 'derivedChars' | 'longestCloseChars'>;

/** One newspaper text × PA text pair of a story folder. */
interface PairRecord {
  readonly pa: string;
  readonly candidate: boolean;
  readonly news: DerivationFeatures;
  readonly wire: DerivationFeatures;
  /** The direction rule would set the newspaper side to none (it is named the source with confidence). */
  readonly newsErased: boolean;
}

/** One labelled newspaper text and its pairs. */
interface TextRecord {
  readonly id: string;
  readonly folder: string;
  readonly label: Label;
  readonly pairs: readonly PairRecord[];
}

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..', '..');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Whether `x` comes first in comparePair's canonical order (see compare-pair.ts). */
function canonicalFirst(x: TextDoc, y: TextDoc): boolean {
  if (x.article.text !== y.article.text) return x.article.text < y.article.text;
  return x.article.id <= y.article.id;
}

/** The part of an id from the publisher folder on (`pa/<folder>/<file>`). */
function relativeId(id: string): string {
  const s = id.replace(/\\/g, '/');
  const i = s.indexOf('corpus/');
  return i >= 0 ? s.slice(i + 7) : s;
}

/** Reads METER dev and extracts the features of every same-folder newspaper × PA pair. */
async function extract(meterDir: string): Promise<TextRecord[]> {
  const labels = readFileSync(join(meterDir, 'labels.tsv'), 'utf8').trim().split('\n').slice(1).map((line) => {
    const [id, label, , folder] = line.split('\t');
    return { id: id!, label: (label === 'non' ? 'none' : label) as Label, folder: folder! };
  });
  const { articles } = await loadArticles([join(meterDir, 'corpus')]);
  const sorted = [...articles].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const profiles = learnProfiles(sorted);
  const docs = sorted.map((a) => prepareDocument(a, profiles));
  const byId = new Map(docs.map((d, i) => [relativeId(d.article.id), i]));
  // Candidate pairs exactly as scanArticles finds them (per-source caps by publisher).
  const numbers = new Map<string, number>();
  const index = new CandidateIndex();
  docs.forEach((doc, i) => {
    const source = doc.article.meta.source;
    if (source !== null && !numbers.has(source)) numbers.set(source, numbers.size);
    index.add(i, source === null ? -1 - i : numbers.get(source)!, selectAnchors(doc));
  });
  const candidates = new Set(index.pairs().pairs.map((c) => `${Math.min(c.a, c.b)} ${Math.max(c.a, c.b)}`));
  const paByFolder = new Map<string, string[]>();
  for (const id of byId.keys()) {
    const [publisher, folder] = id.split('/');
    if (publisher !== 'pa') continue;
    if (!paByFolder.has(folder!)) paByFolder.set(folder!, []);
    paByFolder.get(folder!)!.push(id);
  }
  return labels.map((l) => {
    const ni = byId.get(l.id);
    if (ni === undefined) throw new Error(`${l.id}: not read from the corpus`);
    const news = docs[ni]!;
    const pairs = (paByFolder.get(l.folder) ?? []).map((paId): PairRecord => {
      const pi = byId.get(paId)!;
      const wire = docs[pi]!;
      const forward = canonicalFirst(news, wire);
      const [a, b] = forward ? [news, wire] : [wire, news];
      const passages = buildPassages(a, b);
      const newsSide = forward ? 'a' : 'b';
      const wireSide = forward ? 'b' : 'a';
      const direction = passages.length > 0 ? inferDirection(a, b, passages, {}) : null;
      return {
        pa: paId,
        candidate: candidates.has(`${Math.min(ni, pi)} ${Math.max(ni, pi)}`),
        news: derivationFeatures(news, wire, passages, newsSide),
        wire: derivationFeatures(wire, news, passages, wireSide),
        newsErased: direction !== null && direction.confidence >= SOURCE_NOT_DERIVED_CONFIDENCE && direction.source === news.article.id,
      };
    });
    return { id: l.id, folder: l.folder, label: l.label, pairs };
  });
}

/**
 * The containment of word 3-grams outside quotation (`narration3`) from which the "too little shared" floor spares a side
 * (`applyFloors`), for the cross-validation under way: each candidate of
 * `FLOOR_CONTAINMENT_GRID` is cross-validated in turn and the best written to the model.
 */
let floorContainment = Infinity;
/** Candidates: never spare (Infinity), or spare from a containment of 0.1, 0.15, 0.2 (0–1). */
const FLOOR_CONTAINMENT_GRID = [Infinity, 0.1, 0.15, 0.2];

/** A training example: a feature vector and its class index. */
interface Example {
  readonly x: readonly number[];
  readonly y: number;
}

/** The pair the scorer reads when every pair is listed: the highest newspaper-side coverage (first PA id on ties). */
function bestPair(t: TextRecord): PairRecord | undefined {
  let best: PairRecord | undefined;
  for (const p of t.pairs) if (!best || p.news.coverage > best.news.coverage) best = p;
  return best;
}

const ITERATIONS = 1500;
const LEARNING_RATE = 0.5;

/** Fits a class-balanced softmax regression with L2 `l2` by full-batch gradient descent on standardised features. */
function fit(examples: readonly Example[], features: readonly string[], l2: number, trainedOn: string): DerivationModel {
  const k = features.length;
  const c = MODEL_CLASSES.length;
  const n = examples.length;
  const mean = Array.from({ length: k }, (_, i) => examples.reduce((s, e) => s + e.x[i]!, 0) / n);
  const scale = Array.from({ length: k }, (_, i) => Math.sqrt(examples.reduce((s, e) => s + (e.x[i]! - mean[i]!) ** 2, 0) / n) || 1);
  const X = new Float64Array(n * k);
  examples.forEach((e, r) => e.x.forEach((v, i) => (X[r * k + i] = (v - mean[i]!) / scale[i]!)));
  const counts = MODEL_CLASSES.map((_, j) => examples.filter((e) => e.y === j).length);
  const classWeight = counts.map((m) => (m > 0 ? n / (c * m) : 0));
  const W = new Float64Array(c * k);
  const b = new Float64Array(c);
  const gW = new Float64Array(c * k);
  const gb = new Float64Array(c);
  const p = new Float64Array(c);
  const totalWeight = examples.reduce((s, e) => s + classWeight[e.y]!, 0);
  for (let it = 0; it < ITERATIONS; it++) {
    gW.fill(0);
    gb.fill(0);
    for (let r = 0; r < n; r++) {
      const y = examples[r]!.y;
      const cw = classWeight[y]!;
      let top = -Infinity;
      for (let j = 0; j < c; j++) {
        let z = b[j]!;
        for (let i = 0; i < k; i++) z += W[j * k + i]! * X[r * k + i]!;
        p[j] = z;
        if (z > top) top = z;
      }
      let sum = 0;
      for (let j = 0; j < c; j++) sum += p[j] = Math.exp(p[j]! - top);
      for (let j = 0; j < c; j++) {
        const err = (p[j]! / sum - (j === y ? 1 : 0)) * cw;
        gb[j]! += err;
        for (let i = 0; i < k; i++) gW[j * k + i]! += err * X[r * k + i]!;
      }
    }
    for (let j = 0; j < c; j++) {
      b[j]! -= (LEARNING_RATE * gb[j]!) / totalWeight;
      for (let i = 0; i < k; i++) W[j * k + i]! -= LEARNING_RATE * (gW[j * k + i]! / totalWeight + l2 * W[j * k + i]!);
    }
  }
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  const weights = Array.from({ length: c }, (_, j) => Array.from(W.subarray(j * k, (j + 1) * k), round));
  return { mean: mean.map(round), scale: scale.map(round), weights, bias: Array.from(b, round), trainedOn };
}

/** Offsets tried on the none and wholly logits (the partially logit stays), in logit units. */
const OFFSET_STEP = 0.1;
const OFFSET_RANGE = 3;

/**
 * The model with its none and wholly biases shifted to maximise the macro-F1 of its training
 * examples (a softmax fitted by likelihood does not place its class boundaries where
 * macro-F1 wants them; the scorer's measure is macro-F1). Grid search, first best kept.
 */
function tuneBiases(model: DerivationModel, texts: readonly TextRecord[], features: readonly string[], floors: boolean): DerivationModel {
  const sides = texts.map((t) => bestPair(t)?.news);
  const logits = sides.map((f) => (f ? logitsOf(model, features, f) : null));
  const truth = texts.map((t) => t.label);
  let best = { f1: -1, none: 0, wholly: 0 };
  const steps = Math.round(OFFSET_RANGE / OFFSET_STEP);
  for (let i = -steps; i <= steps; i++) {
    for (let j = -steps; j <= steps; j++) {
      const dn = i * OFFSET_STEP;
      const dw = j * OFFSET_STEP;
      const predicted = logits.map((l, n) => {
        if (!l) return 'none';
        const shifted = [l[0]! + dn, l[1]!, l[2]! + dw];
        const raw = MODEL_CLASSES[shifted.indexOf(Math.max(...shifted))]!;
        return floors ? applyFloors(raw, sides[n]!, floorContainment) : raw;
      });
      const f1 = classification(truth, predicted, MODEL_CLASSES).macroF1;
      if (f1 > best.f1 + 1e-9) best = { f1, none: dn, wholly: dw };
    }
  }
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  return { ...model, bias: [round(model.bias[0]! + best.none), model.bias[1]!, round(model.bias[2]! + best.wholly)] };
}

function logitsOf(model: DerivationModel, features: readonly string[], f: DerivationFeatures): number[] {
  const z = features.map((name, i) => (f[name as FeatureName] - model.mean[i]!) / model.scale[i]!);
  return model.weights.map((row, j) => row.reduce((s, w, i) => s + w * z[i]!, model.bias[j]!));
}

/** The model's class for one side's features, with or without the floors of derivation.ts. */
function classify(model: DerivationModel, features: readonly string[], f: DerivationFeatures, floors: boolean): Derivation {
  const z = features.map((name, i) => (f[name as FeatureName] - model.mean[i]!) / model.scale[i]!);
  const logits = model.weights.map((row, j) => row.reduce((s, w, i) => s + w * z[i]!, model.bias[j]!));
  const raw = MODEL_CLASSES[logits.indexOf(Math.max(...logits))]!;
  return floors ? applyFloors(raw, f, floorContainment) : raw;
}

/** What the METER scorer would read for a text: candidate pairs only, listed when a side is derived, best newspaper coverage. */
function scorerView(model: DerivationModel, features: readonly string[], t: TextRecord, floors: boolean, erase: boolean): Label {
  let best: { coverage: number; derivation: Derivation } | null = null;
  for (const p of t.pairs) {
    if (!p.candidate) continue;
    let news = classify(model, features, p.news, floors);
    const wire = classify(model, features, p.wire, floors);
    if (news === 'none' && wire === 'none') continue;
    if (erase && p.newsErased) news = 'none';
    if (!best || p.news.coverage > best.coverage) best = { coverage: p.news.coverage, derivation: news };
  }
  return best ? best.derivation : 'none';
}

function examplesOf(texts: readonly TextRecord[], features: readonly string[]): Example[] {
  return texts.map((t) => {
    const p = bestPair(t);
    return { x: features.map((name) => (p ? p.news[name as FeatureName] : 0)), y: MODEL_CLASSES.indexOf(t.label) };
  });
}

/** Whether to tune the class biases for macro-F1 after fitting (`--no-tune` to compare). */
const TUNE = !process.argv.includes('--no-tune');

/** The softmax fitted on the texts' best pairs, its biases tuned for macro-F1 unless `--no-tune`. */
function trainModel(texts: readonly TextRecord[], features: readonly string[], l2: number, floors: boolean, trainedOn: string): DerivationModel {
  const model = fit(examplesOf(texts, features), features, l2, trainedOn);
  return TUNE ? tuneBiases(model, texts, features, floors) : model;
}

/** Folds grouped by story folder: folders shuffled with a fixed seed, dealt round-robin. */
function foldsOf(texts: readonly TextRecord[], k: number, seed: number): number[] {
  const folders = [...new Set(texts.map((t) => t.folder))].sort();
  const random = mulberry32(seed);
  for (let i = folders.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [folders[i], folders[j]] = [folders[j]!, folders[i]!];
  }
  const fold = new Map(folders.map((f, i) => [f, i % k]));
  return texts.map((t) => fold.get(t.folder)!);
}

/** L2 strengths the inner cross-validation chooses from. */
const L2_GRID = [0.001, 0.01, 0.1];
const INNER_FOLDS = 5;

/** Macro-F1 of the scorer's view under cross-validation of `train` → the texts of each held-out fold. */
function crossValidate(texts: readonly TextRecord[], features: readonly string[], k: number, seed: number, floors: boolean, chooseL2: (train: readonly TextRecord[]) => number) {
  const fold = foldsOf(texts, k, seed);
  const predicted = new Map<string, { erased: Label; kept: Label; pair: Label }>();
  for (let f = 0; f < k; f++) {
    const train = texts.filter((_, i) => fold[i] !== f);
    const model = trainModel(train, features, chooseL2(train), floors, '');
    texts.forEach((t, i) => {
      if (fold[i] !== f) return;
      const p = bestPair(t);
      predicted.set(t.id, {
        erased: scorerView(model, features, t, floors, true),
        kept: scorerView(model, features, t, floors, false),
        pair: p ? classify(model, features, p.news, floors) : 'none',
      });
    });
  }
  const truth = texts.map((t) => t.label);
  return {
    erased: classification(truth, texts.map((t) => predicted.get(t.id)!.erased), MODEL_CLASSES),
    kept: classification(truth, texts.map((t) => predicted.get(t.id)!.kept), MODEL_CLASSES),
    pair: classification(truth, texts.map((t) => predicted.get(t.id)!.pair), MODEL_CLASSES),
  };
}

/** The L2 strength with the best inner cross-validated macro-F1 (scorer's view, erase kept as the tool does). */
function innerL2(features: readonly string[], floors: boolean) {
  return (train: readonly TextRecord[]) => {
    let best = L2_GRID[0]!;
    let bestF1 = -1;
    for (const l2 of L2_GRID) {
      const f1 = crossValidate(train, features, INNER_FOLDS, 7, floors, () => l2).kept.macroF1;
      if (f1 > bestF1 + 1e-9) [best, bestF1] = [l2, f1];
    }
    return best;
  };
}

function printResult(name: string, r: ReturnType<typeof classification>): void {
  const pc = MODEL_CLASSES.map((c) => `${c} P ${r.perClass[c]!.precision.toFixed(3)} R ${r.perClass[c]!.recall.toFixed(3)}`).join('; ');
  console.log(`${name}: macro-F1 ${r.macroF1.toFixed(3)}  accuracy ${r.accuracy.toFixed(3)}  (${pc})`);
  console.log(`  confusion (rows gold, columns predicted ${MODEL_CLASSES.join('/')}): ${r.matrix.map((row) => row.join(' ')).join(' | ')}`);
}


async function main(): Promise<void> {
  const meterDir = resolve(option('--meter') ?? join(REPO, '..', 'shared', 'benchmarks', 'meter-dev'));
  if (!existsSync(join(meterDir, 'labels.tsv'))) throw new Error(`${meterDir}: no METER dev data (labels.tsv); pass --meter DIR`);
  const k = Number(option('--folds') ?? 10);
  const features = option('--features')?.split(',') ?? [...MODEL_FEATURES];
  const floorsChoice = process.argv.includes('--no-floors') ? [false] : process.argv.includes('--floors') ? [true] : [true, false];
  const t0 = Date.now();
  const cache = option('--cache');
  const texts = cache && existsSync(cache) ? (JSON.parse(readFileSync(cache, 'utf8')) as TextRecord[]) : await extract(meterDir);
  if (cache && !existsSync(cache)) writeFileSync(cache, JSON.stringify(texts));
  console.log(`${texts.length} newspaper texts, ${texts.reduce((s, t) => s + t.pairs.length, 0)} same-folder PA pairs (${texts.reduce((s, t) => s + t.pairs.filter((p) => p.candidate).length, 0)} candidates), read and aligned in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`features: ${features.join(', ')}`);
  const fixed = option('--floor-containment');
  const containments = fixed !== undefined ? [Number(fixed)] : FLOOR_CONTAINMENT_GRID;
  const settings = floorsChoice.flatMap((floors): { floors: boolean; containment: number }[] => (floors ? containments.map((c) => ({ floors, containment: c })) : [{ floors, containment: Infinity }]));
  let chosen = { ...settings[0]!, f1: -1, line: '' };
  for (const setting of settings) {
    floorContainment = setting.containment;
    const cv = crossValidate(texts, features, k, 1, setting.floors, innerL2(features, setting.floors));
    console.log(`\n${k}-fold CV grouped by story folder, floors ${setting.floors ? `on (spared from narration 3-gram containment ${setting.containment})` : 'off'}:`);
    printResult('  scorer view (direction erase as the tool does today)', cv.erased);
    printResult('  scorer view (never erase)', cv.kept);
    printResult('  best pair, every pair a candidate', cv.pair);
    if (cv.kept.macroF1 > chosen.f1 + 1e-9) chosen = { ...setting, f1: cv.kept.macroF1, line: `CV macro-F1 ${cv.kept.macroF1.toFixed(3)} (never erase; ${cv.erased.macroF1.toFixed(3)} with today's erase)` };
  }
  floorContainment = chosen.containment;
  const l2 = innerL2(features, chosen.floors)(texts);
  const trainedOn = `METER dev (${texts.length} newspaper texts, ${new Set(texts.map((t) => t.folder)).size} story folders); L2 ${l2}; floors ${chosen.floors ? `on, spared from narration 3-gram containment ${chosen.containment}` : 'off'}; ${k}-fold ${chosen.line}`;
  const model = trainModel(texts, features, l2, chosen.floors, trainedOn);
  console.log(`\nfitted on all: ${trainedOn}`);
  if (process.argv.includes('--dry-run')) return;
  const out = join(REPO, 'src', 'align', 'derivation-model.ts');
  writeFileSync(out, derivationModelSource(model, { features, floors: chosen.floors, containment: chosen.containment, header: FIT_HEADER }));
  console.log(`wrote ${out}; rebuild (npx tsc -p tsconfig.json) to use it`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
