/**
 * A generated corpus for per-publisher template learning: each source has its own nav
 * labels, widgets, promo prefix, footer and a rotating teaser tail after its own tail
 * marker (none of them in the generic cue table), around story bodies of generated prose.
 * Some wire paragraphs are syndicated: printed by several sources, in several stories each.
 * Every line is labelled `template`, `body` or `syndicated`.
 *
 * `node dist/scripts/gen-template-corpus.js OUT_DIR [stories-per-source] [seed]` writes
 * OUT_DIR/<source>/<n>.txt and OUT_DIR/labels.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/types.js';
import { rng } from './boilerplate-train-lib.js';

/** One generated story: its text and the label of each of its lines. */
export interface GeneratedStory {
  readonly article: Article;
  readonly labels: ReadonlyArray<'template' | 'body' | 'syndicated'>;
}

const SUBJECTS = ['The council', 'A spokesman for the trust', 'Residents', 'The minister', 'Police', 'The company', 'Campaigners', 'The report', 'Local businesses', 'The union', 'Officials', 'The chief executive'];
const VERBS = ['said', 'warned', 'confirmed', 'argued', 'announced', 'insisted', 'suggested', 'revealed'];
const CLAUSES = [
  'that the plan would be reviewed before the end of the year',
  'that funding for the scheme had been cut by a third since 2019',
  'that the works would cause delays on the main road for several weeks',
  'that more than two hundred families had been affected by the decision',
  'that a consultation would open to the public next month',
  'that the figures showed a sharp rise in complaints over the summer',
  'that talks with the government were continuing behind closed doors',
  'that the building had been empty since the fire two years ago',
  'that staff shortages were putting pressure on the remaining teams',
  'that the proposal had won the backing of most councillors',
];
const TAILS = ['on Tuesday', 'last week', 'in a statement', 'at a meeting in the town hall', 'after months of uncertainty', 'despite fierce opposition'];
const TOPICS = ['school', 'bypass', 'hospital', 'library', 'bus route', 'housing estate', 'market', 'bridge', 'park', 'stadium', 'factory', 'harbour'];
const PLACES = ['Kendal', 'Carlisle', 'Penrith', 'Keswick', 'Whitehaven', 'Barrow', 'Ulverston', 'Workington'];
const HEAD_VERBS = ['plan approved', 'row deepens', 'to close', 'saved', 'delayed again', 'reopens', 'under review', 'in crisis'];

function sentence(r: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(CLAUSES)} ${pick(TAILS)}.`;
}

function paragraph(r: () => number): string {
  const n = 1 + Math.floor(r() * 3);
  return Array.from({ length: n }, () => sentence(r)).join(' ');
}

function headline(r: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  return `${pick(PLACES)} ${pick(TOPICS)} ${pick(HEAD_VERBS)} as ${pick(SUBJECTS).toLowerCase()} ${pick(VERBS)} ${Math.floor(r() * 90) + 10} jobs at risk`;
}

interface SourceStyle {
  readonly name: string;
  readonly nav: readonly string[];
  readonly widgets: readonly string[];
  readonly promo: string;
  readonly marker: string;
  readonly footer: string;
}

const STYLES: readonly SourceStyle[] = [
  { name: 'herald', nav: ['Herald Home', 'Local', 'Cumbria Matters'], widgets: ['Get the Herald briefing in your inbox'], promo: 'MORE:', marker: 'Elsewhere in the Herald', footer: '© Herald Media Group 2024' },
  { name: 'gazette', nav: ['The Gazette', 'News', 'Westmorland'], widgets: ['Follow the Gazette on WhatsApp', 'Gazette Audio'], promo: 'Also on the Gazette:', marker: 'From across the Gazette', footer: 'Gazette Newspapers Ltd, registered in England' },
  { name: 'courier', nav: ['Courier', 'Latest'], widgets: ['Tap to hear this story'], promo: 'Don’t miss:', marker: 'Courier picks', footer: 'Courier Digital Edition' },
  { name: 'chronicle', nav: ['Chronicle', 'North West', 'Politics desk'], widgets: ['Chronicle Live ticker', 'Send us your pictures'], promo: 'PICKED FOR YOU:', marker: 'Chronicle recommends', footer: 'The Chronicle is a member of IPSO' },
];

/** Generates `perSource` stories for each of the four sources. Deterministic by `seed`. */
export function generateTemplateCorpus(perSource = 20, seed = 1): GeneratedStory[] {
  const r = rng(seed);
  const wire = Array.from({ length: 8 }, () => `${sentence(r)} ${sentence(r)}`);
  const stories: GeneratedStory[] = [];
  for (const style of STYLES) {
    const teaserPool = Array.from({ length: 40 }, () => headline(r));
    for (let n = 0; n < perSource; n++) {
      const lines: Array<[string, 'template' | 'body' | 'syndicated']> = [];
      for (const nav of style.nav) lines.push([nav, 'template']);
      lines.push([headline(r), 'template']);
      const paras = 5 + Math.floor(r() * 6);
      const syndicated = new Set<number>();
      if (r() < 0.5) syndicated.add(Math.floor(r() * paras));
      for (let p = 0; p < paras; p++) {
        if (syndicated.has(p)) lines.push([wire[Math.floor(r() * wire.length)]!, 'syndicated']);
        else lines.push([paragraph(r), 'body']);
        if (p === 1) for (const w of style.widgets) lines.push([w, 'template']);
        if (p === 3 && r() < 0.7) lines.push([`${style.promo} ${teaserPool[Math.floor(r() * teaserPool.length)]!}`, 'template']);
      }
      lines.push([style.marker, 'template']);
      const teasers = 6 + Math.floor(r() * 5);
      for (let t = 0; t < teasers; t++) lines.push([teaserPool[Math.floor(r() * teaserPool.length)]!, 'template']);
      lines.push([style.footer, 'template']);
      const id = `${style.name}/${String(n).padStart(3, '0')}.txt`;
      const text = `${lines.map(([l]) => l).join('\n\n')}\n`;
      stories.push({
        article: { id, path: id, format: 'txt', encoding: 'utf-8', text, textOrigin: 'read', meta: { source: style.name, title: null, published: null, url: null }, frontMatter: null },
        labels: lines.map(([, label]) => label),
      });
    }
  }
  return stories;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const out = process.argv[2];
  if (!out) {
    process.stderr.write('usage: node dist/scripts/gen-template-corpus.js OUT_DIR [stories-per-source] [seed]\n');
    process.exit(2);
  }
  const stories = generateTemplateCorpus(Number(process.argv[3] ?? 20), Number(process.argv[4] ?? 1));
  for (const s of stories) {
    mkdirSync(path.join(out, path.dirname(s.article.id)), { recursive: true });
    writeFileSync(path.join(out, s.article.id), s.article.text);
  }
  writeFileSync(path.join(out, 'labels.json'), JSON.stringify(Object.fromEntries(stories.map((s) => [s.article.id, s.labels]))));
}
