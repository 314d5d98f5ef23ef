/**
 * `npm run eval:html`: the HTML path next to Readability alone, page by page, on both HTML
 * development sets: the boilerplate benchmark's `html/` (Zyte pages, shingle F1) and
 * trafilatura-eval's `html/` (snippet F1). "Readability alone" is @mozilla/readability with
 * its default options over linkedom, on the page decoded as wiretrace decodes it, its
 * article's block elements one per line (no stripping after it). Prints both scores per set,
 * the pages where ours is worse than Readability alone (the causes to look for), pages whose
 * output is the headline alone (one line) and pages skipped. `--json FILE` writes the per-page
 * figures. Benchmarks: $WIRETRACE_BOILERPLATE_BENCH / $WIRETRACE_TRAFILATURA_BENCH, else
 * ../shared/benchmarks/{boilerplate,trafilatura-eval}.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { main } from '../src/cli/main.js';
import type { CliIO } from '../src/cli/io.js';
import { decodeHtmlBytes } from '../src/ingest/decode.js';
import { serializeBlocks } from '../src/ingest/html/serialize.js';
import type { DomNode } from '../src/ingest/html/dom.js';
import { REPO_ROOT } from './boilerplate-bench.js';

const quietIO: CliIO = { stdout: () => {}, stderr: () => {}, stderrIsTTY: false };

interface StripRun {
  readonly bodies: Map<string, string>;
  readonly skipped: string[];
  readonly ms: number;
}

/** `wiretrace strip DIR --jsonl`: id (file name without extension) → body, and the ids skipped. */
async function stripDir(dir: string): Promise<StripRun> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'wiretrace-eval-html-out-'));
  const out = path.join(outDir, 'strip.jsonl');
  const t0 = performance.now();
  const code = await main(['strip', dir, '--jsonl', '--no-learn', '--out', out], quietIO);
  const ms = performance.now() - t0;
  if (code !== 0 && !existsSync(out)) throw new Error(`strip exited ${code}`);
  const bodies = new Map<string, string>();
  for (const line of readFileSync(out, 'utf8').split('\n')) {
    if (!line) continue;
    const row = JSON.parse(line) as { id: string; body: string };
    bodies.set(pageId(row.id), row.body);
  }
  rmSync(outDir, { recursive: true, force: true });
  const skipped = readdirSync(dir)
    .map((f) => pageId(f))
    .filter((id) => !bodies.has(id))
    .sort();
  return { bodies, skipped, ms };
}

function pageId(name: string): string {
  const base = path.basename(name);
  return base.endsWith('.html') ? base.slice(0, -5) : base;
}

type ParseHTML = (html: string) => { document: unknown };
type ReadabilityCtor = new (doc: unknown, options: object) => { parse(): { content: unknown } | null };

/** Readability alone on one page: its article's blocks, one per line; '' when it finds none. */
function readabilityAlone(bytes: Uint8Array, parseHTML: ParseHTML, Readability: ReadabilityCtor): string {
  const { document } = parseHTML(decodeHtmlBytes(bytes).text);
  let result: { content: unknown } | null;
  try {
    result = new Readability(document, { serializer: (node: unknown) => node }).parse();
  } catch {
    result = null;
  }
  if (!result || !result.content) return '';
  return serializeBlocks(result.content as DomNode).text;
}

interface PageRow {
  readonly id: string;
  readonly ours: number;
  readonly readability: number;
  readonly oursLines: number;
}

interface SetResult {
  readonly name: string;
  readonly ours: string;
  readonly readability: string;
  readonly rows: PageRow[];
  readonly skipped: string[];
  readonly headlineOnly: string[];
  readonly ms: number;
}

/** Output that is one short line (a headline, not a one-paragraph article): HEADLINE_MAX_WORDS words at most. */
const HEADLINE_MAX_WORDS = 20;
function isHeadlineOnly(body: string | undefined): boolean {
  return lineCount(body) === 1 && body!.trim().split(' ').filter((w) => w.length > 0).length <= HEADLINE_MAX_WORDS;
}

function lineCount(body: string | undefined): number {
  return body ? body.split('\n').filter((l) => l.trim().length > 0).length : 0;
}

async function evalSet(
  name: string,
  htmlDir: string,
  scoreRun: (bodies: Map<string, string>) => { summary: string; perPage: Map<string, number> },
  parseHTML: ParseHTML,
  Readability: ReadabilityCtor,
): Promise<SetResult> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'wiretrace-eval-html-'));
  const readability = new Map<string, string>();
  try {
    for (const f of readdirSync(htmlDir).sort()) {
      if (!f.endsWith('.html.gz')) continue;
      const bytes = gunzipSync(readFileSync(path.join(htmlDir, f)));
      const id = f.slice(0, -'.html.gz'.length);
      writeFileSync(path.join(tmp, `${id}.html`), bytes);
      readability.set(id, readabilityAlone(bytes, parseHTML, Readability));
    }
    const run = await stripDir(tmp);
    const ours = scoreRun(run.bodies);
    const alone = scoreRun(readability);
    const rows: PageRow[] = [...ours.perPage.keys()].sort().map((id) => ({
      id,
      ours: ours.perPage.get(id)!,
      readability: alone.perPage.get(id)!,
      oursLines: lineCount(run.bodies.get(id)),
    }));
    const headlineOnly = rows.filter((r) => isHeadlineOnly(run.bodies.get(r.id)) && lineCount(readability.get(r.id)) > 1).map((r) => r.id);
    return { name, ours: ours.summary, readability: alone.summary, rows, skipped: run.skipped, headlineOnly, ms: run.ms };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

interface BoilerplateScorer {
  scoreAll(gold: Map<string, string>, pred: Map<string, string>): { f1: number; precision: number; recall: number; n: number; pages: { id: string; p: number; r: number }[] };
}
interface TrafilaturaScorer {
  scoreAll(labels: unknown[], pred: Map<string, string>): { f1: number; precision: number; recall: number; n: number; pages: { id: string; fp: number; fn: number }[] };
}

function benchDir(env: string, name: string): string {
  return process.env[env] ?? path.resolve(REPO_ROOT, '..', 'shared', 'benchmarks', name);
}

async function run(): Promise<void> {
  const require = createRequire(import.meta.url);
  const { parseHTML } = require('linkedom') as { parseHTML: ParseHTML };
  const { Readability } = require('@mozilla/readability') as { Readability: ReadabilityCtor };
  const results: SetResult[] = [];
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;

  const bp = benchDir('WIRETRACE_BOILERPLATE_BENCH', 'boilerplate');
  if (existsSync(bp) && only !== 'trafilatura') {
    const scorer = (await import(pathToFileURL(path.join(bp, 'score.mjs')).href)) as BoilerplateScorer;
    const gold = new Map<string, string>();
    for (const f of readdirSync(path.join(bp, 'gold')).sort()) gold.set(f.replace(/\.txt$/, ''), readFileSync(path.join(bp, 'gold', f), 'utf8'));
    results.push(
      await evalSet(
        'boilerplate dev (shingle F1)',
        path.join(bp, 'html'),
        (bodies) => {
          const s = scorer.scoreAll(gold, bodies);
          const perPage = new Map(s.pages.map((p) => [p.id, p.p + p.r > 0 ? (2 * p.p * p.r) / (p.p + p.r) : 0]));
          return { summary: `F1=${s.f1.toFixed(4)} P=${s.precision.toFixed(4)} R=${s.recall.toFixed(4)} n=${s.n}`, perPage };
        },
        parseHTML,
        Readability,
      ),
    );
  }

  const tf = benchDir('WIRETRACE_TRAFILATURA_BENCH', 'trafilatura-eval');
  if (existsSync(tf) && only !== 'boilerplate') {
    const scorer = (await import(pathToFileURL(path.join(tf, 'score.mjs')).href)) as TrafilaturaScorer;
    const labels = JSON.parse(readFileSync(path.join(tf, 'labels.json'), 'utf8')) as unknown[];
    results.push(
      await evalSet(
        'trafilatura-eval (snippet F1; per page: minus errors)',
        path.join(tf, 'html'),
        (bodies) => {
          const s = scorer.scoreAll(labels, bodies);
          const perPage = new Map(s.pages.map((p) => [p.id, -(p.fp + p.fn)]));
          return { summary: `F1=${s.f1.toFixed(4)} P=${s.precision.toFixed(4)} R=${s.recall.toFixed(4)} n=${s.n}`, perPage };
        },
        parseHTML,
        Readability,
      ),
    );
  }

  for (const r of results) {
    const worse = r.rows.filter((row) => row.ours < row.readability).sort((a, b) => a.ours - a.readability - (b.ours - b.readability) || (a.id < b.id ? -1 : 1));
    const better = r.rows.filter((row) => row.ours > row.readability).length;
    console.log(`\n${r.name}`);
    console.log(`  wiretrace HTML path:  ${r.ours}  [${r.ms.toFixed(0)} ms]`);
    console.log(`  Readability alone:    ${r.readability}`);
    console.log(`  pages ours better: ${better}, worse: ${worse.length}; headline-only output: ${r.headlineOnly.length}; skipped: ${r.skipped.length}`);
    for (const row of worse.slice(0, 15)) console.log(`    worse: ${row.id}  ours ${row.ours.toFixed(3)} vs Readability ${row.readability.toFixed(3)}`);
    if (r.headlineOnly.length) console.log(`  headline-only: ${r.headlineOnly.join(' ')}`);
    if (r.skipped.length) console.log(`  skipped: ${r.skipped.join(' ')}`);
  }
  const jsonAt = process.argv.indexOf('--json');
  if (jsonAt >= 0 && process.argv[jsonAt + 1]) writeFileSync(process.argv[jsonAt + 1]!, `${JSON.stringify(results, null, 1)}\n`);
}

await run();
