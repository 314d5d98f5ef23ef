/**
 * `npm run eval:real`: every real labelled benchmark in `../shared/benchmarks/` run through the
 * CLI as a user runs it (`scan`, `compare --pairs`, `strip`), scored by each benchmark's own
 * `score.mjs`, and printed as one table.
 *
 *   node dist/scripts/eval-real.js            print the table (Markdown) on stdout
 *   node dist/scripts/eval-real.js --write    also write it to docs/quality.md (date and commit)
 *   node dist/scripts/eval-real.js --check    compare the headline figures with docs/quality.md:
 *                                             exit 1 when one falls more than 0.01 below it
 *   --only meter,pan,boilerplate,trafilatura  run some benchmarks only (no --write then)
 *
 * The benchmarks are read in place from `../shared/benchmarks` beside the repository, or from
 * $WIRETRACE_BENCHMARKS; they are never copied. Where they are missing, `--check` fails when
 * the CI variable is set and skips with a warning otherwise (a clone on its own has no data).
 *
 * Generated corpora never appear here: accuracy is argued on real labelled data only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const QUALITY_FILE = path.join(REPO_ROOT, 'docs/quality.md');
/** How far a headline figure may fall below the committed one before `--check` fails. */
const GATE_TOLERANCE = 0.01;
/** Marks the machine-readable line of docs/quality.md that `--check` reads. */
const HEADLINE_MARK = '<!-- headline ';

/** One figure of the table; `headline` figures are gated (higher is better). */
interface Figure {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly headline: boolean;
  readonly note?: string;
}

/** What one benchmark contributes: its figures and free Markdown sections. */
interface BenchResult {
  readonly figures: Figure[];
  readonly sections: string[];
  readonly seconds: number;
}

function benchmarksDir(): string | null {
  const candidates = [process.env.WIRETRACE_BENCHMARKS, path.join(REPO_ROOT, '../shared/benchmarks')].filter((c): c is string => Boolean(c));
  for (const dir of candidates) if (existsSync(path.join(dir, 'meter-dev', 'score.mjs'))) return dir;
  return null;
}

/** Runs a command, returning stdout; throws with its stderr on a non-zero exit. */
function run(cmd: string, args: string[], cwd = REPO_ROOT): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} ${args.slice(0, 3).join(' ')}… exited ${r.status}: ${(r.stderr ?? '').slice(0, 2000)}`);
  return r.stdout;
}

/** Runs the CLI as a user does (`node bin/wiretrace.js …`). */
function cli(args: string[]): string {
  return run(process.execPath, [path.join(REPO_ROOT, 'bin/wiretrace.js'), ...args]);
}

/** Reads `key=value` numbers from a scorer's last line. */
function lastLineNumbers(out: string): Record<string, number> {
  const last = out.trim().split('\n').pop() ?? '';
  const values: Record<string, number> = {};
  for (const m of last.matchAll(/([A-Za-z0-9-]+)=([0-9.]+)/g)) values[m[1]!] = Number(m[2]);
  return values;
}

const fmt = (x: number): string => x.toFixed(3);

interface ReportPair {
  readonly a: { id: string; coverage: number; derivation: string };
  readonly b: { id: string; coverage: number; derivation: string };
  readonly direction: { source: string; copy: string; confidence: number } | null;
}

/** METER dev: 3-class derivation and, since every derived story copies its folder's PA text, direction. */
function meter(dir: string, tmp: string): BenchResult {
  const t0 = performance.now();
  const bench = path.join(dir, 'meter-dev');
  const reportFile = path.join(tmp, 'meter-report.json');
  cli(['scan', path.join(bench, 'corpus'), '--json', '--quiet', '--out', reportFile]);
  const scored = run(process.execPath, [path.join(bench, 'score.mjs'), '--report', reportFile]);
  const n = lastLineNumbers(scored);
  const classTable = scored.split('\n').filter((l) => /^(class|wholly|partially|non) /.test(l) || /^ {2}(wholly|partially|non) /.test(l) || l.startsWith('confusion'));

  // Direction truth: a newspaper text labelled wholly/partially copies the PA texts of its folder.
  const labels = new Map<string, string>();
  for (const line of readFileSync(path.join(bench, 'labels.tsv'), 'utf8').trim().split('\n').slice(1)) {
    const [id, label] = line.split('\t');
    labels.set(id!, label!);
  }
  const rel = (id: string): string => {
    const s = id.replace(/\\/g, '/');
    const i = s.indexOf('corpus/');
    return i >= 0 ? s.slice(i + 7) : s;
  };
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { pairs: ReportPair[] };
  let derivedPairs = 0;
  let decided = 0;
  let correct = 0;
  let erased = 0;
  const bins = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001];
  const binCounts = bins.slice(0, -1).map(() => ({ n: 0, ok: 0 }));
  for (const p of report.pairs) {
    const [paper, pa] = rel(p.a.id).startsWith('pa/') ? [p.b, p.a] : [p.a, p.b];
    if (!rel(pa.id).startsWith('pa/') || rel(paper.id).startsWith('pa/')) continue;
    if (rel(pa.id).split('/')[1] !== rel(paper.id).split('/')[1]) continue;
    const label = labels.get(rel(paper.id));
    if (label !== 'wholly' && label !== 'partially') continue;
    derivedPairs++;
    if (!p.direction) continue;
    decided++;
    const ok = p.direction.source === pa.id;
    if (ok) correct++;
    else if (paper.derivation === 'none') erased++;
    const bin = bins.findIndex((b, i) => p.direction!.confidence >= b && p.direction!.confidence < bins[i + 1]!);
    if (bin >= 0 && bin < binCounts.length) {
      binCounts[bin]!.n++;
      if (ok) binCounts[bin]!.ok++;
    }
  }
  const accuracy = decided ? correct / decided : 0;
  const share = derivedPairs ? decided / derivedPairs : 0;
  const reliability = [
    '| confidence | pairs | accuracy |',
    '|---|---|---|',
    ...binCounts.map((c, i) => `| ${bins[i]!.toFixed(2)}–${Math.min(1, bins[i + 1]!).toFixed(2)} | ${c.n} | ${c.n ? fmt(c.ok / c.n) : '–'} |`),
  ];
  return {
    seconds: (performance.now() - t0) / 1000,
    figures: [
      { key: 'meter.f1', label: 'METER dev: 3-class macro-F1 (wholly / partially / non)', value: n['ternary-F1'] ?? 0, headline: true },
      { key: 'meter.binaryF1', label: 'METER dev: derived-vs-non F1', value: n['binary-F1'] ?? 0, headline: false },
      { key: 'direction.accuracy', label: 'METER dev: direction accuracy where decided (wire → paper)', value: accuracy, headline: true, note: `${correct} of ${decided}` },
      { key: 'direction.decided', label: 'METER dev: share of listed derived wire/paper pairs decided', value: share, headline: false, note: `${decided} of ${derivedPairs}` },
    ],
    sections: [
      '### METER dev: per class (`score.mjs`)',
      '',
      '```',
      ...classTable,
      '```',
      '',
      `Direction: ${decided} of ${derivedPairs} listed pairs of a derived newspaper story with a PA text of its folder are decided, ${correct} of them correctly (the PA text named as source); ${erased} wrong decisions set the newspaper's own side to \`none\`.`,
      '',
      '#### Direction reliability (confidence bin → accuracy, METER dev)',
      '',
      ...reliability,
    ],
  };
}

/** PAN dev: verbatim alignment through `compare --pairs --jsonl`, scored by PAN's measures. */
function pan(dir: string, tmp: string): BenchResult {
  const t0 = performance.now();
  const bench = path.join(dir, 'pan13-dev');
  const truth = JSON.parse(readFileSync(path.join(bench, 'truth.json'), 'utf8')) as { pairs: { susp: string; src: string }[] };
  const pairsFile = path.join(tmp, 'pan-pairs.tsv');
  writeFileSync(pairsFile, truth.pairs.map((x) => `${path.join(bench, 'susp', x.susp)}\t${path.join(bench, 'src', x.src)}`).join('\n') + '\n');
  const out = cli(['compare', '--pairs', pairsFile, '--jsonl']);
  const predDir = path.join(tmp, 'pan-pred');
  rmSync(predDir, { recursive: true, force: true });
  spawnSync('mkdir', ['-p', predDir]);
  for (const line of out.split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { a: { id: string }; b: { id: string } };
    const key = `${path.basename(o.a.id).replace(/\.txt$/, '')}--${path.basename(o.b.id).replace(/\.txt$/, '')}`;
    writeFileSync(path.join(predDir, `${key}.json`), line);
  }
  const scored = run(process.execPath, [path.join(bench, 'score.mjs'), '--pred-dir', predDir]);
  const n = lastLineNumbers(scored);
  return {
    seconds: (performance.now() - t0) / 1000,
    figures: [
      { key: 'pan.plagdet', label: 'PAN dev: plagdet', value: n['plagdet'] ?? 0, headline: true },
      { key: 'pan.precision', label: 'PAN dev: character precision', value: n['P'] ?? 0, headline: false },
      { key: 'pan.recall', label: 'PAN dev: character recall', value: n['R'] ?? 0, headline: false },
      { key: 'pan.granularity', label: 'PAN dev: granularity (lower is better, 1 is best)', value: n['gran'] ?? 0, headline: false },
    ],
    sections: [],
  };
}

/** `strip DIR --jsonl` as a user runs it; returns the JSONL file. */
function strip(dirIn: string, out: string): string {
  cli(['strip', dirIn, '--jsonl', '--quiet', '--out', out]);
  return out;
}

/** Unpacks `*.html.gz` into a fresh folder. */
function gunzipDir(from: string, to: string): string {
  spawnSync('mkdir', ['-p', to]);
  for (const f of readdirSync(from)) if (f.endsWith('.html.gz')) writeFileSync(path.join(to, f.slice(0, -3)), gunzipSync(readFileSync(path.join(from, f))));
  return to;
}

interface PageScore {
  readonly id: string;
  readonly p: number;
  readonly r: number;
  readonly empty?: boolean;
}

/** Per-page error categories of the article-body scorer: body dropped, furniture kept. */
function pageErrors(pages: PageScore[], name: string): string[] {
  const dropped = pages.filter((p) => p.r < 0.8).sort((x, y) => x.r - y.r);
  const kept = pages.filter((p) => p.p < 0.8).sort((x, y) => x.p - y.p);
  const list = (ps: PageScore[], key: 'p' | 'r') => ps.slice(0, 8).map((p) => `${p.id.slice(0, 12)} (${key === 'r' ? 'R' : 'P'} ${fmt(p[key])})`).join(', ') || '–';
  return [
    `${name}: **body dropped** (page recall < 0.8) on ${dropped.length} of ${pages.length} pages: ${list(dropped, 'r')}.`,
    `${name}: **furniture kept** (page precision < 0.8) on ${kept.length} of ${pages.length} pages: ${list(kept, 'p')}.`,
  ];
}

/** The 96-page news/blog set (gold article bodies), plain-text input and HTML pages. */
function boilerplate(dir: string, tmp: string): BenchResult {
  const t0 = performance.now();
  const bench = path.join(dir, 'boilerplate');
  const figures: Figure[] = [];
  const sections: string[] = ['### Boilerplate dev (96 pages): per-page errors', ''];
  for (const [mode, input] of [
    ['plain', path.join(bench, 'input')],
    ['html', gunzipDir(path.join(bench, 'html'), path.join(tmp, 'bp-html'))],
  ] as const) {
    const jsonl = strip(input, path.join(tmp, `bp-${mode}.jsonl`));
    const scored = JSON.parse(run(process.execPath, [path.join(bench, 'score.mjs'), '--gold', path.join(bench, 'gold'), '--pred-jsonl', jsonl, '--json'])) as {
      f1: number;
      precision: number;
      recall: number;
      pages: PageScore[];
    };
    const name = mode === 'plain' ? 'plain text' : 'HTML';
    figures.push({ key: `boilerplate.${mode}.f1`, label: `Boilerplate dev, ${name} path: F1`, value: scored.f1, headline: true, note: `P ${fmt(scored.precision)}, R ${fmt(scored.recall)}` });
    sections.push(...pageErrors(scored.pages, name).map((l) => `- ${l}`));
  }
  return { seconds: (performance.now() - t0) / 1000, figures, sections };
}

interface TrafilaturaPage {
  readonly id: string;
  readonly missedWith: string[];
  readonly keptWithout: string[];
  readonly empty: boolean;
}

/** trafilatura's evaluation set (599 pages of all kinds, must / must-not snippets). */
function trafilatura(dir: string, tmp: string): BenchResult {
  const t0 = performance.now();
  const bench = path.join(dir, 'trafilatura-eval');
  const figures: Figure[] = [];
  const sections: string[] = ['### trafilatura-eval (599 pages): per-page errors', ''];
  for (const mode of ['plain', 'html'] as const) {
    const input = mode === 'plain' ? path.join(bench, 'input') : gunzipDir(path.join(bench, 'html'), path.join(tmp, 'tr-html'));
    const jsonl = strip(input, path.join(tmp, `tr-${mode}.jsonl`));
    const scored = JSON.parse(run(process.execPath, [path.join(bench, 'score.mjs'), '--pred-jsonl', jsonl, '--json', ...(mode === 'html' ? ['--html'] : [])])) as {
      f1: number;
      precision: number;
      recall: number;
      empty: number;
      pages: TrafilaturaPage[];
    };
    const name = mode === 'plain' ? 'plain text' : 'HTML';
    figures.push({ key: `trafilatura.${mode}.f1`, label: `trafilatura-eval, ${name} path: F1`, value: scored.f1, headline: true, note: `P ${fmt(scored.precision)}, R ${fmt(scored.recall)}` });
    const dropped = scored.pages.filter((p) => p.missedWith.length > 0).length;
    const kept = scored.pages.filter((p) => p.keptWithout.length > 0).length;
    const empty = scored.pages.filter((p) => p.empty).length;
    sections.push(`- ${name}: body text missed (a must-have snippet absent) on ${dropped} pages, furniture kept (a must-not snippet present) on ${kept} pages, empty output on ${empty} pages.`);
  }
  return { seconds: (performance.now() - t0) / 1000, figures, sections };
}

const BENCHES: Record<string, (dir: string, tmp: string) => BenchResult> = { meter, pan, boilerplate, trafilatura };

function commitId(): string {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: REPO_ROOT, encoding: 'utf8' }).stdout.trim() !== '';
  return r.status === 0 ? `${r.stdout.trim()}${dirty ? ' (with uncommitted changes)' : ''}` : 'unknown';
}

function render(results: [string, BenchResult][]): string {
  const figures = results.flatMap(([, r]) => r.figures);
  const headline = Object.fromEntries(figures.filter((f) => f.headline).map((f) => [f.key, Number(f.value.toFixed(4))]));
  return [
    '# Quality on real labelled data',
    '',
    `Made by \`npm run eval:real -- --write\` on ${new Date().toISOString().slice(0, 10)} at commit ${commitId()}. Every figure comes from the CLI run as a user runs it over the development halves in \`../shared/benchmarks/\`, scored by each benchmark's own \`score.mjs\`. CI runs \`eval:real --check\`: a **headline** figure more than ${GATE_TOLERANCE} below this table fails the build; raising a figure is done by committing the table again.`,
    '',
    '| figure | value | headline | |',
    '|---|---|---|---|',
    ...figures.map((f) => `| ${f.label} | ${fmt(f.value)} | ${f.headline ? 'yes' : ''} | ${f.note ?? ''} |`),
    '',
    `Run time: ${results.map(([name, r]) => `${name} ${r.seconds.toFixed(0)} s`).join(', ')}.`,
    '',
    'These are in-sample figures of the committed tool on the data it was tuned on. The cross-validated figures of everything fitted (derivation model, direction, boilerplate model, HTML fallback), story text removed by stripping and candidate recall are in [cross-validation.md](cross-validation.md).',
    '',
    ...results.flatMap(([, r]) => (r.sections.length ? [...r.sections, ''] : [])),
    `${HEADLINE_MARK}${JSON.stringify(headline)} -->`,
    '',
  ].join('\n');
}

/** The headline figures committed in docs/quality.md. */
function committedHeadline(): Record<string, number> {
  if (!existsSync(QUALITY_FILE)) throw new Error(`${QUALITY_FILE} is missing: run npm run eval:real -- --write`);
  const line = readFileSync(QUALITY_FILE, 'utf8').split('\n').find((l) => l.startsWith(HEADLINE_MARK));
  if (!line) throw new Error(`${QUALITY_FILE} has no headline line: run npm run eval:real -- --write`);
  return JSON.parse(line.slice(HEADLINE_MARK.length, line.lastIndexOf('-->')).trim()) as Record<string, number>;
}

function main(): number {
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1]!.split(',') : Object.keys(BENCHES);
  const dir = benchmarksDir();
  if (!dir) {
    const message = 'eval:real: ../shared/benchmarks not found (set WIRETRACE_BENCHMARKS)';
    if (args.includes('--check') && !process.env.CI) {
      console.error(`${message}; quality gate skipped`);
      return 0;
    }
    console.error(message);
    return 2;
  }
  const tmp = mkdtempSync(path.join(tmpdir(), 'wiretrace-eval-real-'));
  try {
    const results: [string, BenchResult][] = [];
    for (const name of only) {
      const bench = BENCHES[name];
      if (!bench) throw new Error(`unknown benchmark ${name} (known: ${Object.keys(BENCHES).join(', ')})`);
      process.stderr.write(`eval:real: ${name}…\n`);
      results.push([name, bench(dir, tmp)]);
    }
    const table = render(results);
    process.stdout.write(table);
    if (args.includes('--write')) {
      if (only.length !== Object.keys(BENCHES).length) throw new Error('--write needs every benchmark (drop --only)');
      writeFileSync(QUALITY_FILE, table);
      process.stderr.write(`eval:real: wrote ${path.relative(REPO_ROOT, QUALITY_FILE)}\n`);
    }
    if (args.includes('--check')) {
      const committed = committedHeadline();
      const now = Object.fromEntries(results.flatMap(([, r]) => r.figures).map((f) => [f.key, f.value]));
      const fallen = Object.entries(committed).filter(([key, value]) => key in now && now[key]! < value - GATE_TOLERANCE);
      for (const [key, value] of Object.entries(committed)) {
        if (key in now) process.stderr.write(`eval:real: ${key} ${fmt(now[key]!)} (committed ${fmt(value)})${now[key]! < value - GATE_TOLERANCE ? '  FELL' : ''}\n`);
      }
      if (fallen.length) {
        console.error(`eval:real: quality gate failed: ${fallen.map(([k, v]) => `${k} ${fmt(now[k]!)} < ${fmt(v)} - ${GATE_TOLERANCE}`).join('; ')}`);
        return 1;
      }
      process.stderr.write('eval:real: quality gate passed\n');
    }
    return 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

process.exitCode = main();
