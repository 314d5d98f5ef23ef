/**
 * Shared by the boilerplate training and evaluation scripts: finds the benchmark
 * (`../shared/benchmarks/boilerplate` from the repository root, or $WIRETRACE_BOILERPLATE_BENCH),
 * loads its pages, derives line labels from input vs gold, and scores with its own
 * `score.mjs` (imported and called, never copied).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root (scripts are compiled to dist/scripts). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The benchmark folder, or throws with what to set. */
export function benchmarkDir(): string {
  const candidates = [
    process.env.WIRETRACE_BOILERPLATE_BENCH,
    path.join(REPO_ROOT, '../shared/benchmarks/boilerplate'),
    path.join(REPO_ROOT, '../../shared/benchmarks/boilerplate'),
  ].filter((c): c is string => Boolean(c));
  for (const dir of candidates) if (existsSync(path.join(dir, 'score.mjs'))) return dir;
  throw new Error(`boilerplate benchmark not found (looked in ${candidates.join(', ')}); set WIRETRACE_BOILERPLATE_BENCH`);
}

/** One benchmark page. */
export interface Page {
  readonly id: string;
  readonly input: string;
  readonly gold: string;
}

/** All pages, sorted by id. */
export function loadPages(dir = benchmarkDir()): Page[] {
  return readdirSync(path.join(dir, 'input'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -4);
      return { id, input: readFileSync(path.join(dir, 'input', f), 'utf8'), gold: readFileSync(path.join(dir, 'gold', f), 'utf8') };
    });
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A labeller for one page: is this (trimmed) input line part of the gold body? */
export function goldLabeller(gold: string): (line: string) => boolean {
  const paras = gold.split('\n').map(collapse).filter((p) => p.length > 0);
  const set = new Set(paras);
  const joined = paras.join('\n');
  return (line: string) => {
    const l = collapse(line);
    return set.has(l) || (l.length >= 30 && joined.includes(l));
  };
}

/** Splits pages into two halves by id order (even / odd), for cross-validation. */
export function halves<T>(items: readonly T[]): [T[], T[]] {
  return [items.filter((_, i) => i % 2 === 0), items.filter((_, i) => i % 2 === 1)];
}

/** The benchmark's summary metrics. */
export interface Scores {
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
  readonly n: number;
  readonly pages: readonly { id: string; f1: number; p: number; r: number }[];
}

type ScoreAll = (gold: Map<string, string>, pred: Map<string, string>) => Scores;
let scorer: ScoreAll | null = null;

/** Scores predictions (id → body) against gold (id → body) with the benchmark's score.mjs. */
export async function score(gold: Map<string, string>, pred: Map<string, string>, dir = benchmarkDir()): Promise<Scores> {
  if (!scorer) {
    const mod = (await import(pathToFileURL(path.join(dir, 'score.mjs')).href)) as { scoreAll: ScoreAll };
    scorer = mod.scoreAll;
  }
  return scorer(gold, pred);
}

/** `F1=0.9312 P=0.9100 R=0.9533 n=48` */
export function formatScores(s: Scores): string {
  return `F1=${s.f1.toFixed(4)} P=${s.precision.toFixed(4)} R=${s.recall.toFixed(4)} n=${s.n}`;
}
