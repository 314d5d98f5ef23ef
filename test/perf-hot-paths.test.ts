/**
 * Hot paths rewritten for speed (issue 9) must give exactly what the plain versions give:
 * each property compares a fast function with a reference on arbitrary text.
 */
import test from 'ava';
import fc from 'fast-check';
import { CandidateIndex } from '../src/candidates/index.js';
import { furnitureShareOf, lineShape, textFeatures } from '../src/clean/features.js';
import { DATE_WORDS, MONTHS } from '../src/clean/dates.js';
import { furnitureShare } from '../src/clean/furniture-words.js';
import { STOPWORDS } from '../src/clean/stopwords.js';
import { hashString, normalizedLineHash, normalizedPrefixHash, normalizeLine } from '../src/clean/normalize.js';
import { contentWord } from '../src/text/content-word.js';
import { hashWord } from '../src/text/hash.js';
import { tokenize } from '../src/text/tokenize.js';
import { zoneHashes } from '../src/text/zone-hashes.js';
import type { Token } from '../src/types.js';
import { selectAnchors } from '../src/candidates/index.js';
import { cleanArticle } from '../src/clean/index.js';
import { prepareDocument } from '../src/pipeline.js';
import { prepareRecord } from '../src/store/add-articles.js';
import { analyzeText } from '../src/text/index.js';
import { anchorsOf } from '../src/workers/anchors.js';
import { textArticle } from './clean-helpers.js';

/** normalizeLine as first written (one character at a time), the reference. */
function referenceNormalizeLine(text: string): string {
  let out = '';
  let space = false;
  let digit = false;
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (!digit) {
        if (space && out.length > 0) out += ' ';
        out += '0';
      }
      digit = true;
      space = false;
      continue;
    }
    digit = false;
    const isLetter = (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xff0f) && c !== 0xfeff);
    if (isLetter) {
      if (space && out.length > 0) out += ' ';
      out += lower[i];
      space = false;
    } else if (c === 39 || c === 0x2019) {
      // Apostrophes vanish ("don't" = "dont").
    } else {
      space = true;
    }
  }
  return out;
}

/** Text with the characters these functions treat specially: digits, apostrophes, CJK, accents, spaces, punctuation. */
const newsText = fc
  .array(fc.oneof(fc.constantFrom('a', 'B', 'é', 'İ', 'ß', '7', '42', "'", '’', ' ', '  ', '.', ',', ':', '…', '"', '”', '中', 'ア', '\u00a0', '\u2014', '-', '|', 'Mr', 'said'), fc.string()), { maxLength: 40 })
  .map((parts) => parts.join(''));

test('normalizeLine (by runs) equals the character-at-a-time reference', (t) => {
  fc.assert(fc.property(fc.oneof(newsText, fc.string({ unit: 'binary' })), (text) => normalizeLine(text) === referenceNormalizeLine(text)));
  t.is(normalizeLine("READ MORE: 12 ways… don't"), 'read more 0 ways dont');
});

test('normalizedLineHash equals hashString(normalizeLine(text))', (t) => {
  // Units that lower-case by context, into two units, into ASCII, or as surrogate pairs send a line to the general path.
  const casing = fc
    .array(fc.oneof(fc.constantFrom('ΣΟΦΙΑΣ', 'İ', 'K', 'Ω', 'Ⅻ', '𐐀𐐨', 'Ǆ', 'É', 'é', '“', '’', 'READ', 'more', '12', ' ', ':'), fc.string({ maxLength: 2 })), { maxLength: 30 })
    .map((parts) => parts.join(''));
  fc.assert(fc.property(fc.oneof(newsText, casing, fc.string({ unit: 'binary' })), (text) => normalizedLineHash(text) === hashString(normalizeLine(text))), { numRuns: 1000 });
  // The prefix hash (template and repeat filter): the hash of the normal form's first k units.
  fc.assert(
    fc.property(fc.oneof(newsText, casing, fc.string({ unit: 'binary' })), fc.integer({ min: 0, max: 40 }), (text, k) => normalizedPrefixHash(text, k) === hashString(normalizeLine(text).slice(0, k))),
    { numRuns: 1000 },
  );
  t.pass();
});

test('lineShape gives textFeatures’ word count and ending', (t) => {
  fc.assert(
    fc.property(fc.oneof(newsText, fc.string({ unit: 'binary' })), (text) => {
      const f = textFeatures(text);
      const s = lineShape(text);
      return s.words === f.words && s.terminal === f.terminal;
    }),
  );
  t.pass();
});

test('zoneHashes gives the word and content hashes of tokenize + hashWord + contentWord', (t) => {
  const spans = (text: string) =>
    fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length)), { maxLength: 3 }).map((pairs) =>
      pairs.map(([x, y]) => ({ start: Math.min(x, y), end: Math.max(x, y) })),
    );
  const words = fc
    .array(fc.oneof(fc.constantFrom('The', 'said', 'flooding', 'homes', 'passed', 'boxes', 'glass', 'it’s', "don't", '1,200', '2.5', 'Café', 'naïve', '中文', 'ʼs', ' ', ', ', '. ', '\n', 'İstanbul', 'ÉTÉ', 'x'), fc.string()), { maxLength: 30 })
    .map((parts) => parts.join(''));
  fc.assert(
    fc.property(
      words.chain((text) => fc.tuple(fc.constant(text), spans(text))),
      ([text, zones]) => {
        const tokens: Token[] = [];
        for (const zone of zones) tokenize(text, zone, tokens);
        const expectedWords = tokens.map((tok) => hashWord(tok.norm));
        const expectedContent = tokens.flatMap((tok) => {
          const c = contentWord(tok.norm);
          return c === null ? [] : [hashWord(c)];
        });
        const got = zoneHashes(text, zones);
        return JSON.stringify([...got.wordHashes]) === JSON.stringify(expectedWords) && JSON.stringify([...got.contentHashes]) === JSON.stringify(expectedContent);
      },
    ),
    { numRuns: 300 },
  );
  t.pass();
});

/** Candidate pairs the plain way: a map from anchor to documents, caps, pair counts; pairs sharing fewer than `minSharedCommon` anchors need a rare one (in at most `rareDocs` documents). */
function referencePairs(docs: readonly { source: number; anchors: number[] }[], maxDocs: number, maxPerSource: number, minShared: number, minSharedCommon: number, rareDocs: number) {
  const lists = new Map<number, number[]>();
  docs.forEach((d, i) => {
    for (const a of new Set(d.anchors)) lists.set(a, [...(lists.get(a) ?? []), i]);
  });
  const counts = new Map<string, number>();
  const rare = new Set<string>();
  for (const list of lists.values()) {
    if (list.length < 2 || list.length > maxDocs) continue;
    const perSource = new Map<number, number>();
    for (const d of list) perSource.set(docs[d]!.source, (perSource.get(docs[d]!.source) ?? 0) + 1);
    const kept = list.filter((d) => perSource.get(docs[d]!.source)! <= maxPerSource);
    for (let x = 0; x < kept.length; x++) {
      for (let y = x + 1; y < kept.length; y++) {
        counts.set(`${kept[x]},${kept[y]}`, (counts.get(`${kept[x]},${kept[y]}`) ?? 0) + 1);
        if (list.length <= rareDocs) rare.add(`${kept[x]},${kept[y]}`);
      }
    }
  }
  return [...counts]
    .filter(([k, n]) => n >= minShared && (n >= minSharedCommon || rare.has(k)))
    .map(([k, shared]) => ({ a: Number(k.split(',')[0]), b: Number(k.split(',')[1]), shared }))
    .sort((p, q) => p.a - q.a || p.b - q.b);
}

test('the radix-sorted candidate index finds the pairs of a plain anchor → documents map, docs added in any order', (t) => {
  const anchor = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 0xffffffff }), fc.constantFrom(0x10000, 0x1ffff, 0xffff0000));
  fc.assert(
    fc.property(
      fc.array(fc.record({ source: fc.integer({ min: 0, max: 3 }), anchors: fc.array(anchor, { maxLength: 12 }) }), { maxLength: 14 }),
      fc.boolean(),
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: 6 }),
      (docs, reversed, minSharedCommon, rareDocs) => {
        const index = new CandidateIndex();
        const order = docs.map((_, i) => i);
        if (reversed) order.reverse();
        for (const i of order) index.add(i, docs[i]!.source, Uint32Array.from(new Set(docs[i]!.anchors)).sort());
        const got = index.pairs({ maxDocs: 5, maxDocsPerSource: 2, minShared: 1, minSharedCommon, rareDocs }).pairs;
        return JSON.stringify(got) === JSON.stringify(referencePairs(docs, 5, 2, 1, minSharedCommon, rareDocs));
      },
    ),
    { numRuns: 500 },
  );
  t.pass();
});

test('the candidate index sorts buckets that grew past their first capacity, docs added in or out of order', (t) => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 255 }), fc.boolean(), fc.integer({ min: 1, max: 1_000_000 }), (bucket, reversed, seed) => {
      // 60 documents of 120 anchors, nearly all in one bucket (same top 8 bits), from a range small enough to share many.
      let state = seed;
      const next = (): number => {
        // xorshift32
        state = (state ^ (state << 13)) >>> 0;
        state = (state ^ (state >>> 17)) >>> 0;
        return (state = (state ^ (state << 5)) >>> 0);
      };
      const docs = Array.from({ length: 60 }, (_, d) => ({
        source: d % 4,
        anchors: Array.from({ length: 120 }, () => (next() % 8 === 0 ? next() >>> 0 : ((bucket << 24) | (next() % 3000)) >>> 0)),
      }));
      const index = new CandidateIndex();
      const order = docs.map((_, i) => i);
      if (reversed) order.reverse();
      for (const i of order) index.add(i, docs[i]!.source, Uint32Array.from(new Set(docs[i]!.anchors)).sort());
      const got = index.pairs({ maxDocs: 8, maxDocsPerSource: 3, minShared: 2, minSharedCommon: 3, rareDocs: 4 });
      return got.pairs.length > 0 && JSON.stringify(got.pairs) === JSON.stringify(referencePairs(docs, 8, 3, 2, 3, 4)) && got.stats.postings === docs.reduce((n, d) => n + new Set(d.anchors).size, 0);
    }),
    { numRuns: 30 },
  );
  t.pass();
});

/** textFeatures as it was before the word-table rewrite (every kept word made a string, looked up in the sets): the reference. */
function referenceTextFeatures(text: string) {
  const isWordCode = (c: number) =>
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x1fff) || (c >= 0x3040 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
  const isCjkCode = (c: number) => (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
  const letterCase = (i: number, c: number) => {
    if (c >= 65 && c <= 90) return 1;
    if (c >= 97 && c <= 122) return -1;
    if (c < 0xc0) return 0;
    const ch = text[i]!;
    const up = ch.toUpperCase();
    if (up === ch.toLowerCase()) return 0;
    return ch === up ? 1 : -1;
  };
  const n = text.length;
  const lower: string[] = [];
  const lowered = n <= 600 ? text.toLowerCase() : text.slice(0, 600).toLowerCase();
  const aligned = lowered.length === Math.min(n, 600);
  let wordCount = 0, cjk = 0, caps = 0, lettered = 0, digits = 0, upperLetters = 0, lowerLetters = 0, i = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let hasLetter = false, allDigits = true, firstCase = 0;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isWordCode(d)) {
        if (d < 48 || d > 57) {
          if (isCjkCode(d)) cjk++;
          allDigits = false;
          const lc = letterCase(i, d);
          if (!hasLetter) firstCase = lc;
          hasLetter = true;
          if (lc > 0) upperLetters++;
          else if (lc < 0) lowerLetters++;
        }
        i++;
      } else if ((d === 39 || d === 0x2019) && i + 1 < n && isWordCode(text.charCodeAt(i + 1)) && i > start) i++;
      else break;
    }
    wordCount++;
    if (lower.length < 64) lower.push(aligned && i <= 600 ? lowered.slice(start, i) : text.slice(start, i).toLowerCase());
    if (allDigits) digits++;
    if (hasLetter) {
      lettered++;
      if (firstCase > 0 && letterCase(start, text.charCodeAt(start)) > 0) caps++;
    }
  }
  let stop = 0, dateWords = 0, hasDateCue = false;
  for (const w of lower) {
    if (STOPWORDS.has(w)) stop++;
    if (MONTHS.has(w)) {
      hasDateCue = true;
      dateWords++;
    } else if (DATE_WORDS.has(w) || (w.length <= 4 && w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57)) dateWords++;
  }
  let k = text.indexOf(':');
  while (!hasDateCue && k > 0) {
    const a = text.charCodeAt(k - 1), b = text.charCodeAt(k + 1), c = text.charCodeAt(k + 2);
    if (a >= 48 && a <= 57 && b >= 48 && b <= 57 && c >= 48 && c <= 57) hasDateCue = true;
    k = text.indexOf(':', k + 1);
  }
  const count = Math.max(1, lower.length);
  return {
    words: wordCount === 0 ? 0 : Math.max(1, wordCount + cjk / 2 - (cjk > 0 ? 1 : 0)),
    chars: n,
    stopShare: stop / count,
    capShare: lettered === 0 ? 0 : caps / lettered,
    allCaps: upperLetters >= 2 && lowerLetters === 0,
    digitShare: digits / Math.max(1, wordCount),
    dateShare: dateWords / count,
    hasDateCue,
    furniture: furnitureShare(lower),
    lower,
  };
}

/** Lines with list words in any case, non-ASCII letters that change length or case in context, and long paragraphs (past 64 words and 600 characters). */
const lineText = fc
  .array(
    fc.oneof(
      fc.constantFrom('The', 'MAY', 'May', 'Policy', 'cookies', 'Updated', 'GMT', 'não', 'März', 'MÄRZ', 'и', 'İstanbul', 'İ', 'ΣΟΦΙΑ', 'ß', 'don\'t', 'it’s', '12', '2024', '10:45', '0:30', 'e-mail', 'a', 'x', '中文', 'Ǆ', 'ǅ'),
      fc.constantFrom(' ', ' ', ', ', '. ', ': ', '’', "'", '-', '\u00a0'),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 400 },
  )
  .map((parts) => parts.join(''));

test('textFeatures (word table, lazy lower-case words) equals the reference', (t) => {
  fc.assert(
    fc.property(fc.oneof(lineText, newsText, fc.string({ unit: 'binary' })), (text) => {
      const f = textFeatures(text);
      const r = referenceTextFeatures(text);
      const got = { words: f.words, chars: f.chars, stopShare: f.stopShare, capShare: f.capShare, allCaps: f.allCaps, digitShare: f.digitShare, dateShare: f.dateShare, hasDateCue: f.hasDateCue, furniture: furnitureShareOf(f), lower: [...f.lower] };
      return JSON.stringify(got) === JSON.stringify(r);
    }),
    { numRuns: 1500 },
  );
  const f = textFeatures('Updated MAY 3, 10:45 GMT — Cookies and privacy policy for März');
  t.deepEqual([...f.lower], ['updated', 'may', '3', '10', '45', 'gmt', 'cookies', 'and', 'privacy', 'policy', 'for', 'märz']);
  t.true(f.hasDateCue);
  t.is(furnitureShareOf(f), 3 / 12);
});

test('index add records: anchorsOf(clean spans) equals selectAnchors of the full text analysis', (t) => {
  const paragraph = fc
    .array(fc.oneof(fc.constantFrom('The', 'council', 'said', 'flooding', 'homes', '1,200', 'it’s', "don't", 'Café', '中文', 'Mr.', 'Smith', '. ', ', ', ' '), fc.string({ maxLength: 4 })), { minLength: 5, maxLength: 60 })
    .map((w) => w.join(' '));
  fc.assert(
    fc.property(fc.array(paragraph, { minLength: 1, maxLength: 8 }), (paras) => {
      const article = textArticle(paras.join('\n\n'));
      const record = prepareRecord(article, null);
      const full = prepareDocument(article, null);
      return JSON.stringify([...record.anchors]) === JSON.stringify([...selectAnchors(full)]) && JSON.stringify(record.clean) === JSON.stringify(full.clean);
    }),
    { numRuns: 200 },
  );
  const article = textArticle('Flood waters rose across the valley on Tuesday, forcing hundreds of families from their homes, officials said. '.repeat(6));
  t.deepEqual([...anchorsOf(article, cleanArticle(article))], [...selectAnchors(analyzeText(article, cleanArticle(article)))]);
  t.true(prepareRecord(article, null).anchors.length > 0);
});

test('two documents sharing only two common anchors are not a candidate pair; one rare anchor makes them one', (t) => {
  // Eight documents share anchors 1 and 2 (both common: in more than 4 documents); with
  // `withRare`, documents 0 and 1 have anchor 3 (rare: in only those two) instead of 2.
  const build = (withRare: boolean) => {
    const index = new CandidateIndex();
    for (let d = 0; d < 8; d++) index.add(d, 100 + d, Uint32Array.from(d < 2 && withRare ? [1, 3] : [1, 2]));
    return index.pairs({ minShared: 2, minSharedCommon: 3, rareDocs: 4 });
  };
  const common = build(false);
  t.is(common.pairs.length, 0);
  t.is(common.stats.commonOnly, 28);
  const rare = build(true);
  t.deepEqual(rare.pairs, [{ a: 0, b: 1, shared: 2 }]);
  t.is(rare.stats.commonOnly, 15);
});
