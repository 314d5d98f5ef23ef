/**
 * Training of the line model: examples from the benchmark (line labels derived from input
 * vs gold) plus labelled synthetic pages (hard-wrapped plain texts, news pages with known
 * furniture), logistic regression by full-batch Adam with L2, and transition counts for
 * the Viterbi smoothing.
 */
import { classifyText } from '../src/clean/classify.js';
import { FEATURE_NAMES } from '../src/clean/model-features.js';
import { STATES, statesFromLabels, type Transitions } from '../src/clean/model.js';
import { cleanArticle, stripArticle } from '../src/clean/index.js';
import type { Article, HtmlHint } from '../src/types.js';
import { extractHtml } from '../src/ingest/html-extract.js';
import { isReadabilityText } from '../src/clean/html-hints.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { benchmarkDir } from './boilerplate-bench.js';
import { goldLabeller, type Page } from './boilerplate-bench.js';
import { mulberry32 } from './lib/mulberry32.js';

/** Labelled units of one document: features (flat) and labels. */
export interface LabelledDoc {
  readonly x: Float64Array;
  readonly y: Uint8Array;
  /** Words per unit (for weighting examples as the benchmark weighs errors). */
  readonly words: Float64Array;
}

const K = FEATURE_NAMES.length;

/** Units of `text` with labels from `isBody(lineText)` (a unit is body when most of its lines are). */
export function labelDoc(text: string, isBody: (line: string) => boolean, hints?: readonly HtmlHint[]): LabelledDoc {
  const a = classifyText(text, 0, null, null, hints ? { hints } : {});
  const y = new Uint8Array(a.units.length);
  const words = Float64Array.from(a.feats, (f) => f.words);
  a.units.forEach((u, i) => {
    let body = 0;
    for (let l = u.first; l < u.end; l++) if (isBody(a.lines[l]!.text)) body++;
    y[i] = body * 2 > u.end - u.first ? 1 : 0;
  });
  return { x: a.x, y, words };
}

/** The shared seeded PRNG (mulberry32). */
export const rng = mulberry32;

function pick<T>(r: () => number, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)]!;
}

/** Wraps a paragraph at `width` characters. */
export function wrap(paragraph: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/)) {
    if (!word) continue;
    if (line.length > 0 && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

const NAV = ['Home', 'News', 'Politics', 'World', 'Business', 'Sport', 'Opinion', 'Culture', 'Video', 'Podcasts', 'Menu', 'Search', 'UK', 'US', 'Tech', 'Science', 'Health', 'Travel', 'Login', 'Subscribe'];
const WIDGETS = ['Listen to this article', 'Loading audio...', 'Share this article', 'Advertisement', 'Please use Chrome browser for a more accessible video player', '1:24', 'Comments', 'Sign up to our newsletter', 'Image 1 of 4', 'Follow us'];
const MARKERS = ['More Latest News', 'Articles You May Like', 'Most read', 'Related stories', 'You may also like', 'Trending', 'More from this section', 'Recommended'];
const SITE_WORDS = ['Elsewhere', 'Picks', 'Herald', 'Gazette', 'Editors', 'Choice', 'Across', 'Network', 'Daily', 'Highlights', 'Spotlight', 'Weekend'];
const NAMES = ['Jane Smith', 'EJ Ward', 'Tom Brown', 'Aisha Khan', 'Paul Jones', 'Maria Garcia'];

/** Labelled synthetic documents built from the gold bodies of `pages` (body) and their titles (teasers). */
export function syntheticDocs(pages: readonly Page[], seed = 7): LabelledDoc[] {
  const r = rng(seed);
  const titles = pages.map((p) => p.input.split('\n')[0]!.trim()).filter((t) => t.length > 10 && t.length < 140);
  const docs: LabelledDoc[] = [];
  for (const page of pages) {
    const paras = page.gold.split('\n').map((p) => p.trim()).filter((p) => p.length > 0);
    if (paras.length === 0) continue;
    // 1. A hard-wrapped plain text (Gutenberg / PAN-like): every paragraph line is body.
    {
      const width = 60 + Math.floor(r() * 19);
      const lines: Array<[string, boolean]> = [];
      if (r() < 0.5) lines.push([pick(r, titles), false], ['', false]);
      const blank = r() < 0.7;
      for (const p of paras) {
        for (const l of wrap(p, width)) lines.push([l, true]);
        if (blank) lines.push(['', false]);
      }
      docs.push(labelled(lines));
    }
    // 2. A news page with known furniture around the same body.
    {
      const lines: Array<[string, boolean]> = [];
      const nav = Math.floor(r() * 6);
      for (let i = 0; i < nav; i++) lines.push([pick(r, NAV), false]);
      lines.push([pick(r, titles), false]);
      if (r() < 0.6) lines.push([`By ${pick(r, NAMES)}`, false]);
      if (r() < 0.5) lines.push([`${1 + Math.floor(r() * 28)} June 2023, 0${Math.floor(r() * 9)}:${10 + Math.floor(r() * 49)}`, false]);
      paras.forEach((p, i) => {
        lines.push([p, true]);
        const roll = r();
        if (i + 1 < paras.length && roll < 0.08) lines.push([pick(r, WIDGETS), false]);
        else if (i + 1 < paras.length && roll < 0.14) lines.push([`Read more: ${pick(r, titles)}`, false]);
        else if (i + 1 < paras.length && roll < 0.18) lines.push([pick(r, titles).split(' ').slice(0, 6).join(' '), false]);
      });
      const tail = r();
      if (tail < 0.8) {
        // A known tail marker, one the cue table does not know, or none at all.
        if (tail < 0.35) lines.push([pick(r, MARKERS), false]);
        else if (tail < 0.65) lines.push([`${pick(r, SITE_WORDS)} ${pick(r, SITE_WORDS)}`, false]);
        const teasers = 3 + Math.floor(r() * 15);
        for (let i = 0; i < teasers; i++) lines.push([pick(r, titles), false]);
      }
      const blank = r() < 0.5;
      docs.push(labelled(blank ? lines.flatMap((l) => [l, ['', false] as [string, boolean]]) : lines));
    }
  }
  return docs;
}

function labelled(lines: ReadonlyArray<[string, boolean]>): LabelledDoc {
  const text = lines.map(([l]) => l).join('\n');
  const body = new Set(lines.filter(([, b]) => b).map(([l]) => l.trim()));
  return labelDoc(text, (line) => body.has(line.trim()));
}

/** Benchmark pages as labelled documents. */
export function benchmarkDocs(pages: readonly Page[]): LabelledDoc[] {
  return pages.map((p) => labelDoc(p.input, goldLabeller(p.gold)));
}

/** Training settings. */
export interface TrainOptions {
  /** Weight of body examples relative to boilerplate (body recall matters more than precision). */
  readonly bodyWeight?: number;
  /** L2 penalty per weight, relative to the example count. */
  readonly l2?: number;
  readonly iterations?: number;
  /** Longest run of non-body units between body units that counts as a `gap` (longer: `post`). Units. */
  readonly maxGap?: number;
  /**
   * How examples weigh: `line` (each unit alike), or `page` (each unit by its words over the
   * page's body words, capped: the benchmark scores every page alike, by word shingles
   * relative to the body's size, so a 300-line comment section should not outweigh a page).
   */
  readonly weighting?: 'line' | 'page';
  /** Features this model leaves out (their weight stays 0). */
  readonly exclude?: readonly string[];
}

/**
 * The plain-text model's training, shared by train-boilerplate and eval-boilerplate's
 * cross-validation. Page weighting raised two-fold held-out F1 from 0.918 / 0.914 to
 * 0.929 / 0.919 (precision up, recall down); the positive body bias then buys recall back.
 */
export const PLAIN_TRAIN: TrainOptions = { weighting: 'page' };
/** Body-emission bias of the plain model: the best mean held-out F1 of 0, 0.15, 0.3 (0.924, 0.925, 0.926), and the most recall. */
export const PLAIN_BODY_BIAS = 0.3;

/** A trained model. */
export interface Trained {
  readonly weights: Float64Array;
  readonly transitions: Transitions;
}

/** Trains logistic regression (Adam, full batch) and counts transitions. */
export function train(docs: readonly LabelledDoc[], options: TrainOptions = {}): Trained {
  const bodyWeight = options.bodyWeight ?? 1.5;
  const l2 = options.l2 ?? 1e-3;
  const iterations = options.iterations ?? Number(process.env.TRAIN_ITER ?? 1500);
  const rows: number[] = [];
  let n = 0;
  for (const d of docs) n += d.y.length;
  const X = new Float64Array(n * K);
  const Y = new Float64Array(n);
  const W = new Float64Array(n);
  let at = 0;
  const weighting = options.weighting ?? 'line';
  for (const d of docs) {
    X.set(d.x, at * K);
    let bodyWords = 0;
    for (let i = 0; i < d.y.length; i++) if (d.y[i]) bodyWords += d.words[i]!;
    // Page weighting: a page's units weigh as much in total as an average page's lines (scale is irrelevant to Adam, kept for L2).
    const scale = d.y.length / Math.max(bodyWords, 50);
    for (let i = 0; i < d.y.length; i++) {
      Y[at + i] = d.y[i]!;
      const base = weighting === 'page' ? Math.max(1, d.words[i]!) * scale : 1;
      W[at + i] = (d.y[i] ? bodyWeight : 1) * base;
    }
    at += d.y.length;
  }
  void rows;
  let wsum = 0;
  for (let i = 0; i < n; i++) wsum += W[i]!;
  const w = new Float64Array(K);
  const m = new Float64Array(K);
  const v = new Float64Array(K);
  const g = new Float64Array(K);
  const lr = 0.05;
  const excluded = new Set(options.exclude ?? []);
  const frozen = Uint8Array.from(FEATURE_NAMES, (name) => (excluded.has(name) ? 1 : 0));
  for (let it = 1; it <= iterations; it++) {
    g.fill(0);
    for (let i = 0; i < n; i++) {
      const o = i * K;
      let z = 0;
      for (let j = 0; j < K; j++) z += X[o + j]! * w[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - Y[i]!) * W[i]!;
      for (let j = 0; j < K; j++) g[j] += err * X[o + j]!;
    }
    for (let j = 0; j < K; j++) {
      if (frozen[j]) continue;
      const grad = g[j]! / wsum + (j === 0 ? 0 : l2 * w[j]!);
      m[j] = 0.9 * m[j]! + 0.1 * grad;
      v[j] = 0.999 * v[j]! + 0.001 * grad * grad;
      const mh = m[j]! / (1 - 0.9 ** it);
      const vh = v[j]! / (1 - 0.999 ** it);
      w[j] -= (lr * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  // Transitions between the HMM states of consecutive units, add-one smoothed.
  const S = STATES.length;
  const counts = Array.from({ length: S }, () => new Array<number>(S).fill(1));
  const starts = new Array<number>(S).fill(1);
  for (const d of docs) {
    const st = statesFromLabels(d.y, options.maxGap ?? 3);
    if (st.length > 0) starts[st[0]!]! += 1;
    for (let i = 1; i < st.length; i++) counts[st[i - 1]!]![st[i]!]! += 1;
  }
  const startSum = starts.reduce((a, b) => a + b, 0);
  const transitions: Transitions = {
    start: starts.map((c) => Math.log(c / startSum)),
    matrix: counts.map((row) => {
      const sum = row.reduce((a, b) => a + b, 0);
      return row.map((c) => Math.log(c / sum));
    }),
  };
  return { weights: w, transitions };
}

/** A plain-text article for a benchmark page. */
export function pageArticle(id: string, text: string): Article {
  return { id, path: id, format: 'txt', encoding: 'utf-8', text, textOrigin: 'read', meta: { source: null, title: null, published: null, url: null }, frontMatter: null };
}

/** Strips every page with the given model; id → body. */
export function predict(pages: readonly Page[], model?: Trained): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of pages) {
    const article = pageArticle(p.id, p.input);
    const clean = cleanArticle(article, null, model ? { weights: model.weights, transitions: model.transitions } : {});
    out.set(p.id, stripArticle(article, clean).body);
  }
  return out;
}

/** A benchmark page's HTML, extracted as ingest does (Readability, or the whole page). */
export interface HtmlPage {
  readonly id: string;
  readonly gold: string;
  readonly text: string;
  readonly hints: readonly HtmlHint[];
}

/** Extracts every page's HTML (cached per process: Readability is the slow part). */
export function htmlPages(pages: readonly Page[]): HtmlPage[] {
  return pages.map((p) => {
    let hit = HTML_CACHE.get(p.id);
    if (!hit) {
      const html = gunzipSync(readFileSync(path.join(benchmarkDir(), 'html', `${p.id}.html.gz`))).toString('utf8');
      const e = extractHtml(html, p.id);
      hit = { id: p.id, gold: p.gold, text: e.text, hints: e.hints };
      HTML_CACHE.set(p.id, hit);
    }
    return hit;
  });
}
const HTML_CACHE = new Map<string, HtmlPage>();

/** Labelled documents from the pages where Readability chose the article (the HTML model's data). */
export function htmlDocs(pages: readonly HtmlPage[]): LabelledDoc[] {
  return pages.filter((p) => isReadabilityText(p.hints)).map((p) => labelDoc(p.text, goldLabeller(p.gold), p.hints));
}

/** Strips every extracted page with the given HTML model (plain model for whole-page fallbacks); id → body. */
export function predictHtml(pages: readonly HtmlPage[], model?: Trained): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of pages) {
    const article: Article = { ...pageArticle(p.id, p.text), format: 'html', textOrigin: 'extracted', htmlHints: p.hints };
    const options = model && isReadabilityText(p.hints) ? { weights: model.weights, transitions: model.transitions } : {};
    out.set(p.id, stripArticle(article, cleanArticle(article, null, options)).body);
  }
  return out;
}
