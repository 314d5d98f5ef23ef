import test from 'ava';
import { formatDrawsOn } from '../src/report/scan-summary.js';
import { storyVerdicts, withStoryVerdicts } from '../src/cluster/story-verdict.js';
import type { Derivation, DocumentSummary, Pair, Span } from '../src/types.js';

/** A listed pair with the given sides' derivations and passage spans (a side → b side). */
function pair(a: string, b: string, da: Derivation, db: Derivation, passages: [Span, Span][], ca = 0.5, cb = 0.5): Pair {
  return {
    a: { id: a, coverage: ca, derivation: da },
    b: { id: b, coverage: cb, derivation: db },
    direction: null,
    credit: null,
    passages: passages.map(([x, y]) => ({ a: x, b: y, kind: 'verbatim', similarity: 1, text: '' })),
  } as unknown as Pair;
}

const BODY: Record<string, Span[]> = {
  news: [{ start: 0, end: 100 }, { start: 150, end: 250 }],
  pa1: [{ start: 0, end: 400 }],
  pa2: [{ start: 0, end: 400 }],
  pa3: [{ start: 0, end: 400 }],
};

test('story verdict: the union of passages over the body, counted once where two sources overlap, outside-body text not counted', (t) => {
  const pairs = [
    // news 0–60 from pa1; 40–100 and 150–170 from pa2 (40–60 shared with pa1); 100–150 is not body.
    pair('news', 'pa1', 'partially', 'none', [[{ start: 0, end: 60 }, { start: 10, end: 70 }]], 0.3),
    pair('pa2', 'news', 'none', 'partially', [[{ start: 5, end: 70 }, { start: 40, end: 170 }]], 0.1, 0.4),
  ];
  const v = storyVerdicts(['news', 'pa1', 'pa2', 'pa3'], pairs, (id) => BODY[id]!);
  // Union in body: 0–100 (100 chars) + 150–170 (20) = 120 of 200.
  t.is(v.get('news')!.reusedCoverage, 0.6);
  t.deepEqual(v.get('news')!.drawsOn, [
    { id: 'pa2', coverage: 0.4, derivation: 'partially' },
    { id: 'pa1', coverage: 0.3, derivation: 'partially' },
  ]);
  t.is(v.get('news')!.derivation, 'partially');
  // The sources' sides are not derived: they draw on nothing.
  for (const id of ['pa1', 'pa2', 'pa3']) t.deepEqual(v.get(id), { drawsOn: [], reusedCoverage: 0, derivation: 'none' });
});

test('story verdict: the overall derivation is the strongest, ties in coverage are ordered by id, and the pair order does not matter', (t) => {
  const pairs = [
    pair('news', 'pa3', 'partially', 'none', [[{ start: 0, end: 10 }, { start: 0, end: 10 }]], 0.2),
    pair('news', 'pa1', 'wholly', 'none', [[{ start: 150, end: 250 }, { start: 0, end: 100 }]], 0.2),
    pair('news', 'pa2', 'none', 'partially', [[{ start: 20, end: 30 }, { start: 0, end: 10 }]], 0.9),
  ];
  const forward = storyVerdicts(['news', 'pa1', 'pa2', 'pa3'], pairs, (id) => BODY[id]!);
  const backward = storyVerdicts(['news', 'pa1', 'pa2', 'pa3'], [...pairs].reverse(), (id) => BODY[id]!);
  t.deepEqual([...forward], [...backward]);
  const news = forward.get('news')!;
  t.is(news.derivation, 'wholly');
  t.deepEqual(news.drawsOn.map((d) => d.id), ['pa1', 'pa3']);
  t.is(news.reusedCoverage, 0.55);
  // pa2 draws on news (its side is derived there).
  t.deepEqual(forward.get('pa2')!.drawsOn, [{ id: 'news', coverage: 0.5, derivation: 'partially' }]);
});

test('story verdict: documents get the fields in place, and the summary names the sources', (t) => {
  const docs = ['news', 'pa1'].map((id) => ({ id, source: null, title: null, published: null, chars: 300, boilerplate: [] }) as DocumentSummary);
  const out = withStoryVerdicts(docs, [pair('news', 'pa1', 'wholly', 'none', [[{ start: 0, end: 100 }, { start: 0, end: 100 }]], 0.5)], (id) => BODY[id]!);
  t.deepEqual(Object.keys(out[0]!).slice(-3), ['drawsOn', 'reusedCoverage', 'derivation']);
  t.is(formatDrawsOn(out[0]!), 'news: 50% from pa1: 1 source, derivation wholly\n');
  t.is(formatDrawsOn(out[1]!), null);
});
