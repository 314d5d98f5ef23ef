/**
 * `npm run eval:boilerplate`: runs `wiretrace strip --jsonl` over the boilerplate benchmark
 * (`../shared/benchmarks/boilerplate`, or $WIRETRACE_BOILERPLATE_BENCH): its plain-text
 * `input/` (plain-text path) and its `html/*.html.gz` pages (HTML path, unpacked to a
 * temporary folder), and scores both with the benchmark's own score.mjs. Then two-fold
 * cross-validation of the plain-text model (train on one half of the pages, test on the
 * other), since the committed model was trained on all of them.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { main } from '../src/cli/main.js';
import type { CliIO } from '../src/cli/io.js';
import { benchmarkDir, formatScores, halves, loadPages, score } from './boilerplate-bench.js';
import { PLAIN_BODY_BIAS, PLAIN_TRAIN, benchmarkDocs, predict, syntheticDocs, train } from './boilerplate-train-lib.js';

const quietIO: CliIO = { stdout: () => {}, stderr: (t) => void process.stderr.write(t), stderrIsTTY: false };

/** Runs `wiretrace strip DIR --jsonl` and returns id (file name without extensions) → body, and the time taken. */
async function stripDir(dir: string): Promise<{ bodies: Map<string, string>; ms: number; docs: number }> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'wiretrace-eval-')), 'strip.jsonl');
  const t0 = performance.now();
  const code = await main(['strip', dir, '--jsonl', '--no-learn', '--out', out], quietIO);
  const ms = performance.now() - t0;
  if (code !== 0) throw new Error(`strip exited ${code}`);
  const bodies = new Map<string, string>();
  for (const line of readFileSync(out, 'utf8').split('\n')) {
    if (!line) continue;
    const row = JSON.parse(line) as { id: string; body: string };
    bodies.set(path.basename(row.id).split('.')[0]!, row.body);
  }
  return { bodies, ms, docs: bodies.size };
}

async function run(): Promise<void> {
  const dir = benchmarkDir();
  const pages = loadPages(dir);
  const gold = new Map(pages.map((p) => [p.id, p.gold]));
  console.log(`boilerplate benchmark: ${dir} (${pages.length} pages)`);

  const plain = await stripDir(path.join(dir, 'input'));
  console.log(`plain-text path (strip input/*.txt):  ${formatScores(await score(gold, plain.bodies))}  [${plain.docs} docs, ${plain.ms.toFixed(0)} ms]`);

  const htmlDir = mkdtempSync(path.join(tmpdir(), 'wiretrace-eval-html-'));
  try {
    for (const f of readdirSync(path.join(dir, 'html'))) {
      if (!f.endsWith('.html.gz')) continue;
      writeFileSync(path.join(htmlDir, f.slice(0, -3)), gunzipSync(readFileSync(path.join(dir, 'html', f))));
    }
    const html = await stripDir(htmlDir);
    console.log(`HTML path (strip html/*.html):        ${formatScores(await score(gold, html.bodies))}  [${html.docs} docs, ${html.ms.toFixed(0)} ms]`);
  } finally {
    rmSync(htmlDir, { recursive: true, force: true });
  }

  if (process.argv.includes('--no-cv')) return;
  const [a, b] = halves(pages);
  for (const [name, trainSet, testSet] of [
    ['train on even pages, test on odd', a, b],
    ['train on odd pages, test on even', b, a],
  ] as const) {
    const base = train([...benchmarkDocs(trainSet), ...syntheticDocs(trainSet)], PLAIN_TRAIN);
    const model = { ...base, transitions: { ...base.transitions, bodyBias: PLAIN_BODY_BIAS } };
    const held = await score(new Map(testSet.map((p) => [p.id, p.gold])), predict(testSet, model));
    console.log(`cross-validation, plain text, ${name}: held-out ${formatScores(held)}`);
  }
}

await run();
