import test from 'ava';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readReportPairs } from '../scripts/bench/score.js';
import { jsonChunks } from '../src/report/json.js';
import fc from 'fast-check';
import { main } from '../src/cli/main.js';
import { MemoryBudget, SpillStore } from '../src/pipeline/memory-budget.js';
import { scanArticles, scanCorpus } from '../src/pipeline.js';
import type { CleanDoc, Pair, RemovedSpan } from '../src/types.js';
import { keepPacked, packPair, unpackPair } from '../src/workers/packed-pair.js';
import { packTogether, SpanKinds, TaskSpanKinds, unpackBody, unpackClean } from '../src/workers/packed-spans.js';
import { buildClusters } from '../src/cluster/index.js';
import { passageCount, passageSpans } from '../src/cluster/passage-spans.js';
import { generatedCorpus } from './helpers/generated-corpus.js';
import { memoryIO } from './helpers/memory-io.js';
import { bytes, tempCorpus } from './helpers/temp-corpus.js';
import { listInputFiles, loadArticles, readArticleFile, readFileBytes, jsonLineReader } from '../src/ingest/index.js';

/** A generated corpus with reuse, large enough that `--jobs 2` starts threads. */
const generated = (): string => generatedCorpus(90, 7);

test('a scan within a tiny memory budget (files read again, passages spilled to disk) gives the same report', async (t) => {
  const dir = generated();
  const roomy = await scanCorpus([dir], { jobs: 1 });
  const expected = JSON.stringify(roomy.report);
  t.true(roomy.report.pairs.length > 3, 'the corpus has reuse');
  t.is(roomy.stats.memory!.filesKept, roomy.stats.documents, 'the first pass kept every file');
  t.is(roomy.stats.memory!.passagesSpilled, 0);
  for (const [jobs, maxMemoryBytes] of [
    [1, 0],
    [2, 0],
    [2, 40_000],
  ] as const) {
    const { report, stats } = await scanCorpus([dir], { jobs, maxMemoryBytes });
    t.true(stats.memory!.passagesSpilled > 0, `budget ${maxMemoryBytes}: passages spilled`);
    if (maxMemoryBytes === 0) t.is(stats.memory!.filesKept, 0);
    else t.true(stats.memory!.filesKept > 0 && stats.memory!.filesNotKept > 0, 'some files kept, some read again');
    t.true(JSON.stringify(report) === expected, `--jobs ${jobs}, budget ${maxMemoryBytes}: the report differs`);
    // Spilled passages read back more than once, as formatters do.
    t.true(JSON.stringify(report.pairs) === JSON.stringify(roomy.report.pairs));
  }
});

test('scan --max-memory 0 prints byte-identical JSON; a negative budget is a usage error', async (t) => {
  const dir = generated();
  const outputs: string[] = [];
  for (const extra of [[], ['--max-memory', '0'], ['--max-memory', '0.05']]) {
    const io = memoryIO();
    t.is(await main(['scan', dir, '--json', '--jobs', '2', ...extra], io), 0);
    outputs.push(io.out);
  }
  t.true(outputs[0] === outputs[1] && outputs[0] === outputs[2], 'the outputs differ');
  const io = memoryIO();
  t.is(await main(['scan', dir, '--max-memory', '-1'], io), 2);
  t.regex(io.err, /--max-memory/);
});

test('a spill store gives back what was put, in memory or from its file', (t) => {
  const store = new SpillStore(new MemoryBudget(10));
  const blobs = [new Uint8Array([1, 2, 3]), new Uint8Array(20).fill(7), new Uint8Array([9, 9, 9, 9, 9, 9, 9]), new Uint8Array(0), new Uint8Array([4])];
  const loads = blobs.map((b) => store.put(b));
  // 3 bytes fit, 20 do not (spilled), 7 fit (10 in all), 0 fit, 1 does not (spilled).
  t.is(store.spilled, 2);
  for (let round = 0; round < 2; round++) loads.forEach((load, i) => t.deepEqual([...load()], [...blobs[i]!]));
  store.close();
  t.throws(() => loads[1]!());
});

test('a memory budget takes what fits and gives it back', (t) => {
  const budget = new MemoryBudget(100);
  t.true(budget.take(60));
  t.false(budget.take(41));
  t.true(budget.take(40));
  budget.release(50);
  t.is(budget.taken, 50);
});

const removedSpan = fc.record({
  start: fc.nat(10_000),
  end: fc.nat(10_000),
  role: fc.constantFrom('navigation', 'teaser', 'metadata', 'credit'),
  reason: fc.string(),
});

test('packed clean verdicts give back the same spans, keys in the same order, across tasks', (t) => {
  fc.assert(
    fc.property(fc.array(fc.array(removedSpan, { maxLength: 8 }), { minLength: 1, maxLength: 4 }), fc.array(fc.nat(1000), { maxLength: 10 }), (tasks, bodyEnds) => {
      const kinds = new SpanKinds();
      for (const removed of tasks) {
        const clean: CleanDoc = { body: bodyEnds.map((e) => ({ start: e, end: e + 1 })), captions: [], removed: removed as RemovedSpan[], headline: null };
        const local = new TaskSpanKinds();
        const packed = local.pack(clean);
        kinds.adopt(local.list, packed.removed);
        t.is(JSON.stringify(kinds.removed(packed.removed)), JSON.stringify(removed));
        t.deepEqual(unpackBody(packed.body), clean.body);
      }
    }),
  );
});

test('verdicts packed together into one buffer per part read back the same; a span table rebuilt from its list numbers the same', (t) => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.array(removedSpan, { maxLength: 5 }), fc.array(fc.nat(1000), { maxLength: 5 })), { maxLength: 6 }), (docs) => {
      const local = new TaskSpanKinds();
      const cleans: CleanDoc[] = docs.map(([removed, ends]) => ({ body: ends.map((e) => ({ start: e, end: e + 2 })), captions: [], removed: removed as RemovedSpan[], headline: null }));
      const packed = cleans.map((c) => local.pack(c));
      const together = packTogether(packed);
      t.is(together.buffers.length, cleans.length === 0 ? 0 : 2);
      const kinds = new SpanKinds();
      for (const p of together.cleans) kinds.adopt(local.list, p.removed);
      const rebuilt = SpanKinds.of(kinds.list);
      together.cleans.forEach((p, i) => {
        t.is(JSON.stringify(unpackClean(p, kinds)), JSON.stringify(cleans[i]));
        t.is(JSON.stringify(unpackClean(p, rebuilt)), JSON.stringify(cleans[i]));
      });
    }),
  );
});

/** Removed spans of other shapes than `start, end, role, reason` (keys in another order, an extra field): numbered by their JSON entries. */
const oddSpan = fc.oneof(
  fc.record({ role: fc.constantFrom('teaser', 'credit'), start: fc.nat(100), end: fc.nat(100), reason: fc.string({ maxLength: 3 }) }),
  fc.record({ start: fc.nat(100), end: fc.nat(100), role: fc.constantFrom('teaser', 'credit'), reason: fc.string({ maxLength: 3 }), score: fc.nat(3) }),
  fc.record({ start: fc.nat(100), end: fc.nat(100), role: fc.constantFrom('teaser', 'credit'), reason: fc.string({ maxLength: 3 }) }),
);

test('packed clean verdicts keep spans of any key order or extra fields apart from the usual shape with the same role and reason', (t) => {
  fc.assert(
    fc.property(fc.array(fc.array(oddSpan, { maxLength: 8 }), { minLength: 1, maxLength: 3 }), (tasks) => {
      const kinds = new SpanKinds();
      for (const removed of tasks) {
        const local = new TaskSpanKinds();
        const packed = local.pack({ body: [], captions: [], removed: removed as RemovedSpan[], headline: null });
        kinds.adopt(local.list, packed.removed);
        t.is(JSON.stringify(kinds.removed(packed.removed)), JSON.stringify(removed));
      }
    }),
  );
});

test('clusters read a packed pair’s passage spans without parsing its passages, and come out the same', async (t) => {
  const { report } = await scanCorpus([generated()], { jobs: 1 });
  const plain = JSON.parse(JSON.stringify(report.pairs)) as Pair[];
  t.true(plain.length > 3);
  let parses = 0;
  const packed = plain.map((pair) => {
    const p = packPair(pair);
    return unpackPair(p, () => (parses++, p.passages));
  });
  for (let i = 0; i < plain.length; i++) {
    t.is(passageCount(packed[i]!), plain[i]!.passages.length);
    for (const side of ['a', 'b'] as const) t.deepEqual(passageSpans(packed[i]!, side), plain[i]!.passages.map((p) => ({ start: p[side].start, end: p[side].end })));
  }
  t.is(JSON.stringify(buildClusters(packed)), JSON.stringify(buildClusters(plain)));
  t.is(parses, 0, 'no passages were parsed');
  // A pair rebuilt by keepPacked still carries the spans.
  const judged = keepPacked({ ...plain[0]!, credit: 'none' } as unknown as Pair, packed[0]!);
  t.is(passageCount(judged), plain[0]!.passages.length);
});

test('a packed pair reads and serialises as the original; a pair rebuilt from it stays packed', async (t) => {
  const { report } = await scanCorpus([generated()], { jobs: 1 });
  const pair = JSON.parse(JSON.stringify(report.pairs[0])) as Pair;
  t.true(pair.passages.length > 0);
  const packed = packPair(pair);
  const loaded: Uint8Array[] = [];
  const unpacked = unpackPair(packed, () => (loaded.push(packed.passages), packed.passages));
  t.is(JSON.stringify(unpacked), JSON.stringify(pair));
  const judged = keepPacked({ ...unpacked, credit: 'none' } as unknown as Pair, unpacked);
  const before = loaded.length;
  t.is(Object.getOwnPropertyDescriptor(judged, 'passages')!.get !== undefined, true, 'passages are a getter again');
  t.is(JSON.stringify(judged), JSON.stringify({ ...pair, credit: 'none' }));
  t.is(loaded.length, before + 1);
});

test('the benchmark reads a written report’s pairs line by line, as JSON.parse would give them', async (t) => {
  const { report } = await scanCorpus([generated()], { jobs: 1 });
  const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-report-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'report.json');
  const fd = openSync(file, 'w');
  for (const chunk of jsonChunks(report)) {
    if (typeof chunk === 'string') writeSync(fd, chunk);
    else writeSync(fd, chunk);
  }
  closeSync(fd);
  const expected = report.pairs.map((p) => ({ a: { id: p.a.id, derivation: p.a.derivation }, b: { id: p.b.id, derivation: p.b.derivation } }));
  t.deepEqual(readReportPairs(file), expected);
  t.true(expected.length > 3);
});

test('a file read from bytes kept by the first pass gives what reading it again gives, in every format', async (t) => {
  const dir = tempCorpus(t, {
    'a.txt': 'Storm hits the coast.\n\nMore than 1,200 homes were flooded.\n',
    'b.md': '---\ntitle: Harbour\nsource: gazette\n---\nThe harbour works begin.\n',
    'c.html': '<html><head><title>Pier</title></head><body><article><p>The new pier opens on Monday, the council said.</p></article></body></html>',
    'd.json': '{"id":"d1","text":"A JSON article about the bridge."}',
    'e.jsonl': '{"id":"e1","text":"One line."}\n{"id":"e2","text":"Another."}\n',
    'f.txt': bytes('caf', 0xe9, ' latin-1 text\n'),
    'g.bin': bytes(0, 1, 2, 3),
    'h.txt': '',
    'i.txt.meta.json': '{"source":"side"}',
    'i.txt': 'With a sidecar.\n',
    'j.txt': 'With a real sidecar.\n',
    'j.meta.json': '{"source":"sidecar-gazette","published":"2024-01-02"}',
    'k.md': 'A broken sidecar.\n',
    'k.meta.json': '{"source": ',
    'l.html': '<html><body><article><p>A page with a sidecar, long enough to be an article.</p></article></body></html>',
    'l.meta.json': '{"source":"page-side"}',
  });
  const { files } = await listInputFiles([dir]);
  t.true(files.length >= 9);
  for (const file of files) {
    const kept = readFileBytes(file);
    if (file.format === null || file.format === 'jsonl') t.is(kept, null, file.path);
    else t.not(kept, null, file.path);
    t.deepEqual(readArticleFile(file, {}, kept), readArticleFile(file), file.path);
  }
  // The sidecar travels with the kept bytes: later passes do not open it again.
  const j = files.find((f) => f.id === 'j.txt')!;
  const kept = readFileBytes(j);
  rmSync(path.join(dir, 'j.meta.json'));
  t.is(readArticleFile(j, {}, kept).articles[0]!.meta.source, 'sidecar-gazette');
  t.is(readArticleFile(j).articles[0]!.meta.source, null);
});

test('a JSON Lines article read alone from its kept line is the article reading the whole file gives', (t) => {
  const dir = tempCorpus(t, {
    'dump.jsonl': bytes(
      0xef, 0xbb, 0xbf,
      '{"id":"a","text":"First, after a BOM."}\r\n',
      '\n',
      '{"id":"b","text":"Caf', 0xe9, ' in Windows-1252.","source":"s"}\n',
      '{"id":"c", broken\n',
      '{"text":"No id: the line number names it."}\n',
      '{"id":"d","text":"Last line without a newline."}',
    ),
    'dump.meta.json': '{"source":"wire"}',
  });
  return listInputFiles([dir]).then(({ files }) => {
    const file = files.find((f) => f.format === 'jsonl')!;
    const whole = readArticleFile(file, { keepLines: true });
    t.is(whole.articles.length, 4);
    t.is(whole.lines!.length, 4);
    const readLine = jsonLineReader(file);
    whole.articles.forEach((article, i) => t.deepEqual(readLine(whole.lines![i]!), article, article.id));
    t.deepEqual(readArticleFile(file).articles, whole.articles, 'keeping lines changes nothing read');
  });
});

test('a large JSON Lines dump runs on threads, read from its kept lines, with the same report for --jobs 1, 2 and no memory budget', async (t) => {
  const { articles } = await loadArticles([generatedCorpus(110, 11)]);
  const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-jsonl-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const lines = articles.map((a) => JSON.stringify({ id: a.id, source: a.meta.source, published: a.meta.published, title: a.meta.title, text: a.text }));
  // Padding lines (skipped as not articles) make the file large enough for threads without more articles to align.
  const pad = JSON.stringify({ note: 'x'.repeat(4000) });
  const fd = openSync(path.join(dir, 'dump.jsonl'), 'w');
  writeSync(fd, [...lines, ...Array.from({ length: 40 }, () => pad)].join('\n') + '\n');
  closeSync(fd);
  const expected = await scanCorpus([dir], { jobs: 1 });
  t.true(expected.report.pairs.length > 5, 'the dump has reuse');
  const loaded = await loadArticles([dir]);
  const inMemory = scanArticles(loaded.articles).report;
  t.true(JSON.stringify(expected.report) === JSON.stringify({ ...inMemory, skipped: loaded.skipped }), 'the streamed scan equals scanArticles over the loaded dump');
  const threaded = await scanCorpus([dir], { jobs: 2 });
  t.is(threaded.stats.jobs, 2, 'one large file is enough work for threads');
  t.true(JSON.stringify(threaded.report) === JSON.stringify(expected.report));
  const unkept = await scanCorpus([dir], { jobs: 2, maxMemoryBytes: 0 });
  t.true(JSON.stringify(unkept.report) === JSON.stringify(expected.report));
});
