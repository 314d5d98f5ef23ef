import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import test from 'ava';
import { main } from '../src/cli/main.js';
import { memoryIO } from './helpers/memory-io.js';

test('scan --json prints the contract report', async (t) => {
  const io = memoryIO();
  t.is(await main(['scan', 'corpus', '--json'], io), 0);
  const report = JSON.parse(io.out);
  t.is(report.schema, 'wiretrace/report@1');
  const ids = report.documents.map((d: { id: string; source: string }) => [d.id, d.source]);
  t.deepEqual(ids, [...ids].sort((x, y) => (x[0] < y[0] ? -1 : 1)), 'documents sorted by id');
  for (const seed of [['lbc/wallace-nato.txt', 'lbc'], ['sky-news/wallace-nato.txt', 'sky-news'], ['the-sun/wallace-nato.txt', 'the-sun']]) t.true(ids.some((x: string[]) => x[0] === seed[0] && x[1] === seed[1]));
  for (const d of report.documents) t.is(typeof d.chars, 'number');
  for (const p of report.pairs) {
    for (const side of [p.a, p.b]) {
      t.true(['wholly', 'partially', 'none'].includes(side.derivation));
      t.true(side.coverage >= 0 && side.coverage <= 1);
    }
    t.true('direction' in p);
    for (const passage of p.passages) t.true(['verbatim', 'light', 'rewrite'].includes(passage.kind));
  }
  t.true(report.clusters.every((c: { id: string }) => /^c\d+$/.test(c.id)));
});

test('scan without --json prints a summary', async (t) => {
  const io = memoryIO();
  t.is(await main(['scan', 'corpus'], io), 0);
  t.regex(io.out, /^\d+ documents, \d+ related pairs?, \d+ clusters?/);
  t.regex(io.out, /lbc\/wallace-nato.txt <> the-sun\/wallace-nato.txt/);
});

test('compare prints one pair, also for unrelated texts, with ids as given', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-compare-'));
  const x = path.join(dir, 'x.txt');
  writeFileSync(x, 'Completely unrelated text about gardening and roses in spring.\n');
  const io = memoryIO();
  t.is(await main(['compare', x, 'corpus/lbc/wallace-nato.txt', '--json'], io), 0);
  const pair = JSON.parse(io.out);
  t.is(pair.a.id, x);
  t.is(pair.b.id, 'corpus/lbc/wallace-nato.txt');
  t.deepEqual(pair.passages, []);
  t.is(pair.direction, null);
});

test('compare --pairs --jsonl keeps the order of the list', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-pairs-'));
  const list = path.join(dir, 'pairs.tsv');
  writeFileSync(list, 'corpus/the-sun/wallace-nato.txt\tcorpus/lbc/wallace-nato.txt\ncorpus/lbc/wallace-nato.txt\tcorpus/sky-news/wallace-nato.txt\n');
  const io = memoryIO();
  t.is(await main(['compare', '--pairs', list, '--jsonl'], io), 0);
  const lines = io.out.trim().split('\n').map((l) => JSON.parse(l));
  t.deepEqual(lines.map((p) => [p.a.id, p.b.id]), [
    ['corpus/the-sun/wallace-nato.txt', 'corpus/lbc/wallace-nato.txt'],
    ['corpus/lbc/wallace-nato.txt', 'corpus/sky-news/wallace-nato.txt'],
  ]);
  t.true(lines[0].passages.length > 0);
});

test('compare --pairs reads paths relative to the list when they are not relative to the working directory, and ignores extra columns', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-pairs-'));
  writeFileSync(path.join(dir, 'a.txt'), 'Defence Secretary Ben Wallace has ruled himself out of the race to become the next boss of Nato, he told The Economist magazine.\n');
  writeFileSync(path.join(dir, 'b.txt'), 'Defence Secretary Ben Wallace has ruled himself out of the race to become the next boss of Nato, he told The Economist magazine.\n');
  const list = path.join(dir, 'pairs.tsv');
  writeFileSync(list, '# source\tderived\tlabel\na.txt\tb.txt\twholly\n');
  const io = memoryIO();
  t.is(await main(['compare', '--pairs', list, '--jsonl'], io), 0, io.err);
  const [pair] = io.out.trim().split('\n').map((l) => JSON.parse(l));
  t.deepEqual([pair.a.id, pair.b.id], ['a.txt', 'b.txt']);
  t.is(pair.b.derivation, 'wholly');
});

test('compare with one file is a usage error (exit 2)', async (t) => {
  const io = memoryIO();
  t.is(await main(['compare', 'corpus/lbc/wallace-nato.txt'], io), 2);
  t.regex(io.err, /two files/);
});

test('scan --profiles uses templates from a file made by learn, and a missing file is exit 2', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-profiles-'));
  const file = path.join(dir, 'profiles.json');
  t.is(await main(['learn', 'corpus', '--out', file], memoryIO()), 0);
  const io = memoryIO();
  t.is(await main(['scan', 'corpus', '--json', '--profiles', file], io), 0);
  t.is(JSON.parse(io.out).schema, 'wiretrace/report@1');
  const missing = memoryIO();
  t.is(await main(['scan', 'corpus', '--profiles', path.join(dir, 'nope.json')], missing), 2);
  t.regex(missing.err, /nope\.json/);
});
