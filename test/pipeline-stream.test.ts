import test from 'ava';
import fc from 'fast-check';
import { jsonChunks, PRETTY_JSON_FIELDS } from '../src/report/json.js';
import { main } from '../src/cli/main.js';
import { loadArticles } from '../src/ingest/index.js';
import { scanArticles, scanCorpus } from '../src/pipeline.js';
import { generatedCorpus } from './helpers/generated-corpus.js';
import { memoryIO } from './helpers/memory-io.js';
import { tempCorpus } from './helpers/temp-corpus.js';

/** A generated corpus with reuse, large enough that `--jobs 2` really starts threads (shared by the tests). */
const generated = (): string => generatedCorpus(110, 11);

test('the streamed scan gives the same report as scanArticles over the loaded articles, on 1 or 2 threads', async (t) => {
  const dir = generated();
  const { articles, skipped } = await loadArticles([dir]);
  const inMemory = scanArticles(articles).report;
  const expected = JSON.stringify(skipped.length > 0 ? { ...inMemory, skipped } : inMemory);
  t.true(inMemory.pairs.length > 5, 'the corpus has reuse');
  for (const jobs of [1, 2]) {
    const { report, stats } = await scanCorpus([dir], { jobs });
    t.is(stats.jobs, jobs);
    // A boolean, not t.is: ava's diff of two long reports takes minutes.
    t.true(JSON.stringify(report) === expected, `--jobs ${jobs}: the report differs from scanArticles'`);
  }
});

test('documents whose ids sort against the file order (the candidate index is filled in file order) give the same report as scanArticles', async (t) => {
  const { articles } = await loadArticles([generated()]);
  // One file per article, named so the file order is the reverse of the id order.
  const files: Record<string, string> = {};
  articles.forEach((a, i) => {
    const { source, published, url, title } = a.meta;
    files[`f${String(i).padStart(4, '0')}.json`] = JSON.stringify({ id: `z${String(articles.length - i).padStart(4, '0')}`, text: a.text, source, published, url, title });
  });
  const dir = tempCorpus(t, files);
  const loaded = await loadArticles([dir]);
  const inMemory = scanArticles(loaded.articles).report;
  t.true(inMemory.pairs.length > 5, 'the corpus has reuse');
  const expected = JSON.stringify(inMemory);
  for (const jobs of [1, 2]) {
    const { report, stats } = await scanCorpus([dir], { jobs });
    t.is(stats.jobs, jobs);
    t.true(JSON.stringify(report) === expected, `--jobs ${jobs}: the report differs from scanArticles'`);
  }
});

test('the analysed documents of a streamed scan are made on demand and match the report', async (t) => {
  const { report, docs } = await scanCorpus([generated()], { jobs: 1 });
  t.is(docs.size, report.documents.length);
  const pair = report.pairs[0]!;
  const a = docs.get(pair.a.id)!;
  t.is(a.article.id, pair.a.id);
  const passage = pair.passages[0]!;
  t.is(a.article.text.slice(passage.a.start, passage.a.end).length, passage.a.end - passage.a.start);
  t.is(docs.get('no/such/doc.txt'), undefined);
});

test('duplicate ids and --max-docs are settled in file order, as loadArticles does', async (t) => {
  const dir = tempCorpus(t, {
    'a.jsonl': '{"id":"x","text":"First article about the harbour works and the new pier."}\n{"id":"y","text":"Second article."}\n',
    'b.txt': 'Another article entirely.\n',
    'c.json': '{"id":"x","text":"A clash with the id of the first line of a.jsonl."}',
    'd.txt': 'One too many.\n',
  });
  for (const options of [{}, { maxDocs: 3 }, { maxDocs: 1 }]) {
    const loaded = await loadArticles([dir], options);
    const { report } = await scanCorpus([dir], { ...options, jobs: 1 });
    t.deepEqual(
      report.documents.map((d) => d.id),
      loaded.articles.map((a) => a.id),
    );
    t.deepEqual(report.skipped ?? [], loaded.skipped);
  }
});

test('the chunked JSON writer gives the bytes of JSON.stringify(value, null, 2)', (t) => {
  fc.assert(
    fc.property(fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()))), (value) => {
      t.is([...jsonChunks(value)].join(''), JSON.stringify(value, null, 2));
    }),
  );
  t.is([...jsonChunks({ a: undefined, b: [], c: [{ d: 1 }] })].join(''), JSON.stringify({ a: undefined, b: [], c: [{ d: 1 }] }, null, 2));
});

test('items with fields serialised ahead of time (PRETTY_JSON_FIELDS) are written as the same bytes', (t) => {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const joined = (value: object): string => [...jsonChunks(value)].map((c) => (typeof c === 'string' ? c : decoder.decode(c))).join('');
  fc.assert(
    fc.property(fc.array(fc.dictionary(fc.string(), fc.jsonValue()), { minLength: 1 }), fc.array(fc.nat()), (items, picks) => {
      const marked = items.map((item, i) => {
        const keys = Object.keys(item);
        const copy: Record<string | symbol, unknown> = { ...item };
        if (keys.length > 0) {
          const key = keys[(picks[i] ?? 0) % keys.length]!;
          const json = JSON.stringify(item[key], null, 2);
          // Bytes as they are, or already indented (by the indent the writer needs, or another).
          const pad = ['', '  ', '      ', '        '][(picks[i] ?? 0) % 5];
          copy[PRETTY_JSON_FIELDS] = new Map([
            [key, pad === undefined ? () => encoder.encode(json) : { bytes: () => encoder.encode(json.replace(/\n/g, '\n' + pad)), indent: pad }],
          ]);
        }
        return copy;
      });
      t.is(joined({ x: 1, items: marked }), JSON.stringify({ x: 1, items }, null, 2));
    }),
  );
});

test('the chunked JSON writer batches long runs of plain items and breaks them at items with pre-serialised fields', (t) => {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const items = Array.from({ length: 700 }, (_, i) => ({ i, text: `item "${i}"\n`, list: [i, { deep: i % 3 === 0 ? null : 'x' }], gone: undefined }));
  const marked = items.map((item, i) => {
    if (i % 97 !== 5) return item;
    const copy: Record<string | symbol, unknown> = { ...item };
    copy[PRETTY_JSON_FIELDS] = new Map([['list', { bytes: () => encoder.encode(JSON.stringify(item.list, null, 2).replace(/\n/g, '\n      ')), indent: '      ' }]]);
    return copy;
  });
  const chunks = [...jsonChunks({ head: 'h', items: marked, tail: [] })];
  t.is(chunks.map((c) => (typeof c === 'string' ? c : decoder.decode(c))).join(''), JSON.stringify({ head: 'h', items, tail: [] }, null, 2));
});

test('scan --jobs 1 and --jobs 2 print byte-identical JSON; --jobs 0 is a usage error', async (t) => {
  const outputs: string[] = [];
  for (const jobs of ['1', '2']) {
    const io = memoryIO();
    t.is(await main(['scan', generated(), '--json', '--jobs', jobs], io), 0);
    outputs.push(io.out);
  }
  t.true(outputs[0] === outputs[1], 'the two outputs differ');
  const io = memoryIO();
  t.is(await main(['scan', generated(), '--jobs', '0'], io), 2);
  t.regex(io.err, /--jobs/);
});

test('threads start during the walk once it has found enough files; a listing that dedupes below that runs on one thread with the same report', async (t) => {
  const small = generatedCorpus(40, 12);
  const single = await scanCorpus([small], { jobs: 2 });
  t.is(single.stats.jobs, 1, '40 files: no threads');
  // The same folder named twice: the walk finds 80 files (threads start), the listing keeps 40.
  const twice = await scanCorpus([small, small], { jobs: 2 });
  t.is(twice.stats.jobs, 1, 'the early threads were let go');
  t.true(JSON.stringify(twice.report) === JSON.stringify(single.report));
});
