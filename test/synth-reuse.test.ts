import test from 'ava';
import fc from 'fast-check';
import { generate, FLAVOURS } from '../scripts/gen-reuse.js';
import { Rng } from '../scripts/synth/rng.js';
import { makeTopic } from '../scripts/synth/stories.js';
import { writeWire } from '../scripts/synth/writers.js';
import { deriveDoc, PROFILES, splitSentence } from '../scripts/synth/edits.js';
import { WIRE_STYLE, render, hardWrap } from '../scripts/synth/doc.js';
import { truthCases } from '../scripts/synth/truth.js';

const small = { seed: 't', n: 6, balance: 'even' } as const;

for (const flavour of FLAVOURS) {
  test(`${flavour}: the same seed gives the same corpus`, (t) => {
    t.deepEqual(generate(flavour, small), generate(flavour, small));
    t.notDeepEqual(generate(flavour, small), generate(flavour, { ...small, seed: 'u' }));
  });

  test(`${flavour}: every truth case lies inside both texts, on word boundaries`, (t) => {
    const corpus = generate(flavour, small);
    const text = new Map(corpus.docs.map((d) => [d.path, d.text]));
    for (const pair of corpus.pairs) {
      for (const c of pair.cases) {
        for (const [span, path] of [[c.source, pair.source], [c.derived, pair.derived]] as const) {
          const doc = text.get(path)!;
          t.true(span.start >= 0 && span.start < span.end && span.end <= doc.length, `${path} ${span.start}-${span.end}`);
          t.regex(doc.slice(Math.max(0, span.start - 1), span.end + 1), span.start === 0 ? /^\S[\s\S]*\S\s$/ : /^\s\S[\s\S]*\S\s$/);
        }
      }
      if (pair.label === 'none') t.is(pair.cases.length, 0);
    }
  });
}

test('a verbatim copy in the wire style is one case covering the whole body', (t) => {
  const rng = new Rng(5);
  const topic = makeTopic(rng, 'court');
  const wire = writeWire(topic, rng);
  const copy = deriveDoc(wire, topic, PROFILES.verbatim, rng, WIRE_STYLE);
  copy.headline = wire.headline;
  const sr = render(wire);
  const dr = render(copy);
  t.is(dr.text, sr.text);
  const cases = truthCases(copy, dr, sr);
  t.is(cases.length, 1);
  t.deepEqual(cases[0].source, cases[0].derived);
  t.is(sr.text.slice(cases[0].source.end).trim(), '');
});

test('hard wrapping never moves an offset', (t) => {
  t.notThrows(() => fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', 'xyz') }), fc.integer({ min: 5, max: 80 }), (s, w) => {
      const wrapped = hardWrap(s, w);
      return wrapped.length === s.length && wrapped.replace(/\n/g, ' ') === s.replace(/\n/g, ' ');
    }),
  ));
});

test('a split sentence keeps every word of the original', (t) => {
  const text = 'The company said it would begin a consultation with staff, and it would try to redeploy as many workers as possible.';
  const parts = splitSentence(text, new Rng(1));
  t.truthy(parts);
  t.is(parts![0], 'The company said it would begin a consultation with staff.');
  t.is(parts![1], 'It would try to redeploy as many workers as possible.');
  t.is(splitSentence('The company said it would consult staff, and would try to redeploy workers.', new Rng(1)), null);
});
