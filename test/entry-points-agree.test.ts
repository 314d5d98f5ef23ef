/**
 * One input, one verdict: the same pairs of the sample corpus judged through every entry
 * point — the library (`scanArticles` over loaded articles), the streamed scan
 * (`scanCorpus`, worker threads), `wiretrace compare --pairs` and `wiretrace check` against an
 * archive made by `wiretrace index add` — give the same passages, coverage and derivations.
 * The one thing a pair judged alone cannot know is the corpus: a pair whose two sides both
 * copy a third document (`commonSource`) is compared on its passages and coverage only.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import test from 'ava';
import { loadArticles } from '../src/ingest/index.js';
import { scanArticles, scanCorpus } from '../src/pipeline.js';
import type { Pair } from '../src/types.js';
import { runCli } from './helpers/spawn-cli.js';

const ROOT = mkdtempSync(path.join(tmpdir(), 'wiretrace-agree-'));
cpSync('corpus', ROOT, { recursive: true });
/** Archived first; the other folders are checked against them. */
const ARCHIVED = ['pa-wire', 'the-sun', 'sky-news'];

interface Side {
  readonly coverage: number;
  readonly derivation: string;
}

/** What must agree about a pair, seen from `first` (the sides named by id, passages as [first span, second span, kind]). */
function verdict(pair: Pair, first: string): { first: Side; second: Side; passages: [number, number, number, number, string][] } {
  const flip = pair.a.id !== first;
  const [x, y] = flip ? [pair.b, pair.a] : [pair.a, pair.b];
  const passages = pair.passages
    .map((p) => {
      const [s, u] = flip ? [p.b, p.a] : [p.a, p.b];
      return [s.start, s.end, u.start, u.end, p.kind] as [number, number, number, number, string];
    })
    .sort((m, n) => m[0] - n[0] || m[2] - n[2]);
  return { first: { coverage: x.coverage, derivation: x.derivation }, second: { coverage: y.coverage, derivation: y.derivation }, passages };
}

/** The verdict without what needs the corpus (derivations settled by a direction the corpus withdrew). */
function alone(v: ReturnType<typeof verdict>): unknown {
  return { coverage: [v.first.coverage, v.second.coverage], passages: v.passages };
}

let scanned: Promise<Pair[]> | null = null;
function scanPairs(): Promise<Pair[]> {
  scanned ??= scanCorpus([ROOT], { learn: false, jobs: 2 }).then((r) => [...r.report.pairs]);
  return scanned;
}

test('the library and the streamed scan list the same pairs with the same verdicts', async (t) => {
  const streamed = await scanPairs();
  const { articles } = await loadArticles([ROOT]);
  const library = scanArticles(articles, { learn: false }).report.pairs;
  t.true(streamed.length >= 5, `the sample corpus has related pairs (${streamed.length})`);
  t.deepEqual(JSON.parse(JSON.stringify(library)), JSON.parse(JSON.stringify(streamed)));
});

test('`compare --pairs` gives every listed pair the scan\'s passages, coverage and (without a common source) derivations and direction', async (t) => {
  const pairs = await scanPairs();
  const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-agree-pairs-'));
  const list = path.join(dir, 'pairs.tsv');
  writeFileSync(list, pairs.map((p) => `${path.join(ROOT, p.a.id)}\t${path.join(ROOT, p.b.id)}`).join('\n') + '\n');
  const run = await runCli(['compare', '--pairs', list, '--jsonl']);
  t.is(run.code, 0, run.err);
  const compared = run.out.trim().split('\n').map((l) => JSON.parse(l) as Pair);
  t.is(compared.length, pairs.length);
  pairs.forEach((p, i) => {
    const q = compared[i]!;
    const fromScan = verdict(p, p.a.id);
    const fromCompare = verdict(q, path.join(ROOT, p.a.id));
    const label = `${p.a.id} ↔ ${p.b.id}`;
    if (p.commonSource) {
      t.deepEqual(alone(fromCompare), alone(fromScan), label);
      return;
    }
    t.deepEqual(fromCompare, fromScan, label);
    const source = (x: Pair, prefix: string) => (x.direction ? path.relative(prefix, x.direction.source) : null);
    t.is(source(q, ROOT), p.direction ? p.direction.source : null, `${label}: direction`);
  });
});

test('`check` against an archive made by `index add` judges incoming copy as the scan judges the same pair', async (t) => {
  const pairs = await scanPairs();
  const db = path.join(mkdtempSync(path.join(tmpdir(), 'wiretrace-agree-db-')), 'archive.sqlite');
  const add = await runCli(['index', 'add', ...ARCHIVED.map((d) => path.join(ROOT, d)), '--db', db]);
  t.is(add.code, 0, add.err);
  const incoming = ['city-herald', 'daily-echo', 'northern-post', 'lbc', 'valley-times'].map((d) => path.join(ROOT, d));
  const run = await runCli(['check', ...incoming, '--db', db, '--format', 'json', '--fail-on', 'wholly']);
  t.true(run.code === 0 || run.code === 1, run.err);
  const report = JSON.parse(run.out) as { documents: { path: string; matches: { archived: { id: string }; pair: Pair }[] }[] };
  let checked = 0;
  for (const doc of report.documents) {
    const id = path.relative(ROOT, path.resolve(doc.path));
    for (const m of doc.matches) {
      const archived = m.archived.id;
      const p = pairs.find((x) => (x.a.id === id && x.b.id === archived) || (x.b.id === id && x.a.id === archived));
      if (!p) {
        t.is(m.pair.a.derivation === 'none' && m.pair.b.derivation === 'none', true, `${id} ↔ ${archived}: check lists a pair the scan does not`);
        continue;
      }
      checked++;
      const fromScan = verdict(p, id);
      // The incoming document is the side that is not the archived one.
      const oriented = verdict(m.pair, m.pair.b.id === archived ? m.pair.a.id : m.pair.b.id);
      t.deepEqual(alone(oriented), alone(fromScan), `${id} ↔ ${archived}`);
      if (!p.commonSource) t.deepEqual([oriented.first.derivation, oriented.second.derivation], [fromScan.first.derivation, fromScan.second.derivation], `${id} ↔ ${archived}: derivations`);
    }
  }
  // Every scan pair of an incoming document with an archived one is found by check.
  const expected = pairs.filter((p) => [p.a.id, p.b.id].some((x) => ARCHIVED.includes(x.split('/')[0]!)) && [p.a.id, p.b.id].some((x) => !ARCHIVED.includes(x.split('/')[0]!)));
  t.is(checked, expected.length, 'check finds every pair of incoming and archived copy that the scan lists');
});
