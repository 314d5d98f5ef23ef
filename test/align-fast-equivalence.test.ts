/**
 * The align stage's hot paths were rewritten for speed (issue 9: stem ids and typed arrays
 * instead of strings, Maps and Sets; bigrams without joined strings). Each property here
 * compares a fast function with its reference (`helpers/align-reference.ts`, the code as it
 * was) on arbitrary news-like text, and must find them exactly equal.
 */
import test from 'ava';
import fc from 'fast-check';
import { alignRewrites } from '../src/align/align-rewrites.js';
import { sentenceGroups } from '../src/align/build-passages.js';
import { findRuns } from '../src/align/find-runs.js';
import { quotedShare, quotedShareAtLeast } from '../src/align/quoted-share.js';
import { quotedSpans } from '../src/align/quotes.js';
import { vocabulary } from '../src/align/sentence-profile.js';
import { diceSimilarity, wordsDice } from '../src/align/similarity.js';
import { wordDiff } from '../src/align/word-diff.js';
import { WordTable } from '../src/align/word-table.js';
import { QUOTATION_MIN_SHARE } from '../src/align/constants.js';
import { hashWord } from '../src/text/hash.js';
import { prepareDocument } from '../src/pipeline.js';
import type { TextDoc, Token } from '../src/types.js';
import { textArticle } from './clean-helpers.js';
import * as reference from './helpers/align-reference.js';

function doc(id: string, text: string): TextDoc {
  return prepareDocument(textArticle(text, id));
}

/** Words that exercise stems, stopwords, names, numbers in house styles, percentages and odd letters. */
const WORD = fc.constantFrom(
  'the', 'of', 'a', 'was', 'jailed', 'jail', 'jailing', 'revealed', 'reveals', 'court', 'courts', 'heard', 'officers', 'officer',
  'Police', 'Mensah', 'Northampton', 'Bennett', 'six', '6', 'years', 'year', '4.3m', '4.3', 'million', 'per', 'cent', 'percent',
  'x', '7', 'attacked', 'attack', 'pub', 'outside', 'March', 'tip-off', 'public', 'member', 'café', 'Zoë', 'ﷺ', 'it’s', 'don\'t',
);
const SENTENCE = fc.array(WORD, { minLength: 1, maxLength: 14 }).map((w) => `${w.join(' ')}.`);
const TEXT = fc.array(SENTENCE, { minLength: 1, maxLength: 10 }).map((s) => s.join(' '));

test('alignRewrites with stem ids and typed arrays equals the string-keyed reference', (t) => {
  fc.assert(
    fc.property(TEXT, TEXT, fc.array(fc.nat(9)), fc.array(fc.nat(9)), fc.constantFrom(0.5, 0.8, 0.3), (x, y, ua, ub, minScore) => {
      const a = doc('a', x);
      const b = doc('b', y);
      const usedA = new Set(ua);
      const usedB = new Set(ub);
      t.deepEqual(alignRewrites(a, b, usedA, usedB, minScore), reference.alignRewrites(a, b, usedA, usedB, minScore));
    }),
    { numRuns: 300 },
  );
});

test('alignRewrites still finds a reworded sentence (the property is not vacuous)', (t) => {
  const a = doc('a', 'Sarah Mensah was jailed for six years at Birmingham Crown Court on Friday after attacking Simon Bennett.');
  const b = doc('b', 'At Birmingham Crown Court on Friday, Mensah was jailed for 6 years for attacking Simon Bennett, a court heard.');
  const links = alignRewrites(a, b, new Set(), new Set(), 0.3);
  t.is(links.length, 1);
  t.deepEqual(links, reference.alignRewrites(a, b, new Set(), new Set(), 0.3));
});

test('profiles made before the stem vocabulary started afresh are made again, not mixed with new ids', (t) => {
  const a = doc('a', 'Sarah Mensah was jailed for six years at Birmingham Crown Court on Friday after attacking Simon Bennett.');
  const b = doc('b', 'At Birmingham Crown Court on Friday, Mensah was jailed for 6 years for attacking Simon Bennett, a court heard.');
  const before = alignRewrites(a, b, new Set(), new Set(), 0.3);
  const generation = vocabulary.generation;
  vocabulary.makeRoom(0);
  t.is(vocabulary.generation, generation + 1);
  // Fill the new generation with other words first, so stale ids would point at other stems.
  alignRewrites(doc('c', 'Officers attacked the pub outside Northampton in March.'), doc('d', 'Zoë revealed a café.'), new Set(), new Set());
  t.deepEqual(alignRewrites(a, b, new Set(), new Set(), 0.3), before);
});

test('quotedSpans by character codes equals the reference', (t) => {
  const piece = fc.oneof(fc.constantFrom('“', '”', '«', '»', '„', '"', '\n', '\n\n', '\n\r', 'said', ' ', 'x'), fc.string());
  fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
    const text = parts.join('');
    t.deepEqual(quotedSpans(text), reference.quotedSpans(text));
  }));
  t.deepEqual(quotedSpans('He said “no” and "yes"'), [{ start: 8, end: 12 }, { start: 17, end: 22 }]);
});

test('sentenceGroups by numbers gives the groups of the string-keyed reference, in the same order', (t) => {
  // The reference listed a group's sentences in string order ("a10" before "a4"); its only
  // caller sorts them numerically, so the groups and their order are what must match.
  const numeric = (groups: { a: number[]; b: number[] }[]) => groups.map((g) => ({ a: [...g.a].sort((x, y) => x - y), b: [...g.b].sort((x, y) => x - y) }));
  fc.assert(fc.property(fc.array(fc.tuple(fc.nat(30), fc.nat(30)), { minLength: 1, maxLength: 20 }), (links) => {
    const groups = sentenceGroups(links);
    t.deepEqual(groups, numeric(groups));
    t.deepEqual(groups, numeric(reference.sentenceGroups(links as [number, number][])));
  }));
});

test('wordsDice equals diceSimilarity of the joined words', (t) => {
  const word = fc.oneof(fc.constantFrom('the', 'jailed', 'for', 'six', 'a', 'b', 'é', 'ab', 'ba', 'ﷺ', '\u00a0', ' '), fc.string({ maxLength: 4 }));
  const tokens = (words: string[]): Token[] => words.map((norm, k) => ({ start: k, end: k + 1, norm }));
  fc.assert(fc.property(fc.array(word, { maxLength: 10 }), fc.array(word, { maxLength: 10 }), (x, y) => {
    const a = x.join(' ');
    const b = y.join(' ');
    fc.pre(a !== b);
    t.is(wordsDice(tokens(x), tokens(y)), diceSimilarity(a, b));
  }), { numRuns: 500 });
  // Long lists of few letters: many repeated bigrams, full hash-table probes.
  const few = fc.array(fc.constantFrom('ab', 'ba', 'abc', 'cab', 'b', 'aa'), { maxLength: 80 });
  fc.assert(fc.property(few, few, (x, y) => {
    const a = x.join(' ');
    const b = y.join(' ');
    fc.pre(a !== b);
    t.is(wordsDice(tokens(x), tokens(y)), diceSimilarity(a, b));
  }), { numRuns: 300 });
});

test('findRuns with typed seed tables equals the Map-based reference, also on repetitive text', (t) => {
  // Few distinct words make repeated seeds (past MAX_SEED_OCCURRENCES) and many diagonals.
  const small = fc.array(fc.array(fc.constantFrom('the', 'court', 'heard', 'Mensah', 'jailed', 'six', 'years', 'pub'), { minLength: 1, maxLength: 12 }).map((w) => `${w.join(' ')}.`), { minLength: 1, maxLength: 12 }).map((s) => s.join(' '));
  fc.assert(
    fc.property(fc.oneof(TEXT, small), fc.oneof(TEXT, small), (x, y) => {
      const a = doc('a', x);
      const b = doc('b', y);
      t.deepEqual(findRuns(a, b), reference.findRuns(a, b));
    }),
    { numRuns: 400 },
  );
  const a = doc('a', 'The court heard that Mensah had attacked Simon Bennett outside a pub in Northampton.');
  t.true(findRuns(a, a).length > 0);
});

test('quotedShare counting words by hash in typed arrays equals the Map of strings (no hashes given)', (t) => {
  const QUOTED = fc.array(fc.oneof(SENTENCE, SENTENCE.map((x) => `“${x}”`), SENTENCE.map((x) => `"${x}" he said.`)), { minLength: 1, maxLength: 8 }).map((s) => s.join(' '));
  let quoted = 0;
  fc.assert(
    fc.property(QUOTED, QUOTED, fc.nat(40), fc.nat(40), (x, y, ca, cb) => {
      const a = doc('a', x);
      const b = doc('b', y);
      const side = (d: TextDoc, cut: number, hashes: boolean) => ({
        tokens: d.tokens,
        ...(hashes ? { hashes: d.wordHashes } : {}),
        first: Math.min(cut, d.tokens.length),
        end: d.tokens.length,
        quotes: quotedSpans(d.article.text),
      });
      const fast = quotedShare(side(a, ca, true), side(b, cb, true));
      if (fast > 0) quoted++;
      t.is(fast, quotedShare(side(a, ca, false), side(b, cb, false)));
      // The short-circuiting test agrees with the share at every threshold that matters.
      for (const min of [QUOTATION_MIN_SHARE, 0, 0.3, fast, 1]) t.is(quotedShareAtLeast(side(a, ca, true), side(b, cb, true), min), fast >= min);
    }),
    { numRuns: 300 },
  );
  t.true(quoted > 30);
});

test('wordDiff over word numbers equals the diff comparing word strings', (t) => {
  // Up to 48 words a side, so the reused LCS table grows and is then reused by smaller diffs.
  fc.assert(
    fc.property(fc.array(WORD, { maxLength: 48 }), fc.array(WORD, { maxLength: 48 }), (x, y) => {
      const a = doc('a', x.join(' '));
      const b = doc('b', y.join(' '));
      const expected = reference.wordDiff(a.article.text, a.tokens, b.article.text, b.tokens);
      t.deepEqual(wordDiff(a.article.text, a.tokens, b.article.text, b.tokens), expected);
      // Numbered by the text stage's word hashes; and with every hash equal, as if all words collided.
      t.deepEqual(wordDiff(a.article.text, a.tokens, b.article.text, b.tokens, a.wordHashes, b.wordHashes), expected);
      t.deepEqual(wordDiff(a.article.text, a.tokens, b.article.text, b.tokens, new Uint32Array(a.tokens.length), new Uint32Array(b.tokens.length)), expected);
    }),
    { numRuns: 500 },
  );
});

test('WordTable gives one id per distinct string, even when many strings share a hash', (t) => {
  const word = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 10 }), fc.constantFrom('abcdefgh', 'abcdefghi', 'café', 'ab', 'ba', ''));
  fc.assert(
    fc.property(fc.array(word, { maxLength: 200 }), fc.constantFrom(1, 3, 0xffffffff), (words, hashes) => {
      const table = new WordTable();
      const ids = new Map<string, number>();
      for (const w of words) {
        // A tiny hash space: most strings collide, so only their characters can tell them apart.
        const hash = hashWord(w) % hashes;
        let id: number = table.find(w, hash);
        if (id < 0) {
          t.false(ids.has(w));
          id = table.add(w, hash);
          ids.set(w, id);
        }
        t.is(id, ids.get(w)!);
      }
      t.is(table.size, ids.size);
    }),
    { numRuns: 300 },
  );
});
