/**
 * Writes a labelled reuse corpus for `npm run eval:reuse` and `npm run train:reuse`.
 *
 *   node dist/scripts/gen-reuse.js --out DIR [--flavour meter|pan|edited|graded|all]
 *                                  [--seed S] [--n N] [--balance meter|even]
 *
 * Layout (documented in README, "Evaluating reuse detection"):
 *   DIR/pairs.tsv     one pair a line: source_path<TAB>derived_path<TAB>label, paths
 *                     relative to DIR; label wholly|partially|none (derivation of the
 *                     derived text) or, for graded data, near|light|heavy|none.
 *                     Lines starting with '#' are comments.
 *   DIR/spans.jsonl   optional character-offset truth, one copied passage a line:
 *                     {"pair": N, "source": {"start","end"}, "derived": {"start","end"}}
 *                     N is the 0-based index of the pair among pairs.tsv's data lines.
 *   DIR/meta.json     flavour, seed, counts (informative only).
 *   DIR/docs/…        the texts (UTF-8, LF) with NAME.meta.json sidecars (source, published).
 * Same seed and options → byte-identical corpus.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Rng } from './synth/rng.js';
import { makeTopic, STORY_KINDS, type StoryKind, type Topic } from './synth/stories.js';
import { writeIndependent, writeWire, PAPER_STYLES } from './synth/writers.js';
import { deriveDoc, PROFILES, lightEdit, randomObfuscation, type EditProfile } from './synth/edits.js';
import { type Doc, type Unit, WIRE_STYLE, render, unitFromText, units } from './synth/doc.js';
import { truthCases, type TruthCase } from './synth/truth.js';
import { proseParagraphs } from './synth/prose.js';

/** The four kinds of labelled data, mirroring how reuse detection is judged. */
export type Flavour = 'meter' | 'pan' | 'edited' | 'graded';
export const FLAVOURS: readonly Flavour[] = ['meter', 'pan', 'edited', 'graded'];

/** METER's class shares (of 945 newspaper texts: ~301 wholly, ~438 partially, ~206 non-derived). */
const METER_BALANCE = { wholly: 0.32, partially: 0.46, none: 0.22 } as const;
const EVEN_BALANCE = { wholly: 1 / 3, partially: 1 / 3, none: 1 / 3 } as const;

interface OutDoc {
  readonly path: string;
  readonly text: string;
  readonly source: string;
  readonly published: string;
  readonly title: string | null;
}

interface OutPair {
  readonly source: string;
  readonly derived: string;
  readonly label: string;
  readonly cases: readonly TruthCase[];
}

/** A corpus in memory, before it is written. */
export interface Corpus {
  readonly flavour: Flavour;
  readonly docs: OutDoc[];
  readonly pairs: OutPair[];
}

/** Options of one generated corpus. */
export interface GenOptions {
  readonly seed: string;
  /** Stories (meter, graded, edited) or pairs (pan). */
  readonly n: number;
  readonly balance: 'meter' | 'even';
  /** pan: hard-wrap the long documents (default true), as PAN's plain-text books are. */
  readonly wrap?: boolean;
}

function isoTime(base: number, hours: number): string {
  return new Date(Date.UTC(2023, 0, 1) + (base * 24 + hours) * 3600_000).toISOString().replace('.000Z', 'Z');
}

/** One story's source text (the wire), added to the corpus; returns what derived texts need. */
function sourceStory(corpus: Corpus, rng: Rng, s: number, prefix: string, name: string, headline: boolean) {
  const topic = makeTopic(rng);
  const wire = writeWire(topic, rng);
  if (!headline) wire.headline = null;
  const wr = render(wire);
  const story = `${prefix}${String(s).padStart(4, '0')}-${topic.kind}`;
  const wirePath = `docs/${story}/${name}.txt`;
  corpus.docs.push({ path: wirePath, text: wr.text, source: name, published: isoTime(s, 6), title: wire.headline });
  return { topic, wire, wr, story, wirePath };
}

/** Wire/newspaper pairs labelled wholly / partially / none, METER-like. */
export function genMeter(opts: GenOptions): Corpus {
  const corpus: Corpus = { flavour: 'meter', docs: [], pairs: [] };
  const root = new Rng(`meter:${opts.seed}`);
  const balance = opts.balance === 'meter' ? METER_BALANCE : EVEN_BALANCE;
  for (let s = 0; s < opts.n; s++) {
    const rng = root.fork(s);
    const { topic, wire, wr, story, wirePath } = sourceStory(corpus, rng, s, 's', 'pa', true);
    const papers = rng.sample(PAPER_STYLES, rng.int(1, 4));
    papers.forEach((style, k) => {
      const label = rng.weighted(balance);
      let doc: Doc;
      if (label === 'none') doc = writeIndependent(topic, wire, rng, style);
      else if (label === 'wholly') doc = deriveDoc(wire, topic, rng.chance(0.35) ? PROFILES.whollyHeavy : PROFILES.wholly, rng, style);
      else doc = deriveDoc(wire, topic, PROFILES.partially, rng, style);
      const dr = render(doc);
      const path = `docs/${story}/${style.name}.txt`;
      corpus.docs.push({ path, text: dr.text, source: style.name, published: isoTime(s, 8 + k * 3), title: doc.headline });
      corpus.pairs.push({ source: wirePath, derived: path, label, cases: label === 'none' ? [] : truthCases(doc, dr, wr) });
    });
  }
  return corpus;
}

/** Edited reuse of news-length texts with span truth; some independent negatives. */
export function genEdited(opts: GenOptions): Corpus {
  const corpus: Corpus = { flavour: 'edited', docs: [], pairs: [] };
  const root = new Rng(`edited:${opts.seed}`);
  for (let s = 0; s < opts.n; s++) {
    const rng = root.fork(s);
    const { topic, wire, wr, story, wirePath } = sourceStory(corpus, rng, s, 's', 'wire', true);
    const style = rng.pick(PAPER_STYLES);
    const negative = rng.chance(0.15);
    const doc = negative ? writeIndependent(topic, wire, rng, style) : deriveDoc(wire, topic, PROFILES.edited, rng, style);
    const dr = render(doc);
    const path = `docs/${story}/${style.name}.txt`;
    corpus.docs.push({ path, text: dr.text, source: style.name, published: isoTime(s, 9), title: doc.headline });
    const cases = negative ? [] : truthCases(doc, dr, wr);
    corpus.pairs.push({ source: wirePath, derived: path, label: negative ? 'none' : labelByShare(cases, dr.text), cases });
  }
  return corpus;
}

/** wholly when cases cover ≥ 80% of the derived text's characters (headline aside), else partially. */
function labelByShare(cases: readonly TruthCase[], text: string): string {
  const covered = cases.reduce((sum, c) => sum + c.derived.end - c.derived.start, 0);
  const body = text.length - (text.indexOf('\n\n') + 2);
  return covered >= 0.8 * body ? 'wholly' : cases.length > 0 ? 'partially' : 'none';
}

/** Clough–Stevenson-like graded answers: near copy, light and heavy revision, independent. */
export function genGraded(opts: GenOptions): Corpus {
  const corpus: Corpus = { flavour: 'graded', docs: [], pairs: [] };
  const root = new Rng(`graded:${opts.seed}`);
  const grades: [string, EditProfile | null][] = [
    ['near', PROFILES.near],
    ['light', PROFILES.lightRevision],
    ['heavy', PROFILES.heavyRevision],
    ['none', null],
    ['none', null],
  ];
  for (let s = 0; s < opts.n; s++) {
    const rng = root.fork(s);
    const { topic, wire, wr, story, wirePath: srcPath } = sourceStory(corpus, rng, s, 'q', 'source', false);
    grades.forEach(([grade, profile], k) => {
      const style = rng.pick(PAPER_STYLES);
      const doc = profile ? deriveDoc(wire, topic, profile, rng, style) : writeIndependent(topic, wire, rng, style);
      doc.headline = null;
      const dr = render(doc);
      const path = `docs/${story}/answer-${k}.txt`;
      corpus.docs.push({ path, text: dr.text, source: `student-${k}`, published: isoTime(s, 8 + k), title: null });
      corpus.pairs.push({ source: srcPath, derived: path, label: grade, cases: profile ? truthCases(doc, dr, wr) : [] });
    });
  }
  return corpus;
}

/**
 * A long document (PAN's books): narrative prose with, now and then, a news story
 * embedded (one story of each kind at most, so no two passages share a template).
 */
function longDoc(rng: Rng, kinds: readonly StoryKind[], paragraphs: number): { doc: Doc; topics: Topic[] } {
  const out: Unit[][] = proseParagraphs(rng, paragraphs).map((p) => p.map((t) => unitFromText(t, null, [], 'wire')));
  const topics: Topic[] = [];
  for (const kind of kinds) {
    if (!rng.chance(0.5)) continue;
    const topic = makeTopic(rng, kind);
    topics.push(topic);
    const d = writeWire(topic, rng, rng.chance(0.5) ? WIRE_STYLE : rng.pick(PAPER_STYLES));
    const flat = units(d);
    const story: Unit[][] = [];
    for (let j = 0; j < flat.length; j += 3) story.push(flat.slice(j, j + 3));
    out.splice(rng.int(0, out.length), 0, ...story);
  }
  if (topics.length === 0) topics.push(makeTopic(rng, kinds[0]));
  return { doc: { headline: null, paragraphs: out }, topics };
}

/**
 * PAN-like text alignment: long hard-wrapped documents; the suspicious one carries 1–5
 * passages of the source (verbatim, lightly edited, or PAN's random obfuscation) at
 * paragraph breaks; a third of the pairs are unrelated.
 */
export function genPan(opts: GenOptions): Corpus {
  const corpus: Corpus = { flavour: 'pan', docs: [], pairs: [] };
  const root = new Rng(`pan:${opts.seed}`);
  for (let s = 0; s < opts.n; s++) {
    const rng = root.fork(s);
    const kinds = rng.shuffle(STORY_KINDS);
    const { doc: src } = longDoc(rng, kinds.slice(0, 2), rng.int(30, 90));
    const { doc: susp, topics } = longDoc(rng, kinds.slice(2), rng.int(30, 90));
    const srcUnits = units(src);
    const related = rng.chance(2 / 3);
    const vocabulary = srcUnits.flatMap((u) => u.text.split(' ')).filter((w) => /^\p{Ll}+$/u.test(w));
    if (related) {
      const taken = new Set<number>();
      for (let k = rng.int(1, 5); k > 0; k--) {
        const len = rng.int(3, 30);
        const start = rng.int(0, Math.max(0, srcUnits.length - len));
        if ([...Array(len).keys()].some((i) => taken.has(start + i))) continue;
        const obf = rng.weighted({ none: 0.5, light: 0.3, random: 0.2 });
        const rate = 0.05 + rng.next() * 0.2;
        const ctx = { topic: topics[0], style: WIRE_STYLE };
        const copied: Unit[] = [];
        for (let i = start; i < Math.min(srcUnits.length, start + len); i++) {
          taken.add(i);
          let text = srcUnits[i].text;
          if (obf === 'light' && rng.chance(0.6)) text = lightEdit(text, rng, ctx, 2).text;
          if (obf === 'random') text = randomObfuscation(text, rng, rate, vocabulary);
          copied.push(unitFromText(text, null, [i], obf === 'none' ? 'copy' : obf === 'light' ? 'light' : 'rewrite'));
        }
        // Keep the copied sentences in paragraphs of three or four, inserted at a paragraph break.
        const at = rng.int(1, susp.paragraphs.length - 1);
        const paras: Unit[][] = [];
        for (let j = 0; j < copied.length; j += 3) paras.push(copied.slice(j, j + 3 + (rng.chance(0.3) ? 1 : 0)).filter((u, q, arr) => arr.indexOf(u) === q));
        susp.paragraphs.splice(at, 0, ...dedupeParas(paras));
      }
    }
    const widths = [rng.int(66, 78), rng.int(66, 78)];
    const sr = render(src, { wrap: opts.wrap === false ? 0 : widths[0] });
    const dr = render(susp, { wrap: opts.wrap === false ? 0 : widths[1] });
    const id = `p${String(s).padStart(4, '0')}`;
    corpus.docs.push({ path: `docs/source-${id}.txt`, text: sr.text, source: 'books', published: isoTime(s, 0), title: null });
    corpus.docs.push({ path: `docs/suspicious-${id}.txt`, text: dr.text, source: 'books', published: isoTime(s, 1), title: null });
    const cases = related ? truthCases(susp, dr, sr) : [];
    corpus.pairs.push({ source: `docs/source-${id}.txt`, derived: `docs/suspicious-${id}.txt`, label: cases.length > 0 ? 'partially' : 'none', cases });
  }
  return corpus;
}

/** Removes units repeated across neighbouring paragraph slices (from the 3-or-4 grouping). */
function dedupeParas(paras: Unit[][]): Unit[][] {
  const seen = new Set<Unit>();
  return paras.map((p) => p.filter((u) => (seen.has(u) ? false : (seen.add(u), true)))).filter((p) => p.length > 0);
}

/** Generates one flavour. */
export function generate(flavour: Flavour, opts: GenOptions): Corpus {
  switch (flavour) {
    case 'meter':
      return genMeter(opts);
    case 'pan':
      return genPan(opts);
    case 'edited':
      return genEdited(opts);
    case 'graded':
      return genGraded(opts);
  }
}

/** Writes a corpus in the documented layout under `dir`. */
export function writeCorpus(corpus: Corpus, dir: string, opts: GenOptions): void {
  for (const d of corpus.docs) {
    const file = join(dir, d.path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, d.text);
    const meta = { source: d.source, published: d.published, title: d.title };
    writeFileSync(file.replace(/\.txt$/, '.meta.json'), JSON.stringify(meta) + '\n');
  }
  const tsv = ['# source\tderived\tlabel', ...corpus.pairs.map((p) => `${p.source}\t${p.derived}\t${p.label}`)];
  writeFileSync(join(dir, 'pairs.tsv'), tsv.join('\n') + '\n');
  const spans = corpus.pairs.flatMap((p, i) =>
    p.cases.map((c) => JSON.stringify({ pair: i, source: c.source, derived: c.derived, edits: c.edits })));
  writeFileSync(join(dir, 'spans.jsonl'), spans.length ? spans.join('\n') + '\n' : '');
  const labels: Record<string, number> = {};
  for (const p of corpus.pairs) labels[p.label] = (labels[p.label] ?? 0) + 1;
  const meta = { generator: 'wiretrace gen-reuse', flavour: corpus.flavour, seed: opts.seed, n: opts.n, balance: opts.balance, pairs: corpus.pairs.length, cases: spans.length, labels };
  writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
}

/** Default sizes: enough for stable numbers, small enough to evaluate in seconds. */
const DEFAULT_N: Record<Flavour, number> = { meter: 120, pan: 60, edited: 150, graded: 40 };

function cli(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      flavour: { type: 'string', default: 'all' },
      seed: { type: 'string', default: '1' },
      n: { type: 'string' },
      balance: { type: 'string', default: 'meter' },
      'no-wrap': { type: 'boolean', default: false },
    },
  });
  if (!values.out) {
    process.stderr.write('usage: gen-reuse --out DIR [--flavour meter|pan|edited|graded|all] [--seed S] [--n N] [--balance meter|even] [--no-wrap]\n');
    process.exitCode = 2;
    return;
  }
  const flavours = values.flavour === 'all' ? FLAVOURS : [values.flavour as Flavour];
  for (const f of flavours) {
    if (!FLAVOURS.includes(f)) {
      process.stderr.write(`gen-reuse: unknown flavour '${f}' (one of ${FLAVOURS.join(', ')}, all)\n`);
      process.exitCode = 2;
      return;
    }
    const opts: GenOptions = {
      seed: values.seed!,
      n: values.n ? Number(values.n) : DEFAULT_N[f],
      balance: values.balance === 'even' ? 'even' : 'meter',
      wrap: !values['no-wrap'],
    };
    const dir = values.flavour === 'all' ? join(values.out, f) : values.out;
    mkdirSync(dir, { recursive: true });
    const corpus = generate(f, opts);
    writeCorpus(corpus, dir, opts);
    process.stderr.write(`gen-reuse: ${f}: ${corpus.pairs.length} pairs, ${corpus.docs.length} documents → ${dir}\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) cli(process.argv.slice(2));
