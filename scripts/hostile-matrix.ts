/**
 * The bad-input matrix at full size (issue 10, part 1), outside CI: every row of
 * test/helpers/hostile-rows.ts, plus the rows too big for CI (100,000 tiny files, a 50 MB
 * single line, a 5 MB article, a long article of one repeated line), each run through the
 * real CLI (`node bin/wiretrace.js scan DIR --json`) in a child process. Prints a markdown
 * table: row, exit code, what was reported, time, peak memory, and whether stderr held a
 * stack trace.
 *
 *   npm run hostile                       # everything
 *   HOSTILE_FILES=20000 npm run hostile   # fewer tiny files
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GOOD_ARTICLE, HOSTILE_ROWS, type HostileRow } from '../test/helpers/hostile-rows.js';
import { writeFiles, type CorpusFiles } from '../test/helpers/temp-corpus.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(repo, 'bin/wiretrace.js');
const TINY_FILES = Number(process.env.HOSTILE_FILES ?? 100_000);
const STACK_TRACE = /\n\s+at .+:\d+/;

interface Outcome {
  readonly name: string;
  readonly code: number | null;
  readonly seconds: number;
  readonly peakMb: number | null;
  readonly documents: number | null;
  readonly reported: string;
  readonly stackTrace: boolean;
}

function runCli(name: string, args: readonly string[]): Outcome {
  const t0 = Date.now();
  const timed = ['-f', '%M', process.execPath, BIN, ...args];
  const result = spawnSync('/usr/bin/time', timed, { encoding: 'utf8', maxBuffer: 1024 ** 3 });
  const seconds = (Date.now() - t0) / 1000;
  const errLines = (result.stderr ?? '').trimEnd().split('\n');
  const peakKb = Number(errLines.at(-1));
  const stderr = Number.isFinite(peakKb) ? errLines.slice(0, -1).join('\n') : result.stderr;
  let documents: number | null;
  try {
    documents = (JSON.parse(result.stdout) as { documents: unknown[] }).documents.length;
  } catch {
    documents = null;
  }
  const summary = stderr.split('\n').filter((l) => /skipped \(|^wiretrace: (?!warning)/.test(l));
  return {
    name,
    code: result.status,
    seconds,
    peakMb: Number.isFinite(peakKb) ? Math.round(peakKb / 1024) : null,
    documents,
    reported: summary.join(' / ').replace(/\|/g, '\\|').slice(0, 200) || '(nothing skipped)',
    stackTrace: STACK_TRACE.test(stderr),
  };
}

function corpus(files: CorpusFiles): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wiretrace-hostile-'));
  writeFiles(root, files);
  return root;
}

const outcomes: Outcome[] = [];
function row(name: string, files: CorpusFiles | ((root: string) => void), extra: readonly string[] = []): void {
  const root = typeof files === 'function' ? corpus({}) : corpus(files);
  if (typeof files === 'function') files(root);
  try {
    const outcome = runCli(name, ['scan', root, '--json', ...extra]);
    outcomes.push(outcome);
    console.error(`${name}: exit ${outcome.code}, ${outcome.seconds.toFixed(1)} s`);
    if (!extra.includes('--strict') && outcome.code !== 0) console.error(`  unexpected exit ${outcome.code}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

for (const r of HOSTILE_ROWS as readonly HostileRow[]) {
  row(r.name, { 'good.txt': GOOD_ARTICLE, ...r.files }, r.args ?? []);
  if (r.skipped?.length) row(`${r.name} --strict`, { 'good.txt': GOOD_ARTICLE, ...r.files }, [...(r.args ?? []), '--strict']);
}

row('5 MB article', { 'good.txt': GOOD_ARTICLE, 'big.txt': `${GOOD_ARTICLE}\n`.repeat(Math.ceil((5 * 1024 ** 2) / (GOOD_ARTICLE.length + 1))) });
row('50 MB single line', { 'good.txt': GOOD_ARTICLE, 'line.txt': 'word '.repeat(10 * 1024 ** 2) });
row('100k chars of one repeated sentence, twice', {
  'a.txt': 'Wallace said the talks went well.\n'.repeat(3000),
  'b.txt': 'Wallace said the talks went well.\n'.repeat(3000),
});
row(`${TINY_FILES.toLocaleString('en')} tiny files`, (root) => {
  for (let i = 0; i < TINY_FILES; i++) {
    const dir = path.join(root, `source-${i % 50}`);
    if (i < 50) mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `story-${i}.txt`), `Story ${i}: the council met on day ${i % 365} to discuss item ${i * 7919 % 100_003}.\n`);
  }
});

console.log('| row | exit | documents | reported on stderr | time | peak RSS | stack trace |');
console.log('|---|---|---|---|---|---|---|');
for (const o of outcomes) {
  console.log(
    `| ${o.name} | ${o.code} | ${o.documents ?? '–'} | ${o.reported} | ${o.seconds.toFixed(1)} s | ${o.peakMb ?? '?'} MB | ${o.stackTrace ? 'YES' : 'no'} |`,
  );
}
