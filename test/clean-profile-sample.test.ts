/**
 * Templates are learned from a bounded sample of each source: its PROFILE_SAMPLE_STORIES
 * stories with the smallest ids. The sample does not depend on the order documents come
 * in; a streamed scan summarises only what may be in it, and its report is the same as
 * `scanArticles`' with the same sample, on 1 or 2 threads, also when ids are out of file
 * order (sampled articles the read pass passed over are summarised after it).
 */
import test from 'ava';
import fc from 'fast-check';
import { learnProfiles, ProfileSample } from '../src/clean/index.js';
import { loadArticles } from '../src/ingest/index.js';
import { scanArticles, scanCorpus } from '../src/pipeline.js';
import { handleTask, type ReadResult } from '../src/workers/tasks.js';
import { listInputFiles } from '../src/ingest/index.js';
import { generateTemplateCorpus } from '../scripts/gen-template-corpus.js';
import { tempCorpus } from './helpers/temp-corpus.js';
import type { Article } from '../src/types.js';

test('the sample holds each source’s `size` smallest ids, whatever order they are offered in', (t) => {
  const doc = fc.record({ id: fc.string({ maxLength: 4 }), source: fc.constantFrom('a', 'b', 'c', null) });
  fc.assert(
    fc.property(fc.uniqueArray(doc, { selector: (d) => d.id, maxLength: 60 }), fc.integer({ min: 0, max: 8 }), (docs, size) => {
      const sample = new ProfileSample<number>(size);
      docs.forEach((d, i) => sample.offer(d.id, d.source, i));
      const expected = ['a', 'b', 'c'].flatMap((s) =>
        docs
          .filter((d) => d.source === s)
          .map((d) => d.id)
          .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
          .slice(0, size)
          .map((id) => `${s}:${id}`),
      );
      const got = [...sample.entries()].map((e) => `${e.source}:${e.id}`);
      t.deepEqual(got, expected);
      for (const e of sample.entries()) t.is(docs[e.value]!.id, e.id);
    }),
    { numRuns: 200 },
  );
});

const corpus = generateTemplateCorpus(12, 5).map((s) => s.article);

/** The articles of `source` with the `n` smallest ids. */
function smallest(articles: readonly Article[], n: number): Article[] {
  const bySource = new Map<string, Article[]>();
  for (const a of articles) {
    const list = bySource.get(a.meta.source!) ?? [];
    list.push(a);
    bySource.set(a.meta.source!, list);
  }
  return [...bySource.values()].flatMap((list) => list.sort((x, y) => (x.id < y.id ? -1 : 1)).slice(0, n));
}

test('learnProfiles learns from the sample only, in any order of the articles', (t) => {
  // A template that only the later stories (by id) of one source print: not in a sample of 6.
  const late = corpus.map((a) => {
    if (a.meta.source !== 'herald' || a.id < 'herald/006') return a;
    return { ...a, text: `Herald weekend edition out now\n\n${a.text}` };
  });
  const sampled = learnProfiles(late, 6);
  t.deepEqual(sampled, learnProfiles(smallest(late, 6), Infinity));
  t.deepEqual(learnProfiles([...late].reverse(), 6), sampled);
  t.is(sampled.sources['herald']!.stories, 6);
  const keys = (p: ReturnType<typeof learnProfiles>): string[] => p.sources['herald']!.templates.map((x) => x.key);
  t.false(keys(sampled).includes('herald weekend edition out now'), 'a template that starts after the sample is not learned');
  t.true(keys(learnProfiles(late, Infinity)).includes('herald weekend edition out now'));
});

test('a read task summarises only articles of sources whose sample is not yet full', async (t) => {
  const dir = tempCorpus(t, {
    'a/1.txt': 'One.\n',
    'a/2.txt': 'Two.\n',
    'a/3.txt': 'Three.\n',
    'b/1.txt': 'Four.\n',
  });
  const { files } = await listInputFiles([dir]);
  const state = { profiles: null, read: {}, learn: true, sampleSize: 2 };
  const run = (sampled: Record<string, number>): (string | null)[] =>
    (handleTask({ kind: 'read', files, sampled }, state).result as ReadResult).files.map((f) => (f.articles[0]!.summary ? f.articles[0]!.source : null));
  t.deepEqual(run({}), ['a', 'a', null, 'b'], 'two of a (the sample size), then none');
  t.deepEqual(run({ a: 1 }), ['a', null, null, 'b']);
  t.deepEqual(run({ a: 2, b: 2 }), [null, null, null, null]);
});

/** A seeded random-word paragraph (so stories share no prose: few candidate pairs, fast tests). */
function prose(seed: number, words: number): string {
  let x = seed * 2654435761;
  const next = (): number => ((x = (Math.imul(x ^ (x >>> 15), 2246822507) + 0x6d2b79f5) | 0) >>> 0) / 2 ** 32;
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(Array.from({ length: 3 + Math.floor(next() * 6) }, () => String.fromCharCode(97 + Math.floor(next() * 26))).join(''));
  return `${out.join(' ')}.`;
}

const SOURCES = ['herald', 'gazette', 'courier', 'chronicle'];

/** Story `n` of a source: its nav, footer and (from story 10 on) a late widget around unique prose. */
function story(source: string, n: number): string {
  const seed = SOURCES.indexOf(source) * 1000 + n + 1;
  const late = n >= 10 ? `Listen to the ${source} podcast\n\n` : '';
  return `${source} home\n\nLatest news\n\n${prose(seed, 40)}\n\n${late}${prose(seed + 500, 50)}\n\nSign up to the ${source} newsletter today\n\nCopyright ${source} media group\n`;
}

/** JSON Lines per source whose own ids run against line order: the sample (smallest ids) is at the end of each file. */
function reversedIds(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const source of SOURCES) {
    files[`${source}.jsonl`] = Array.from({ length: 20 }, (_, n) => JSON.stringify({ id: `${source}-${String(99 - n).padStart(2, '0')}`, source, text: story(source, n) })).join('\n') + '\n';
  }
  // Enough other files that --jobs 2 starts threads.
  for (let i = 0; i < 60; i++) files[`misc/${String(i).padStart(2, '0')}.txt`] = `${prose(9000 + i, 30)}\n`;
  return files;
}

test('a scan learns from the same sample as scanArticles on 1 or 2 threads, also when ids run against file order', async (t) => {
  const dir = tempCorpus(t, reversedIds());
  const { articles } = await loadArticles([dir]);
  const size = 8;
  const expected = JSON.stringify(scanArticles(articles, { profileSampleSize: size }).report);
  t.not(JSON.stringify(scanArticles(articles, { profileSampleSize: Infinity }).report), expected, 'the sample changes what is learned here');
  for (const jobs of [1, 2]) {
    const { report, stats } = await scanCorpus([dir], { jobs, profileSampleSize: size });
    t.true(JSON.stringify(report) === expected, `--jobs ${jobs}: the report differs from scanArticles'`);
    t.is(stats.learning!.sampled, 5 * size, 'four sources and misc/');
    t.true(stats.learning!.late > 0, 'sampled articles past the first ones in file order were summarised after the read pass');
  }
});

test('in a listing sorted like its ids, with a folder per source, the read pass summarises only the sample', async (t) => {
  const files: Record<string, string> = {};
  for (const source of SOURCES) for (let n = 0; n < 20; n++) files[`${source}/${String(n).padStart(2, '0')}.txt`] = story(source, n);
  for (let i = 0; i < 60; i++) files[`misc/${String(i).padStart(2, '0')}.txt`] = `${prose(9000 + i, 30)}\n`;
  const dir = tempCorpus(t, files);
  const size = 6;
  const { articles } = await loadArticles([dir]);
  const expected = JSON.stringify(scanArticles(articles, { profileSampleSize: size }).report);
  for (const jobs of [1, 2]) {
    const { report, stats } = await scanCorpus([dir], { jobs, profileSampleSize: size });
    t.true(JSON.stringify(report) === expected, `--jobs ${jobs}`);
    t.is(stats.learning!.late, 0);
    t.is(stats.learning!.sampled, 5 * size);
    // Sources are folders here: the main thread knows from the listing how many files of each it handed out.
    t.is(stats.learning!.summarised, 5 * size, `--jobs ${jobs}: no summary beyond the sample`);
  }
});
