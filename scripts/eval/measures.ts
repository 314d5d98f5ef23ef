/**
 * Evaluation measures for reuse detection:
 * - classification: confusion matrix, per-class precision/recall/F1, macro-F1, binary F1;
 * - PAN text alignment at character level (Potthast et al., "An Evaluation Framework for
 *   Plagiarism Detection", COLING 2010; micro-averaged variant from Potthast et al.,
 *   "Improving the Reproducibility of PAN's Shared Tasks", CLEF 2014): precision, recall,
 *   granularity and plagdet = F1 / log2(1 + granularity);
 * - Spearman's rank correlation (average ranks for ties).
 */
import type { Range, TruthSpan } from './layout.js';

/** Precision, recall and F1 of one class. */
export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

function f1(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/** Confusion matrix `matrix[truth][predicted]` and per-class scores over `labels`. */
export function classification(truth: readonly string[], predicted: readonly string[], labels: readonly string[]) {
  const index = new Map(labels.map((l, i) => [l, i]));
  const matrix = labels.map(() => labels.map(() => 0));
  truth.forEach((t, i) => {
    const ti = index.get(t);
    const pi = index.get(predicted[i]!);
    if (ti !== undefined && pi !== undefined) matrix[ti]![pi]!++;
  });
  const perClass: Record<string, Prf> = {};
  labels.forEach((l, k) => {
    const tp = matrix[k]![k]!;
    const predictedK = matrix.reduce((s, row) => s + row[k]!, 0);
    const support = matrix[k]!.reduce((s, x) => s + x, 0);
    const precision = predictedK > 0 ? tp / predictedK : 0;
    const recall = support > 0 ? tp / support : 0;
    perClass[l] = { precision, recall, f1: f1(precision, recall), support };
  });
  const present = labels.filter((l) => perClass[l]!.support > 0);
  const macroF1 = present.reduce((s, l) => s + perClass[l]!.f1, 0) / Math.max(1, present.length);
  const correct = labels.reduce((s, _, k) => s + matrix[k]![k]!, 0);
  const total = matrix.flat().reduce((s, x) => s + x, 0);
  return { labels, matrix, perClass, macroF1, accuracy: total > 0 ? correct / total : 0 };
}

/** F1 of the positive class for a binary split (positive = `isPositive(label)`). */
export function binaryF1(truth: readonly boolean[], predicted: readonly boolean[]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  truth.forEach((t, i) => {
    if (t && predicted[i]) tp++;
    else if (!t && predicted[i]) fp++;
    else if (t && !predicted[i]) fn++;
  });
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  return { precision, recall, f1: f1(precision, recall), support: tp + fn };
}

// ---------------------------------------------------------------------------------------
// Character-level measures on sorted interval lists.

/** Sorted, merged copy of `ranges` (empty ranges dropped). */
export function union(ranges: readonly Range[]): Range[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((x, y) => x.start - y.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
    else out.push(r);
  }
  return out;
}

/** Total length of the union of `ranges`. */
export function unionLength(ranges: readonly Range[]): number {
  return union(ranges).reduce((s, r) => s + r.end - r.start, 0);
}

function intersect(x: Range, y: Range): Range | null {
  const start = Math.max(x.start, y.start);
  const end = Math.min(x.end, y.end);
  return end > start ? { start, end } : null;
}

function overlaps(x: Range, y: Range): boolean {
  return x.start < y.end && y.start < x.end;
}

/** PAN: detection `r` detects case `s` when they overlap in the suspicious (derived) and in the source document. */
export function detects(s: TruthSpan, r: TruthSpan): boolean {
  return overlaps(s.source, r.source) && overlaps(s.derived, r.derived);
}

/** Character counts of one pair, the parts the corpus-level measures add up. */
export interface PanCounts {
  /** |∪ (s ⊓ r)| over detecting pairs, both documents. */
  readonly detectedChars: number;
  /** |∪ s| and |∪ r|, both documents. */
  readonly caseChars: number;
  readonly detectionChars: number;
  /** Per case: share of its characters detected (macro recall terms). */
  readonly caseRecalls: readonly number[];
  /** Per detection: share of its characters inside detected cases (macro precision terms). */
  readonly detectionPrecisions: readonly number[];
  /** Per detected case: how many detections detect it. */
  readonly granularities: readonly number[];
}

function sides(list: readonly TruthSpan[], side: 'source' | 'derived'): Range[] {
  return list.map((x) => x[side]);
}

/** The PAN counts of one pair's cases `S` and detections `R`. */
export function panCounts(S: readonly TruthSpan[], R: readonly TruthSpan[]): PanCounts {
  const inter: { source: Range[]; derived: Range[] } = { source: [], derived: [] };
  const caseRecalls: number[] = [];
  const granularities: number[] = [];
  for (const s of S) {
    const own: { source: Range[]; derived: Range[] } = { source: [], derived: [] };
    let count = 0;
    for (const r of R) {
      if (!detects(s, r)) continue;
      count++;
      for (const side of ['source', 'derived'] as const) {
        const x = intersect(s[side], r[side]);
        if (x) {
          inter[side].push(x);
          own[side].push(x);
        }
      }
    }
    const size = s.source.end - s.source.start + s.derived.end - s.derived.start;
    caseRecalls.push(size > 0 ? (unionLength(own.source) + unionLength(own.derived)) / size : 0);
    if (count > 0) granularities.push(count);
  }
  const detectionPrecisions = R.map((r) => {
    const own: { source: Range[]; derived: Range[] } = { source: [], derived: [] };
    for (const s of S) {
      if (!detects(s, r)) continue;
      for (const side of ['source', 'derived'] as const) {
        const x = intersect(s[side], r[side]);
        if (x) own[side].push(x);
      }
    }
    const size = r.source.end - r.source.start + r.derived.end - r.derived.start;
    return size > 0 ? (unionLength(own.source) + unionLength(own.derived)) / size : 0;
  });
  return {
    detectedChars: unionLength(inter.source) + unionLength(inter.derived),
    caseChars: unionLength(sides(S, 'source')) + unionLength(sides(S, 'derived')),
    detectionChars: unionLength(sides(R, 'source')) + unionLength(sides(R, 'derived')),
    caseRecalls,
    detectionPrecisions,
    granularities,
  };
}

/** Corpus-level PAN scores. */
export interface PanScores {
  readonly precision: number;
  readonly recall: number;
  readonly granularity: number;
  readonly plagdet: number;
  readonly macroPrecision: number;
  readonly macroRecall: number;
  readonly macroPlagdet: number;
  readonly cases: number;
  readonly detections: number;
  readonly detectedCases: number;
}

/** plagdet = F1 / log2(1 + granularity). */
export function plagdet(precision: number, recall: number, granularity: number): number {
  return f1(precision, recall) / Math.log2(1 + granularity);
}

/**
 * Adds up per-pair counts. Conventions of PAN's perfmeasures: with no cases and no
 * detections precision and recall are 1; with only one of them empty, 0; granularity is 1
 * when no case is detected. Micro averages count characters over the whole corpus (the
 * headline numbers); macro averages average per case / per detection.
 */
export function panScores(counts: readonly PanCounts[]): PanScores {
  const sum = (f: (c: PanCounts) => number) => counts.reduce((s, c) => s + f(c), 0);
  const cases = counts.reduce((s, c) => s + c.caseRecalls.length, 0);
  const detections = counts.reduce((s, c) => s + c.detectionPrecisions.length, 0);
  const both = (x: number) => (cases === 0 && detections === 0 ? 1 : cases === 0 || detections === 0 ? 0 : x);
  const detected = sum((c) => c.detectedChars);
  const precision = both(detected / Math.max(1, sum((c) => c.detectionChars)));
  const recall = both(detected / Math.max(1, sum((c) => c.caseChars)));
  const macroPrecision = both(counts.flatMap((c) => c.detectionPrecisions).reduce((s, x) => s + x, 0) / Math.max(1, detections));
  const macroRecall = both(counts.flatMap((c) => c.caseRecalls).reduce((s, x) => s + x, 0) / Math.max(1, cases));
  const grans = counts.flatMap((c) => c.granularities);
  const granularity = grans.length > 0 ? grans.reduce((s, x) => s + x, 0) / grans.length : 1;
  return {
    precision,
    recall,
    granularity,
    plagdet: plagdet(precision, recall, granularity),
    macroPrecision,
    macroRecall,
    macroPlagdet: plagdet(macroPrecision, macroRecall, granularity),
    cases,
    detections,
    detectedCases: grans.length,
  };
}

// ---------------------------------------------------------------------------------------

/** Ranks 1..n with ties given their average rank. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((x, y) => x[0] - y[0]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) out[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

/** Spearman's rank correlation: Pearson's correlation of the (tie-averaged) ranks. */
export function spearman(x: readonly number[], y: readonly number[]): number {
  const rx = ranks(x);
  const ry = ranks(y);
  const n = rx.length;
  const mx = rx.reduce((s, v) => s + v, 0) / n;
  const my = ry.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (rx[i]! - mx) * (ry[i]! - my);
    sxx += (rx[i]! - mx) ** 2;
    syy += (ry[i]! - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}
