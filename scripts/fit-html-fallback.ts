/**
 * `npm run fit:html-fallback`: fits the HTML path's fallback rule (constants-html.ts:
 * MIN_READABILITY_PROSE_SHARE, MAX_FRAGMENT_LINES), i.e. when Readability's article is a
 * fragment and the whole page's text, stripped by the plain-text path, is used instead.
 * Every page of trafilatura-eval is read both ways (html-extract.ts readHtml), each reading
 * cleaned and scored with the set's own snippet metric; a grid of settings is searched with
 * 5-fold cross-validation grouped by site (the URL's host: no site in both a training and a
 * test fold), and the held-out pooled F1 is printed next to the all-pages choice. The choice
 * is then checked on the second set, the boilerplate benchmark's HTML pages (shingle F1).
 * Nothing is written: the chosen setting is copied into constants-html.ts by hand.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodeHtmlBytes } from '../src/ingest/decode.js';
import { readHtml, useReadability, type ExtractedHtml, type FallbackStats } from '../src/ingest/html-extract.js';
import { cleanArticle, stripArticle } from '../src/clean/index.js';
import type { Article } from '../src/types.js';
import { MAX_FRAGMENT_LINES, MIN_READABILITY_PROSE_SHARE } from '../src/ingest/constants-html.js';
import { REPO_ROOT } from './boilerplate-bench.js';

const SHARES = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1];
const LINES = [1, 2, 3, 5, 10, 1_000_000];
const FOLDS = 5;

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
interface PageCase {
  readonly id: string;
  readonly group: string;
  readonly stats: FallbackStats;
  /** Scores of the two readings; `readability` is null when Readability found no article. */
  readonly readability: Counts | null;
  readonly page: Counts;
}

function body(id: string, extracted: ExtractedHtml): string {
  const article: Article = {
    id,
    path: id,
    format: 'html',
    encoding: 'utf-8',
    text: extracted.text,
    textOrigin: 'extracted',
    meta: { source: null, title: extracted.title, published: null, url: null },
    frontMatter: null,
    htmlHints: extracted.hints,
  };
  return extracted.text.trim() === '' ? '' : stripArticle(article, cleanArticle(article, null)).body;
}

function f1(c: Counts): number {
  return 2 * c.tp + c.fp + c.fn > 0 ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0;
}

function pooled(cases: readonly PageCase[], share: number, lines: number): Counts {
  const total: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const c of cases) {
    const pick = c.readability && useReadability(c.stats, share, lines) ? c.readability : c.page;
    total.tp += pick.tp;
    total.fp += pick.fp;
    total.fn += pick.fn;
    total.tn += pick.tn;
  }
  return total;
}

/** The grid setting with the best pooled F1 (ties: the earlier, i.e. the smaller share and fewer lines: falling back less). */
function best(cases: readonly PageCase[]): { share: number; lines: number; f1: number } {
  let top = { share: SHARES[0]!, lines: LINES[0]!, f1: -1 };
  for (const share of SHARES) {
    for (const lines of LINES) {
      const score = f1(pooled(cases, share, lines));
      if (score > top.f1 + 1e-12) top = { share, lines, f1: score };
    }
  }
  return top;
}

/** A stable fold for a group: FNV-1a of its name. */
function foldOf(group: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < group.length; i++) h = Math.imul(h ^ group.charCodeAt(i), 0x01000193) >>> 0;
  return h % FOLDS;
}

function host(url: string | undefined, id: string): string {
  try {
    return new URL(url ?? '').hostname.replace(/^www\./, '');
  } catch {
    return id;
  }
}

async function run(): Promise<void> {
  const benchRoot = path.resolve(REPO_ROOT, '..', 'shared', 'benchmarks');
  const tf = process.env.WIRETRACE_TRAFILATURA_BENCH ?? path.join(benchRoot, 'trafilatura-eval');
  const scorer = (await import(pathToFileURL(path.join(tf, 'score.mjs')).href)) as {
    countItem(item: unknown, body: string): Counts;
  };
  const labels = JSON.parse(readFileSync(path.join(tf, 'labels.json'), 'utf8')) as { id: string; url?: string }[];
  const cases: PageCase[] = [];
  for (const label of labels) {
    const bytes = gunzipSync(readFileSync(path.join(tf, 'html', `${label.id}.html.gz`)));
    const readings = readHtml(decodeHtmlBytes(bytes).text);
    const score = (b: string): Counts => {
      const c = scorer.countItem(label, b);
      return { tp: c.tp, fp: c.fp, fn: c.fn, tn: c.tn };
    };
    cases.push({
      id: label.id,
      group: host(label.url, label.id),
      stats: readings.stats,
      readability: readings.readability ? score(body(label.id, readings.readability)) : null,
      page: score(body(label.id, readings.page)),
    });
  }
  const all = best(cases);
  const held: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let k = 0; k < FOLDS; k++) {
    const train = cases.filter((c) => foldOf(c.group) !== k);
    const test = cases.filter((c) => foldOf(c.group) === k);
    const choice = best(train);
    const got = pooled(test, choice.share, choice.lines);
    held.tp += got.tp;
    held.fp += got.fp;
    held.fn += got.fn;
    held.tn += got.tn;
    console.log(`fold ${k}: ${test.length} pages; chose share ${choice.share}, lines ${choice.lines}; held-out F1 ${f1(got).toFixed(4)}`);
  }
  console.log(`trafilatura-eval (${cases.length} pages, ${new Set(cases.map((c) => c.group)).size} sites):`);
  console.log(`  cross-validated (grouped by site) F1 ${f1(held).toFixed(4)}`);
  console.log(`  all pages: best share ${all.share}, lines ${all.lines}: F1 ${all.f1.toFixed(4)}`);
  console.log(`  committed share ${MIN_READABILITY_PROSE_SHARE}, lines ${MAX_FRAGMENT_LINES}: F1 ${f1(pooled(cases, MIN_READABILITY_PROSE_SHARE, MAX_FRAGMENT_LINES)).toFixed(4)}`);
  console.log(`  never fall back (Readability whenever it finds text): F1 ${f1(pooled(cases, 0, 1)).toFixed(4)}`);
  console.log(`  old rule (half the prose, any length): F1 ${f1(pooled(cases, 0.5, 1_000_000)).toFixed(4)}`);

  // The second set: the boilerplate benchmark's HTML pages (shingle F1, each page its own group).
  const bp = process.env.WIRETRACE_BOILERPLATE_BENCH ?? path.join(benchRoot, 'boilerplate');
  if (!existsSync(bp)) return;
  const bpScorer = (await import(pathToFileURL(path.join(bp, 'score.mjs')).href)) as {
    scoreAll(gold: Map<string, string>, pred: Map<string, string>): { f1: number };
  };
  const gold = new Map<string, string>();
  const both: { id: string; stats: FallbackStats; readability: string | null; page: string }[] = [];
  for (const f of readdirSync(path.join(bp, 'html')).sort()) {
    if (!f.endsWith('.html.gz')) continue;
    const id = f.slice(0, -'.html.gz'.length);
    gold.set(id, readFileSync(path.join(bp, 'gold', `${id}.txt`), 'utf8'));
    const readings = readHtml(decodeHtmlBytes(gunzipSync(readFileSync(path.join(bp, 'html', f)))).text);
    both.push({ id, stats: readings.stats, readability: readings.readability ? body(id, readings.readability) : null, page: body(id, readings.page) });
  }
  const bpF1 = (share: number, lines: number): string =>
    bpScorer.scoreAll(gold, new Map(both.map((p) => [p.id, p.readability !== null && useReadability(p.stats, share, lines) ? p.readability : p.page]))).f1.toFixed(4);
  console.log(`boilerplate dev (${both.length} pages), checked:`);
  console.log(`  committed share ${MIN_READABILITY_PROSE_SHARE}, lines ${MAX_FRAGMENT_LINES}: F1 ${bpF1(MIN_READABILITY_PROSE_SHARE, MAX_FRAGMENT_LINES)}`);
  console.log(`  all-pages trafilatura choice (share ${all.share}, lines ${all.lines}): F1 ${bpF1(all.share, all.lines)}`);
  console.log(`  old rule (half the prose, any length): F1 ${bpF1(0.5, 1_000_000)}`);
}

await run();
