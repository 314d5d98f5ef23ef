/**
 * The one worker pool (workers/pool.ts) as the archive's prepare pool uses it: results in
 * input order whatever thread finishes first, overlapping runs on one pool kept apart (the
 * add prepares the next batch while writing one), the same analysis as on the main thread.
 */
import test from 'ava';
import type { ProfileSet } from '../src/clean/profiles.js';
import { PreparePool } from '../src/store/prepare-pool.js';
import { prepareAnalysis } from '../src/store/add-articles.js';
import { WorkerPool } from '../src/workers/pool.js';
import { generateArticles, toArticle } from '../scripts/gen-articles.js';

const articles = generateArticles(60, { seed: 3 }).map((g) => toArticle(g));
const profiles: ProfileSet = { version: 1, sources: {} };

test('prepare pool: overlapping batches come back in input order, equal to the main thread', async (t) => {
  const pool = new PreparePool(2);
  try {
    const first = articles.slice(0, 35);
    const second = articles.slice(35);
    const [a, b] = await Promise.all([pool.prepare(first, profiles), pool.prepare(second, profiles)]);
    const inline = articles.map((article) => prepareAnalysis(article, profiles));
    const got = [...a, ...b];
    t.is(got.length, articles.length);
    got.forEach((r, i) => {
      if (!r.ok) return t.fail(`${articles[i]!.id}: ${r.reason}`);
      t.deepEqual(r.clean.body, inline[i]!.clean.body, articles[i]!.id);
      t.deepEqual([...r.anchors], [...inline[i]!.anchors], articles[i]!.id);
    });
  } finally {
    await pool.close();
  }
});

test('a pool without threads needs its handler; with it, tasks run inline in order', async (t) => {
  t.throws(() => new WorkerPool(0, { script: new URL('file:///nowhere.js'), initialState: null }), { message: /needs the handler/ });
  const pool = new WorkerPool<number, number, number>(0, { script: new URL('file:///nowhere.js'), initialState: 10, handler: (x, s) => ({ result: x * s, transfer: [] }) });
  t.deepEqual(await pool.map([1, 2, 3]), [10, 20, 30]);
  await pool.setState(2);
  t.deepEqual(await pool.map([1, 2, 3]), [2, 4, 6]);
});
