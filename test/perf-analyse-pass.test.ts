/**
 * The scan's analyse pass (clean, anchors) made cheaper for issue 9 must give exactly what
 * the plain code gave: each property compares a fast path with the code it replaced.
 */
import test from 'ava';
import fc from 'fast-check';
import { selectAnchors } from '../src/candidates/index.js';
import { ANCHOR_SAMPLE_MODULUS, ANCHOR_SHINGLE_WORDS, CONTENT_SAMPLE_MODULUS, CONTENT_SHINGLE_WORDS } from '../src/config.js';
import { contentWord } from '../src/text/content-word.js';
import { hashShingle, hashWord, mix32 } from '../src/text/hash.js';
import { tokenize } from '../src/text/tokenize.js';
import { zoneHashes } from '../src/text/zone-hashes.js';
import type { Token } from '../src/types.js';
import { splitLines, isSpaceCode } from '../src/clean/lines.js';
import { firstLowerWord, textFeatures } from '../src/clean/features.js';
import { labelCue, mayOpenCue, prefixCue, tailCue } from '../src/clean/cues.js';

/** selectAnchors as it was (a call to hashShingle per window, `%` sampling, a number array): the reference. */
function referenceSelectAnchors(wordHashes: Uint32Array, contentHashes: Uint32Array): number[] {
  const kept: number[] = [];
  const sampled = (hashes: Uint32Array, n: number, modulus: number, namespace: number) => {
    for (let i = 0; i + n <= hashes.length; i++) {
      const h = namespace === 0 ? hashShingle(hashes, i, n) : mix32(hashShingle(hashes, i, n) ^ namespace);
      if (h % modulus === 0) kept.push(h);
    }
  };
  sampled(wordHashes, ANCHOR_SHINGLE_WORDS, ANCHOR_SAMPLE_MODULUS, 0);
  sampled(contentHashes, CONTENT_SHINGLE_WORDS, CONTENT_SAMPLE_MODULUS, 0x5bd1e995);
  return [...new Set(kept)].sort((a, b) => a - b);
}

test('selectAnchors (inlined shingle hashes, low-bit sampling, scratch list) equals the reference', (t) => {
  // Small alphabets of word hashes make repeated shingles (duplicate anchors); large ones, hashes above 2^31.
  const hashes = fc.oneof(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 60 }), fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 3000 }));
  fc.assert(
    fc.property(hashes, hashes, (words, content) => {
      const w = Uint32Array.from(words);
      const c = Uint32Array.from(content);
      const got = selectAnchors({ wordHashes: w, contentHashes: c });
      return got instanceof Uint32Array && JSON.stringify([...got]) === JSON.stringify(referenceSelectAnchors(w, c));
    }),
    { numRuns: 300 },
  );
  // From tokens (a TextDoc): the same anchors as from the hashes.
  const tokens: Token[] = [];
  const text = 'Flood waters rose across the valley on Tuesday, forcing hundreds of families from their homes, officials said.';
  tokenize(text, { start: 0, end: text.length }, tokens);
  const wordHashes = Uint32Array.from(tokens, (tok) => hashWord(tok.norm));
  const contentHashes = Uint32Array.from(tokens.flatMap((tok) => (contentWord(tok.norm) === null ? [] : [hashWord(contentWord(tok.norm)!)])));
  t.deepEqual([...selectAnchors({ tokens, wordHashes })], referenceSelectAnchors(wordHashes, contentHashes));
  t.true(referenceSelectAnchors(wordHashes, contentHashes).length > 0);
});

test('zoneHashes (one pass over ASCII words) equals tokenize + hashWord + contentWord at the edges of its fast path', (t) => {
  // Pieces that end or break the fast path: curly and modifier apostrophes before ASCII,
  // non-ASCII, digits and zone ends; separators between digits and beside non-ASCII;
  // surrogate pairs; stopwords and stems in both cases.
  const piece = fc.constantFrom(
    'it’s', 'it’', '’s', 'it’é', 'it’1', "it'1", "it'", "'s", 'itʼs', 'ʼs', 'x’中', '1,200', '1.5', '1.', '.5', '1,a', 'a,1', '1,é', '1.𝐀', '𝐀b', 'b𝐀',
    'The', 'THE', 'Said', 'SAYS', 'flooding', 'Flooded', 'boxes', 'Glass', 'homes', 'ING', 'Café', 'naïve', 'İstanbul', '中文', 'a', 'I', ' ', ', ', '. ', '\n', '—', '-',
  );
  const text = fc.array(fc.oneof(piece, piece, fc.string({ maxLength: 3 })), { maxLength: 40 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(
      text.chain((s) => fc.tuple(fc.constant(s), fc.array(fc.tuple(fc.nat(s.length), fc.nat(s.length)), { maxLength: 3 }))),
      ([s, cuts]) => {
        const zones = cuts.map(([x, y]) => ({ start: Math.min(x, y), end: Math.max(x, y) }));
        zones.push({ start: 0, end: s.length });
        const tokens: Token[] = [];
        for (const zone of zones) tokenize(s, zone, tokens);
        const got = zoneHashes(s, zones);
        const words = tokens.map((tok) => hashWord(tok.norm));
        const content = tokens.flatMap((tok) => (contentWord(tok.norm) === null ? [] : [hashWord(contentWord(tok.norm)!)]));
        return JSON.stringify([...got.wordHashes]) === JSON.stringify(words) && JSON.stringify([...got.contentHashes]) === JSON.stringify(content);
      },
    ),
    { numRuns: 2000 },
  );
  t.pass();
});

/** splitLines by a regular expression over the range (pieces and their line ends): the reference. */
function referenceSplitLines(text: string, from = 0, to = text.length): { start: number; end: number; text: string; blankBefore: boolean }[] {
  const lines: { start: number; end: number; text: string; blankBefore: boolean }[] = [];
  const pieces = text.slice(from, to).split(/(\r\n|\r|\n)/);
  let at = from;
  let blankBefore = false;
  for (let k = 0; k < pieces.length; k += 2) {
    const raw = pieces[k]!;
    let s = 0;
    let e = raw.length;
    while (s < e && isSpaceCode(raw.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(raw.charCodeAt(e - 1))) e--;
    if (e > s) {
      lines.push({ start: at + s, end: at + e, text: raw.slice(s, e), blankBefore });
      blankBefore = false;
    } else if (lines.length > 0) blankBefore = true;
    at += raw.length + (pieces[k + 1]?.length ?? 0);
  }
  return lines;
}

test('splitLines (line ends by indexOf when the range has no CR) equals the reference', (t) => {
  const text = fc.array(fc.oneof(fc.constantFrom('\n', '\r', '\r\n', '\n\n', ' ', '\u00a0', '  x ', 'Line one.', 'two'), fc.string({ maxLength: 4 })), { maxLength: 30 }).map((p) => p.join(''));
  fc.assert(
    fc.property(text.chain((s) => fc.tuple(fc.constant(s), fc.nat(s.length), fc.nat(s.length))), ([s, x, y]) => {
      const from = Math.min(x, y);
      const to = Math.max(x, y);
      return JSON.stringify(splitLines(s, from, to)) === JSON.stringify(referenceSplitLines(s, from, to)) && JSON.stringify(splitLines(s, from)) === JSON.stringify(referenceSplitLines(s, from));
    }),
    { numRuns: 2000 },
  );
  t.pass();
});

test('firstLowerWord (an ASCII first word lower-cased alone) is lower[0]; the cue gate passes every line a cue matches', (t) => {
  const words = fc.constantFrom('By', 'READ', 'more', 'Read more:', 'İ', 'İstanbul', 'ΣΟΦΟΣ', 'Σ', 'Ǆ', 'ß', 'Ⅻ', '𐐀x', '“', '’s', "don't", '12', '中文', ' ', ', ', '— ', 'Related', 'Most', 'read', 'in');
  const line = fc.array(fc.oneof(words, words, fc.string({ maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 12 }).map((p) => p.join(''));
  const long = fc.tuple(line, fc.string({ maxLength: 700 })).map(([a, b]) => a + ' ' + b);
  fc.assert(
    fc.property(fc.oneof(line, long), (text) => {
      const a = textFeatures(text);
      const b = textFeatures(text);
      const first = firstLowerWord(a);
      const lower = b.lower;
      // The gate: a line whose first word opens no cue phrase matches none.
      const gateOk = mayOpenCue(a) || (labelCue(lower) === null && prefixCue(lower) === null && tailCue(lower) === null);
      return first === lower[0] && firstLowerWord(b) === lower[0] && gateOk;
    }),
    { numRuns: 3000 },
  );
  // findHeadline's gate: lines whose joined words start one with the other have first words that do.
  fc.assert(
    fc.property(line, line, (x, y) => {
      const a = textFeatures(x);
      const b = textFeatures(y);
      const [ja, jb] = [a.lower.join(' '), b.lower.join(' ')];
      const [fa, fb] = [firstLowerWord(a), firstLowerWord(b)];
      if (ja.length === 0 || jb.length === 0 || !(ja.startsWith(jb) || jb.startsWith(ja))) return true;
      return fa !== undefined && fb !== undefined && (fa.startsWith(fb) || fb.startsWith(fa));
    }),
    { numRuns: 3000 },
  );
  t.is(firstLowerWord(textFeatures('“READ more: 12 ways')), 'read');
  t.is(firstLowerWord(textFeatures('— ')), undefined);
  t.true(mayOpenCue(textFeatures('Most read in The Sun')));
});
