import test from 'ava';
import fc from 'fast-check';
import { comparePair } from '../src/provenance/index.js';
import { prepareDocument } from '../src/pipeline.js';
import type { TextDoc } from '../src/types.js';
import { textArticle } from './clean-helpers.js';

function doc(id: string, text: string): TextDoc {
  return prepareDocument(textArticle(text, id));
}

const WORDS = ['Nato', 'Wallace', 'said', 'the', 'alliance', 'would', 'not', 'veto', 'his', 'bid', 'Biden', 'Sunak', 'summit', 'in', 'July', 'Ukraine', 'tanks', 'missiles', 'a', 'former', 'officer'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 14 }).map((w) => `${w.join(' ')}.`);
const article = fc.array(sentence, { minLength: 1, maxLength: 8 }).map((s) => s.join(' '));
/** Two texts that share some sentences, so the property runs over real passages. */
const related = fc.tuple(article, article, article).map(([shared, x, y]) => [`${x} ${shared}`, `${shared}\n\n${y}`] as const);

test('compare(b, a) mirrors compare(a, b)', (t) => {
  fc.assert(
    fc.property(related, ([x, y]) => {
      const a = doc('a', x);
      const b = doc('b', y);
      const ab = comparePair(a, b);
      const ba = comparePair(b, a);
      const key = (p: { a: unknown; b: unknown }) => JSON.stringify([p.a, p.b]);
      t.deepEqual(ba.a, ab.b);
      t.deepEqual(ba.b, ab.a);
      t.deepEqual(ba.passages.map((p) => key({ a: p.b, b: p.a })).sort(), ab.passages.map(key).sort());
    }),
    { numRuns: 150 },
  );
});

test('passage offsets are in range and round-trip, on any text', (t) => {
  fc.assert(
    fc.property(fc.oneof(related, fc.tuple(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }))), ([x, y]) => {
      const pair = comparePair(doc('a', x), doc('b', y));
      for (const p of pair.passages) {
        t.true(0 <= p.a.start && p.a.start < p.a.end && p.a.end <= x.length);
        t.true(0 <= p.b.start && p.b.start < p.b.end && p.b.end <= y.length);
        t.is(x.slice(p.a.start, p.a.end), p.text);
      }
      t.true(pair.a.coverage >= 0 && pair.a.coverage <= 1);
      t.true(pair.b.coverage >= 0 && pair.b.coverage <= 1);
    }),
    { numRuns: 200 },
  );
});

test('a text compared with itself is wholly derived, verbatim', (t) => {
  const text = 'Wallace, a former Army officer, was among the favourites to succeed Stoltenberg. France said it would not veto the bid.';
  const pair = comparePair(doc('a', text), doc('b', text));
  t.is(pair.a.derivation, 'wholly');
  t.is(pair.a.coverage, 1);
  t.deepEqual(pair.passages.map((p) => p.kind), ['verbatim']);
});

test('unrelated texts share no passage', (t) => {
  const pair = comparePair(doc('a', 'The cat sat on the mat all afternoon. It was warm.'), doc('b', 'Markets fell sharply in Tokyo on Monday as investors sold bank shares.'));
  t.deepEqual(pair.passages, []);
  t.is(pair.a.derivation, 'none');
});
