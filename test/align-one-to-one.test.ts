import test from 'ava';
import fc from 'fast-check';
import { comparePair } from '../src/provenance/index.js';
import { ONE_TO_ONE_OVERLAP_WORDS } from '../src/align/constants.js';
import { selectOneToOne, type Placement } from '../src/align/one-to-one.js';
import { prepareDocument } from '../src/pipeline.js';
import type { Span, TextDoc } from '../src/types.js';
import { textArticle } from './clean-helpers.js';

function doc(id: string, text: string): TextDoc {
  return prepareDocument(textArticle(text, id));
}

/** Words of `doc` (tokens) that lie inside both spans. */
function sharedWords(d: TextDoc, x: Span, y: Span): number {
  const start = Math.max(x.start, y.start);
  const end = Math.min(x.end, y.end);
  if (end <= start) return 0;
  return d.tokens.filter((t) => t.start >= start && t.end <= end).length;
}

const WORDS = ['Nato', 'Wallace', 'said', 'the', 'alliance', 'would', 'not', 'veto', 'his', 'bid', 'Biden', 'Sunak', 'summit', 'in', 'July', 'Ukraine', 'tanks', 'missiles', 'a', 'former', 'officer'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 14 }).map((w) => `${w.join(' ')}.`);
const article = fc.array(sentence, { minLength: 1, maxLength: 8 }).map((s) => s.join(' '));
/**
 * Two texts that share sentences, some of them repeated (a paragraph printed twice, on
 * either side), so the aligner meets many-to-many matches.
 */
const repetitive = fc
  .tuple(article, article, article, article, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
  .map(([shared, x, y, z, ra, rb]) => [[x, ...Array<string>(ra).fill(shared), z].join('\n\n'), [...Array<string>(rb).fill(shared), y].join('\n\n')] as const);

test('passages are one-to-one, sorted, and their offsets and alternates round-trip', (t) => {
  fc.assert(
    fc.property(repetitive, ([x, y]) => {
      const a = doc('a', x);
      const b = doc('b', y);
      const pair = comparePair(a, b);
      const ps = pair.passages;
      for (let i = 0; i < ps.length; i++) {
        const p = ps[i]!;
        t.is(x.slice(p.a.start, p.a.end), p.text);
        if (i > 0) t.true(ps[i - 1]!.a.start < p.a.start || (ps[i - 1]!.a.start === p.a.start && ps[i - 1]!.b.start <= p.b.start));
        for (let j = i + 1; j < ps.length; j++) {
          t.true(sharedWords(a, p.a, ps[j]!.a) <= ONE_TO_ONE_OVERLAP_WORDS, `a sides of passages ${i} and ${j} share too much`);
          t.true(sharedWords(b, p.b, ps[j]!.b) <= ONE_TO_ONE_OVERLAP_WORDS, `b sides of passages ${i} and ${j} share too much`);
        }
        for (const alt of p.alternates ?? []) {
          t.true(0 <= alt.a.start && alt.a.start < alt.a.end && alt.a.end <= x.length);
          t.true(0 <= alt.b.start && alt.b.start < alt.b.end && alt.b.end <= y.length);
          // Another placement of the same words: it reuses one side of its passage, not both.
          const sameA = sharedWords(a, alt.a, p.a) > 0;
          const sameB = sharedWords(b, alt.b, p.b) > 0;
          t.true(sameA || sameB);
          t.false(sameA && sameB && alt.a.start === p.a.start && alt.b.start === p.b.start);
        }
      }
    }),
    { numRuns: 150 },
  );
});

test('a paragraph printed twice in the source gives one passage and one alternate', (t) => {
  const para =
    'Wallace, a former Army officer, was among the favourites to succeed Stoltenberg at the summit in July. France said on Tuesday it would not veto the bid by the former defence secretary.';
  const copy = `Markets fell sharply in Tokyo on Monday as investors sold bank shares. ${para}`;
  const source = `${para}\n\nThe alliance meets again in the autumn, officials in Brussels said.\n\n${para}`;
  const pair = comparePair(doc('copy', copy), doc('source', source));
  t.is(pair.passages.length, 1);
  const p = pair.passages[0]!;
  t.is(p.text, para);
  t.is(p.alternates?.length, 1);
  const alt = p.alternates![0]!;
  t.deepEqual(alt.a, p.a);
  t.is(source.slice(alt.b.start, alt.b.end), para);
  t.not(alt.b.start, p.b.start);
  // The mirror lists the same alternate, seen from the other side.
  const mirror = comparePair(doc('source', source), doc('copy', copy));
  t.deepEqual(mirror.passages[0]!.alternates, [{ a: alt.b, b: alt.a }]);
});

test('a copied span with a repeated sentence inside stays one passage', (t) => {
  const text =
    'The court heard that the man had been drinking all day. He denied the charge. The court heard that the man had been drinking all day. The jury retired to consider its verdict on Friday afternoon.';
  const pair = comparePair(doc('a', `Local news. ${text}`), doc('b', text));
  t.is(pair.passages.length, 1);
  t.is(pair.passages[0]!.text, text);
});

const placement = fc
  .tuple(fc.nat(60), fc.integer({ min: 1, max: 30 }), fc.nat(60), fc.integer({ min: 1, max: 30 }), fc.nat(40))
  .map(([aFirst, aLen, bFirst, bLen, matched]): Placement => ({ aFirst, aEnd: aFirst + aLen, bFirst, bEnd: bFirst + bLen, matched }));

test('selectOneToOne: kept placements overlap by at most a few words, and the choice does not depend on input order', (t) => {
  fc.assert(
    fc.property(fc.array(placement, { maxLength: 12 }), fc.nat(), (ps, seed) => {
      const key = (p: Placement) => `${p.aFirst},${p.aEnd},${p.bFirst},${p.bEnd},${p.matched}`;
      const { kept, alternates } = selectOneToOne(ps, 100, 100);
      for (let i = 0; i < kept.length; i++) {
        for (let j = i + 1; j < kept.length; j++) {
          const x = kept[i]!;
          const y = kept[j]!;
          t.true(Math.min(x.aEnd, y.aEnd) - Math.max(x.aFirst, y.aFirst) <= ONE_TO_ONE_OVERLAP_WORDS);
          t.true(Math.min(x.bEnd, y.bEnd) - Math.max(x.bFirst, y.bFirst) <= ONE_TO_ONE_OVERLAP_WORDS);
        }
      }
      for (const host of alternates.keys()) t.true(kept.includes(host));
      // Every placement is kept, an alternate, or dropped because it crosses a kept one.
      const listed = new Set([...kept, ...[...alternates.values()].flat()]);
      for (const p of ps) {
        if (listed.has(p)) continue;
        t.true(kept.some((q) => Math.min(p.aEnd, q.aEnd) - Math.max(p.aFirst, q.aFirst) > ONE_TO_ONE_OVERLAP_WORDS || Math.min(p.bEnd, q.bEnd) - Math.max(p.bFirst, q.bFirst) > ONE_TO_ONE_OVERLAP_WORDS));
      }
      const shuffled = [...ps].sort((x, y) => ((ps.indexOf(x) * 7919 + seed) % 13) - ((ps.indexOf(y) * 7919 + seed) % 13));
      t.deepEqual(selectOneToOne(shuffled, 100, 100).kept.map(key), kept.map(key));
    }),
    { numRuns: 300 },
  );
});
