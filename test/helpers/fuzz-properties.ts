/**
 * Property definitions for fuzzing (issue 10, part 2), shared by the CI test
 * (`test/hostile-properties.test.ts`, few runs), the long campaign (`npm run fuzz`, many
 * runs) and the regression replay (`test/fixtures/fuzz-regressions.json`). Each property
 * takes a JSON-serialisable value (so a counterexample can be stored and replayed as is)
 * and throws (node:assert) when the property does not hold.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { comparePair } from '../../src/provenance/index.js';
import { cleanArticle, stripArticle } from '../../src/clean/index.js';
import { decodeBytes, parseFrontMatter, readArticleFile, type InputFile } from '../../src/ingest/index.js';
import { prepareDocument, scanArticles } from '../../src/pipeline.js';
import { formatHtml, formatMarkdown } from '../../src/report/index.js';
import { splitSentences, tokenize } from '../../src/text/index.js';
import type { Article, DocFormat, Span, Token } from '../../src/types.js';

/** One fuzzed property. */
export interface FuzzProperty<T = unknown> {
  readonly name: string;
  /** Generates JSON-serialisable values. */
  readonly arbitrary: fc.Arbitrary<T>;
  /** Throws when the property fails for `value`. */
  readonly check: (value: T) => void;
  /** Relative cost: CI runs `runs / cost` cases. */
  readonly cost: number;
  /**
   * A known, not yet fixed failure of the code under test (what and whose). CI then only
   * replays its stored counterexamples as expected failures; `npm run fuzz` still runs it.
   */
  readonly openIssue?: string;
}

/** An article with `text` and no metadata. */
export function plainArticle(id: string, text: string, format: DocFormat = 'txt'): Article {
  return {
    id,
    path: id,
    format,
    encoding: 'utf-8',
    text,
    textOrigin: 'read',
    meta: { source: null, title: null, published: null, url: null },
    frontMatter: null,
  };
}

const NEWS_WORDS = [
  'Wallace', 'said', 'the', 'minister', 'Nato', 'U.S.', 'Mr', 'Mrs.', 'Dr.', 'would', 'not', 'veto', 'bid', '“quoted”', '‘single’',
  '"straight"', '—', '–', '…', '£5m', '€3', '2023', '10:30', 'e.g.', 'Inc.', 'said:', '(AP)', 'café', 'naïve', '😀', '首相は', 'قال', 'השר',
];
const BOILERPLATE_LINES = [
  'Read more: Nato summit latest', 'Listen to this article', 'Loading audio…', 'Picture: Alamy', 'By John Smith', 'LONDON (Reuters) -',
  'Most read in News', 'Articles You May Like', 'More Latest News', 'Share', 'Advertisement', 'Video unavailable', '0:45',
];
const LINE_ENDS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\u2028'];

/** News-like text: sentences, headlines, boilerplate lines, any line ends, odd spacing. */
const newsText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.array(fc.constantFrom(...NEWS_WORDS), { minLength: 1, maxLength: 25 }).map((w) => `${w.join(' ')}${['.', '!', '?', '', '."', '.”'][w.length % 6]}`),
      fc.constantFrom(...BOILERPLATE_LINES),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
    ),
    { maxLength: 20 },
  )
  .chain((lines) => fc.array(fc.constantFrom(...LINE_ENDS), { minLength: lines.length, maxLength: lines.length }).map((ends) => lines.map((l, i) => l + ends[i]).join('')));

/** Any text a hostile corpus may hold: arbitrary code units (lone surrogates, controls), graphemes, or news-like lines. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: newsText },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', ' ', '.', '"', '“', '”', '\n', '\r', 'Mr', '—', 'U.S.'), maxLength: 300 }) },
);

/** Two texts that share a stretch (so alignment has something to find) or not. */
const textPair: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(hostileText, hostileText),
  fc.tuple(newsText, hostileText, hostileText).map(([shared, x, y]): [string, string] => [`${x}\n${shared}`, `${shared}\n\n${y}`]),
);

function assertSpan(span: Span, text: string, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what}: ${span.start}-${span.end} within 0-${text.length}`);
}

function assertSortedDisjoint(spans: readonly Span[], what: string): void {
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1]!.end <= spans[i]!.start, `${what}: sorted and disjoint at ${i}`);
}

function withTempFile<T>(name: string, bytes: Uint8Array, work: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-fuzz-'));
  try {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return work(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Markup an attacker would put in article text, ids or metadata. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '</script><script>alert(2)</script>',
  '"><img src=x onerror=alert(3)>',
  "'><svg onload=alert(4)>",
  '<!--',
  ']]><iframe src="javascript:alert(5)">',
  'javascript:alert(6)',
  '\u2028<a href="x">',
  '{{constructor.constructor("alert(7)")()}}',
];

/** Tags that open in an HTML report; tags a payload would add are not among them. */
function openedTags(html: string): Set<string> {
  return new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => m[1]!.toLowerCase()));
}

const HOSTILE_TAGS = ['img', 'svg', 'iframe', 'object', 'embed', 'base', 'form', 'link'];

const FORMATS = ['txt', 'md', 'json', 'jsonl', 'html', 'png'] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the properties have different input types; each is checked where it is declared
export const PROPERTIES: readonly FuzzProperty<any>[] = [
  {
    name: 'ingest: decoding any bytes never throws and never makes more characters than bytes',
    arbitrary: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 600 }),
    cost: 1,
    check: (input: number[]) => {
      const decoded = decodeBytes(Uint8Array.from(input));
      assert.equal(typeof decoded.text, 'string');
      assert.ok(decoded.text.length <= input.length);
    },
  },
  {
    name: 'ingest: any bytes in any format give articles or one-line skips, never an exception',
    arbitrary: fc.record({
      ext: fc.constantFrom(...FORMATS),
      bytes: fc.oneof(
        fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 400 }),
        hostileText.map((s) => [...Buffer.from(s, 'utf8')]),
        fc.array(fc.record({ text: hostileText, id: fc.option(fc.string({ maxLength: 5 })) }), { maxLength: 4 }).map((objs) => [
          ...Buffer.from(objs.map((o) => JSON.stringify(o)).join('\n'), 'utf8'),
        ]),
      ),
    }),
    cost: 10,
    check: ({ ext, bytes }: { ext: (typeof FORMATS)[number]; bytes: number[] }) => {
      withTempFile(`f.${ext}`, Uint8Array.from(bytes), (file) => {
        const format = ext === 'png' ? null : (ext as DocFormat);
        const input: InputFile = { path: file, id: `f.${ext}`, format, folderSource: null, input: 0, sidecar: null };
        const result = readArticleFile(input);
        for (const a of result.articles) {
          assert.equal(typeof a.text, 'string');
          assert.ok(a.text.trim() !== '', 'no empty article');
          if (a.frontMatter) assertSpan(a.frontMatter, a.text, 'front matter');
        }
        for (const s of result.skipped) {
          assert.ok(s.message.startsWith(file), 'skip names the file');
          assert.ok(!s.message.includes('\n'), 'skip message is one line');
        }
        assert.ok(result.articles.length + result.skipped.length > 0 || ext === 'jsonl', 'every file is accounted for');
      });
    },
  },
  {
    name: 'ingest: UTF-8 text read from a file is the text written, offsets as read',
    arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }).filter((s) => !s.startsWith('\ufeff')),
    cost: 10,
    check: (text: string) => {
      withTempFile('a.txt', Buffer.from(text, 'utf8'), (file) => {
        const result = readArticleFile({ path: file, id: 'a.txt', format: 'txt', folderSource: null, input: 0, sidecar: null });
        if (result.articles.length === 1) {
          assert.equal(result.articles[0]!.text, text);
          const fm = parseFrontMatter(text);
          assert.deepEqual(result.articles[0]!.frontMatter, fm?.span ?? null);
        } else {
          const reason = result.skipped[0]!.reason;
          // eslint-disable-next-line no-control-regex -- control bytes are what makes a file binary here
          assert.ok(reason === 'empty' || (reason === 'binary' && /[\u0000-\u0008\u000e-\u001f\u007f]/.test(text)), `skipped as ${reason}`);
        }
      });
    },
  },
  {
    name: 'clean: body, captions and removed spans are in range, sorted, disjoint',
    arbitrary: hostileText,
    cost: 2,
    check: (text: string) => {
      const clean = cleanArticle(plainArticle('a', text));
      const all = [...clean.body, ...clean.captions, ...clean.removed].sort((x, y) => x.start - y.start || x.end - y.end);
      for (const span of all) assertSpan(span, text, 'clean span');
      assertSortedDisjoint(clean.body, 'body');
      assertSortedDisjoint(all, 'body ∪ captions ∪ removed');
      for (const r of clean.removed) assert.ok(typeof r.reason === 'string' && r.reason.length > 0, 'removed span has a reason');
    },
  },
  {
    name: 'strip: stripping a stripped body changes nothing',
    arbitrary: newsText,
    cost: 2,
    check: (text: string) => {
      const once = stripArticle(plainArticle('a', text), cleanArticle(plainArticle('a', text))).body;
      const twice = stripArticle(plainArticle('a', once), cleanArticle(plainArticle('a', once))).body;
      assert.equal(twice, once);
    },
  },
  {
    name: 'text: sentences and tokens lie inside their span, in order, and round-trip',
    arbitrary: fc.tuple(hostileText, fc.nat(), fc.nat()),
    cost: 1,
    check: ([text, x, y]: [string, number, number]) => {
      // Span ends come from clean, on line boundaries: never inside a surrogate pair.
      const snap = (i: number): number => (i > 0 && i < text.length && /[\udc00-\udfff]/.test(text[i]!) && /[\ud800-\udbff]/.test(text[i - 1]!) ? i - 1 : i);
      const a = snap(text.length === 0 ? 0 : x % (text.length + 1));
      const b = snap(text.length === 0 ? 0 : y % (text.length + 1));
      const span = { start: Math.min(a, b), end: Math.max(a, b) };
      const sentences = splitSentences(text, span);
      for (const s of sentences) {
        assertSpan(s, text, 'sentence');
        assert.ok(s.start >= span.start && s.end <= span.end, 'sentence inside its span');
      }
      assertSortedDisjoint(sentences, 'sentences');
      const tokens: Token[] = [];
      tokenize(text, span, tokens);
      for (const t of tokens) {
        assertSpan(t, text, 'token');
        assert.ok(t.start >= span.start && t.end <= span.end && t.start < t.end, 'token inside its span, not empty');
        assert.equal(typeof t.norm, 'string');
      }
      assertSortedDisjoint(tokens, 'tokens');
    },
  },
  {
    name: 'text: analysed documents are deterministic and their tokens lie in body or captions',
    arbitrary: hostileText,
    cost: 2,
    check: (text: string) => {
      const doc = prepareDocument(plainArticle('a', text));
      const again = prepareDocument(plainArticle('a', text));
      assert.deepEqual(JSON.stringify({ t: again.tokens, s: again.sentences }), JSON.stringify({ t: doc.tokens, s: doc.sentences }));
      const zones = [...doc.clean.body, ...doc.clean.captions];
      for (const t of doc.tokens) assert.ok(zones.some((z) => z.start <= t.start && t.end <= z.end), `token ${t.start}-${t.end} in a zone`);
      assert.ok(doc.bodyChars >= 0 && doc.bodyChars <= text.length);
    },
  },
  {
    name: 'align: compare(b, a) mirrors compare(a, b); offsets in range and round-trip',
    arbitrary: textPair,
    cost: 3,
    check: ([x, y]: [string, string]) => {
      const a = prepareDocument(plainArticle('a', x));
      const b = prepareDocument(plainArticle('b', y));
      const ab = comparePair(a, b);
      const ba = comparePair(b, a);
      assert.deepEqual(ba.a, ab.b);
      assert.deepEqual(ba.b, ab.a);
      const key = (p: { a: Span; b: Span; kind: string }) => `${p.a.start}-${p.a.end}/${p.b.start}-${p.b.end}/${p.kind}`;
      assert.deepEqual(ba.passages.map((p) => key({ a: p.b, b: p.a, kind: p.kind })).sort(), ab.passages.map(key).sort());
      for (const p of ab.passages) {
        assertSpan(p.a, x, 'passage a');
        assertSpan(p.b, y, 'passage b');
        assert.equal(x.slice(p.a.start, p.a.end), p.text);
      }
      for (const side of [ab.a, ab.b]) assert.ok(side.coverage >= 0 && side.coverage <= 1, 'coverage in 0-1');
    },
  },
  {
    name: 'align: passages never overlap removed boilerplate',
    arbitrary: textPair,
    cost: 3,
    check: ([x, y]: [string, string]) => {
      const a = prepareDocument(plainArticle('a', x));
      const b = prepareDocument(plainArticle('b', y));
      for (const p of comparePair(a, b).passages) {
        for (const r of a.clean.removed) assert.ok(p.a.end <= r.start || r.end <= p.a.start, `passage a ${p.a.start}-${p.a.end} overlaps removed ${r.start}-${r.end} (${r.role})`);
        for (const r of b.clean.removed) assert.ok(p.b.end <= r.start || r.end <= p.b.start, `passage b ${p.b.start}-${p.b.end} overlaps removed ${r.start}-${r.end} (${r.role})`);
      }
    },
  },
  {
    name: 'report: the same documents in any order give a byte-identical report',
    arbitrary: fc.tuple(fc.array(fc.tuple(fc.constantFrom('sun', 'lbc', 'sky'), textPair), { minLength: 1, maxLength: 4 }), fc.nat()),
    cost: 8,
    check: ([docs, seed]: [[string, [string, string]][], number]) => {
      const articles = docs.flatMap(([source, [x, y]], i) => [
        { ...plainArticle(`${source}/${i}a.txt`, x), meta: { source, title: null, published: null, url: null } },
        { ...plainArticle(`${source}/${i}b.txt`, y), meta: { source, title: null, published: null, url: null } },
      ]);
      const shuffled = [...articles];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = (seed + i * 7919) % (i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      const one = JSON.stringify(scanArticles(articles).report);
      const two = JSON.stringify(scanArticles(shuffled).report);
      assert.equal(two, one);
    },
  },
  {
    name: 'report: markup in article text, ids and metadata never opens an element or a script in the HTML or Markdown report',
    arbitrary: fc.tuple(textPair, fc.array(fc.constantFrom(...PAYLOADS), { minLength: 1, maxLength: 4 }), fc.nat()),
    cost: 8,
    check: ([[x, y], payloads, n]: [[string, string], string[], number]) => {
      const p = (i: number): string => payloads[(n + i) % payloads.length]!;
      const shared = `The minister said ${p(0)} the plan would be announced next week, officials confirmed ${p(1)} on Monday evening.`;
      const texts = [`${x}\n${shared}\n${p(2)}`, `${p(3)}\n${shared}\n${y}`];
      const articles = texts.map((text, i) => ({
        ...plainArticle(`${p(i)}/${i}.txt`, text),
        meta: { source: p(i + 1), title: p(i + 2), published: p(i + 3), url: p(i) },
      }));
      const { report } = scanArticles(articles);
      const html = formatHtml(report, { texts: new Map(articles.map((a) => [a.id, a.text])), title: p(4) });
      const baseline = formatHtml({ schema: 'wiretrace/report@1', documents: [], pairs: [], clusters: [] });
      const count = (text: string, what: string): number => text.split(what).length - 1;
      assert.equal(count(html, '<script'), count(baseline, '<script'), 'no script element beyond the page’s own');
      assert.equal(count(html, '</script'), count(baseline, '</script'), 'nothing ends the page’s script early');
      for (const tag of HOSTILE_TAGS) assert.ok(!openedTags(html).has(tag), `no <${tag}> element`);
      assert.ok(!/<[a-zA-Z][^>]*\son[a-z]+\s*=/.test(html), 'no event-handler attribute');
      assert.ok(!/(?:href|src)\s*=\s*["']?\s*javascript:/i.test(html), 'no javascript: link');
      const markdown = formatMarkdown(report, { title: p(5) });
      for (const tag of ['script', ...HOSTILE_TAGS]) assert.ok(!markdown.toLowerCase().includes(`<${tag}`), `no raw <${tag} in Markdown`);
    },
  },
];

/** A stored counterexample. */
export interface FuzzRegression {
  readonly property: string;
  readonly value: unknown;
  /** How it was found: `fuzz seed S path P` or `hand`. */
  readonly origin: string;
  /** What went wrong when it was found. */
  readonly error?: string;
  /** Still failing (its property has an `openIssue`): replayed as an expected failure. */
  readonly open?: boolean;
}

/** Seed of the CI run (deterministic); `FUZZ_SEED` overrides it. */
export const CI_SEED = Number(process.env.FUZZ_SEED ?? 20231110);
