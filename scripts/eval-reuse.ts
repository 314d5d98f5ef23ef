/**
 * Scores reuse detection on a labelled corpus (layout: README, "Evaluating reuse detection").
 *
 *   npm run eval:reuse -- DIR [--via lib|cli|baseline] [--json] [--errors K]
 *
 * DIR holds `pairs.tsv` (and optionally `spans.jsonl`), or sub-directories that do (as
 * `gen-reuse --flavour all` writes them); each is scored on its own. Prints:
 * - ternary labels (wholly/partially/none): macro-F1, per-class P/R/F1, confusion matrix;
 * - binary F1 (derived vs not), for every labelled corpus;
 * - graded labels (near/light/heavy/none): Spearman of the derived side's coverage against
 *   the grade;
 * - span truth: PAN character precision, recall, granularity and plagdet (micro, and macro);
 * - direction accuracy on derived pairs, and time per pair.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runDetector, type DetectorName, type Verdict } from './eval/detectors.js';
import { GRADED_LABELS, readLabelledCorpus, TERNARY_LABELS, type LabelledCorpus } from './eval/layout.js';
import { binaryF1, classification, panCounts, panScores, spearman } from './eval/measures.js';

/** Grade of each graded label, for the rank correlation. */
const GRADE: Record<string, number> = { near: 3, light: 2, heavy: 1, none: 0 };

/** Everything measured on one corpus. */
export interface EvalResult {
  readonly dir: string;
  readonly via: DetectorName;
  readonly pairs: number;
  readonly ternary?: ReturnType<typeof classification>;
  readonly binary?: ReturnType<typeof binaryF1>;
  readonly spearman?: number;
  readonly meanCoverageByGrade?: Record<string, number>;
  readonly pan?: ReturnType<typeof panScores>;
  /** PAN scores over the pairs that have at least one case (edited reuse: "on the copied spans"). */
  readonly panPositive?: ReturnType<typeof panScores>;
  readonly direction?: { readonly correct: number; readonly decided: number; readonly derived: number };
  readonly msPerPair: { readonly mean: number; readonly median: number; readonly p95: number };
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : 0;
}

/** Scores one corpus's verdicts. */
export function score(corpus: LabelledCorpus, verdicts: readonly Verdict[], via: DetectorName): EvalResult {
  const labels = corpus.pairs.map((p) => p.label);
  const predicted = verdicts.map((v) => v.derivation);
  const isTernary = labels.length > 0 && labels.every((l) => (TERNARY_LABELS as readonly string[]).includes(l));
  const isGraded = labels.length > 0 && !isTernary && labels.every((l) => (GRADED_LABELS as readonly string[]).includes(l));
  const ms = verdicts.map((v) => v.ms).sort((x, y) => x - y);
  const result: { -readonly [K in keyof EvalResult]: EvalResult[K] } = {
    dir: corpus.dir,
    via,
    pairs: corpus.pairs.length,
    msPerPair: { mean: ms.reduce((s, x) => s + x, 0) / Math.max(1, ms.length), median: quantile(ms, 0.5), p95: quantile(ms, 0.95) },
  };
  if (isTernary) result.ternary = classification(labels, predicted, TERNARY_LABELS);
  if (isTernary || isGraded) {
    result.binary = binaryF1(labels.map((l) => l !== 'none'), predicted.map((p) => p !== 'none'));
  }
  if (isGraded) {
    result.spearman = spearman(labels.map((l) => GRADE[l]!), verdicts.map((v) => v.coverage));
    const by: Record<string, number[]> = {};
    labels.forEach((l, i) => (by[l] ??= []).push(verdicts[i]!.coverage));
    result.meanCoverageByGrade = Object.fromEntries(GRADED_LABELS.filter((g) => by[g]).map((g) => [g, by[g]!.reduce((s, x) => s + x, 0) / by[g]!.length]));
  }
  if (corpus.spans) {
    const counts = corpus.spans.map((cases, i) => panCounts(cases, verdicts[i]!.passages));
    result.pan = panScores(counts);
    result.panPositive = panScores(counts.filter((_, i) => corpus.spans![i]!.length > 0));
  }
  if (labels.some((l) => l !== '' && l !== 'none')) {
    let correct = 0;
    let decided = 0;
    let derived = 0;
    labels.forEach((l, i) => {
      if (l === '' || l === 'none') return;
      derived++;
      const d = verdicts[i]!.direction;
      if (d) decided++;
      if (d === 'source') correct++;
    });
    result.direction = { correct, decided, derived };
  }
  return result;
}

const pct = (x: number) => x.toFixed(3);

/** The human-readable report of one result. */
export function formatResult(r: EvalResult): string {
  const lines = [`== ${r.dir}  (${r.pairs} pairs, via ${r.via})`];
  if (r.ternary) {
    const t = r.ternary;
    lines.push(`ternary macro-F1 ${pct(t.macroF1)}   accuracy ${pct(t.accuracy)}`);
    lines.push('  class       P      R      F1     n');
    for (const l of t.labels) {
      const c = t.perClass[l]!;
      lines.push(`  ${l.padEnd(10)} ${pct(c.precision)}  ${pct(c.recall)}  ${pct(c.f1)}  ${c.support}`);
    }
    lines.push(`  confusion (rows truth, columns predicted: ${t.labels.join(' / ')})`);
    t.matrix.forEach((row, k) => lines.push(`  ${t.labels[k]!.padEnd(10)} ${row.map((x) => String(x).padStart(5)).join('')}`));
  }
  if (r.binary) lines.push(`binary F1 (derived vs not) ${pct(r.binary.f1)}   P ${pct(r.binary.precision)}  R ${pct(r.binary.recall)}`);
  if (r.spearman !== undefined) {
    const means = Object.entries(r.meanCoverageByGrade ?? {}).map(([g, m]) => `${g} ${pct(m)}`).join(', ');
    lines.push(`graded: Spearman(coverage, grade) ${pct(r.spearman)}   mean coverage: ${means}`);
  }
  if (r.pan) {
    const p = r.pan;
    lines.push(`PAN (all pairs): plagdet ${pct(p.plagdet)}  precision ${pct(p.precision)}  recall ${pct(p.recall)}  granularity ${p.granularity.toFixed(3)}   [macro: plagdet ${pct(p.macroPlagdet)} P ${pct(p.macroPrecision)} R ${pct(p.macroRecall)}]`);
    lines.push(`    ${p.cases} cases, ${p.detections} detections, ${p.detectedCases} cases detected`);
    const q = r.panPositive!;
    lines.push(`PAN (pairs with cases): plagdet ${pct(q.plagdet)}  precision ${pct(q.precision)}  recall ${pct(q.recall)}  granularity ${q.granularity.toFixed(3)}`);
  }
  if (r.direction) lines.push(`direction: ${r.direction.correct} right of ${r.direction.decided} decided (${r.direction.derived} derived pairs)`);
  lines.push(`time per pair: mean ${r.msPerPair.mean.toFixed(2)} ms, median ${r.msPerPair.median.toFixed(2)} ms, p95 ${r.msPerPair.p95.toFixed(2)} ms`);
  return lines.join('\n') + '\n';
}

/** The corpus directories under `dir`: itself if it has pairs.tsv, else its sub-directories that do. */
export function corpusDirs(dir: string): string[] {
  if (existsSync(join(dir, 'pairs.tsv'))) return [dir];
  return readdirSync(dir)
    .sort()
    .map((d) => join(dir, d))
    .filter((d) => statSync(d).isDirectory() && existsSync(join(d, 'pairs.tsv')));
}

/** Misclassified pairs, for looking at what went wrong. */
function errorsOf(corpus: LabelledCorpus, verdicts: readonly Verdict[], k: number): string {
  const rows = corpus.pairs
    .map((p, i) => ({ p, v: verdicts[i]! }))
    .filter(({ p, v }) => p.label !== '' && (TERNARY_LABELS as readonly string[]).includes(p.label) && p.label !== v.derivation)
    .slice(0, k)
    .map(({ p, v }) => `  ${p.label} → ${v.derivation}  coverage ${pct(v.coverage)}  [${v.kinds.join(',')}]  ${p.derived}`);
  return rows.length ? `misclassified (first ${rows.length}):\n${rows.join('\n')}\n` : '';
}

async function cli(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { via: { type: 'string', default: 'lib' }, json: { type: 'boolean', default: false }, errors: { type: 'string', default: '0' } },
  });
  const via = values.via as DetectorName;
  if (positionals.length !== 1 || !['lib', 'cli', 'baseline'].includes(via)) {
    process.stderr.write('usage: eval-reuse DIR [--via lib|cli|baseline] [--json] [--errors K]\n');
    process.exitCode = 2;
    return;
  }
  const dirs = corpusDirs(resolve(positionals[0]!));
  if (dirs.length === 0) {
    process.stderr.write(`eval-reuse: ${positionals[0]}: no pairs.tsv here or in its sub-directories\n`);
    process.exitCode = 2;
    return;
  }
  const results: EvalResult[] = [];
  for (const dir of dirs) {
    const corpus = readLabelledCorpus(dir);
    const verdicts = await runDetector(via, corpus.pairs);
    const result = score(corpus, verdicts, via);
    results.push(result);
    if (!values.json) {
      process.stdout.write(formatResult(result));
      process.stdout.write(errorsOf(corpus, verdicts, Number(values.errors)));
    }
  }
  if (values.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) await cli(process.argv.slice(2));
