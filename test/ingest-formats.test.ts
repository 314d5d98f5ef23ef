/**
 * Ingest's documents: ids, formats and metadata per the contract's "Documents" section.
 */
import path from 'node:path';
import test from 'ava';
import { loadArticles, normalizePublished, parseFrontMatter } from '../src/ingest/index.js';
import { tempCorpus } from './helpers/temp-corpus.js';

test('ids are paths relative to the directory named, with / separators; source is the first folder', async (t) => {
  const root = tempCorpus(t, { 'the-sun/2023/w.txt': 'a', 'lbc/w.md': 'b', 'top.txt': 'c' });
  const r = await loadArticles([root]);
  t.deepEqual(
    r.articles.map((a) => [a.id, a.meta.source, a.format, a.path]),
    [
      ['lbc/w.md', 'lbc', 'md', path.join(root, 'lbc/w.md')],
      ['the-sun/2023/w.txt', 'the-sun', 'txt', path.join(root, 'the-sun/2023/w.txt')],
      ['top.txt', null, 'txt', path.join(root, 'top.txt')],
    ],
  );
});

test('a file named directly: id is the path as given, no folder source', async (t) => {
  const root = tempCorpus(t, { 'sun/a.txt': 'a' });
  const given = path.join(root, 'sun/a.txt');
  const r = await loadArticles([given]);
  t.like(r.articles[0], { id: given, meta: { source: null } });
});

test('a glob: ids relative to the glob base, source from the first folder below it', async (t) => {
  const root = tempCorpus(t, { 'sun/a.txt': 'a', 'sun/b.md': 'b', 'lbc/c.txt': 'c', 'lbc/c.json': '{"text":"j"}' });
  const r = await loadArticles([`${root}/*/*.txt`]);
  t.deepEqual(r.articles.map((a) => [a.id, a.meta.source]), [
    ['lbc/c.txt', 'lbc'],
    ['sun/a.txt', 'sun'],
  ]);
});

test('a glob matching folders walks them', async (t) => {
  const root = tempCorpus(t, { 'sun/a.txt': 'a', 'sun/deep/b.txt': 'b', 'lbc/c.txt': 'c' });
  const r = await loadArticles([`${root}/s*`]);
  t.deepEqual(r.articles.map((a) => a.id), ['sun/a.txt', 'sun/deep/b.txt']);
});

test('order is by id whatever the order of the inputs; a folder named inside another is read once', async (t) => {
  const root = tempCorpus(t, { 'b.txt': 'b', 'a.txt': 'a', 'c/d.txt': 'd' });
  const one = await loadArticles([path.join(root, 'c'), root]);
  const two = await loadArticles([root, path.join(root, 'c')]);
  t.deepEqual(one.articles.map((a) => a.id), ['a.txt', 'b.txt', 'c/d.txt']);
  t.deepEqual(one.skipped, []);
  t.deepEqual(two.articles.map((a) => a.id), one.articles.map((a) => a.id));
});

test('a JSON article object: its fields, its own id', async (t) => {
  const root = tempCorpus(t, {
    'wire/a.json': JSON.stringify({ id: 'AP-123', source: 'ap', title: 'T', url: 'https://x.test/a', published: '2023-07-10T09:00:00+01:00', text: 'Body.' }),
    'wire/b.json': JSON.stringify({ text: 'No metadata.' }),
  });
  const r = await loadArticles([root]);
  t.deepEqual(r.articles.map((a) => [a.id, a.format, a.meta]), [
    ['AP-123', 'json', { source: 'ap', title: 'T', url: 'https://x.test/a', published: '2023-07-10T08:00:00.000Z' }],
    ['wire/b.json', 'json', { source: 'wire', title: null, url: null, published: null }],
  ]);
});

test('JSON Lines: FILE#N ids (line numbers), own ids, one article a line', async (t) => {
  const root = tempCorpus(t, { 'feeds/f.jsonl': '\ufeff{"text":"one"}\n\n{"text":"three","source":"pa"}\n{"id":7,"text":"four"}' });
  const r = await loadArticles([root]);
  t.deepEqual(r.articles.map((a) => [a.id, a.text, a.meta.source, a.line]), [
    ['7', 'four', 'feeds', 4],
    ['feeds/f.jsonl#1', 'one', 'feeds', 1],
    ['feeds/f.jsonl#3', 'three', 'pa', 3],
  ]);
});

test('source precedence: object, then front matter, then sidecar, then folder', async (t) => {
  const root = tempCorpus(t, {
    'dir/obj.json': JSON.stringify({ source: 'from-object', text: 'x' }),
    'dir/obj.meta.json': JSON.stringify({ source: 'from-sidecar', title: 'sidecar title' }),
    'dir/fm.md': '---\nsource: from-front-matter\n---\nBody.\n',
    'dir/fm.meta.json': JSON.stringify({ source: 'from-sidecar', published: '2023-07-10' }),
    'dir/side.txt': 'Body.',
    'dir/side.meta.json': JSON.stringify({ source: 'from-sidecar' }),
    'dir/plain.txt': 'Body.',
  });
  const r = await loadArticles([root]);
  t.deepEqual(r.articles.map((a) => [a.id, a.meta.source]), [
    ['dir/fm.md', 'from-front-matter'],
    ['dir/obj.json', 'from-object'],
    ['dir/plain.txt', 'dir'],
    ['dir/side.txt', 'from-sidecar'],
  ]);
  t.is(r.articles[1]!.meta.title, 'sidecar title', 'fields the object lacks come from the sidecar');
  t.is(r.articles[0]!.meta.published, '2023-07-10');
});

test('a sidecar beside a file named directly', async (t) => {
  const root = tempCorpus(t, { 'a.txt': 'Body.', 'a.meta.json': '{"source":"sky","url":"https://sky.test/a"}' });
  const r = await loadArticles([path.join(root, 'a.txt')]);
  t.like(r.articles[0]!.meta, { source: 'sky', url: 'https://sky.test/a' });
});

test('front matter: fields, aliases, quotes; the span ends after the closing line', (t) => {
  const text = "---\nTitle: 'Quoted: title'\ndate: 2023-07-10 09:30\nlink: https://a.test/x\nlayout: post\n...\nBody";
  const fm = parseFrontMatter(text)!;
  t.deepEqual(fm.fields, { title: 'Quoted: title', published: '2023-07-10 09:30', url: 'https://a.test/x' });
  t.deepEqual(fm.span, { start: 0, end: text.indexOf('Body') });
});

test('front matter: not closed, not at the top, or CR-only line ends', (t) => {
  t.is(parseFrontMatter('---\ntitle: x\nBody without a close'), null);
  t.is(parseFrontMatter('Body\n---\ntitle: x\n---\n'), null);
  t.is(parseFrontMatter('--- \ntitle: x\n---\n')?.fields.title, 'x');
  const cr = '---\rsource: lbc\r---\rBody\r';
  t.deepEqual(parseFrontMatter(cr), { span: { start: 0, end: cr.indexOf('Body') }, fields: { source: 'lbc' } });
});

test('published: ISO with zone → UTC; without zone → taken as UTC; dates stay dates', (t) => {
  t.is(normalizePublished('2023-07-10T09:00:00+01:00'), '2023-07-10T08:00:00.000Z');
  t.is(normalizePublished('2023-07-10T09:00:00Z'), '2023-07-10T09:00:00.000Z');
  t.is(normalizePublished('2023-07-10 09:00'), '2023-07-10T09:00:00.000Z');
  t.is(normalizePublished('2023-07-10T09:00:00.5-0230'), '2023-07-10T11:30:00.500Z');
  t.is(normalizePublished('2023-07-10'), '2023-07-10');
  t.is(normalizePublished('Mon, 10 Jul 2023 09:00:00 +0100'), '2023-07-10T08:00:00.000Z');
  t.is(normalizePublished('10 July 2023 09:15'), '2023-07-10T09:15:00.000Z');
  t.is(normalizePublished('July 10, 2023'), '2023-07-10');
  t.is(normalizePublished('1688979600'), '2023-07-10T09:00:00.000Z');
});

test('published: what does not parse is kept as given', (t) => {
  t.is(normalizePublished('  yesterday afternoon '), 'yesterday afternoon');
  t.is(normalizePublished('2023-02-30'), '2023-02-30');
  t.is(normalizePublished('2023-07-10T25:00'), '2023-07-10T25:00');
});

test('published does not depend on the machine time zone', (t) => {
  // Node applies a change of process.env.TZ at once; the test is synchronous, so nothing else runs meanwhile.
  const saved = process.env.TZ;
  try {
    for (const zone of ['America/New_York', 'Asia/Kolkata', 'UTC']) {
      process.env.TZ = zone;
      t.is(normalizePublished('2023-01-15 12:00'), '2023-01-15T12:00:00.000Z', zone);
      t.is(normalizePublished('15 January 2023 12:00'), '2023-01-15T12:00:00.000Z', zone);
      t.is(normalizePublished('January 15, 2023'), '2023-01-15', zone);
    }
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});

test('a JSON object with both text and html: text is the article, html kept for hints', async (t) => {
  const root = tempCorpus(t, { 'a.json': JSON.stringify({ text: 'Plain body.', html: '<p>Plain body.</p>' }) });
  const r = await loadArticles([root]);
  t.like(r.articles[0], { text: 'Plain body.', textOrigin: 'read', html: '<p>Plain body.</p>' });
});
