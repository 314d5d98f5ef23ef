/**
 * Generates a realistic benchmark corpus with known reuse.
 *
 *   node dist/scripts/bench/generate-corpus.js --docs 10000 --out .bench/c10k [--seed 1]
 *
 * Layout: `OUT/docs/SOURCE/YYYY-MM/slug-N.txt|md` (one directory per publisher) with a
 * `NAME.meta.json` sidecar (`title`, `published`, `url`) or front matter (per publisher; `--meta`),
 * `OUT/truth.jsonl` (one reuse pair a line), `OUT/manifest.json` (parameters and counts).
 *
 * Articles: ~30 publishers with their own templates (see sources.ts), news-length bodies
 * (log-normal word counts, median ~550, a heavy tail of long reads), sentences drawn from a
 * Zipf vocabulary with stock phrases and per-story names. ~20% of articles reuse an
 * earlier article of another publisher, wholly (all or nearly all of its body, edited) or
 * partly (a block of its paragraphs inside original copy); see edits.ts for the edits.
 *
 * Truth lines: `{ "a", "b", "class": "wholly"|"partially"|"related", "source", "copy", "shared" }`
 * with `a < b`. `related` marks pairs that share text only because both copied the same
 * original (siblings); a scan may list them or not, and they are not scored.
 *
 * `--formulaic`: the formulaic corpus of issue 19 (stock and templated sentences shared by
 * unrelated stories, events covered independently with shared names, figures and quotes).
 *
 * Deterministic: the same `--docs`, `--seed` and options give byte-identical files.
 * Streaming: each article is written as it is made; only a window of recent originals is kept.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { makeRng, type Rng } from './rng.js';
import { makeVocabulary, STOCK_PHRASES, WEEKDAYS, type Vocabulary } from './vocabulary.js';
import { makeSources, type SourceStyle } from './sources.js';
import { editParagraphs, EDITED, REWORKED, SYNDICATED, type EditProfile } from './edits.js';
import { FIGURE_CHANCE, FORMULA_SHARE, formulaicSentence, makeEventFacts, QUOTE_CHANCE, type EventFacts } from './formulaic.js';

/** Bumped whenever the output for a given seed changes (cache key of the bench runner). */
export const GENERATOR_VERSION = 3;

/** Options of the generator. */
export interface GenerateOptions {
  readonly docs: number;
  readonly out: string;
  readonly seed?: number;
  /** Where metadata goes: `NAME.meta.json` sidecars, front matter, or per publisher (`mixed`, the default). */
  readonly meta?: 'sidecar' | 'frontmatter' | 'mixed';
  /** Share of articles that reuse another (0–1). */
  readonly reuseShare?: number;
  /** The formulaic corpus (stock and templated sentences, events covered independently; see formulaic.ts). */
  readonly formulaic?: boolean;
}

/** What the generator wrote. */
export interface GenerateResult {
  readonly docs: number;
  readonly bytes: number;
  readonly words: number;
  readonly medianWords: number;
  readonly wholly: number;
  readonly partially: number;
  readonly related: number;
  readonly seconds: number;
}

/** Median word count of an original's body; with copies (longer on average) the corpus median is ~550 words, news-length (issue 9). */
const MEDIAN_BODY_WORDS = 520;
/** Spread of log word counts: sigma 0.55 puts the 90th percentile near 1,100 words. */
const BODY_WORDS_SIGMA = 0.55;
/** Share of long reads (3× the usual length): the heavy tail. */
const LONG_READ_SHARE = 0.03;
/** Shortest and longest bodies. Words. */
const MIN_BODY_WORDS = 60;
const MAX_BODY_WORDS = 9000;
/** Share of reusing articles that take the whole body (the rest take part). */
const WHOLLY_SHARE = 0.4;
/** Share of reuse within one publisher (a paper re-running its own story). */
const SAME_SOURCE_SHARE = 0.05;
/** Originals kept for later reuse: reuse happens within days, not years. Articles. */
const REUSE_WINDOW = 2000;
/** Share of originals that join a running story (same names, different words). */
const RUNNING_STORY_SHARE = 0.35;
/** The same in the formulaic corpus: an event is covered by ~3 outlets on its own (2,000 articles, ~650 events). */
const FORMULAIC_RUNNING_STORY_SHARE = 0.6;
/** Siblings (two copies of one original) sharing at least this many words are marked `related`. */
const RELATED_MIN_WORDS = 30;
/** First published date of the archive; articles spread over two years. */
const ARCHIVE_START = Date.UTC(2024, 0, 1);
const ARCHIVE_SPAN_MS = 2 * 365 * 24 * 3600 * 1000;

interface Story {
  readonly names: readonly string[];
  readonly words: readonly string[];
  /** The event's shared facts (formulaic corpus only). */
  readonly facts?: EventFacts;
}

interface Original {
  readonly id: string;
  readonly source: string;
  readonly headline: string;
  readonly paragraphs: readonly (readonly string[])[];
  readonly paragraphWords: readonly number[];
  readonly story: Story;
  /** Copies made of it: their id and which of its paragraphs they took. */
  readonly copies: { id: string; taken: number[] }[];
}

interface Writer {
  write(relPath: string, text: string): void;
}

/** Generates a corpus into `options.out` (replacing what is there). */
export function generateCorpus(options: GenerateOptions): GenerateResult {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const reuseShare = options.reuseShare ?? 0.2;
  const formulaic = options.formulaic === true;
  const rng = makeRng(seed);
  const vocab = makeVocabulary();
  const sources = makeSources(makeRng(0x50c3));
  const totalWeight = sources.reduce((s, x) => s + x.weight, 0);
  const docsDir = path.join(options.out, 'docs');
  rmSync(options.out, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  const dirs = new Set<string>();
  let bytes = 0;
  const writer: Writer = {
    write(relPath, text) {
      const dir = path.dirname(relPath);
      if (!dirs.has(dir)) {
        mkdirSync(path.join(docsDir, dir), { recursive: true });
        dirs.add(dir);
      }
      const buf = Buffer.from(text, 'utf8');
      bytes += buf.length;
      writeFileSync(path.join(docsDir, relPath), buf);
    },
  };
  const truth: string[] = [];
  const window: Original[] = [];
  const retired: Original[] = [];
  const headlines = new Map<string, string[]>();
  const stories: Story[] = [];
  const wordCounts: number[] = [];
  let words = 0;
  let wholly = 0;
  let partially = 0;
  let related = 0;

  for (let i = 0; i < options.docs; i++) {
    const r = rng.fork(i);
    const source = pickSource(r, sources, totalWeight);
    const time = ARCHIVE_START + Math.floor(((i + r.next()) / options.docs) * ARCHIVE_SPAN_MS);
    const reusing = window.length > 20 && r.chance(reuseShare);
    let paragraphs: string[][];
    let headline: string;
    let story: Story;
    let original: Original | null = null;
    let taken: number[] = [];
    let klass: 'wholly' | 'partially' | null = null;
    if (reusing) {
      original = pickOriginal(r, window, source.name);
      story = original.story;
      klass = r.chance(WHOLLY_SHARE) ? 'wholly' : 'partially';
      const made = klass === 'wholly' ? takeWhole(r, original, vocab, formulaic) : takePart(r, original, vocab, formulaic);
      paragraphs = made.paragraphs;
      taken = made.taken;
      headline = r.chance(0.3) ? original.headline : makeHeadline(r, vocab, story);
    } else {
      story = pickStory(r, stories, vocab, formulaic);
      paragraphs = makeBody(r, vocab, story, bodyWords(r), formulaic);
      headline = makeHeadline(r, vocab, story);
    }
    const id = makeId(source, time, headline, i);
    const bodyWordCount = countWords(paragraphs);
    words += bodyWordCount;
    wordCounts.push(bodyWordCount);
    const recent = headlines.get(source.name) ?? [];
    const meta = options.meta === 'sidecar' || options.meta === 'frontmatter' ? options.meta : source.meta;
    const text = renderArticle(r, source, headline, time, paragraphs, recent, meta === 'frontmatter');
    writer.write(id, text);
    if (meta === 'sidecar') writer.write(id.replace(/\.(txt|md)$/, '.meta.json'), renderSidecar(source, headline, time, id));
    recent.push(headline);
    if (recent.length > 12) recent.shift();
    headlines.set(source.name, recent);

    if (original && klass) {
      original.copies.push({ id, taken });
      const [a, b] = original.id < id ? [original.id, id] : [id, original.id];
      writeTruth(truth, { a, b, class: klass, source: original.id, copy: id, shared: sumWords(original, taken) });
      if (klass === 'wholly') wholly++;
      else partially++;
    } else {
      window.push({ id, source: source.name, headline, paragraphs, paragraphWords: paragraphs.map(wordsIn), story, copies: [] });
      if (window.length > REUSE_WINDOW) retired.push(window.shift()!);
      if (retired.length > 256) related += flushRelated(truth, retired.splice(0));
    }
  }
  related += flushRelated(truth, [...retired, ...window]);
  writeFileSync(path.join(options.out, 'truth.jsonl'), truth.join(''));
  wordCounts.sort((x, y) => x - y);
  const result: GenerateResult = {
    docs: options.docs,
    bytes,
    words,
    medianWords: wordCounts[Math.floor(wordCounts.length / 2)] ?? 0,
    wholly,
    partially,
    related,
    seconds: (performance.now() - started) / 1000,
  };
  writeFileSync(
    path.join(options.out, 'manifest.json'),
    JSON.stringify({ generator: GENERATOR_VERSION, seed, meta: options.meta ?? 'mixed', reuseShare, ...(formulaic ? { formulaic } : {}), ...result }, null, 2) + '\n',
  );
  return result;
}

/** Writes `related` truth for siblings: copies of one original that took overlapping paragraphs. */
function flushRelated(truth: string[], originals: readonly Original[]): number {
  let n = 0;
  for (const original of originals) {
    const copies = original.copies;
    for (let x = 0; x < copies.length; x++) {
      for (let y = x + 1; y < copies.length; y++) {
        const mine = new Set(copies[x]!.taken);
        const both = copies[y]!.taken.filter((p) => mine.has(p));
        const shared = sumWords(original, both);
        if (shared < RELATED_MIN_WORDS) continue;
        const [a, b] = copies[x]!.id < copies[y]!.id ? [copies[x]!.id, copies[y]!.id] : [copies[y]!.id, copies[x]!.id];
        writeTruth(truth, { a, b, class: 'related', source: original.id, copy: null, shared });
        n++;
      }
    }
  }
  return n;
}

function writeTruth(truth: string[], line: Record<string, unknown>): void {
  truth.push(JSON.stringify(line) + '\n');
}

function pickSource(r: Rng, sources: readonly SourceStyle[], total: number): SourceStyle {
  let u = r.next() * total;
  for (const s of sources) {
    u -= s.weight;
    if (u < 0) return s;
  }
  return sources[sources.length - 1]!;
}

/** A recent original, usually of another publisher (syndication), sometimes of the same one. */
function pickOriginal(r: Rng, window: readonly Original[], source: string): Original {
  const sameSource = r.chance(SAME_SOURCE_SHARE);
  let candidate = window[window.length - 1]!;
  for (let attempt = 0; attempt < 50; attempt++) {
    const back = Math.floor(Math.abs(r.normal()) * Math.min(300, window.length / 2));
    candidate = window[window.length - 1 - (back % window.length)]!;
    if ((candidate.source === source) === sameSource) return candidate;
  }
  return candidate;
}

function pickStory(r: Rng, stories: Story[], vocab: Vocabulary, formulaic: boolean): Story {
  if (stories.length > 0 && r.chance(formulaic ? FORMULAIC_RUNNING_STORY_SHARE : RUNNING_STORY_SHARE)) return stories[stories.length - 1 - r.int(Math.min(stories.length, 200))]!;
  const names = Array.from({ length: 4 + r.int(6) }, () => vocab.name(r));
  const words = Array.from({ length: 4 + r.int(6) }, () => vocab.contentWord(r));
  const story: Story = formulaic ? { names, words, facts: makeEventFacts(r, vocab, names) } : { names, words };
  stories.push(story);
  if (stories.length > 400) stories.splice(0, 200);
  return story;
}

function bodyWords(r: Rng): number {
  const long = r.chance(LONG_READ_SHARE) ? 3 : 1;
  const n = Math.round(MEDIAN_BODY_WORDS * long * Math.exp(BODY_WORDS_SIGMA * r.normal()));
  return Math.max(MIN_BODY_WORDS, Math.min(MAX_BODY_WORDS, n));
}

/**
 * Paragraphs of 1–3 sentences until `target` words. In the formulaic corpus a share of the
 * sentences are stock or templated, ordinary ones carry the event's figures, and the body
 * often quotes the event's official statement.
 */
function makeBody(r: Rng, vocab: Vocabulary, story: Story, target: number, formulaic = false): string[][] {
  const paragraphs: string[][] = [];
  let n = 0;
  const facts = formulaic ? story.facts : undefined;
  let quoteAt = facts && r.chance(QUOTE_CHANCE) ? 1 + r.int(4) : -1;
  while (n < target) {
    const sentences: string[] = [];
    const count = 1 + r.int(3);
    for (let s = 0; s < count && n < target; s++) {
      let sentence: string;
      if (facts && paragraphs.length === quoteAt) {
        sentence = facts.quote;
        quoteAt = -1;
      } else if (formulaic && r.chance(FORMULA_SHARE)) sentence = formulaicSentence(r, vocab);
      else {
        sentence = makeSentence(r, vocab, story);
        if (facts && r.chance(FIGURE_CHANCE)) sentence = sentence.replace(/\.$/, `, ${r.chance(0.5) ? 'with' : 'at'} ${r.pick(facts.figures)} in ${facts.place}.`);
      }
      n += wordsIn([sentence]);
      sentences.push(sentence);
    }
    paragraphs.push(sentences);
  }
  return paragraphs;
}

/** One sentence: Zipf words with story names, commas, numbers, stock phrases, sometimes a quote. */
function makeSentence(r: Rng, vocab: Vocabulary, story: Story): string {
  const length = Math.max(5, Math.min(60, Math.round(Math.exp(Math.log(20) + 0.4 * r.normal()))));
  const words: string[] = [];
  for (let w = 0; w < length; w++) {
    const u = r.next();
    if (u < 0.05) words.push(r.pick(story.names));
    else if (u < 0.09) words.push(r.pick(story.words));
    else if (u < 0.1) words.push(String(1 + r.int(r.chance(0.5) ? 100 : 100000)));
    else words.push(vocab.word(r));
    if (w < length - 2 && r.chance(0.06)) words[words.length - 1] += ',';
  }
  if (r.chance(0.15)) {
    const phrase = r.pick(STOCK_PHRASES);
    words.splice(r.int(words.length), 0, phrase);
    if (r.chance(0.3)) words.push('on', r.pick(WEEKDAYS));
  }
  let sentence = words.join(' ');
  sentence = sentence[0]!.toUpperCase() + sentence.slice(1);
  if (r.chance(0.12)) return `“${sentence},” ${r.chance(0.5) ? 'Mr ' : ''}${r.pick(story.names)} said.`;
  return sentence + '.';
}

function makeHeadline(r: Rng, vocab: Vocabulary, story: Story): string {
  const words = [r.pick(story.names)];
  const length = 6 + r.int(9);
  for (let w = 1; w < length; w++) words.push(r.chance(0.15) ? r.pick(story.words) : vocab.word(r));
  return words.join(' ');
}

/** The whole body of an original, edited; sometimes trimmed at the end or given an intro or credit. */
function takeWhole(r: Rng, original: Original, vocab: Vocabulary, formulaic: boolean): { paragraphs: string[][]; taken: number[] } {
  let keep = original.paragraphs.length;
  if (keep > 6 && r.chance(0.35)) keep -= 1 + r.int(Math.min(2, Math.floor(keep / 10) + 1));
  const taken = Array.from({ length: keep }, (_, i) => i);
  const paragraphs = editParagraphs(original.paragraphs.slice(0, keep), r, pickProfile(r), vocab);
  if (r.chance(0.2)) paragraphs.unshift([formulaic && r.chance(FORMULA_SHARE) ? formulaicSentence(r, vocab) : makeSentence(r, vocab, original.story)]);
  if (r.chance(0.25)) paragraphs.push([r.chance(0.5) ? `Additional reporting by ${vocab.name(r)} ${vocab.name(r)}.` : `This story first appeared on ${original.source}.`]);
  return { paragraphs, taken };
}

/** A block (or two) of an original's paragraphs, edited, inside original copy. */
function takePart(r: Rng, original: Original, vocab: Vocabulary, formulaic: boolean): { paragraphs: string[][]; taken: number[] } {
  const total = original.paragraphs.length;
  const share = 0.25 + r.next() * 0.4;
  const want = Math.max(2, Math.round(total * share));
  const count = Math.min(total, want);
  let start = r.int(Math.max(1, total - count + 1));
  // At least ~70 words: a real part of a story, not a stray sentence.
  let end = start + count;
  while (sumWords(original, range(start, end)) < 70 && (start > 0 || end < total)) {
    if (end < total) end++;
    else start--;
  }
  const taken = range(start, end);
  const block = editParagraphs(taken.map((p) => original.paragraphs[p]!), r, pickProfile(r), vocab);
  const takenWords = countWords(block);
  // Own copy around it, to a news-length body; the taken block stays under ~60% of it.
  const ownWords = Math.max(Math.round(takenWords * 0.7), bodyWords(r) - takenWords);
  const before = makeBody(r, vocab, original.story, Math.round(ownWords * (0.2 + 0.5 * r.next())), formulaic);
  const after = makeBody(r, vocab, original.story, Math.max(MIN_BODY_WORDS / 2, ownWords - countWords(before)), formulaic);
  return { paragraphs: [...before, ...block, ...after], taken };
}

function pickProfile(r: Rng): EditProfile {
  const u = r.next();
  return u < 0.35 ? SYNDICATED : u < 0.8 ? EDITED : REWORKED;
}

function renderArticle(r: Rng, source: SourceStyle, headline: string, time: number, paragraphs: readonly (readonly string[])[], teasers: readonly string[], frontMatter: boolean): string {
  const date = new Date(time);
  const section = r.pick(source.sections);
  const lines: string[] = [];
  if (frontMatter) lines.push(`---\ntitle: ${JSON.stringify(headline)}\npublished: ${date.toISOString()}\n---\n`);
  if (source.nav) lines.push(source.nav + '\n\n');
  if (r.chance(0.5)) lines.push(section + '\n\n');
  lines.push((source.format === 'md' ? '# ' : '') + headline + '\n\n');
  lines.push(source.byline(r.pick(source.staff), section) + '\n');
  lines.push(source.dateline(date) + '\n\n');
  for (let p = 0; p < paragraphs.length; p++) {
    if (p > 0) {
      lines.push(source.paragraphBreak);
      if (p > 1 && r.chance(source.promoRate)) {
        const promo = r.pick(source.promos).replace('{teaser}', teasers.length ? r.pick(teasers) : headline).replace('{section}', section);
        lines.push(promo + source.paragraphBreak);
      }
    }
    lines.push(paragraphs[p]!.join(' '));
  }
  lines.push('\n');
  if (source.tailMarker && teasers.length > 0) {
    lines.push('\n' + source.tailMarker + '\n');
    const shown = teasers.slice(-source.teasers);
    for (let t = shown.length - 1; t >= 0; t--) lines.push(shown[t] + '\n');
  }
  if (source.footer) lines.push('\n' + source.footer + '\n');
  return lines.join('');
}

function renderSidecar(source: SourceStyle, headline: string, time: number, id: string): string {
  const url = `https://${source.name}.example/${id.split('/').slice(1).join('/').replace(/\.(txt|md)$/, '')}`;
  return JSON.stringify({ title: headline, published: new Date(time).toISOString(), url }) + '\n';
}

function makeId(source: SourceStyle, time: number, headline: string, i: number): string {
  const month = new Date(time).toISOString().slice(0, 7);
  const slug = headline.toLowerCase().split(' ').slice(0, 5).join('-').replace(/[^a-z0-9-]/g, '');
  return `${source.name}/${month}/${slug}-${i.toString(36)}.${source.format}`;
}

function wordsIn(sentences: readonly string[]): number {
  let n = 0;
  for (const s of sentences) {
    n++;
    for (let c = 0; c < s.length; c++) if (s.charCodeAt(c) === 32) n++;
  }
  return n;
}

function countWords(paragraphs: readonly (readonly string[])[]): number {
  let n = 0;
  for (const p of paragraphs) n += wordsIn(p);
  return n;
}

function sumWords(original: Original, paragraphs: readonly number[]): number {
  let n = 0;
  for (const p of paragraphs) n += original.paragraphWords[p] ?? 0;
  return n;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      meta: { type: 'string', default: 'mixed' },
      'reuse-share': { type: 'string', default: '0.2' },
      formulaic: { type: 'boolean', default: false },
    },
  });
  const docs = Number(values.docs);
  const out = values.out ?? `.bench/corpus-${docs}-seed${values.seed}${values.formulaic ? '-formulaic' : ''}`;
  if (!Number.isInteger(docs) || docs < 1) throw new Error(`--docs must be a positive integer (got ${values.docs})`);
  if (values.meta !== 'sidecar' && values.meta !== 'frontmatter' && values.meta !== 'mixed') throw new Error(`--meta must be sidecar, frontmatter or mixed (got ${values.meta})`);
  const result = generateCorpus({ docs, out, seed: Number(values.seed), meta: values.meta, reuseShare: Number(values['reuse-share']), formulaic: values.formulaic });
  process.stdout.write(
    `${result.docs} docs, ${(result.bytes / 1e6).toFixed(1)} MB, median ${result.medianWords} words, ` +
      `${result.wholly} wholly + ${result.partially} partially reused (+${result.related} related), ${result.seconds.toFixed(1)} s → ${out}\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
