/**
 * A deterministic generator of news-like articles for archive tests and benchmarks: made-up
 * words in sentences and paragraphs, several sources, and a share of articles that reuse
 * earlier ones (a few paragraphs, or the whole text with a new first line), so `check`
 * has something to find. Not a model of real news; the perf helper's corpus generator
 * is richer.
 *
 *   node dist/scripts/gen-articles.js OUT_DIR N [SEED]   writes OUT_DIR/<source>/<n>.txt
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article } from '../src/types.js';
import { mulberry32 } from './lib/mulberry32.js';

/** A generated article and, when it reuses one, which. */
export interface GeneratedArticle {
  readonly id: string;
  readonly source: string;
  readonly published: string;
  readonly title: string;
  readonly text: string;
  /** Index of the earlier article it reuses, and how. */
  readonly reuses: { readonly from: number; readonly how: 'partial' | 'whole' } | null;
}

/** Options of the generator. */
export interface GeneratorOptions {
  readonly seed?: number;
  readonly sources?: number;
  /** Share of articles that copy a few paragraphs of an earlier one. */
  readonly partialShare?: number;
  /** Share of articles that copy an earlier one whole. */
  readonly wholeShare?: number;
  /** Paragraphs per article (min, max). */
  readonly paragraphs?: readonly [number, number];
}

/** The shared seeded PRNG (mulberry32). */
export const prng = mulberry32;

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 've', 'bi', 'da', 'fe', 'go', 'hu', 'ja', 'pe', 'qui', 'ra', 'si', 'tu', 'zo', 'an', 'el', 'or', 'ix', 'um'];

function vocabulary(random: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 1 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

/** Generates `n` articles, the same ones for the same `n` and options. */
export function generateArticles(n: number, options: GeneratorOptions = {}): GeneratedArticle[] {
  const random = prng(options.seed ?? 1);
  const words = vocabulary(random, 6000);
  // Zipf-like: squaring a uniform draw favours the front of the vocabulary.
  const word = (): string => words[Math.floor(random() * random() * words.length)]!;
  const sentence = (): string => {
    const len = 8 + Math.floor(random() * 18);
    const ws = Array.from({ length: len }, word);
    ws[0] = ws[0]!.charAt(0).toUpperCase() + ws[0]!.slice(1);
    return `${ws.join(' ')}.`;
  };
  const paragraph = (): string => Array.from({ length: 2 + Math.floor(random() * 3) }, sentence).join(' ');
  const sources = Array.from({ length: options.sources ?? 12 }, (_, i) => `source-${String(i + 1).padStart(2, '0')}`);
  const [pMin, pMax] = options.paragraphs ?? [4, 8];
  const partial = options.partialShare ?? 0.2;
  const whole = options.wholeShare ?? 0.03;
  const start = Date.UTC(2024, 0, 1);
  const out: GeneratedArticle[] = [];
  const paras: string[][] = [];
  for (let i = 0; i < n; i++) {
    const source = sources[Math.floor(random() * sources.length)]!;
    const r = random();
    const from = i > 0 ? Math.floor(random() * i) : -1;
    let body: string[];
    let reuses: GeneratedArticle['reuses'] = null;
    if (from >= 0 && r < whole) {
      body = [paragraph(), ...paras[from]!];
      reuses = { from, how: 'whole' };
    } else {
      body = Array.from({ length: pMin + Math.floor(random() * (pMax - pMin + 1)) }, paragraph);
      if (from >= 0 && r < whole + partial) {
        const src = paras[from]!;
        const k = Math.min(src.length, 2 + Math.floor(random() * 2));
        const at = Math.floor(random() * (src.length - k + 1));
        body.splice(1, 0, ...src.slice(at, at + k));
        reuses = { from, how: 'partial' };
      }
    }
    paras.push(body);
    const title = sentence().slice(0, -1);
    out.push({
      id: `${source}/${String(i).padStart(6, '0')}.txt`,
      source,
      published: new Date(start + i * 60_000).toISOString(),
      title,
      text: `${title}\n\n${body.join('\n\n')}\n`,
      reuses,
    });
  }
  return out;
}

/** A generated article as ingest would read it (for library-level tests and benchmarks). */
export function toArticle(g: GeneratedArticle, root = 'gen'): Article {
  return {
    id: g.id,
    path: path.join(root, g.id),
    format: 'txt',
    encoding: 'utf-8',
    text: g.text,
    textOrigin: 'read',
    meta: { source: g.source, title: g.title, published: g.published, url: null },
    frontMatter: null,
  };
}

/** Writes articles as `<dir>/<source>/<n>.txt`. */
export function writeArticles(dir: string, articles: readonly GeneratedArticle[]): void {
  for (const a of articles) {
    const file = path.join(dir, a.id);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, a.text);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, count, seed] = process.argv.slice(2);
  if (!dir || !count) {
    process.stderr.write('usage: node dist/scripts/gen-articles.js OUT_DIR N [SEED]\n');
    process.exitCode = 2;
  } else {
    writeArticles(dir, generateArticles(Number(count), { seed: Number(seed ?? 1) }));
  }
}
