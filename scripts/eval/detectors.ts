/**
 * The systems `eval-reuse` can score, behind one interface: the library (`compareFiles`),
 * the CLI (`wiretrace compare --pairs FILE --jsonl`, how PAN-like data is judged), and a
 * plain baseline (word-3-gram containment for verdicts, word-8-gram seed-and-merge for
 * passages) to show what the library adds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareFiles } from '../../src/pipeline.js';
import type { Pair } from '../../src/types.js';
import type { LabelledPair, TruthSpan } from './layout.js';

/** What a system says about one pair (source, derived). */
export interface Verdict {
  readonly derivation: string;
  /** Share of the derived text inside passages, 0–1. */
  readonly coverage: number;
  readonly passages: readonly TruthSpan[];
  /** Whom the system names as the source: 'source', 'derived', or null. */
  readonly direction: 'source' | 'derived' | null;
  /** Kinds of the passages (verbatim/light/rewrite), for the report. */
  readonly kinds: readonly string[];
  /** Milliseconds spent on the pair (library only; 0 when measured per batch). */
  readonly ms: number;
}

export type DetectorName = 'lib' | 'cli' | 'baseline';

/** Reads a pair object (`a` = source, `b` = derived) as a verdict on the derived side. */
export function verdictOfPair(pair: Pair, ms: number): Verdict {
  const dir = pair.direction;
  return {
    derivation: pair.b.derivation,
    coverage: pair.b.coverage,
    passages: pair.passages.map((p) => ({ source: p.a, derived: p.b })),
    direction: dir ? (dir.source === pair.a.id ? 'source' : 'derived') : null,
    kinds: pair.passages.map((p) => p.kind),
    ms,
  };
}

async function runLib(pairs: readonly LabelledPair[]): Promise<Verdict[]> {
  const out: Verdict[] = [];
  for (const p of pairs) {
    const t0 = performance.now();
    const pair = await compareFiles(p.source, p.derived);
    out.push(verdictOfPair(pair, performance.now() - t0));
  }
  return out;
}

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function runCli(pairs: readonly LabelledPair[]): Verdict[] {
  const tmp = mkdtempSync(join(tmpdir(), 'wiretrace-eval-'));
  try {
    const list = join(tmp, 'pairs.tsv');
    writeFileSync(list, pairs.map((p) => `${p.source}\t${p.derived}`).join('\n') + '\n');
    const outFile = join(tmp, 'out.jsonl');
    const t0 = performance.now();
    const res = spawnSync(process.execPath, [join(REPO, 'bin', 'wiretrace.js'), 'compare', '--pairs', list, '--jsonl', '--out', outFile], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    const ms = (performance.now() - t0) / Math.max(1, pairs.length);
    if (res.status !== 0) throw new Error(`wiretrace compare --pairs failed (exit ${res.status}): ${res.stderr}`);
    const lines = readFileSync(outFile, 'utf8').split('\n').filter((l) => l.trim() !== '');
    if (lines.length !== pairs.length) throw new Error(`wiretrace compare --pairs printed ${lines.length} lines for ${pairs.length} pairs`);
    return lines.map((l) => verdictOfPair(JSON.parse(l) as Pair, ms));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------
// Baseline.

interface Word {
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) out.push({ norm: m[0].toLowerCase().replace('’', "'"), start: m.index!, end: m.index! + m[0].length });
  return out;
}

function grams(ws: readonly Word[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= ws.length; i++) out.push(ws.slice(i, i + n).map((w) => w.norm).join(' '));
  return out;
}

/** Baseline thresholds on word-3-gram containment of the derived text in the source (tuned once on generated METER-like data). */
const BASELINE_WHOLLY = 0.45;
const BASELINE_PARTIALLY = 0.12;
/** Seed length and the largest gap (words) the seed-and-merge baseline bridges. */
const BASELINE_SEED = 8;
const BASELINE_GAP = 20;

function baselinePair(p: LabelledPair): Verdict {
  const t0 = performance.now();
  const sw = words(readFileSync(p.source, 'utf8'));
  const dw = words(readFileSync(p.derived, 'utf8'));
  const s3 = new Set(grams(sw, 3));
  const d3 = grams(dw, 3);
  const containment = d3.length > 0 ? d3.filter((g) => s3.has(g)).length / d3.length : 0;
  const derivation = containment >= BASELINE_WHOLLY ? 'wholly' : containment >= BASELINE_PARTIALLY ? 'partially' : 'none';
  // Seed-and-merge on 8-grams: seeds sorted by derived position, merged when close in both texts.
  const at = new Map<string, number[]>();
  grams(sw, BASELINE_SEED).forEach((g, i) => at.set(g, [...(at.get(g) ?? []), i]));
  const seeds: [number, number][] = [];
  grams(dw, BASELINE_SEED).forEach((g, j) => {
    for (const i of at.get(g) ?? []) seeds.push([i, j]);
  });
  seeds.sort((x, y) => x[1] - y[1] || x[0] - y[0]);
  const groups: { s0: number; s1: number; d0: number; d1: number }[] = [];
  for (const [i, j] of seeds) {
    const g = groups.find((x) => j - x.d1 <= BASELINE_GAP && i - x.s1 <= BASELINE_GAP && i >= x.s0 - BASELINE_SEED);
    if (g) {
      g.s1 = Math.max(g.s1, i + BASELINE_SEED);
      g.d1 = Math.max(g.d1, j + BASELINE_SEED);
      g.s0 = Math.min(g.s0, i);
    } else groups.push({ s0: i, s1: i + BASELINE_SEED, d0: j, d1: j + BASELINE_SEED });
  }
  const passages = groups.map((g) => ({
    source: { start: sw[g.s0]!.start, end: sw[g.s1 - 1]!.end },
    derived: { start: dw[g.d0]!.start, end: dw[g.d1 - 1]!.end },
  }));
  const covered = groups.reduce((s, g) => s + g.d1 - g.d0, 0);
  return {
    derivation,
    coverage: dw.length > 0 ? Math.min(1, covered / dw.length) : 0,
    passages,
    direction: null,
    kinds: passages.map(() => 'verbatim'),
    ms: performance.now() - t0,
  };
}

/** Runs the named system on every pair, in order. */
export async function runDetector(name: DetectorName, pairs: readonly LabelledPair[]): Promise<Verdict[]> {
  if (name === 'lib') return runLib(pairs);
  if (name === 'cli') return runCli(pairs);
  return pairs.map(baselinePair);
}
