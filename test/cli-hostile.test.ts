/**
 * The bad-input matrix end to end (issue 10, part 1): every row through `wiretrace scan
 * --json` (and `--strict`), `strip --jsonl` and `compare`, in process via `main()`.
 * Each row: exit 0, a warning line on stderr per skipped file naming it and the reason,
 * a summary count, the skip in the report, the readable files as documents whose offsets
 * round-trip, and no stack trace anywhere.
 */
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import test, { type ExecutionContext } from 'ava';
import { main } from '../src/cli/main.js';
import type { Report } from '../src/types.js';
import { GOOD_ARTICLE, HOSTILE_ROWS } from './helpers/hostile-rows.js';
import { memoryIO } from './helpers/memory-io.js';
import { tempCorpus } from './helpers/temp-corpus.js';

const STACK_TRACE = /\n\s+at .+:\d+/;

async function run(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIO();
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

function assertNoStackTrace(t: ExecutionContext, text: string): void {
  t.false(STACK_TRACE.test(text), `no stack trace in: ${text.slice(0, 500)}`);
}

for (const row of HOSTILE_ROWS) {
  test(`scan: ${row.name}`, async (t) => {
    const root = tempCorpus(t, { 'good.txt': GOOD_ARTICLE, ...row.files });
    const { code, out, err } = await run(['scan', root, '--json', ...(row.args ?? [])]);
    t.is(code, 0, err);
    assertNoStackTrace(t, err);
    const report = JSON.parse(out) as Report;
    const ids = report.documents.map((d) => d.id);
    const expectedSkips = row.skipped ?? [];
    for (const [rel, reason] of expectedSkips) {
      const file = path.join(root, rel);
      t.true(
        err.split('\n').some((line) => line.startsWith(`wiretrace: warning: ${file}`) && line.includes(`: skipped: `)),
        `warning for ${rel} in:\n${err}`,
      );
      t.true(report.skipped?.some((s) => s.path === file && s.reason === reason), `${rel} is in report.skipped as ${reason}`);
    }
    if (expectedSkips.length > 0) t.regex(err, /^wiretrace: \d+ (files?|lines?)( and \d+ lines?)? skipped \(.+\)$/m);
    else if (!row.name.startsWith('HTML')) t.false(err.includes('skipped'), err);
    for (const [id] of row.read ?? []) {
      t.true(ids.includes(id), `${id} read (documents: ${ids.join(', ')})`);
    }
    if (!row.args?.includes('--max-docs')) t.true(ids.includes('good.txt'));
    // Every passage's offsets index the text as read.
    const texts = new Map<string, string>();
    const { loadArticles } = await import('../src/ingest/index.js');
    for (const a of (await loadArticles([root])).articles) texts.set(a.id, a.text);
    for (const [id, contains] of row.read ?? []) t.true(texts.get(id)?.includes(contains), `${id} contains ${contains}`);
    for (const pair of report.pairs) {
      for (const p of pair.passages) {
        t.is(texts.get(pair.a.id)!.slice(p.a.start, p.a.end), p.text);
        t.true(p.b.end <= texts.get(pair.b.id)!.length);
      }
    }
  });
}

for (const row of HOSTILE_ROWS.filter((r) => (r.skipped?.length ?? 0) > 0)) {
  test(`scan --strict: ${row.name} stops with exit 2 and one line naming the file`, async (t) => {
    const root = tempCorpus(t, { 'good.txt': GOOD_ARTICLE, ...row.files });
    const { code, out, err } = await run(['scan', root, '--json', '--strict', ...(row.args ?? [])]);
    t.is(code, 2);
    t.is(out, '');
    assertNoStackTrace(t, err);
    const lines = err.trimEnd().split('\n');
    t.is(lines.length, 1, err);
    t.true(row.skipped!.some(([rel]) => lines[0]!.startsWith(`wiretrace: ${path.join(root, rel)}`)), err);
    t.regex(lines[0]!, /\(stopped: --strict\)$/);
  });
}

test('scan: every row at once, files in any order give the same report', async (t) => {
  const files = Object.assign({ 'good.txt': GOOD_ARTICLE }, ...HOSTILE_ROWS.filter((r) => !r.args).map((r) => r.files));
  const root = tempCorpus(t, files);
  const first = await run(['scan', root, '--json']);
  t.is(first.code, 0);
  assertNoStackTrace(t, first.err);
  const again = await run(['scan', root, path.join(root, '*.nothing-matches-this'), '--json']).catch(() => null);
  t.is(again?.code, 2, 'a glob that matches nothing is a usage error');
  const glob = await run(['scan', `${root}/*`, '--json']);
  t.is(glob.code, 0);
  t.is(glob.out, first.out, 'the directory and the glob of its files give byte-identical reports');
});

test('scan: symlink loop and a link out of the root are reported, not followed', async (t) => {
  const outside = tempCorpus(t, { 'secret.txt': 'Outside the corpus root: must never be read.' });
  const root = tempCorpus(t, { 'good.txt': GOOD_ARTICLE, 'sub/x.txt': GOOD_ARTICLE });
  symlinkSync('..', path.join(root, 'sub', 'loop'));
  symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'leak.txt'));
  for (const follow of [[], ['--follow-symlinks']]) {
    const { code, out, err } = await run(['scan', root, '--json', ...follow]);
    t.is(code, 0);
    assertNoStackTrace(t, err);
    t.false(out.includes('must never be read'));
    t.regex(err, new RegExp(`warning: ${path.join(root, 'leak.txt')}: skipped: `));
    t.regex(err, new RegExp(`warning: ${path.join(root, 'sub', 'loop')}: skipped: symbolic link`));
  }
});

test('scan: a path that does not exist is exit 2 with one line naming it', async (t) => {
  const root = tempCorpus(t, {});
  const missing = path.join(root, 'no-such-dir');
  const { code, out, err } = await run(['scan', missing, '--json']);
  t.is(code, 2);
  t.is(out, '');
  t.is(err, `wiretrace: ${missing}: no such file or directory\n`);
});

test('scan: bad limits are usage errors with an example', async (t) => {
  const root = tempCorpus(t, { 'good.txt': GOOD_ARTICLE });
  const size = await run(['scan', root, '--max-file-size', 'huge']);
  t.is(size.code, 2);
  t.regex(size.err, /--max-file-size must be a positive size such as 10MB/);
  const docs = await run(['scan', root, '--max-docs', '0']);
  t.is(docs.code, 2);
  t.regex(docs.err, /--max-docs must be a positive whole number/);
});

test('scan --quiet: no warning lines, the summary stays', async (t) => {
  const root = tempCorpus(t, { 'good.txt': GOOD_ARTICLE, 'empty.txt': '' });
  const { code, err } = await run(['scan', root, '--json', '--quiet']);
  t.is(code, 0);
  t.is(err, 'wiretrace: 1 file skipped (1 empty)\n');
});

test('strip --jsonl over the whole matrix: exit 0, one line per readable document', async (t) => {
  const files = Object.assign({ 'good.txt': GOOD_ARTICLE }, ...HOSTILE_ROWS.filter((r) => !r.args).map((r) => r.files));
  const root = tempCorpus(t, files);
  const { code, out, err } = await run(['strip', root, '--jsonl']);
  t.is(code, 0);
  assertNoStackTrace(t, err);
  const lines = out.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string; body: string });
  t.true(lines.some((l) => l.id === 'good.txt' && l.body.includes('former Army officer')));
  t.regex(err, /warning: .*photo\.png: skipped: binary \(PNG image\)/);
});

test('compare: a binary or empty file is exit 2 naming it, never a stack trace', async (t) => {
  const root = tempCorpus(t, { 'good.txt': GOOD_ARTICLE, 'empty.txt': '', 'x.png': HOSTILE_ROWS[3]!.files['photo.png']! });
  for (const bad of ['empty.txt', 'x.png', 'missing.txt']) {
    const { code, err } = await run(['compare', path.join(root, bad), path.join(root, 'good.txt'), '--json']);
    t.is(code, 2, err);
    assertNoStackTrace(t, err);
    t.true(err.includes(path.join(root, bad)), err);
  }
});

test('compare: UTF-16, CR-only and Windows-1252 copies of one article still match, offsets as read', async (t) => {
  const text = GOOD_ARTICLE.replace('officer', 'officer “quoted”');
  const root = tempCorpus(t, {
    'a.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    'b.txt': Buffer.from(text.replace(/\n/g, '\r').replace('“', '\x93').replace('”', '\x94'), 'latin1'),
  });
  const { code, out, err } = await run(['compare', path.join(root, 'a.txt'), path.join(root, 'b.txt'), '--json']);
  t.is(code, 0, err);
  const pair = JSON.parse(out) as { passages: { a: { start: number; end: number }; b: { start: number; end: number }; text: string }[] };
  t.true(pair.passages.length > 0);
  const bText = text.replace(/\n/g, '\r');
  for (const p of pair.passages) {
    t.is(text.slice(p.a.start, p.a.end), p.text);
    t.is(bText.slice(p.b.start, p.b.end).replace(/\r/g, '\n'), p.text.replace(/\r/g, '\n'));
  }
});
