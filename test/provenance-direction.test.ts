/**
 * Direction and credit: the seeds through the real pipeline, hand-made cases for each kind
 * of evidence, the mirror property, and a small generated corpus against the targets.
 */
import test from 'ava';
import fc from 'fast-check';
import { scanCorpus } from '../src/pipeline.js';
import { assessPair, buildProvenanceContext, detectCredit, inferDirection, refineProvenance } from '../src/provenance/index.js';
import type { Pair, Passage, Report } from '../src/types.js';
import { fixtureDoc, light, verbatim } from './fixtures/report-docs.js';
import { generateCorpus } from '../scripts/provenance-corpus.js';

const SUN = 'the-sun/wallace-nato.txt';
const SKY = 'sky-news/wallace-nato.txt';
const LBC = 'lbc/wallace-nato.txt';

let seed: Promise<Report> | null = null;
const seedReport = (): Promise<Report> => (seed ??= scanCorpus(['corpus']).then((r) => r.report));

test('seed: The Sun → LBC, credited "told The Sun", with the evidence listed', async (t) => {
  const r = await seedReport();
  const pair = r.pairs.find((p) => [p.a.id, p.b.id].sort().join() === [LBC, SUN].sort().join());
  t.truthy(pair);
  t.is(pair!.direction?.source, SUN);
  t.is(pair!.direction?.copy, LBC);
  t.true(pair!.direction!.confidence >= 0.9);
  t.deepEqual(pair!.credit, { credited: true, phrases: ['told The Sun'] });
  t.regex(pair!.direction!.evidence[0]!, /lbc\/wallace-nato\.txt credits The Sun: “told The Sun”/);
  t.true(pair!.direction!.evidence.some((e) => /third party credit neither.*told The Economist/.test(e)));
  t.true(pair!.direction!.details!.every((d) => d.weight >= 0 && d.text.length > 0));
});

test('seed: Sky News → LBC, uncredited, because Sky claims the reporting (LBC fixing Sky’s doubled "over" is shown, weighed near zero as on real copy)', async (t) => {
  const r = await seedReport();
  const pair = r.pairs.find((p) => [p.a.id, p.b.id].sort().join() === [LBC, SKY].sort().join());
  t.truthy(pair);
  t.is(pair!.direction?.source, SKY);
  t.is(pair!.direction?.copy, LBC);
  t.deepEqual(pair!.credit, { credited: false, phrases: [] });
  const kinds = pair!.direction!.details!.filter((d) => d.favours === SKY).map((d) => d.kind);
  t.true(kinds.includes('attribution'));
  t.true(pair!.direction!.confidence >= 0.85);
  t.true(pair!.direction!.evidence.some((e) => /fixes a slip/.test(e) && /win over the US/.test(e)));
});

test('seed cluster: one story rooted at The Sun; LBC took from The Sun (credited) and from Sky News (uncredited)', async (t) => {
  const r = await seedReport();
  const c = r.clusters.find((x) => x.documents.includes(LBC))!;
  t.deepEqual(c.documents, [LBC, SKY, SUN]);
  t.is(c.root, SUN);
  t.deepEqual(
    c.edges!.map((e) => [e.source, e.copy, e.credited, e.kind]),
    [
      [SKY, LBC, false, 'also'],
      [SUN, LBC, true, 'tree'],
    ],
  );
});

const story = 'Ministers approved the long-awaited railway upgrade on Tuesday after weeks of talks.';
const second = 'Critics said the plans had been rushed through without proper scrutiny.';

test('publication times decide alone; a third-party mention does not', (t) => {
  const a = fixtureDoc({ id: 'pa/x.txt', source: 'pa', text: `${story}\n${second}`, published: '2023-06-22T06:00:00Z' });
  const b = fixtureDoc({ id: 'lbc/x.txt', source: 'lbc', text: `${story}\n${second}\nHe told The Economist it was fine.`, published: '2023-06-22T07:30:00Z' });
  const passages = [verbatim(a, b, story), verbatim(a, b, second)];
  const d = inferDirection(a, b, passages);
  t.is(d?.source, 'pa/x.txt');
  t.true(d!.details!.some((e) => e.kind === 'time' && e.favours === 'pa/x.txt' && /90 minutes earlier/.test(e.text)));
  t.deepEqual(detectCredit(b, a), { credited: false, phrases: [] });
  const untimed = [fixtureDoc({ id: 'pa/y.txt', source: 'pa', text: `${story}\n${second}` }), fixtureDoc({ id: 'lbc/y.txt', source: 'lbc', text: `${story}\n${second}\nHe told The Economist it was fine.` })] as const;
  t.is(inferDirection(untimed[0], untimed[1], [verbatim(untimed[0], untimed[1], story), verbatim(untimed[0], untimed[1], second)]), null, 'identical untimed texts: undecided');
});

test('a credit in the copy names the other document’s publisher, and decides the direction', (t) => {
  const a = fixtureDoc({ id: 'sky-news/x.txt', source: 'sky-news', text: `${story}\n${second}` });
  const b = fixtureDoc({ id: 'lbc/x.txt', source: 'lbc', text: `${story}\nAccording to Sky News, the vote is next week.\n${second}` });
  const d = inferDirection(b, a, [verbatim(b, a, story), verbatim(b, a, second)]);
  t.is(d?.source, 'sky-news/x.txt');
  t.deepEqual(detectCredit(b, a), { credited: true, phrases: ['According to Sky News'] });
  t.deepEqual(detectCredit(a, b), { credited: false, phrases: [] });
});

test('a wire credit "(PA)" counts; "The Sun" in a Sky story does not credit LBC', (t) => {
  const pa = fixtureDoc({ id: 'pa/x.txt', source: 'pa', text: story });
  const copy = fixtureDoc({ id: 'the-mirror/x.txt', source: 'the-mirror', text: `${story} (PA)` });
  t.deepEqual(detectCredit(copy, pa), { credited: true, phrases: ['(PA)'] });
  const sky = fixtureDoc({ id: 'sky-news/x.txt', source: 'sky-news', text: `${story}\nSources told The Sun it was over.` });
  const lbc = fixtureDoc({ id: 'lbc/x.txt', source: 'lbc', text: story });
  t.deepEqual(detectCredit(sky, lbc), { credited: false, phrases: [] });
});

test('mirror property: swapping the documents (and the passages) gives the same verdict', (t) => {
  const corpus = generateCorpus(3, 40);
  const context = buildProvenanceContext(corpus.textDocs, corpus.pairs.map((p) => ({ a: { id: p.a.article.id }, b: { id: p.b.article.id } })) as never, { wordCounts: false });
  const mirror = (p: Passage): Passage => ({
    ...p,
    a: p.b,
    b: p.a,
    sentences: p.sentences?.map((s) => ({ ...s, a: s.b, b: s.a, diff: s.diff?.map((op) => ({ ...op, op: op.op === 'add' ? 'del' : op.op === 'del' ? 'add' : 'same' })) })),
  });
  fc.assert(
    fc.property(fc.integer({ min: 0, max: corpus.pairs.length - 1 }), (i) => {
      const pair = corpus.pairs[i]!;
      const forward = inferDirection(pair.a, pair.b, pair.passages, context);
      const backward = inferDirection(pair.b, pair.a, pair.passages.map(mirror), context);
      t.deepEqual(backward?.source, forward?.source);
      t.deepEqual(backward?.confidence, forward?.confidence);
      t.deepEqual(backward?.evidence, forward?.evidence);
    }),
    { numRuns: 60 },
  );
});

// Containment and the edit trail decide most generated pairs but are at chance on real copy
// (scripts/fit-direction.ts), so they carry near-zero weight: generated pairs that only they
// could decide are now undecided. The bar here is no confident wrong verdict.
test('generated corpus (unseen seed): accuracy ≥ 0.95 where decided, null ≤ 25%, credit accuracy ≥ 0.95', (t) => {
  const corpus = generateCorpus(99, 80);
  const context = buildProvenanceContext(corpus.textDocs, corpus.pairs.map((p) => ({ a: { id: p.a.article.id }, b: { id: p.b.article.id } })) as never, { wordCounts: false });
  let directed = 0;
  let decided = 0;
  let right = 0;
  let creditRight = 0;
  for (const pair of corpus.pairs) {
    if (!pair.trueSource) continue;
    directed++;
    const d = inferDirection(pair.a, pair.b, pair.passages, context);
    if (d) {
      decided++;
      if (d.source === pair.trueSource) right++;
    }
    const [copy, source] = pair.trueSource === pair.a.article.id ? [pair.b, pair.a] : [pair.a, pair.b];
    if ((detectCredit(copy, source)?.credited ?? false) === pair.trueCredited) creditRight++;
  }
  t.true(directed > 200, `${directed} directed pairs`);
  t.true(right / decided >= 0.95, `accuracy ${right}/${decided}`);
  t.true((directed - decided) / directed <= 0.25, `null ${directed - decided}/${directed}`);
  t.true(creditRight / directed >= 0.95, `credit ${creditRight}/${directed}`);
});

test('light fixture passages carry a word diff', (t) => {
  const a = fixtureDoc({ id: 'a', text: 'one two three four' });
  const b = fixtureDoc({ id: 'b', text: 'one three four five' });
  const p = light(a, b, 'one two three four', 'one three four five');
  t.deepEqual(p.sentences![0]!.diff, [
    { op: 'same', text: 'one' },
    { op: 'del', text: 'two' },
    { op: 'same', text: 'three four' },
    { op: 'add', text: 'five' },
  ]);
});

test('refineProvenance: a publisher’s dated record decides its untimed pairs; time-decided pairs stay as they were', (t) => {
  const docs = new Map<string, ReturnType<typeof fixtureDoc>>();
  const pairs: Pair[] = [];
  const add = (n: number, timed: boolean): void => {
    const text = `${story} Story ${n}.\n${second}`;
    const pa = fixtureDoc({ id: `pa/${n}.txt`, source: 'pa', text, published: timed ? `2023-06-2${n}T06:00:00Z` : null });
    const lbc = fixtureDoc({ id: `lbc/${n}.txt`, source: 'lbc', text, published: timed ? `2023-06-2${n}T09:00:00Z` : null });
    docs.set(pa.article.id, pa);
    docs.set(lbc.article.id, lbc);
    const passages = [verbatim(pa, lbc, `${story} Story ${n}.`), verbatim(pa, lbc, second)];
    pairs.push({ a: { id: pa.article.id, coverage: 1, derivation: 'wholly' }, b: { id: lbc.article.id, coverage: 1, derivation: 'wholly' }, passages, ...assessPair(pa, lbc, { passages }) });
  };
  for (const n of [1, 2, 3]) add(n, true);
  add(4, false);
  t.is(pairs[3]!.direction, null, 'alone, identical untimed texts are undecided');
  const documents = [...docs.values()].map((d) => ({ id: d.article.id, source: d.article.meta.source, title: null, published: d.article.meta.published, chars: d.article.text.length, boilerplate: [] }));
  const refined = refineProvenance(documents, pairs, docs);
  t.is(refined[3]!.direction?.source, 'pa/4.txt');
  t.true(refined[3]!.direction!.evidence.some((e) => /PA was the earlier side in 3 of 3 dated pairs/.test(e)));
  for (const i of [0, 1, 2]) t.is(refined[i], pairs[i], 'decided by time: the same object, not judged again');
  t.deepEqual(refineProvenance(documents, pairs, docs), refined, 'deterministic');
});
