/**
 * Align and provenance remember per-document values (sentence profiles, quotes, the
 * token→sentence index, attributions, publication time) in symbol-keyed slots on the
 * document instead of module-level WeakMaps (issue 9: fewer ephemerons for the garbage
 * collector). A document reused across pairs must give exactly what fresh documents give,
 * and the slots must never show in the document's JSON.
 */
import test from 'ava';
import fc from 'fast-check';
import { comparePair } from '../src/provenance/index.js';
import { prepareDocument } from '../src/pipeline.js';
import { textArticle } from './clean-helpers.js';

const WORD = fc.constantFrom(
  'the', 'police', 'said', 'Mensah', 'was', 'jailed', 'for', 'six', 'years', 'after', 'court', 'heard', '“he', 'lied”', 'told',
  'The', 'Sun', 'according', 'to', 'Reuters', '(PA)', 'understands', 'Sky', 'News', 'in', 'March', '4.3m',
);
const SENTENCE = fc.array(WORD, { minLength: 3, maxLength: 16 }).map((w) => `${w.join(' ')}.`);
const TEXT = fc.array(SENTENCE, { minLength: 2, maxLength: 8 }).map((s) => s.join(' '));

test('a document reused across pairs compares exactly like fresh documents, and its memo slots stay out of JSON', (t) => {
  fc.assert(
    fc.property(TEXT, TEXT, TEXT, (x, y, z) => {
      const sources: Record<string, string> = { a: 'The Sun', b: 'Sky News', c: 'Reuters' };
      const doc = (id: string, text: string) => prepareDocument(textArticle(`${text}\n\n${x}`, id, sources[id]));
      const a = doc('a', y);
      const b = doc('b', z);
      const c = doc('c', x);
      const before = JSON.stringify(a);
      const warm = [comparePair(a, b), comparePair(a, c), comparePair(b, a), comparePair(a, b)];
      const fresh = [
        comparePair(doc('a', y), doc('b', z)),
        comparePair(doc('a', y), doc('c', x)),
        comparePair(doc('b', z), doc('a', y)),
        comparePair(doc('a', y), doc('b', z)),
      ];
      t.is(JSON.stringify(warm), JSON.stringify(fresh));
      t.is(JSON.stringify(a), before);
    }),
    { numRuns: 25 },
  );
});
