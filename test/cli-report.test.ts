/**
 * End to end through the CLI: scan --html/--md/--embed-text, and `wiretrace report` on a
 * saved JSON report (texts from --corpus or embedded), with its usage errors.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import { main } from '../src/cli/main.js';
import { memoryIO } from './helpers/memory-io.js';
import { tempCorpus } from './helpers/temp-corpus.js';

const dataOf = (html: string): { docs: { id: string; text: string | null }[]; pairs: unknown[] } =>
  JSON.parse(/<script type="application\/json" id="wt-data">([\s\S]*?)<\/script>/.exec(html)![1]!);

test('scan --html --md writes the page and the summary beside the JSON', async (t) => {
  const dir = tempCorpus(t);
  const html = path.join(dir, 'r.html');
  const md = path.join(dir, 'r.md');
  const io = memoryIO();
  t.is(await main(['scan', 'corpus', '--json', '--html', html, '--md', md], io), 0);
  const report = JSON.parse(io.out);
  t.is(report.documents[0].text, undefined, 'no texts in the JSON without --embed-text');
  const data = dataOf(readFileSync(html, 'utf8'));
  t.is(data.pairs.length, report.pairs.length);
  t.true(data.docs.every((d) => typeof d.text === 'string' && d.text.length > 0));
  t.regex(readFileSync(md, 'utf8'), /lbc\/wallace-nato\.txt \| the-sun\/wallace-nato\.txt \| credited: “told The Sun”/);
});

test('report: from a saved JSON report, texts re-read with --corpus, or embedded with scan --embed-text', async (t) => {
  const dir = tempCorpus(t);
  const json = path.join(dir, 'r.json');
  t.is(await main(['scan', 'corpus', '--json', '--out', json], memoryIO()), 0);
  const fromCorpus = path.join(dir, 'a.html');
  const io = memoryIO();
  t.is(await main(['report', json, '--html', fromCorpus, '--corpus', 'corpus'], io), 0);
  t.is(io.err, '');
  t.true(dataOf(readFileSync(fromCorpus, 'utf8')).docs.every((d) => typeof d.text === 'string'));

  const embedded = path.join(dir, 'e.json');
  t.is(await main(['scan', 'corpus', '--json', '--embed-text', '--out', embedded], memoryIO()), 0);
  const saved = JSON.parse(readFileSync(embedded, 'utf8'));
  t.is(saved.documents[0].text, readFileSync(path.join('corpus', saved.documents[0].id), 'utf8'));
  const fromEmbedded = path.join(dir, 'b.html');
  t.is(await main(['report', embedded, '--html', fromEmbedded], memoryIO()), 0);
  t.is(readFileSync(fromEmbedded, 'utf8'), readFileSync(fromCorpus, 'utf8'), 'same page either way');

  const bare = path.join(dir, 'c.html');
  const warn = memoryIO();
  t.is(await main(['report', json, '--html', bare], warn), 0);
  t.regex(warn.err, /\d+ document texts not available .*--corpus/);
  t.true(dataOf(readFileSync(bare, 'utf8')).docs.every((d) => d.text === null));

  const summary = memoryIO();
  t.is(await main(['report', json], summary), 0);
  const saved2 = JSON.parse(readFileSync(json, 'utf8'));
  t.true(summary.out.startsWith(`${saved2.documents.length} documents, ${saved2.pairs.length} pairs with reuse`));
  t.regex(summary.out, /lbc\/wallace-nato\.txt <- the-sun\/wallace-nato\.txt \(\d+%\): 2 passages, \d+% of the copy, credited \(told The Sun\)/);
});

test('report: an unreadable or foreign file is a usage error naming it (exit 2)', async (t) => {
  const dir = tempCorpus(t);
  const missing = memoryIO();
  t.is(await main(['report', path.join(dir, 'nope.json'), '--html', path.join(dir, 'x.html')], missing), 2);
  t.regex(missing.err, /nope\.json: cannot read the report/);
  const other = path.join(dir, 'other.json');
  writeFileSync(other, '{"hello": 1}');
  const foreign = memoryIO();
  t.is(await main(['report', other], foreign), 2);
  t.regex(foreign.err, /other\.json: not a wiretrace report/);
  const broken = path.join(dir, 'broken.json');
  writeFileSync(broken, '{');
  const bad = memoryIO();
  t.is(await main(['report', broken], bad), 2);
  t.regex(bad.err, /broken\.json: not JSON/);
});
