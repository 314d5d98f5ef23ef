/**
 * The bad-input matrix (issue 10, part 1) at ingest level: one test per row. Each row
 * says what ingest does with the input: read it (and how), or skip it with a one-line
 * message naming the file and the reason. Nothing here may throw except where the row
 * says InputError (a mistake on the command line, or `strict`).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import test, { type ExecutionContext } from 'ava';
import { InputError } from '../src/errors.js';
import { listInputFiles, loadArticles, readArticleFile, type IngestOptions, type IngestResult } from '../src/ingest/index.js';
import type { SkippedInput } from '../src/types.js';
import { bytes, tempCorpus, type CorpusFiles } from './helpers/temp-corpus.js';

const ARTICLE = 'Wallace, a former Army officer, said the talks went well.\n';
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 'IHDR', 0, 0, 1, 0);
const PDF = bytes('%PDF-1.7\n%', 0xe2, 0xe3, 0xcf, 0xd3, '\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 'JFIF', 0);

async function ingest(t: ExecutionContext, files: CorpusFiles, options: IngestOptions = {}): Promise<IngestResult & { root: string; warned: SkippedInput[] }> {
  const root = tempCorpus(t, files);
  const warned: SkippedInput[] = [];
  const result = await loadArticles([root], { ...options, onSkip: (s) => warned.push(s) });
  t.deepEqual(warned, [...result.skipped], 'every skip is reported as it is found');
  return { ...result, root, warned };
}

function assertSkipped(t: ExecutionContext, result: IngestResult & { root: string }, rel: string, reason: string, detail?: RegExp): SkippedInput {
  const file = path.join(result.root, rel);
  const entry = result.skipped.find((s) => s.path === file || s.path === `${file}/`);
  t.truthy(entry, `${rel} is reported (got ${JSON.stringify(result.skipped)})`);
  t.is(entry!.reason, reason as never);
  t.true(entry!.message.startsWith(`${file}`), 'the message names the file');
  t.regex(entry!.message, new RegExp(`: skipped: ${reason === 'malformed-json' ? 'malformed JSON' : reason.replaceAll('-', ' ')}`));
  t.false(entry!.message.includes('\n'), 'one line');
  if (detail) t.regex(entry!.message, detail);
  return entry!;
}

test('empty file: skipped: empty', async (t) => {
  const r = await ingest(t, { 'a.txt': '', 'ok.txt': ARTICLE });
  assertSkipped(t, r, 'a.txt', 'empty', /0 bytes/);
  t.deepEqual(r.articles.map((a) => a.id), ['ok.txt']);
});

test('whitespace only: skipped: empty', async (t) => {
  const r = await ingest(t, { 'a.md': ' \r\n\t\n  \u00a0\n' });
  assertSkipped(t, r, 'a.md', 'empty', /only whitespace/);
  t.is(r.articles.length, 0);
});

test('front matter and nothing else: skipped: empty', async (t) => {
  const r = await ingest(t, { 'a.md': '---\ntitle: x\n---\n\n' });
  assertSkipped(t, r, 'a.md', 'empty', /only front matter/);
});

test('binary with NUL bytes (named .txt): skipped: binary', async (t) => {
  const r = await ingest(t, { 'x.txt': bytes('abc', 0, 1, 2, 0, 'def') });
  assertSkipped(t, r, 'x.txt', 'binary', /NUL byte at offset 3/);
});

test('PNG image, as .png and renamed .txt: skipped: binary (PNG image)', async (t) => {
  const r = await ingest(t, { 'photo.png': PNG, 'fake.txt': PNG });
  assertSkipped(t, r, 'photo.png', 'binary', /PNG image/);
  assertSkipped(t, r, 'fake.txt', 'binary', /PNG image/);
});

test('PDF and JPEG: skipped: binary with the kind named', async (t) => {
  const r = await ingest(t, { 'doc.pdf': PDF, 'doc.txt': PDF, 'p.jpg': JPEG, 'p.md': JPEG });
  assertSkipped(t, r, 'doc.pdf', 'binary', /PDF document/);
  assertSkipped(t, r, 'doc.txt', 'binary', /PDF document/);
  assertSkipped(t, r, 'p.jpg', 'binary', /JPEG image/);
  assertSkipped(t, r, 'p.md', 'binary', /JPEG image/);
});

test('control characters without NUL: skipped: binary', async (t) => {
  const noise = Uint8Array.from({ length: 2000 }, (_, i) => [1, 2, 3, 0x41, 0x42, 0x1b][i % 6]!);
  const r = await ingest(t, { 'noise.txt': noise });
  assertSkipped(t, r, 'noise.txt', 'binary', /control bytes/);
});

test('wire copy with a paragraph mark (0x19) opening every short paragraph: read as text, not binary (issue 17)', async (t) => {
  // 40 one-line paragraphs of 30 bytes: 1 mark in 31 bytes (3.2%), over the 2% a binary file is judged by.
  const para = (k: number) => `\u0019Para ${String(k).padStart(2, '0')} said so today.<\n`;
  const wire = Array.from({ length: 40 }, (_, k) => para(k)).join('');
  const r = await ingest(t, { 'pa.txt': wire });
  t.deepEqual(r.skipped, []);
  t.is(r.articles.length, 1);
  t.is(r.articles[0]!.text, wire);
  // The same marks inside lines are still control bytes of a binary file.
  const inline = Array.from({ length: 40 }, (_, k) => `Para ${k}\u0019 said\u0019 so\u0019 today.\n`).join('');
  const r2 = await ingest(t, { 'noise.txt': inline });
  assertSkipped(t, r2, 'noise.txt', 'binary', /control bytes/);
});

test('other extensions: skipped: unsupported, naming the extension', async (t) => {
  const r = await ingest(t, { 'data.csv': 'a,b\n1,2\n', README: 'hello' });
  assertSkipped(t, r, 'data.csv', 'unsupported', /\.csv is not an article format/);
  assertSkipped(t, r, 'README', 'unsupported', /no file extension/);
});

test('invalid UTF-8 / Windows-1252 text: read, curly quotes kept', async (t) => {
  const r = await ingest(t, { 'w.txt': bytes('He said ', 0x93, 'yes', 0x94, ' ', 0x97, ' for ', 0x80, '5m.\r\n') });
  t.is(r.skipped.length, 0);
  t.like(r.articles[0], { text: 'He said “yes” — for €5m.\r\n', encoding: 'windows-1252' });
});

test('Latin-1 text: read as Windows-1252', async (t) => {
  const r = await ingest(t, { 'l.txt': bytes('Le pr', 0xe9, 'sident a parl', 0xe9, '.') });
  t.is(r.articles[0]!.text, 'Le président a parlé.');
});

test('UTF-16 LE and BE with BOM: read', async (t) => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]);
  const be = Buffer.from(le);
  be.swap16();
  const r = await ingest(t, { 'le.txt': le, 'be.txt': be });
  t.deepEqual(
    r.articles.map((a) => [a.id, a.text, a.encoding]),
    [
      ['be.txt', ARTICLE, 'utf-16be'],
      ['le.txt', ARTICLE, 'utf-16le'],
    ],
  );
});

test('UTF-8 BOM: read, BOM not part of the text', async (t) => {
  const r = await ingest(t, { 'b.txt': bytes(0xef, 0xbb, 0xbf, ARTICLE) });
  t.like(r.articles[0], { text: ARTICLE, encoding: 'utf-8' });
});

test('CR-only and CRLF line ends: read unchanged, offsets index the text as read', async (t) => {
  const text = 'Headline\rFirst line.\rSecond line.\r\nThird.\r\n';
  const r = await ingest(t, { 'cr.txt': text });
  t.is(r.articles[0]!.text, text);
  const i = text.indexOf('Second');
  t.is(r.articles[0]!.text.slice(i, i + 12), 'Second line.');
});

test('front matter with CRLF: span covers it, text unchanged', async (t) => {
  const text = '---\r\ntitle: "A title"\r\nsource: sun\r\n---\r\nBody text here.\r\n';
  const r = await ingest(t, { 'f.md': text });
  const a = r.articles[0]!;
  t.is(a.text, text);
  t.deepEqual(a.frontMatter, { start: 0, end: text.indexOf('Body') });
  t.like(a.meta, { title: 'A title', source: 'sun' });
});

test('a 5 MB article: read whole', async (t) => {
  const paragraph = 'The minister said the plan would be announced next week. '.repeat(20) + '\n\n';
  const text = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
  const r = await ingest(t, { 'big.txt': text });
  t.is(r.articles[0]!.text.length, text.length);
});

test('a 5 MB single line (CI size of the 50 MB row): read whole', async (t) => {
  const text = 'word '.repeat(1024 * 1024);
  const r = await ingest(t, { 'line.txt': text });
  t.is(r.articles[0]!.text.length, text.length);
});

test('over --max-file-size: skipped: too large, not read', async (t) => {
  const r = await ingest(t, { 'big.txt': 'x'.repeat(3000), 'ok.txt': ARTICLE }, { maxFileBytes: 2048 });
  assertSkipped(t, r, 'big.txt', 'too-large', /2\.9 kB is over the 2\.0 kB limit/);
  t.deepEqual(r.articles.map((a) => a.id), ['ok.txt']);
});

test('5,000 tiny files: all read, in id order', async (t) => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 5000; i++) files[`s${i % 10}/f${i}.txt`] = `Story number ${i}.\n`;
  const r = await ingest(t, files);
  t.is(r.articles.length, 5000);
  t.is(r.skipped.length, 0);
  const ids = r.articles.map((a) => a.id);
  t.deepEqual(ids, [...ids].sort());
  t.is(r.articles.find((a) => a.id === 's3/f4213.txt')?.meta.source, 's3');
});

test('malformed JSON file: skipped: malformed JSON', async (t) => {
  const r = await ingest(t, { 'a.json': '{"text": "unterminated', 'b.json': JSON.stringify({ text: ARTICLE }) });
  assertSkipped(t, r, 'a.json', 'malformed-json');
  t.deepEqual(r.articles.map((a) => a.id), ['b.json']);
});

test('JSON that is not an article object: skipped: not an article', async (t) => {
  const r = await ingest(t, {
    'arr.json': '[{"text":"x"}]',
    'num.json': '42',
    'obj.json': '{"title":"no text here","tags":["a"]}',
    'null.json': 'null',
  });
  assertSkipped(t, r, 'arr.json', 'not-an-article', /a JSON array of 1/);
  assertSkipped(t, r, 'num.json', 'not-an-article', /a JSON number/);
  assertSkipped(t, r, 'obj.json', 'not-an-article', /without a text or html string \(fields: title, tags\)/);
  assertSkipped(t, r, 'null.json', 'not-an-article', /JSON null/);
});

test('malformed JSONL lines: each reported with its line number, the rest kept', async (t) => {
  const lines = [
    JSON.stringify({ text: 'first story' }),
    '{"text": broken',
    '',
    JSON.stringify({ id: 'own-id', text: 'third story' }),
    '[1,2]',
    JSON.stringify({ text: 'last story' }) + '\r',
  ];
  const r = await ingest(t, { 'feed.jsonl': lines.join('\n') });
  t.deepEqual(r.articles.map((a) => [a.id, a.text, a.line]), [
    ['feed.jsonl#1', 'first story', 1],
    ['feed.jsonl#6', 'last story', 6],
    ['own-id', 'third story', 4],
  ]);
  t.deepEqual(r.skipped.map((s) => [s.reason, s.line]), [
    ['malformed-json', 2],
    ['not-an-article', 5],
  ]);
  t.regex(r.skipped[0]!.message, /feed\.jsonl:2: skipped: malformed JSON \(.*; other lines kept\)$/);
});

test('a JSONL line over the size limit: that line skipped, the rest kept', async (t) => {
  const lines = [JSON.stringify({ text: 'short' }), JSON.stringify({ text: 'y'.repeat(5000) }), JSON.stringify({ text: 'after' })];
  const r = await ingest(t, { 'f.jsonl': lines.join('\n') + '\n' }, { maxFileBytes: 1024 });
  t.deepEqual(r.articles.map((a) => a.text), ['short', 'after']);
  t.deepEqual(r.skipped.map((s) => [s.reason, s.line]), [['too-large', 2]]);
});

test('HTML with broken markup: never throws; read or skipped with the file named', async (t) => {
  const html = '<html><head><title>Broken</title><body><div><p>Unclosed paragraph with the Minister said <b>bold<p>another <script>alert(1)</scr';
  const r = await ingest(t, { 'b.html': html });
  if (r.articles.length === 1) {
    t.like(r.articles[0], { id: 'b.html', format: 'html', textOrigin: 'extracted' });
    t.false(r.articles[0]!.text.includes('alert(1)'), 'script text is not article text');
  } else {
    assertSkipped(t, r, 'b.html', r.skipped[0]!.reason);
  }
});

test('file deleted during the run: skipped: unreadable', async (t) => {
  const root = tempCorpus(t, { 'gone.txt': ARTICLE, 'kept.txt': ARTICLE });
  const listing = await listInputFiles([root]);
  unlinkSync(path.join(root, 'gone.txt'));
  const results = listing.files.map((file) => readArticleFile(file));
  t.is(results[0]!.articles.length, 0);
  t.like(results[0]!.skipped[0], { reason: 'unreadable', path: path.join(root, 'gone.txt') });
  t.regex(results[0]!.skipped[0]!.message, /gone\.txt: skipped: unreadable \(no longer exists/);
  t.is(results[1]!.articles.length, 1);
});

test('unreadable file (permissions): skipped: unreadable', async (t) => {
  if (process.getuid?.() === 0) {
    t.log('running as root: permissions do not stop reads, row covered by the deleted-file test');
    t.pass();
    return;
  }
  const root = tempCorpus(t, { 'locked.txt': ARTICLE });
  chmodSync(path.join(root, 'locked.txt'), 0);
  const r = await loadArticles([root]);
  t.regex(r.skipped[0]!.message, /locked\.txt: skipped: unreadable \(permission denied\)/);
});

test('named pipe in the corpus: skipped, never blocks', async (t) => {
  const root = tempCorpus(t, { 'ok.txt': ARTICLE });
  try {
    execFileSync('mkfifo', [path.join(root, 'pipe.txt')]);
  } catch {
    t.pass();
    return;
  }
  const r = await loadArticles([root]);
  t.is(r.articles.length, 1);
  t.like(r.skipped[0], { reason: 'unsupported', path: path.join(root, 'pipe.txt') });
});

test('symlink loop: not followed by default, detected when following', async (t) => {
  const root = tempCorpus(t, { 'a/story.txt': ARTICLE });
  symlinkSync('..', path.join(root, 'a', 'up'));
  symlinkSync('self.txt', path.join(root, 'self.txt'));
  const plain = await loadArticles([root]);
  t.deepEqual(plain.articles.map((a) => a.id), ['a/story.txt']);
  t.deepEqual(plain.skipped.map((s) => [path.relative(root, s.path), s.reason]), [
    ['a/up', 'symlink'],
    ['self.txt', 'symlink'],
  ]);
  t.regex(plain.skipped[0]!.message, /not followed; --follow-symlinks/);
  const followed = await loadArticles([root], { followSymlinks: true });
  t.deepEqual(followed.articles.map((a) => a.id), ['a/story.txt']);
  t.deepEqual(followed.skipped.map((s) => [path.relative(root, s.path), s.reason]), [
    ['a/up', 'symlink'],
    ['self.txt', 'symlink'],
  ]);
  t.regex(followed.skipped[0]!.message, /loop/);
  t.regex(followed.skipped[1]!.message, /loop/);
});

test('mutual symlink loop between folders: each followed at most once', async (t) => {
  const root = tempCorpus(t, { 'x/one.txt': ARTICLE, 'y/two.txt': ARTICLE });
  symlinkSync('../y', path.join(root, 'x', 'to-y'));
  symlinkSync('../x', path.join(root, 'y', 'to-x'));
  const r = await loadArticles([root], { followSymlinks: true });
  t.deepEqual(r.articles.map((a) => a.id), ['x/one.txt', 'x/to-y/two.txt', 'y/to-x/one.txt', 'y/two.txt']);
  t.true(r.skipped.every((s) => s.reason === 'symlink'));
});

test('links out of the corpus root: never followed', async (t) => {
  const outside = tempCorpus(t, { 'secret.txt': 'outside text', 'dir/s.txt': 'outside dir' });
  const root = tempCorpus(t, { 'in.txt': ARTICLE });
  symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'link.txt'));
  symlinkSync(path.join(outside, 'dir'), path.join(root, 'linkdir'));
  for (const followSymlinks of [false, true]) {
    const r = await loadArticles([root], { followSymlinks });
    t.deepEqual(r.articles.map((a) => a.id), ['in.txt']);
    t.deepEqual(r.skipped.map((s) => s.reason), followSymlinks ? ['outside-root', 'outside-root'] : ['symlink', 'symlink']);
  }
});

test('links inside the root: followed with followSymlinks', async (t) => {
  const root = tempCorpus(t, { 'sun/a.txt': ARTICLE });
  symlinkSync('sun', path.join(root, 'mirror'));
  symlinkSync('sun/a.txt', path.join(root, 'alias.txt'));
  const r = await loadArticles([root], { followSymlinks: true });
  t.deepEqual(r.articles.map((a) => [a.id, a.meta.source]), [
    ['alias.txt', null],
    ['mirror/a.txt', 'mirror'],
    ['sun/a.txt', 'sun'],
  ]);
});

test('duplicate ids: the first read (files in id order, then input order; lines in order) kept, the rest reported', async (t) => {
  const root = tempCorpus(t, { 'x.txt': 'from file', 'feed.jsonl': '{"id":"x.txt","text":"from feed"}\n{"id":"dup","text":"1"}\n{"id":"dup","text":"2"}\n' });
  const r = await loadArticles([root]);
  t.deepEqual(r.articles.map((x) => [x.id, x.text]), [
    ['dup', '1'],
    ['x.txt', 'from feed'],
  ]);
  t.deepEqual(r.skipped.map((s) => [s.path, s.reason, s.line]), [
    [path.join(root, 'feed.jsonl'), 'duplicate-id', 3],
    [path.join(root, 'x.txt'), 'duplicate-id', undefined],
  ]);
  t.is(r.skipped[0]!.message, `${path.join(root, 'feed.jsonl')}:3: skipped: duplicate id (id 'dup' is already used by ${path.join(root, 'feed.jsonl')}:2)`);
  t.regex(r.skipped[1]!.message, /duplicate id \(id 'x\.txt' is already used by .*feed\.jsonl:1\)/);
});

test('several inputs: ids relative to their common parent, so same-named files in two folders are both kept', async (t) => {
  const root = tempCorpus(t, { 'a/x.txt': 'from a', 'b/x.txt': 'from b', 'b/deep/y.txt': 'y' });
  const r = await loadArticles([path.join(root, 'b'), path.join(root, 'a')]);
  t.deepEqual(r.articles.map((x) => [x.id, x.text, x.meta.source]), [
    ['a/x.txt', 'from a', 'a'],
    ['b/deep/y.txt', 'y', 'b'],
    ['b/x.txt', 'from b', 'b'],
  ]);
  t.deepEqual(r.skipped, []);
  // The same files named one by one, or by a glob, get the same ids and sources.
  const files = await loadArticles([path.join(root, 'b/x.txt'), path.join(root, 'a/x.txt'), path.join(root, 'b/deep/y.txt')]);
  t.deepEqual(files.articles.map((x) => [x.id, x.meta.source]), r.articles.map((x) => [x.id, x.meta.source]));
  const glob = await loadArticles([`${root}/*/x.txt`, path.join(root, 'b/deep')]);
  t.deepEqual(glob.articles.map((x) => [x.id, x.meta.source]), r.articles.map((x) => [x.id, x.meta.source]));
  // One directory named: ids stay relative to it (the contract).
  t.deepEqual((await loadArticles([path.join(root, 'b')])).articles.map((x) => x.id), ['deep/y.txt', 'x.txt']);
});

test('non-ASCII and right-to-left text: read intact', async (t) => {
  const arabic = 'قال الوزير إن الخطة ستعلن الأسبوع المقبل.\n';
  const hebrew = 'השר אמר כי התוכנית תוכרז בשבוע הבא.\n';
  const mixed = 'Der Minister sagte: „Grüße“ — 😀 ‏RTL‏ mark.\n';
  const r = await ingest(t, { 'ar.txt': arabic, 'he.txt': hebrew, 'de.txt': mixed });
  t.deepEqual(r.articles.map((a) => a.text), [arabic, mixed, hebrew]);
});

test('CJK text without spaces: read intact', async (t) => {
  const text = '首相は来週計画を発表すると述べた。野党はこれを批判した。\n';
  const r = await ingest(t, { 'ja.txt': text });
  t.like(r.articles[0], { text, encoding: 'utf-8' });
});

test('--max-docs: the first N ids kept, the rest reported as limit', async (t) => {
  const r = await ingest(t, { 'c.txt': 'c', 'a.txt': 'a', 'b.txt': 'b', 'd.jsonl': '{"text":"d1"}\n{"text":"d2"}\n' }, { maxDocs: 2 });
  t.deepEqual(r.articles.map((a) => a.id), ['a.txt', 'b.txt']);
  t.deepEqual(r.skipped.map((s) => [path.basename(s.path), s.reason]), [
    ['c.txt', 'limit'],
    ['d.jsonl', 'limit'],
  ]);
  t.regex(r.skipped[0]!.message, /skipped: limit reached \(--max-docs 2 reached; not read\)/);
});

test('a path that does not exist: InputError naming it', async (t) => {
  const root = tempCorpus(t, {});
  const missing = path.join(root, 'nope');
  const error = await t.throwsAsync(loadArticles([missing]), { instanceOf: InputError });
  t.is(error!.message, `${missing}: no such file or directory`);
  t.is(error!.exitCode, 2);
});

test('a glob that matches nothing: InputError naming it', async (t) => {
  const root = tempCorpus(t, { 'a.txt': ARTICLE });
  await t.throwsAsync(loadArticles([`${root}/*.nothing`]), { instanceOf: InputError, message: /no files match this pattern/ });
});

test('--strict: the first unusable input is an InputError naming it', async (t) => {
  const root = tempCorpus(t, { 'a.txt': ARTICLE, 'b.txt': '', 'c.png': PNG });
  const error = await t.throwsAsync(loadArticles([root], { strict: true }), { instanceOf: InputError });
  t.is(error!.message, `${path.join(root, 'b.txt')}: empty (0 bytes) (stopped: --strict)`);
  t.is(error!.path, path.join(root, 'b.txt'));
});

test('hidden files and sidecars are never articles', async (t) => {
  const r = await ingest(t, { '.DS_Store': bytes(0, 0, 0, 1), '.git/HEAD': 'ref', 'a.txt': ARTICLE, 'a.meta.json': '{"source":"x"}' });
  t.deepEqual(r.articles.map((a) => a.id), ['a.txt']);
  t.is(r.skipped.length, 0);
});

test('a broken sidecar: reported, the article kept without its metadata', async (t) => {
  const r = await ingest(t, { 'a.txt': ARTICLE, 'a.meta.json': '{source:' });
  t.is(r.articles.length, 1);
  assertSkipped(t, r, 'a.meta.json', 'malformed-json', /sidecar: .*; metadata ignored/);
});

test('an unreadable sub-directory does not stop the walk', async (t) => {
  if (process.getuid?.() === 0) {
    t.log('running as root: permissions do not stop reads');
    t.pass();
    return;
  }
  const root = tempCorpus(t, { 'ok.txt': ARTICLE, 'locked/x.txt': ARTICLE });
  chmodSync(path.join(root, 'locked'), 0);
  t.teardown(() => chmodSync(path.join(root, 'locked'), 0o755));
  const r = await loadArticles([root]);
  t.deepEqual(r.articles.map((a) => a.id), ['ok.txt']);
  t.is(r.skipped[0]!.reason, 'unreadable');
});

test('a file replaced by a directory after the walk: skipped, not thrown', async (t) => {
  const root = tempCorpus(t, { 'x.txt': ARTICLE });
  const listing = await listInputFiles([root]);
  unlinkSync(path.join(root, 'x.txt'));
  mkdirSync(path.join(root, 'x.txt'));
  writeFileSync(path.join(root, 'x.txt', 'inner.txt'), ARTICLE);
  const result = readArticleFile(listing.files[0]!);
  t.is(result.articles.length, 0);
  t.regex(result.skipped[0]!.message, /x\.txt: skipped: (unsupported|unreadable)/);
});
