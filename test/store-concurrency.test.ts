/**
 * Faults and concurrency on the archive, with real processes: four `index add` / `check
 * --add` processes at once on one archive lose nothing; `kill -9` during `index add`
 * leaves the archive as it was after some whole batch, never half a batch.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import test from 'ava';
import { openArchive } from '../src/store/archive.js';
import { generateArticles, writeArticles } from '../scripts/gen-articles.js';
import { backends } from './helpers/store-backends.js';
import { runCli, startCli } from './helpers/spawn-cli.js';

const work = mkdtempSync(path.join(tmpdir(), 'wiretrace-concurrency-'));
test.after.always(() => rmSync(work, { recursive: true, force: true }));

/** Generated articles under `dir`, ids prefixed so sets do not collide unless meant to. */
function writeSet(dir: string, n: number, seed: number): string[] {
  const arts = generateArticles(n, { seed, partialShare: 0.2, wholeShare: 0.05 });
  writeArticles(dir, arts);
  return arts.map((a) => a.id);
}

const sets = {
  a: path.join(work, 'a'),
  b: path.join(work, 'b'),
  c: path.join(work, 'c'),
  d: path.join(work, 'd'),
  big: path.join(work, 'big'),
};
const ids = {
  a: writeSet(sets.a, 150, 11),
  b: writeSet(sets.b, 150, 12),
  // c shares its first 100 ids with a but not their text: two writers racing on the same ids.
  c: writeSet(sets.c, 150, 13),
  d: writeSet(sets.d, 40, 14),
  big: writeSet(sets.big, 2000, 15),
};

const KILL_BATCH = 100;

for (const backend of backends()) {
  const name = (s: string) => `${backend.name}: ${s}`;

  test(name('four processes adding and checking at once lose nothing'), async (t) => {
    const spot = await backend.fresh();
    try {
      const db = spot.spec;
      const runs = await Promise.all([
        runCli(['index', 'add', sets.a, '--db', db, '--batch-size', '20']),
        runCli(['index', 'add', sets.b, '--db', db, '--batch-size', '20']),
        runCli(['index', 'add', sets.c, '--db', db, '--batch-size', '20']),
        runCli(['check', sets.d, '--db', db, '--add', '--format', 'json']),
      ]);
      for (const r of runs.slice(0, 3)) t.is(r.code, 0, r.err);
      t.true(runs[3]!.code === 0 || runs[3]!.code === 1, runs[3]!.err);
      t.regex(runs[3]!.err, /not stored 0/);
      const archive = await openArchive(db);
      try {
        const expected = new Set([...ids.a, ...ids.b, ...ids.c, ...ids.d]);
        const listed = await archive.list();
        t.deepEqual(listed.map((d) => d.id), [...expected].sort());
        const integrity = await archive.verify();
        t.deepEqual(integrity.problems, []);
        t.true(integrity.ok);
      } finally {
        await archive.close();
      }
    } finally {
      await spot.cleanup();
    }
  });

  test(name('kill -9 during index add leaves whole batches only, and a re-run completes'), async (t) => {
    const spot = await backend.fresh();
    try {
      const db = spot.spec;
      const { child, done } = startCli(['index', 'add', sets.big, '--db', db, '--batch-size', String(KILL_BATCH)]);
      // Wait until at least one batch is stored, then kill the writer mid-way.
      const deadline = Date.now() + 60_000;
      let stored = 0;
      while (Date.now() < deadline && child.exitCode === null) {
        await new Promise((r) => setTimeout(r, 40));
        try {
          const probe = await openArchive(db);
          stored = (await probe.stats()).documents;
          await probe.close();
        } catch {
          // not created yet
        }
        if (stored >= KILL_BATCH) break;
      }
      child.kill('SIGKILL');
      const killed = await done;
      t.is(killed.signal, 'SIGKILL', `the writer was still running (it printed: ${killed.out})`);

      const archive = await openArchive(db);
      try {
        const integrity = await archive.verify();
        t.deepEqual(integrity.problems, []);
        const docs = integrity.documents;
        t.true(docs >= KILL_BATCH && docs < ids.big.length, `${docs} documents after the kill`);
        t.is(docs % KILL_BATCH, 0, 'as after a whole batch, never half of one');
        const listed = (await archive.list()).map((d) => d.id);
        t.deepEqual(listed, [...ids.big].sort().slice(0, docs), 'the first batches, in id order');
      } finally {
        await archive.close();
      }
      const rerun = await runCli(['index', 'add', sets.big, '--db', db, '--batch-size', '500', '--json']);
      t.is(rerun.code, 0, rerun.err);
      const summary = JSON.parse(rerun.out);
      t.is(summary.added + summary.unchanged, ids.big.length);
      const after = await openArchive(db);
      try {
        const integrity = await after.verify();
        t.true(integrity.ok, integrity.problems.join('; '));
        t.is(integrity.documents, ids.big.length);
      } finally {
        await after.close();
      }
    } finally {
      await spot.cleanup();
    }
  });
}
