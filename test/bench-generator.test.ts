import test from 'ava';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../scripts/bench/generate-corpus.js';
import { barePass, listFiles } from '../scripts/bench/bare-pass.js';
import { readTruth, scorePairs } from '../scripts/bench/score.js';
import { logLogSlope } from '../scripts/bench/run.js';
import { makeRng } from '../scripts/bench/rng.js';

function tmp(t: { teardown(fn: () => void): void }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-bench-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Reads every file of a corpus directory into a path → text map. */
function snapshot(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((f) => [path.relative(dir, f), readFileSync(f, 'utf8')]));
}

test('the generator is deterministic by seed, and different seeds give different corpora', (t) => {
  const root = tmp(t);
  const run = (name: string, seed: number) => {
    generateCorpus({ docs: 120, out: path.join(root, name), seed });
    return snapshot(path.join(root, name, 'docs'));
  };
  const a = run('a', 7);
  const b = run('b', 7);
  const c = run('c', 8);
  t.deepEqual([...a.keys()], [...b.keys()]);
  for (const [file, text] of a) t.is(b.get(file), text, file);
  t.notDeepEqual([...a.values()], [...c.values()]);
  t.is(readFileSync(path.join(root, 'a', 'truth.jsonl'), 'utf8'), readFileSync(path.join(root, 'b', 'truth.jsonl'), 'utf8'));
});

test('every truth pair names two existing documents, and the copy is published after its source', (t) => {
  const out = tmp(t);
  const result = generateCorpus({ docs: 400, out, seed: 3, meta: 'sidecar' });
  const truth = readTruth(path.join(out, 'truth.jsonl'));
  t.true(result.wholly > 0 && result.partially > 0);
  t.is(truth.filter((p) => p.class === 'wholly').length, result.wholly);
  // About a fifth of the articles reuse another.
  t.true((result.wholly + result.partially) / result.docs > 0.12 && (result.wholly + result.partially) / result.docs < 0.28);
  const published = (id: string): string => {
    const sidecar = path.join(out, 'docs', id.replace(/\.(txt|md)$/, '.meta.json'));
    return (JSON.parse(readFileSync(sidecar, 'utf8')) as { published: string }).published;
  };
  for (const pair of truth) {
    t.true(pair.a < pair.b);
    t.true(existsSync(path.join(out, 'docs', pair.a)) && existsSync(path.join(out, 'docs', pair.b)), `${pair.a} ${pair.b}`);
    if (pair.copy) t.true(published(pair.copy) > published(pair.source), `${pair.source} → ${pair.copy}`);
  }
});

test('a wholly reused article shares most of its source’s words; documents are news-length', (t) => {
  const out = tmp(t);
  const result = generateCorpus({ docs: 300, out, seed: 5, meta: 'frontmatter' });
  t.true(result.medianWords > 350 && result.medianWords < 800, String(result.medianWords));
  const truth = readTruth(path.join(out, 'truth.jsonl')).filter((p) => p.class === 'wholly');
  const words = (id: string) => new Set(readFileSync(path.join(out, 'docs', id), 'utf8').toLowerCase().split(/\W+/));
  for (const pair of truth.slice(0, 10)) {
    const source = words(pair.source);
    const copy = [...words(pair.copy!)];
    const inSource = copy.filter((w) => source.has(w)).length / copy.length;
    t.true(inSource > 0.6, `${pair.copy}: ${inSource}`);
  }
});

test('the bare pass counts word 5-grams of every article file, not of sidecars', (t) => {
  const dir = tmp(t);
  mkdirSync(path.join(dir, 'src'));
  writeFileSync(path.join(dir, 'src', 'a.txt'), 'One two three four five six.\n');
  writeFileSync(path.join(dir, 'src', 'a.meta.json'), '{"published":"2024-01-01"}');
  writeFileSync(path.join(dir, 'b.txt'), 'ONE two three four five six seven');
  const r = barePass(dir);
  t.is(r.docs, 2);
  t.is(r.tokens, 13);
  t.is(r.shingles, 2 + 3);
  t.is(r.distinct, 3);
});

test('pair scoring: found, missed, false alarms; related pairs are not scored', (t) => {
  const truth = [
    { a: 'x', b: 'y', class: 'wholly' as const, source: 'x', copy: 'y', shared: 100 },
    { a: 'x', b: 'z', class: 'partially' as const, source: 'x', copy: 'z', shared: 50 },
    { a: 'y', b: 'z', class: 'related' as const, source: 'x', copy: null, shared: 50 },
  ];
  const side = (id: string, derivation: string) => ({ id, derivation });
  const score = scorePairs(
    [
      { a: side('y', 'wholly'), b: side('x', 'partially') },
      { a: side('y', 'partially'), b: side('z', 'none') },
      { a: side('q', 'partially'), b: side('x', 'none') },
      { a: side('x', 'none'), b: side('z', 'none') },
    ],
    truth,
  );
  t.is(score.truePositives, 1);
  t.is(score.falsePositives, 1);
  t.is(score.precision, 0.5);
  t.is(score.recall, 0.5);
  t.is(score.recallWholly, 1);
  t.is(score.recallPartially, 0);
  t.is(score.derivationAgreement, 1);
});

test('log-log slope recovers a power law', (t) => {
  const xs = [1000, 10000, 100000];
  t.true(Math.abs(logLogSlope(xs, xs.map((x) => 3 * x ** 1.15)) - 1.15) < 1e-9);
});

test('forked generators never run in step (no two articles share a run of random draws)', (t) => {
  // Seeds whose mulberry32 states lie a few steps apart on its one cycle: with the shared
  // increment, fork streams like these repeated each other's draws, shifted.
  const root = makeRng(1);
  const forks = Array.from({ length: 2000 }, (_, i) => root.fork(i));
  const seen = new Map<string, number>();
  forks.forEach((r, i) => {
    const draws = Array.from({ length: 64 }, () => r.next());
    for (let k = 0; k + 4 <= draws.length; k++) {
      const key = draws.slice(k, k + 4).join(',');
      const other = seen.get(key);
      t.true(other === undefined || other === i, `forks ${other} and ${i} share four draws in a row`);
      seen.set(key, i);
    }
  });
  // The shared-increment construction does run in step: two seeds 100 steps apart.
  const a = makeRng(12345);
  const b = makeRng((12345 + 100 * 0x6d2b79f5) >>> 0);
  for (let k = 0; k < 100; k++) a.next();
  t.is(a.next(), b.next());
});
