/**
 * A full disk during `index add` and `check --add`: the archive stays readable and
 * consistent (whole batches only), and the command names what it did not store (exit 2).
 * Simulated two ways: SQLite's own size cap (`max_page_count`, the same SQLITE_FULL error a
 * full disk gives), and, where this process may mount one (root), a tiny tmpfs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import test from 'ava';
import { openArchive } from '../src/store/archive.js';
import { MAX_PAGES_ENV } from '../src/store/sqlite-archive.js';
import { generateArticles, writeArticles } from '../scripts/gen-articles.js';
import { runCli } from './helpers/spawn-cli.js';

const work = mkdtempSync(path.join(tmpdir(), 'wiretrace-faults-'));
test.after.always(() => rmSync(work, { recursive: true, force: true }));
const corpus = path.join(work, 'corpus');
const articles = generateArticles(600, { seed: 21 });
writeArticles(corpus, articles);
const BATCH = 50;
const incoming = path.join(work, 'incoming');
writeArticles(incoming, generateArticles(150, { seed: 22 }).map((a) => ({ ...a, id: `new/${a.id.replace('/', '-')}` })));

/** Asserts the archive at `db` is consistent and holds exactly the reported documents. */
async function assertConsistent(t: import('ava').ExecutionContext, db: string, storedIds: readonly string[]): Promise<number> {
  const archive = await openArchive(db);
  try {
    const integrity = await archive.verify();
    t.deepEqual(integrity.problems, []);
    t.is(integrity.documents % BATCH, 0, 'whole batches only');
    t.deepEqual((await archive.list()).map((d) => d.id), [...storedIds].sort());
    return integrity.documents;
  } finally {
    await archive.close();
  }
}

test('sqlite: index add into a full archive stores whole batches, names the rest, exits 2', async (t) => {
  const db = path.join(work, 'capped.sqlite');
  const run = await runCli(['index', 'add', corpus, '--db', db, '--batch-size', String(BATCH), '--json'], { [MAX_PAGES_ENV]: '400' });
  t.is(run.code, 2, run.err);
  t.regex(run.err, /disk or the archive size limit is full/);
  t.regex(run.err, /not stored: source-\d+\/\d+\.txt/);
  const summary = JSON.parse(run.out);
  t.true(summary.added > 0 && summary.notStored > 0, run.out);
  t.is(summary.added + summary.notStored, articles.length);
  const ids = articles.map((a) => a.id).sort();
  const stored = ids.filter((id) => !summary.notStoredIds.includes(id));
  t.is(await assertConsistent(t, db, stored), summary.added);
  const full = (await runCli(['index', 'stats', '--db', db, '--json'])).out;
  t.is(JSON.parse(full).documents, summary.added, 'the full archive is still readable');

  // check --add into the same full archive: the check still reports, the add fails loudly.
  const check = await runCli(['check', incoming, '--db', db, '--add', '--format', 'json'], { [MAX_PAGES_ENV]: '400' });
  t.is(check.code, 2);
  t.is(JSON.parse(check.out).schema, 'wiretrace/check@1');
  t.regex(check.err, /not stored/);
  // Once space is back, the same command completes.
  const retry = await runCli(['index', 'add', corpus, '--db', db, '--batch-size', String(BATCH), '--json']);
  t.is(retry.code, 0, retry.err);
  t.is(await assertConsistent(t, db, ids), articles.length);
});

function tryMountTmpfs(dir: string, size: string): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

test('sqlite: index add onto a full tmpfs keeps the archive readable and reports what was not stored', async (t) => {
  const mnt = path.join(work, 'mnt');
  mkdirSync(mnt);
  if (!tryMountTmpfs(mnt, '2m')) {
    t.log('cannot mount a tmpfs here (not root, or no permission); the max_page_count test covers the full-disk path');
    t.pass();
    return;
  }
  try {
    const db = path.join(mnt, 'archive.sqlite');
    const run = await runCli(['index', 'add', corpus, '--db', db, '--batch-size', String(BATCH), '--json']);
    t.is(run.code, 2, run.err);
    t.regex(run.err, /full/i);
    const summary = JSON.parse(run.out);
    t.true(summary.notStored > 0);
    const ids = articles.map((a) => a.id).sort();
    const stored = ids.filter((id) => !summary.notStoredIds.includes(id));
    t.is(await assertConsistent(t, db, stored), summary.added);
  } finally {
    execFileSync('umount', ['-l', mnt], { stdio: 'ignore' });
  }
});
