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
import { firstLowerWord, furnitureShareOf, textFeatures, textFeaturesIn } from '../src/clean/features.js';
import { labelCue, mayOpenCue, prefixCue, tailCue } from '../src/clean/cues.js';
import { BODY, STATES, viterbi, type Transitions } from '../src/clean/model.js';
import { BOILERPLATE_MODEL } from '../src/clean/model-weights.js';
import { FEATURE_INDEX, FEATURE_NAMES } from '../src/clean/model-features.js';
import { classifyText } from '../src/clean/classify.js';
import { cleanArticle } from '../src/clean/index.js';
import { linePrefix } from '../src/clean/profiles.js';
import { normalizeLine } from '../src/clean/normalize.js';
import { MAX_TEMPLATE_PREFIX_WORDS } from '../src/clean/constants.js';
import { textArticle } from './clean-helpers.js';
import { DENSE_LEAD_CONTENT_WORDS, DENSE_LEAD_WORDS, LEAD_PAIR_WORDS } from '../src/candidates/constants.js';
import { binaryKind, binaryReason } from '../src/ingest/sniff.js';
import { MAX_CONTROL_CHAR_SHARE, SNIFF_BYTES } from '../src/ingest/constants.js';

/** selectAnchors as it was (a call to hashShingle per window, `%` sampling, a number array): the reference. */
function referenceSelectAnchors(wordHashes: Uint32Array, contentHashes: Uint32Array): number[] {
  const kept: number[] = [];
  const sampled = (hashes: Uint32Array, n: number, modulus: number, namespace: number, limit = hashes.length) => {
    for (let i = 0; i + n <= Math.min(limit, hashes.length); i++) {
      const h = namespace === 0 ? hashShingle(hashes, i, n) : mix32(hashShingle(hashes, i, n) ^ namespace);
      if (h % modulus === 0) kept.push(h);
    }
  };
  sampled(wordHashes, ANCHOR_SHINGLE_WORDS, ANCHOR_SAMPLE_MODULUS, 0);
  sampled(contentHashes, CONTENT_SHINGLE_WORDS, CONTENT_SAMPLE_MODULUS, 0x5bd1e995);
  // The lead, unsampled.
  sampled(wordHashes, ANCHOR_SHINGLE_WORDS, 1, 0, DENSE_LEAD_WORDS);
  sampled(contentHashes, CONTENT_SHINGLE_WORDS, 1, 0x5bd1e995, DENSE_LEAD_CONTENT_WORDS);
  sampled(contentHashes, LEAD_PAIR_WORDS, 1, 0x1b873593, DENSE_LEAD_CONTENT_WORDS);
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

/** Viterbi over a table of every path score (rows of plain arrays, logs taken per state): the reference. */
function referenceViterbi(p: Float64Array, t: Transitions): number[] {
  const n = p.length;
  if (n === 0) return [];
  const bias = t.bodyBias ?? 0;
  const logEmit = (i: number, state: number) => (state === BODY ? Math.log(Math.max(1e-6, p[i]!)) + bias : Math.log(Math.max(1e-6, 1 - p[i]!)));
  const table: number[][] = [STATES.map((_, state) => t.start[state]! + logEmit(0, state))];
  const from: number[][] = [STATES.map(() => 0)];
  for (let i = 1; i < n; i++) {
    const row: number[] = [];
    const args: number[] = [];
    STATES.forEach((_, state) => {
      const cands = STATES.map((__, prev) => table[i - 1]![prev]! + t.matrix[prev]![state]!);
      const arg = cands.reduce((bestAt, v, k) => (v > cands[bestAt]! ? k : bestAt), 0);
      row.push(cands[arg]! + logEmit(i, state));
      args.push(arg);
    });
    table.push(row);
    from.push(args);
  }
  const last = table[n - 1]!;
  let state = last.reduce((bestAt, v, k) => (v > last[bestAt]! ? k : bestAt), 0);
  const out: number[] = new Array(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = state;
    state = from[i]![state]!;
  }
  return out;
}

test('viterbi (two logs per unit, flat transition matrix) equals the reference', (t) => {
  const prob = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 0.5, 1e-9, 1 - 1e-9));
  const row = fc.array(fc.double({ min: -20, max: 0, noNaN: true }), { minLength: 4, maxLength: 4 });
  const transitions = fc.record({ start: row, matrix: fc.array(row, { minLength: 4, maxLength: 4 }), bodyBias: fc.double({ min: -2, max: 2, noNaN: true }) });
  fc.assert(
    fc.property(fc.array(prob, { maxLength: 60 }), fc.oneof(fc.constant(BOILERPLATE_MODEL.transitions), transitions), (ps, tr) => {
      const p = Float64Array.from(ps);
      return JSON.stringify([...viterbi(p, tr)]) === JSON.stringify(referenceViterbi(p, tr));
    }),
    { numRuns: 1000 },
  );
  t.pass();
});

const paragraphs = fc
  .array(
    fc.oneof(
      fc.constantFrom('Home | News | Sport', 'By Jane Smith', 'Read more: the council said so', 'Share this article', 'Most read', 'Updated 3 May 2024, 10:45', 'Picture: Alamy'),
      fc.array(fc.constantFrom('The', 'council', 'said', 'on', 'Tuesday', 'that', 'flooding', 'homes', 'were', 'hit', '1,200', 'it’s', 'Café', '中文', '—', '-', ':'), { minLength: 1, maxLength: 40 }).map((w) => w.join(' ') + '.'),
      fc.array(fc.constantFrom('Flood', 'Warning', 'For', 'The', 'Valley', 'Residents'), { minLength: 2, maxLength: 8 }).map((w) => w.join(' ')),
    ),
    { minLength: 1, maxLength: 30 },
  )
  .chain((ps) => fc.tuple(fc.constant(ps), fc.array(fc.constantFrom('\n', '\n\n', '\r\n', '\n \n'), { minLength: ps.length, maxLength: ps.length })))
  .map(([ps, seps]) => ps.map((p, i) => p + seps[i]).join(''));

test('line model inputs: the log features are Math.log1p of their counts, and no state is left between documents', (t) => {
  fc.assert(
    fc.property(paragraphs, paragraphs, (a, b) => {
      const first = classifyText(a, 0, null, null);
      classifyText(b, 0, null, null);
      const again = classifyText(a, 0, null, null);
      const k = FEATURE_NAMES.length;
      const logsOk = first.feats.every((f, i) => {
        const dist = i >= first.zone.start && i < first.zone.end ? 0 : i < first.zone.start ? first.zone.start - i : i - first.zone.end + 1;
        return first.x[i * k + FEATURE_INDEX.logWords] === Math.log1p(f.words) && first.x[i * k + FEATURE_INDEX.logZoneDistance] === Math.log1p(dist);
      });
      return logsOk && JSON.stringify([...first.x]) === JSON.stringify([...again.x]) && JSON.stringify(first.verdicts) === JSON.stringify(again.verdicts);
    }),
    { numRuns: 300 },
  );
  t.pass();
});

test('cleanArticle: units cached by offset between looks give what the text-keyed line cache gives', (t) => {
  fc.assert(
    fc.property(paragraphs, fc.boolean(), (text, repeatTail) => {
      const article = textArticle(repeatTail ? `${text}\nShare this article\n${text}` : text, 'a.txt', 'wire');
      return JSON.stringify(cleanArticle(article)) === JSON.stringify(cleanArticle(article, null, { cache: new Map() }));
    }),
    { numRuns: 300 },
  );
  t.pass();
});

/** linePrefix with the separators in a set of one-character strings, words counted where a non-space follows a space: the reference. */
function referenceLinePrefix(text: string): string | null {
  const ends = new Set([':', '|', '\u2013', '\u2014', '-', '\u00bb', '>']);
  let words = 0;
  for (let i = 0; i < Math.min(text.length, 80); i++) {
    const ch = text[i]!;
    if (ends.has(ch) && words >= 1 && (ch !== '-' || text[i - 1] === ' ')) return text.slice(i + 1).trim() === '' ? null : normalizeLine(text.slice(0, i)) || null;
    if (ch !== ' ' && (i === 0 || text[i - 1] === ' ') && ++words > MAX_TEMPLATE_PREFIX_WORDS) return null;
  }
  return null;
}

test('linePrefix (separators by code) equals the reference', (t) => {
  const piece = fc.constantFrom('Read', 'more', ' ', '  ', ':', ' - ', '-', '–', '—', '»', '>', '|', 'Re-read', 'x:', '中文', '\u00a0', 'ÉTÉ');
  fc.assert(
    fc.property(fc.array(fc.oneof(piece, piece, fc.string({ maxLength: 3 })), { maxLength: 30 }).map((p) => p.join('')), (text) => linePrefix(text) === referenceLinePrefix(text)),
    { numRuns: 3000 },
  );
  t.is(linePrefix('READ MORE: 12 ways to save'), 'read more');
});

/** binaryReason's text checks as first written: indexOf for a NUL, then a count of control bytes. */
function referenceBinaryReason(bytes: Uint8Array): string | null {
  const kind = binaryKind(bytes);
  if (kind) return kind;
  const end = Math.min(bytes.length, SNIFF_BYTES);
  const nul = bytes.subarray(0, end).indexOf(0);
  if (nul >= 0) return `NUL byte at offset ${nul}`;
  // A control byte opening a line (a wire paragraph mark) is not counted (issue 17).
  const controls = [...bytes.subarray(0, end)].filter((b, i) => ((b < 0x20 && ![9, 10, 11, 12, 13].includes(b)) || b === 0x7f) && !(i === 0 || bytes[i - 1] === 10 || bytes[i - 1] === 13)).length;
  return end > 0 && controls / end > MAX_CONTROL_CHAR_SHARE ? `${controls} control bytes in the first ${end}` : null;
}

test('binaryReason (four bytes at a time where aligned) equals the reference', (t) => {
  // Mostly text bytes with a few of every kind that matters, at any offset into a larger buffer, around the sniff length.
  const byte = fc.oneof({ arbitrary: fc.integer({ min: 0x20, max: 0x7e }), weight: 20 }, { arbitrary: fc.constantFrom(0, 1, 9, 10, 13, 0x1f, 0x7f, 0x80, 0xe2, 0xff), weight: 1 });
  const buffers = fc.tuple(fc.nat(7), fc.oneof(fc.array(byte, { maxLength: 64 }), fc.array(byte, { minLength: SNIFF_BYTES - 8, maxLength: SNIFF_BYTES + 8 })));
  fc.assert(
    fc.property(buffers, fc.integer({ min: 0, max: 40 }), ([offset, values], controlsAt) => {
      const whole = new Uint8Array(offset + values.length);
      whole.set(values, offset);
      const bytes = whole.subarray(offset);
      // Sometimes enough control bytes to cross the threshold.
      if (controlsAt > 30) for (let i = 0; i < bytes.length; i += 20) bytes[i] = 0x1b;
      return binaryReason(bytes) === referenceBinaryReason(bytes);
    }),
    { numRuns: 400 },
  );
  t.is(binaryReason(new TextEncoder().encode('plain text\n'.repeat(900))), null);
  t.regex(binaryReason(Uint8Array.from([0x41, 0x42, 0x43, 0x44, 0x45, 0x00, 0x41]))!, /NUL byte at offset 5/);
});

test('textFeaturesIn (characters read from the text a line is a slice of) equals textFeatures of the slice', (t) => {
  const piece = fc.constantFrom('By', 'READ', 'more', 'Read more:', 'İstanbul', 'ΣΟΦΟΣ', '𐐀x', '“', 'it’s', "don't", '12', '10:45', '0:30', '中文', ' ', ', ', 'May', 'Share', '|', 'Café');
  const text = fc.array(fc.oneof(piece, piece, fc.string({ maxLength: 3 })), { maxLength: 40 }).map((p) => p.join(''));
  fc.assert(
    fc.property(text.chain((s) => fc.tuple(fc.constant(s), fc.nat(s.length), fc.nat(s.length))), ([s, x, y]) => {
      const from = Math.min(x, y);
      const slice = s.slice(from, Math.max(x, y));
      const a = textFeaturesIn(s, from, slice);
      const b = textFeatures(slice);
      const view = (f: typeof a) => JSON.stringify({ ...f, lower: [...f.lower], first: firstLowerWord(f), furniture: furnitureShareOf(f) });
      return view(a) === view(b);
    }),
    { numRuns: 2000 },
  );
  t.pass();
});
