/**
 * `normalizeWord` returns an ASCII word with no capital as it is (no lower-cased copy:
 * issue 9, a slice of a two-byte article text is lower-cased by a slow runtime call). It must
 * equal the plain definition on every word: lower case, diacritics removed, curly
 * apostrophes straight, Urdu/Persian yeh, kaf and heh goal (and alef maksura) as the Arabic
 * letters (issue 16.7).
 */
import test from 'ava';
import fc from 'fast-check';
import { normalizeWord } from '../src/text/tokenize.js';

function reference(raw: string): string {
  // eslint-disable-next-line no-control-regex -- [\x00-\x7f] is the ASCII range on purpose
  if (/^[\x00-\x7f]*$/.test(raw)) return raw.toLowerCase();
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2019\u02bc]/g, "'")
    .replace(/[\u06cc\u0649]/g, '\u064a')
    .replace(/\u06a9/g, '\u0643')
    .replace(/\u06c1/g, '\u0647')
    .toLowerCase();
}

test('normalizeWord equals lower-casing, diacritics removed and apostrophes straightened', (t) => {
  const word = fc.oneof(
    fc.stringMatching(/^[a-zA-Z0-9'.,]{0,12}$/),
    fc.string({ maxLength: 10 }),
    fc.string({ unit: 'binary', maxLength: 8 }),
    fc.constantFrom('Café', 'it’s', 'ZOË', 'ﬁne', 'abc', 'ABC', '@[`{', 'Straße', 'کہی', 'وزیراعظم', 'يكى'),
  );
  fc.assert(fc.property(word, (w) => t.is(normalizeWord(w), reference(w))), { numRuns: 3000 });
  // Words sliced from a two-byte text (as tokenize makes them) too.
  const text = 'He said “yes” to the Minister of State, and Reuters reported it’s fine.';
  for (const w of text.split(/[\s“”,.]+/)) t.is(normalizeWord(w), reference(w));
});
