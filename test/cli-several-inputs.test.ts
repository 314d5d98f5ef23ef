/**
 * Several inputs, no lost articles (issue 15 item 6): ids are relative to the inputs'
 * common parent, so `scan corpus/the-sun corpus/sky-news corpus/lbc` keeps all three
 * `wallace-nato.txt`, each with its publisher folder as source, and the same files give
 * the same report whether named as one root, as several folders, one by one or by a glob;
 * `index add` stores them all the same way.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import test, { type ExecutionContext } from 'ava';
import { main } from '../src/cli/main.js';
import { memoryIO } from './helpers/memory-io.js';

const PUBLISHERS = ['the-sun', 'sky-news', 'lbc'];

/** A temporary corpus holding only the three publisher folders of the Wallace story. */
function wallaceCorpus(t: ExecutionContext): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wiretrace-several-'));
  t.teardown(() => rmSync(root, { recursive: true, force: true }));
  for (const folder of PUBLISHERS) cpSync(path.join('corpus', folder), path.join(root, folder), { recursive: true });
  return root;
}

/** Every way of naming the same three files. */
function namings(root: string): Record<string, string[]> {
  return {
    'one root': [root],
    'several folders': PUBLISHERS.map((p) => path.join(root, p)),
    'files one by one': PUBLISHERS.map((p) => path.join(root, p, 'wallace-nato.txt')),
    glob: [`${root}/*/wallace-nato.txt`],
  };
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIO();
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

test('scan: several publisher folders keep every article, with the folder as source', async (t) => {
  const root = wallaceCorpus(t);
  const r = await run(['scan', ...PUBLISHERS.map((p) => path.join(root, p)), '--json']);
  t.is(r.code, 0);
  t.notRegex(r.err, /duplicate/);
  const report = JSON.parse(r.out);
  t.deepEqual(
    report.documents.map((d: { id: string; source: string }) => [d.id, d.source]),
    [['lbc/wallace-nato.txt', 'lbc'], ['sky-news/wallace-nato.txt', 'sky-news'], ['the-sun/wallace-nato.txt', 'the-sun']],
  );
  t.true(report.pairs.length > 0, 'the copies are found');
});

test('scan: one root, several folders, files one by one and a glob give byte-identical reports', async (t) => {
  const root = wallaceCorpus(t);
  const outputs = new Map<string, string>();
  for (const [name, inputs] of Object.entries(namings(root))) {
    const r = await run(['scan', ...inputs, '--json']);
    t.is(r.code, 0, name);
    outputs.set(name, r.out);
  }
  const reference = outputs.get('one root')!;
  for (const [name, out] of outputs) t.is(out, reference, `${name} differs from one root`);
  // The shipped corpus scanned whole gives these pairs the same ids and verdicts.
  const whole = JSON.parse((await run(['scan', 'corpus', '--json'])).out);
  const verdicts = (report: { pairs: { a: { id: string; derivation: string }; b: { id: string; derivation: string } }[] }) =>
    report.pairs.filter((p) => p.a.id.includes('wallace') && p.b.id.includes('wallace')).map((p) => [p.a.id, p.a.derivation, p.b.id, p.b.derivation]);
  t.deepEqual(verdicts(whole), verdicts(JSON.parse(reference)));
});

test('index add: several publisher folders store every article under the same ids as one root', async (t) => {
  const root = wallaceCorpus(t);
  const listings = new Map<string, string>();
  for (const [name, inputs] of Object.entries(namings(root))) {
    const db = path.join(root, `${name.replace(/ /g, '-')}.sqlite`);
    const add = await run(['index', 'add', ...inputs, '--db', db, '--json']);
    t.is(add.code, 0, name);
    t.is(JSON.parse(add.out).added, 3, `${name}: all three articles added`);
    listings.set(name, (await run(['index', 'list', '--db', db])).out);
  }
  const reference = listings.get('one root')!;
  t.deepEqual(reference.trim().split('\n').map((line) => line.split('\t').slice(0, 2)), [
    ['lbc/wallace-nato.txt', 'lbc'],
    ['sky-news/wallace-nato.txt', 'sky-news'],
    ['the-sun/wallace-nato.txt', 'the-sun'],
  ]);
  for (const [name, listing] of listings) t.is(listing, reference, `${name} differs from one root`);
});
