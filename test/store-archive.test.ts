/**
 * The archive on both backends: round trips, incremental re-add, replacement, removal,
 * time windows, templates, atomic batches and schema versions.
 */
import test from 'ava';
import { selectAnchors } from '../src/candidates/index.js';
import { StoreError } from '../src/errors.js';
import { prepareDocument } from '../src/pipeline.js';
import { addArticles, prepareRecord, type PriorAnalysis } from '../src/store/add-articles.js';
import { checkArticles } from '../src/store/check-articles.js';
import { openArchive, type Archive } from '../src/store/archive.js';
import { SCHEMA_VERSION } from '../src/store/migrations.js';
import { generateArticles, toArticle } from '../scripts/gen-articles.js';
import type { Article } from '../src/types.js';
import { backends, type ArchiveSpot } from './helpers/store-backends.js';

const generated = generateArticles(40, { seed: 7, partialShare: 0.4, wholeShare: 0.1 });
const articles: Article[] = generated.map((g) => toArticle(g));

async function withFresh(backend: ReturnType<typeof backends>[number], fn: (archive: Archive, spot: ArchiveSpot) => Promise<void>): Promise<void> {
  const spot = await backend.fresh();
  const archive = await openArchive(spot.spec, { create: true });
  try {
    await fn(archive, spot);
  } finally {
    await archive.close();
    await spot.cleanup();
  }
}

for (const backend of backends()) {
  const name = (s: string) => `${backend.name}: ${s}`;

  test(name('lookup names the anchors over the cap: the archive\'s common phrasing, for stock passages in check'), async (t) => {
    await withFresh(backend, async (archive) => {
      await addArticles(archive, articles, { batchSize: 16 });
      const anchors = selectAnchors(prepareDocument(articles[0]!));
      const none: number[] = [];
      const shared = await archive.lookup(anchors, 64, none);
      t.true(shared.size > 0);
      const common: number[] = [];
      // Every anchor of an archived article is in at least one document: over a cap of 0, all are common.
      t.is((await archive.lookup(anchors, 0, common)).size, 0);
      t.deepEqual(common.sort((x, y) => x - y), [...anchors]);
      // Over a cap of 64 only those in more than 64 of the 40 documents: none.
      t.deepEqual(none, []);
    });
  });

  test(name('added documents round-trip and are found through their anchors'), async (t) => {
    await withFresh(backend, async (archive) => {
      const report = await addArticles(archive, articles, { batchSize: 16 });
      t.is(report.added.length, articles.length);
      t.deepEqual(report.notStored, []);
      const stats = await archive.stats();
      t.is(stats.documents, articles.length);
      t.is(stats.sources, new Set(articles.map((a) => a.meta.source)).size);
      t.is(stats.schemaVersion, SCHEMA_VERSION);
      t.true(stats.postings > articles.length * 10);
      t.true(stats.bytes > 0);
      t.true((await archive.verify()).ok);

      const copyIndex = generated.findIndex((g) => g.reuses !== null);
      const copy = generated[copyIndex]!;
      const incoming = prepareDocument(articles[copyIndex]!);
      const shared = await archive.lookup(selectAnchors(incoming), 64);
      const rows = [...shared.keys()];
      const loaded = await archive.load(rows);
      const source = loaded.find((d) => d.article.id === generated[copy.reuses!.from]!.id);
      t.truthy(source, 'the reused article is among the posting hits');
      t.true(shared.get(source!.row)! >= 2);

      const original = articles[copy.reuses!.from]!;
      t.is(source!.article.text, original.text);
      t.deepEqual(source!.article.meta, original.meta);
      t.deepEqual(source!.clean, prepareDocument(original).clean);
      t.deepEqual(Array.from(source!.anchors), Array.from(prepareRecord(original, null).anchors));
    });
  });

  test(name('re-adding the same content is a no-op'), async (t) => {
    await withFresh(backend, async (archive) => {
      await addArticles(archive, articles);
      const before = await archive.stats();
      const listBefore = await archive.list();
      const again = await addArticles(archive, articles, { batchSize: 7 });
      t.is(again.added.length, 0);
      t.is(again.replaced.length, 0);
      t.is(again.unchanged.length, articles.length);
      const after = await archive.stats();
      t.is(after.documents, before.documents);
      t.is(after.postings, before.postings);
      t.deepEqual((await archive.list()).map((d) => [d.id, d.hash, d.addedAt]), listBefore.map((d) => [d.id, d.hash, d.addedAt]));
    });
  });

  test(name('changed content replaces the document and its postings'), async (t) => {
    await withFresh(backend, async (archive) => {
      await addArticles(archive, articles);
      const target = articles[3]!;
      const oldAnchors = prepareRecord(target, null).anchors;
      const changed: Article = { ...target, text: generated[30]!.text.replace(/\.\n/, '. A new closing line for this story.\n') };
      const report = await addArticles(archive, [changed]);
      t.deepEqual(report.replaced, [target.id]);
      t.is((await archive.stats()).documents, articles.length);
      t.true((await archive.verify()).ok);
      const [row] = (await archive.list()).filter((d) => d.id === target.id);
      t.is(row!.chars, changed.text.length);
      const newAnchors = new Set(prepareRecord(changed, null).anchors);
      const onlyOld = Uint32Array.from([...oldAnchors].filter((a) => !newAnchors.has(a)));
      const hits = await archive.lookup(onlyOld, 1000);
      const loaded = await archive.load([...hits.keys()]);
      t.false(loaded.some((d) => d.article.id === target.id), 'old anchors no longer point at the replaced document');
    });
  });

  test(name('remove drops documents and their postings'), async (t) => {
    await withFresh(backend, async (archive) => {
      await addArticles(archive, articles);
      const before = await archive.stats();
      const gone = [articles[0]!.id, articles[5]!.id];
      const removed = await archive.remove([...gone, 'no/such-doc.txt']);
      t.deepEqual(removed, gone);
      const after = await archive.stats();
      t.is(after.documents, before.documents - 2);
      t.true(after.postings < before.postings);
      t.true((await archive.verify()).ok);
      const hits = await archive.lookup(prepareRecord(articles[0]!, null).anchors, 1000);
      const loaded = await archive.load([...hits.keys()]);
      t.false(loaded.some((d) => gone.includes(d.article.id)));
      t.false((await archive.list()).some((d) => gone.includes(d.id)));
    });
  });

  test(name('load keeps only documents inside the --since window'), async (t) => {
    await withFresh(backend, async (archive) => {
      await addArticles(archive, articles);
      const all = await archive.list();
      const rows: number[] = [];
      for (const a of articles) {
        const hits = await archive.lookup(prepareRecord(a, null).anchors, 1000);
        rows.push(...hits.keys());
      }
      const unique = [...new Set(rows)];
      const cut = Date.parse(articles[20]!.meta.published!);
      const loaded = await archive.load(unique, cut);
      t.true(loaded.length > 0);
      t.true(loaded.every((d) => Date.parse(d.article.meta.published!) >= cut));
      t.is((await archive.load(unique)).length, all.length);
    });
  });

  test(name('publisher templates are stored and read back'), async (t) => {
    await withFresh(backend, async (archive) => {
      await archive.writeBatch([], { 'the-sun': { lines: ['Sign up'], docs: 3 } });
      await archive.writeBatch([], { lbc: { lines: [] }, 'the-sun': { lines: ['Sign up', 'Read more'], docs: 4 } });
      const profiles = await archive.profiles();
      t.deepEqual(profiles.sources, { lbc: { lines: [] }, 'the-sun': { lines: ['Sign up', 'Read more'], docs: 4 } });
      t.is((await archive.stats()).profiles, 2);
    });
  });

  test(name('a batch that fails part-way stores nothing of it'), async (t) => {
    await withFresh(backend, async (archive) => {
      await addArticles(archive, articles.slice(0, 5));
      const before = await archive.stats();
      const good = prepareRecord(articles[10]!, null);
      const bad = { ...prepareRecord(articles[11]!, null), article: { ...articles[11]!, text: null as unknown as string } };
      await t.throwsAsync(archive.writeBatch([good, bad], { x: {} }), { instanceOf: StoreError });
      const after = await archive.stats();
      t.is(after.documents, before.documents);
      t.is(after.postings, before.postings);
      t.is(after.profiles, before.profiles);
      t.true((await archive.verify()).ok);
    });
  });

  test(name('an archive is migrated once and reopened without change'), async (t) => {
    await withFresh(backend, async (archive, spot) => {
      await addArticles(archive, articles.slice(0, 3));
      const again = await openArchive(spot.spec);
      t.is((await again.stats()).schemaVersion, SCHEMA_VERSION);
      t.is((await again.stats()).documents, 3);
      await again.close();
    });
  });
}

test('sqlite: opening a missing archive without create is a StoreError naming the file', async (t) => {
  const error = await t.throwsAsync(openArchive('/nonexistent/dir/archive.sqlite'), { instanceOf: StoreError });
  t.regex(error!.message, /no archive at \/nonexistent\/dir\/archive\.sqlite/);
});

test('sqlite: an archive from a newer wiretrace is refused', async (t) => {
  const [sqlite] = backends();
  const spot = await sqlite!.fresh();
  const archive = await openArchive(spot.spec, { create: true });
  await archive.close();
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(spot.spec);
  db.prepare('INSERT INTO schema_version (version, applied_ms) VALUES (?, 0)').run(SCHEMA_VERSION + 1);
  db.close();
  const error = await t.throwsAsync(openArchive(spot.spec), { instanceOf: StoreError });
  t.regex(error!.message, /schema version/);
  await spot.cleanup();
});

test('the public API exports the archive verbs', async (t) => {
  const api = await import('../src/index.js');
  for (const name of ['openArchive', 'addArticles', 'checkArticles', 'formatCheck', 'parseSince']) t.true(name in api, `${name} is exported`);
});

test('addArticles stores the same archive with and without worker threads', async (t) => {
  const [sqlite] = backends();
  const many = generateArticles(450, { seed: 8 }).map((g) => toArticle(g));
  const lists: string[][] = [];
  for (const workers of [0, 2]) {
    const spot = await sqlite!.fresh();
    const archive = await openArchive(spot.spec, { create: true });
    const report = await addArticles(archive, many, { workers, batchSize: 100 });
    t.is(report.added.length, many.length);
    t.true((await archive.verify()).ok);
    lists.push((await archive.list()).map((d) => `${d.id} ${d.hash} ${d.anchors}`));
    await archive.close();
    await spot.cleanup();
  }
  t.deepEqual(lists[0], lists[1]);
});

for (const backend of backends()) {
  test(`${backend.name}: check finds the archived sources through the postings, within the --since window`, async (t) => {
    await withFresh(backend, async (archive) => {
      await addArticles(archive, articles);
      const early = articles[3]!;
      const late = articles[30]!;
      const fresh = generateArticles(1, { seed: 1234 })[0]!;
      const paras = (a: Article) => a.text.split('\n\n');
      const text = [...paras(toArticle(fresh)).slice(0, 2), ...paras(early).slice(1, 3), ...paras(late).slice(1, 3), ...paras(toArticle(fresh)).slice(2)].join('\n\n');
      // Incoming copy is newer than the archive it draws on (else provenance would call it the source).
      const incoming: Article = { ...toArticle(fresh), id: 'incoming/mixed.txt', text, meta: { ...toArticle(fresh).meta, published: '2024-06-01T00:00:00.000Z' } };
      const all = await checkArticles(archive, [incoming], { failOn: 'partially' });
      const ids = (r: typeof all) => r.documents[0]!.matches.map((m) => m.archived.id);
      t.true(ids(all).includes(early.id));
      t.true(ids(all).includes(late.id));
      t.is(all.documents[0]!.derivation, 'partially');
      t.true(all.documents[0]!.failed);
      const since = Date.parse(articles[20]!.meta.published!);
      const recent = await checkArticles(archive, [incoming], { failOn: 'partially', sinceMs: since });
      t.false(ids(recent).includes(early.id));
      t.true(ids(recent).includes(late.id));
      t.is(recent.since, new Date(since).toISOString());
      const lenient = await checkArticles(archive, [incoming], { failOn: 'wholly' });
      t.false(lenient.documents[0]!.failed);
      t.is(lenient.failed, 0);
    });
  });
}

test('sqlite: a version 1 archive is migrated to filed-by-generation postings, keeping every posting', async (t) => {
  const [sqlite] = backends();
  const spot = await sqlite!.fresh();
  try {
    const archive = await openArchive(spot.spec, { create: true });
    await addArticles(archive, articles);
    const before = await archive.stats();
    await archive.close();
    // Turn it back into a version 1 archive: postings keyed (hash, doc), schema_version 1.
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(spot.spec);
    db.exec(`CREATE TABLE postings_v1 (hash INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (hash, doc)) WITHOUT ROWID;
             INSERT INTO postings_v1 SELECT hash, doc FROM postings; DROP TABLE postings; ALTER TABLE postings_v1 RENAME TO postings;
             DELETE FROM schema_version WHERE version > 1;`);
    db.close();
    const migrated = await openArchive(spot.spec);
    try {
      const after = await migrated.stats();
      t.is(after.schemaVersion, SCHEMA_VERSION);
      t.is(after.postings, before.postings);
      t.true((await migrated.verify()).ok);
      const hits = await migrated.lookup(prepareRecord(articles[7]!, null).anchors, 64);
      t.true([...(await migrated.load([...hits.keys()]))].some((d) => d.article.id === articles[7]!.id));
    } finally {
      await migrated.close();
    }
  } finally {
    await spot.cleanup();
  }
});

for (const backend of backends()) {
  test(`${backend.name}: publisher templates are learned from archived documents and updated as more arrive`, async (t) => {
    await withFresh(backend, async (archive) => {
      const sun = generateArticles(30, { seed: 5 }).map((g) =>
        toArticle({
          ...g,
          source: 'the-sun',
          id: `the-sun/${g.id.split('/')[1]}`,
          text: `Home | News | Sport | Politics\n\n${g.text}\nSign up to the Daily Sun newsletter for the best stories every morning\n`,
        }),
      );
      await addArticles(archive, sun.slice(0, 10), { batchSize: 10 });
      const first = (await archive.profiles()).sources['the-sun'];
      t.is(first?.stories, 10);
      t.true(first!.templates.some((x) => x.example.startsWith('Sign up to the Daily Sun newsletter')));
      await addArticles(archive, sun.slice(10), { batchSize: 10 });
      const later = (await archive.profiles()).sources['the-sun'];
      t.is(later?.stories, 30, 'relearned from the new batch plus the recent archived stories');
      t.true(later!.templates.some((x) => x.example === 'Home | News | Sport | Politics'));
    });
  });
}

test('check --add: an analysis made with the template the add uses is stored as it is, any other is redone; the archive is the same as check then index add', async (t) => {
  const [sqlite] = backends();
  const base = articles.slice(0, 30);
  const incoming = articles.slice(30);
  const stored: string[][] = [];
  for (const withPrior of [false, true]) {
    const spot = await sqlite!.fresh();
    const archive = await openArchive(spot.spec, { create: true });
    await addArticles(archive, base, { workers: 0 });
    const analysed = new Map<Article, PriorAnalysis>();
    await checkArticles(archive, incoming, { failOn: 'partially', onAnalysed: (a, analysis) => void analysed.set(a, analysis) });
    t.is(analysed.size, incoming.length);
    await addArticles(archive, incoming, { workers: 0, ...(withPrior ? { prior: (a: Article) => analysed.get(a) } : {}) });
    const rows = (await archive.list()).map((d) => d.id);
    const docs = await archive.load(Array.from({ length: rows.length + 5 }, (_, i) => i));
    stored.push(docs.map((d) => JSON.stringify([d.article.id, d.clean, [...d.anchors]])).sort());
    await archive.close();
    await spot.cleanup();
  }
  t.is(stored[1]!.length, articles.length);
  t.deepEqual(stored[1], stored[0]);

  // A prior made with the template in force is kept (even a made-up one: no re-analysis);
  // one made with another template is replaced by a fresh analysis.
  const fresh = { ...incoming[0]!, id: 'prior/x.txt', meta: { ...incoming[0]!.meta, source: null } };
  const madeUp = { profile: null, clean: { body: [{ start: 0, end: 10 }], captions: [], removed: [], headline: null }, anchors: Uint32Array.of(7) };
  for (const [profile, expected] of [
    [null, madeUp.clean],
    [{ stories: 3, templates: [] }, prepareRecord(fresh, null).clean],
  ] as const) {
    const spot = await sqlite!.fresh();
    const archive = await openArchive(spot.spec, { create: true });
    await addArticles(archive, [fresh], { workers: 0, prior: () => ({ ...madeUp, profile }) });
    const [doc] = await archive.load([1]);
    t.deepEqual(doc!.clean, expected);
    await archive.close();
    await spot.cleanup();
  }
});
