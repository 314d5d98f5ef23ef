import test from 'ava';
import fc from 'fast-check';
import stringSimilarity from 'string-similarity';
import { diceSimilarity } from '../src/align/similarity.js';

test('diceSimilarity gives the numbers of string-similarity', (t) => {
  const words = fc.constantFrom('the', 'jailed', 'for', 'six', 'years', 'Mr', 'Wallace', ' ', '  ', 'a', 'b', 'é', '’', '\n', '');
  t.notThrows(() =>
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), fc.array(words, { maxLength: 12 }), (x, y) => {
        const a = x.join(' ');
        const b = y.join(' ');
        return Math.abs(diceSimilarity(a, b) - stringSimilarity.compareTwoStrings(a, b)) < 1e-12;
      }),
      { numRuns: 500 },
    ),
  );
  t.is(diceSimilarity('healed', 'sealed'), stringSimilarity.compareTwoStrings('healed', 'sealed'));
});
