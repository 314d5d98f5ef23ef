/**
 * The archive-scale benchmark of issue 9.
 *
 *   npm run bench -- --docs 10000
 *   npm run bench -- --sizes 1000,10000,100000 [--jobs 2] [--seed 1] [--no-determinism]
 *                    [--determinism-docs N] [--scan-arg=--no-learn …] [--bin path/to/wiretrace.js]
 *
 * For each size: generates a corpus (cached under `.bench/`), runs the bare pass (read,
 * lower-case, tokenise, hash and count word 5-grams, single-threaded) and then
 * `wiretrace scan DIR --json --out FILE --stats` as child processes, one after the other
 * on the same warm files, and prints wall time, docs/s, MB/s, peak RSS (ru_maxrss of the
 * child, via a preloaded module), candidate pairs examined (from scan's `--stats` line),
 * pair precision/recall against the truth, and the ratio of scan to the bare pass. With
 * several sizes it fits the growth exponent of time and memory (log-log slope). Last, it
 * checks that `--jobs 1` and `--jobs 2` give byte-identical JSON (on the smallest size).
 * Results are also written to `.bench/results-<time>.json`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus, GENERATOR_VERSION } from './generate-corpus.js';
import { readReportPairs, readTruth, scorePairs, type PairScore } from './score.js';
import type { BarePassResult } from './bare-pass.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const benchDir = path.join(repo, '.bench');
const rssPreload = pathToFileURL(path.join(here, 'report-rss.js')).href;

/** A finished child process. */
interface ChildRun {
  readonly code: number | null;
  readonly seconds: number;
  readonly maxRssMb: number | null;
  /** CPU seconds of the child, all threads (stable when the machine is busy, unlike wall time). */
  readonly cpuSeconds: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** scan's `--stats` line (whatever fields it reports; the table shows candidate pairs). */
interface ScanStats {
  readonly candidatePairs?: number;
  readonly candidates?: { readonly candidates?: number };
  readonly [field: string]: unknown;
}

/** Candidate pairs examined, from whichever form of the stats line scan printed. */
function candidatePairs(stats: ScanStats | null): number | undefined {
  return stats?.candidatePairs ?? stats?.candidates?.candidates;
}

/** The wiretrace launcher to benchmark (`--bin`, default this checkout's). */
let wiretraceBin = 'bin/wiretrace.js';
/** `--formulaic`: run on the formulaic corpus (issue 19) instead of the ordinary one. */
let formulaic = false;

/** One size's measurements. */
interface SizeResult {
  readonly docs: number;
  readonly mb: number;
  readonly bare: { readonly seconds: number; readonly wallSeconds: number; readonly maxRssMb: number | null; readonly result: BarePassResult };
  readonly scan: {
    readonly ok: boolean;
    readonly seconds: number;
    readonly cpuSeconds: number | null;
    readonly maxRssMb: number | null;
    readonly stats: ScanStats | null;
    readonly score: PairScore | null;
    readonly error?: string;
  };
}

/** Runs `node ARGS` as a child, timing its wall clock and reading its peak RSS. */
function runNode(args: readonly string[]): Promise<ChildRun> {
  const rssFile = path.join(benchDir, `rss-${process.pid}-${Date.now()}.json`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', rssPreload, ...args], {
      cwd: repo,
      env: { ...process.env, WIRETRACE_BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      let maxRssMb: number | null = null;
      let cpuSeconds: number | null = null;
      if (existsSync(rssFile)) {
        const usage = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRssKb: number; cpuSeconds: number };
        maxRssMb = usage.maxRssKb / 1024;
        cpuSeconds = usage.cpuSeconds;
        rmSync(rssFile);
      }
      resolve({ code, seconds, maxRssMb, cpuSeconds, stdout, stderr });
    });
  });
}

/** The cached corpus of `docs` articles (generated on first use). */
function ensureCorpus(docs: number, seed: number): { dir: string; docsDir: string; truth: string; mb: number } {
  const dir = path.join(benchDir, `corpus-${docs}-seed${seed}-g${GENERATOR_VERSION}${formulaic ? '-formulaic' : ''}`);
  const manifest = path.join(dir, 'manifest.json');
  if (!existsSync(manifest)) {
    process.stderr.write(`generating ${docs} articles into ${path.relative(repo, dir)} …\n`);
    const r = generateCorpus({ docs, out: dir, seed, formulaic });
    process.stderr.write(`  ${(r.bytes / 1e6).toFixed(1)} MB, median ${r.medianWords} words, ${r.wholly} wholly + ${r.partially} partially reused, ${r.seconds.toFixed(1)} s\n`);
  }
  const { bytes } = JSON.parse(readFileSync(manifest, 'utf8')) as { bytes: number };
  return { dir, docsDir: path.join(dir, 'docs'), truth: path.join(dir, 'truth.jsonl'), mb: bytes / 1e6 };
}

/** Parses scan's `wiretrace: stats {…}` line from stderr, if it printed one. */
function parseStats(stderr: string): ScanStats | null {
  const line = /^wiretrace:? stats:? (\{.*\})$/m.exec(stderr);
  if (!line) return null;
  try {
    return JSON.parse(line[1]!) as ScanStats;
  } catch {
    return null;
  }
}

/**
 * Runs scan on a directory. Until scan knows `--stats`, `--quiet` or `--jobs`, the options
 * it rejects (yargs: "Unknown arguments: stats, quiet") are dropped and it is run again.
 */
async function runScan(docsDir: string, out: string, jobs: number | null, extra: readonly string[]): Promise<ChildRun> {
  let options = ['--stats', '--quiet', ...(jobs ? ['--jobs', String(jobs)] : []), ...extra];
  for (;;) {
    const run = await runNode([wiretraceBin, 'scan', docsDir, '--json', '--out', out, ...options]);
    const unknown = /Unknown arguments?: ([^\n]+)/i.exec(run.stderr);
    if (run.code !== 2 || !unknown) return run;
    const names = new Set(unknown[1]!.split(',').map((n) => '--' + n.trim()));
    const kept = options.filter((o, i) => !names.has(o) && !(names.has(options[i - 1] ?? '') && !o.startsWith('--')));
    if (kept.length === options.length) return run;
    process.stderr.write(`  (scan does not know ${[...names].join(' ')} yet: running without)\n`);
    options = kept;
  }
}

async function measureSize(docs: number, seed: number, jobs: number | null, extra: readonly string[]): Promise<SizeResult> {
  const corpus = ensureCorpus(docs, seed);
  const bareRun = await runNode([path.join(here, 'bare-pass.js'), corpus.docsDir, '--json']);
  if (bareRun.code !== 0) throw new Error(`bare pass failed: ${bareRun.stderr}`);
  const bare = JSON.parse(bareRun.stdout) as BarePassResult;
  process.stderr.write(`  ${docs}: bare pass ${fmt(bare.seconds, 2)} s; running scan …\n`);
  const out = path.join(benchDir, `scan-${docs}${formulaic ? '-formulaic' : ''}.json`);
  rmSync(out, { force: true });
  const scanRun = await runScan(corpus.docsDir, out, jobs, extra);
  let score: PairScore | null = null;
  let error: string | undefined;
  if (scanRun.code === 0 && existsSync(out)) {
    score = scorePairs(readReportPairs(out), readTruth(corpus.truth));
  } else error = `scan exited ${scanRun.code}: ${scanRun.stderr.trim().split('\n').slice(-3).join(' | ')}`;
  return {
    docs,
    mb: corpus.mb,
    bare: { seconds: bare.seconds, wallSeconds: bareRun.seconds, maxRssMb: bareRun.maxRssMb, result: bare },
    scan: { ok: score !== null, seconds: scanRun.seconds, cpuSeconds: scanRun.cpuSeconds, maxRssMb: scanRun.maxRssMb, stats: parseStats(scanRun.stderr), score, ...(error ? { error } : {}) },
  };
}

/** Least-squares slope of log(y) on log(x). */
export function logLogSlope(xs: readonly number[], ys: readonly number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((s, v) => s + v, 0) / lx.length;
  const my = ly.reduce((s, v) => s + v, 0) / ly.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += (lx[i]! - mx) * (ly[i]! - my);
    den += (lx[i]! - mx) ** 2;
  }
  return den === 0 ? NaN : num / den;
}

const fmt = (x: number | null | undefined, digits = 1): string => (x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(digits));

function printTable(results: readonly SizeResult[]): void {
  const header = ['docs', 'MB', 'bare s', 'scan s', 'scan CPU s', 'ratio', 'docs/s', 'MB/s', 'RSS MB', 'cand. pairs', 'P', 'R', 'R wholly', 'R part.', 'deriv. agree'];
  const rows = results.map((r) => {
    const s = r.scan;
    return [
      String(r.docs),
      fmt(r.mb),
      fmt(r.bare.seconds, 2),
      s.ok ? fmt(s.seconds, 2) : 'failed',
      fmt(s.cpuSeconds, 1),
      s.ok ? fmt(s.seconds / r.bare.seconds, 2) : 'n/a',
      s.ok ? fmt(r.docs / s.seconds, 0) : 'n/a',
      s.ok ? fmt(r.mb / s.seconds, 1) : 'n/a',
      fmt(s.maxRssMb, 0),
      String(candidatePairs(s.stats) ?? 'n/a'),
      fmt(s.score?.precision, 3),
      fmt(s.score?.recall, 3),
      fmt(s.score?.recallWholly, 3),
      fmt(s.score?.recallPartially, 3),
      fmt(s.score?.derivationAgreement, 3),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string => '| ' + cells.map((c, i) => c.padStart(widths[i]!)).join(' | ') + ' |';
  process.stdout.write(line(header) + '\n' + '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|\n');
  for (const r of rows) process.stdout.write(line(r) + '\n');
  for (const r of results) if (r.scan.error) process.stdout.write(`  ${r.docs}: ${r.scan.error}\n`);
  for (const r of results) {
    if (r.scan.stats) process.stdout.write(`  ${r.docs} stats: ${JSON.stringify(r.scan.stats)}\n`);
    const ex = r.scan.score?.examples;
    if (ex && (ex.missed.length || ex.falseAlarms.length)) {
      process.stdout.write(`  ${r.docs} misses e.g.: ${ex.missed.slice(0, 3).map((m) => `${m.source} → ${m.copy} (${m.class}, ${m.shared} words)`).join('; ') || 'none'}\n`);
      process.stdout.write(`  ${r.docs} false alarms e.g.: ${ex.falseAlarms.slice(0, 3).join('; ') || 'none'}\n`);
    }
  }
  const ok = results.filter((r) => r.scan.ok);
  if (ok.length >= 2) {
    const xs = ok.map((r) => r.docs);
    const last = ok.slice(-2);
    process.stdout.write(
      `growth (log-log slope over ${xs.join(', ')}): time N^${fmt(logLogSlope(xs, ok.map((r) => r.scan.seconds)), 2)}, ` +
        `peak RSS N^${fmt(logLogSlope(xs, ok.map((r) => r.scan.maxRssMb ?? NaN)), 2)}; ` +
        `${last[0]!.docs}→${last[1]!.docs}: time N^${fmt(logLogSlope(last.map((r) => r.docs), last.map((r) => r.scan.seconds)), 2)}, ` +
        `RSS N^${fmt(logLogSlope(last.map((r) => r.docs), last.map((r) => r.scan.maxRssMb ?? NaN)), 2)}; ` +
        `bare pass N^${fmt(logLogSlope(xs, ok.map((r) => r.bare.seconds)), 2)}\n`,
    );
  }
}

/** Runs scan with --jobs 1 and --jobs 2 and compares the JSON bytes. */
async function checkDeterminism(docs: number, seed: number, extra: readonly string[]): Promise<boolean | null> {
  const corpus = ensureCorpus(docs, seed);
  const outs = [1, 2].map((j) => path.join(benchDir, `scan-${docs}-jobs${j}.json`));
  const runs = [await runScan(corpus.docsDir, outs[0]!, 1, extra), await runScan(corpus.docsDir, outs[1]!, 2, extra)];
  if (runs.some((r) => r.code !== 0)) {
    process.stdout.write(`determinism (${docs} docs): scan failed (${runs.map((r) => r.code).join(', ')})\n`);
    return null;
  }
  const [one, two] = outs.map((f) => readFileSync(f));
  const same = one!.equals(two!);
  process.stdout.write(
    `determinism (${docs} docs): --jobs 1 ${fmt(runs[0]!.seconds, 2)} s, --jobs 2 ${fmt(runs[1]!.seconds, 2)} s, JSON ${same ? 'byte-identical' : 'DIFFERENT'} (${one!.length} bytes)\n`,
  );
  return same;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string' },
      sizes: { type: 'string' },
      jobs: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'no-determinism': { type: 'boolean', default: false },
      'determinism-docs': { type: 'string' },
      'scan-arg': { type: 'string', multiple: true, default: [] },
      bin: { type: 'string' },
      formulaic: { type: 'boolean', default: false },
    },
  });
  formulaic = values.formulaic === true;
  if (values.bin) wiretraceBin = path.resolve(values.bin);
  const sizes = (values.sizes ?? values.docs ?? '1000,10000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--docs/--sizes must be positive integers, e.g. --sizes 1000,10000');
  sizes.sort((a, b) => a - b);
  const seed = Number(values.seed);
  const jobs = values.jobs ? Number(values.jobs) : null;
  const extra = values['scan-arg'] ?? [];
  mkdirSync(benchDir, { recursive: true });
  const results: SizeResult[] = [];
  for (const docs of sizes) {
    const r = await measureSize(docs, seed, jobs, extra);
    results.push(r);
    process.stderr.write(`  ${docs}: scan ${r.scan.ok ? fmt(r.scan.seconds, 2) + ' s' : 'failed'}\n`);
  }
  printTable(results);
  let deterministic: boolean | null = null;
  if (!values['no-determinism']) deterministic = await checkDeterminism(Number(values['determinism-docs'] ?? Math.min(sizes[0]!, 10000)), seed, extra);
  const file = path.join(benchDir, `results-${formulaic ? 'formulaic-' : ''}${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ seed, jobs, formulaic, results, deterministic }, null, 2) + '\n');
  process.stdout.write(`results: ${path.relative(repo, file)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
