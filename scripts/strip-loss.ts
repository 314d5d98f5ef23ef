/**
 * `node dist/scripts/strip-loss.js [--meter] [--pan] [--boilerplate] [--trafilatura] [--list N] [--kept]`:
 * how much true story text the plain-text stripper removes (issue 17), on the real dev
 * data, and per-page error categories on the boilerplate sets (default: all four).
 *
 * (a) METER dev, PA wire copy (`../shared/benchmarks/meter-dev/corpus/pa/`), cleaned as a
 *     `scan` of the whole METER corpus cleans it (templates learned from the input).
 *     PA prose is defined from the wire's own paragraph marks, independently of the stripper:
 *     a paragraph starts at a 0x19 control character (or at the first line after the header
 *     rule) and ends at a `<` at the end of a line. Furniture, not prose: everything up to and
 *     including the last header rule (`----` lines and the time/catchline line between them),
 *     a paragraph of 80%+ capital letters (the headline), a byline paragraph ("By …, PA News"), an
 *     editor's note in brackets ("(Pic later)", "(Corrected repetition …)"), an end/more
 *     marker (`end`, `ends`, `more`), advisories and embargo notes ("ADVISORY …",
 *     "NOT FOR PUBLICATION", "EMBARGOED …"). Every other paragraph is prose. Characters are
 *     counted without whitespace and without the paragraph marks (0x19, the closing `<`).
 *     A prose character is removed when it lies outside every body span. The lead is the
 *     first prose paragraph of a text; it is lost when more than half of it is removed.
 * (b) PAN dev (`../shared/benchmarks/pan13-dev/`), cleaned as `compare` cleans (no
 *     templates): the share of truth-case characters (susp `aligned.a` and src `aligned.b`
 *     spans of usable pairs, non-whitespace) outside every body span.
 * (c) boilerplate dev (96 pages, committed model, plain path): per-page error categories:
 *     "body dropped" (page recall < 0.9), "furniture kept" (page precision < 0.9).
 * (d) trafilatura-eval (599 pages, plain path, scored by its own score.mjs): per-page error
 *     categories: "body dropped" (a `with` snippet missing), "furniture kept" (a `without`
 *     snippet in the body), with the snippets.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article, Span } from '../src/types.js';
import { loadArticles } from '../src/ingest/index.js';
import { cleanArticle } from '../src/clean/index.js';
import { learnProfiles } from '../src/clean/profiles.js';
import { REPO_ROOT, formatScores, loadPages, score } from './boilerplate-bench.js';

const BENCH = path.resolve(REPO_ROOT, '../shared/benchmarks');
const args = process.argv.slice(2);
const all = !args.some((a) => a === '--meter' || a === '--pan' || a === '--boilerplate' || a === '--trafilatura');
const listAt = args.indexOf('--list');
const LIST = listAt >= 0 ? Number(args[listAt + 1]) : 10;
/** --kept: print each PA furniture paragraph the stripper kept. */
const SHOW_KEPT = args.includes('--kept');
/** A PA paragraph is a headline when at least this share of its letters are capitals. 0–1. */
const HEADLINE_CAPITALS = 0.8;
/** A lead is lost when more than this share of its characters is removed. 0–1. */
const LEAD_LOST_SHARE = 0.5;
/** A page's error category: below this page recall the body was dropped, below this precision furniture was kept. 0–1. */
const PAGE_ERROR_LEVEL = 0.9;

/** A boolean per code unit of `text`: inside a body span. */
function keptMask(text: string, body: readonly Span[]): Uint8Array {
  const m = new Uint8Array(text.length);
  for (const s of body) m.fill(1, s.start, s.end);
  return m;
}

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;

/** [all, removed] non-whitespace characters of `text[start, end)` (paragraph marks 0x19 and a line-final `<` not counted). */
function countSpan(text: string, kept: Uint8Array, start: number, end: number): [number, number] {
  let n = 0;
  let lost = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === 0x19) continue;
    if (c === 60 && (i + 1 === text.length || text.charCodeAt(i + 1) === 10 || text.charCodeAt(i + 1) === 13)) continue;
    n++;
    if (!kept[i]) lost++;
  }
  return [n, lost];
}

interface Para {
  readonly start: number;
  readonly end: number;
  readonly prose: boolean;
}

/** A PA headline: at least HEADLINE_CAPITALS of its letters are capitals ("DJ's DESCENT INTO HELLISH WORLD", "BA FINED #4m OVER"). */
function mostlyCapitals(t: string): boolean {
  const letters = t.replace(/[^A-Za-z]/g, '');
  const caps = letters.replace(/[^A-Z]/g, '').length;
  return letters.length > 0 && caps >= HEADLINE_CAPITALS * letters.length;
}

/** The paragraphs of a PA text after its header, with a prose/furniture verdict (see the module doc). */
export function paParagraphs(text: string): Para[] {
  // The header: up to the end of the last rule line among the first lines.
  let from = 0;
  const rule = /^[ \t]*-{20,}[ \t]*$/gm;
  for (let m = rule.exec(text); m; m = rule.exec(text)) {
    if (m.index > 2000) break;
    from = m.index + m[0].length;
  }
  const paras: Para[] = [];
  let start = from;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    // eslint-disable-next-line no-control-regex -- 0x19 is wire copy's paragraph mark
    const t = raw.replace(/\u0019/g, ' ').replace(/<\s*$/, '').replace(/\s+/g, ' ').trim();
    if (t.length > 0) {
      const headline = mostlyCapitals(t);
      const byline = /^By [^.]*(PA|Press Association)/.test(t) || (/^By /.test(t) && t.split(' ').length <= 12 && !/[.!?]$/.test(t));
      const note = t.startsWith('(') && t.endsWith(')');
      const marker = /^(end|ends|more|mores|END|ENDS|MORE|Ends|More)$/.test(t);
      const advisory = /ADVISORY|NOT FOR PUBLICATION|EMBARGO/i.test(t) && t.split(' ').length < 40;
      const lead = t.startsWith('(') && t.includes(')') ? t.slice(t.indexOf(')') + 1).trim() : t;
      const noteHeadline = lead !== t && mostlyCapitals(lead);
      paras.push({ start, end, prose: !(headline || byline || note || marker || advisory || noteHeadline) });
    }
    start = end;
  };
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x19) {
      push(i);
    } else if (c === 60) {
      let j = i + 1;
      while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
      if (j === text.length || text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13) push(i + 1);
    }
  }
  push(text.length);
  return paras;
}

async function meter(): Promise<void> {
  const corpus = path.join(BENCH, 'meter-dev/corpus');
  const { articles, skipped } = await loadArticles([corpus]);
  const profiles = learnProfiles(articles);
  const pa = articles.filter((a) => a.meta.source === 'pa');
  const paSkipped = skipped.filter((s) => s.path.includes(`${path.sep}pa${path.sep}`));
  let prose = 0;
  let lost = 0;
  let leads = 0;
  let leadsLost = 0;
  let furniture = 0;
  let furnitureKept = 0;
  const worst: { id: string; lost: number; n: number; lead: boolean; example: string }[] = [];
  for (const article of pa) {
    const text = article.text;
    const clean = cleanArticle(article, profiles);
    const kept = keptMask(text, clean.body);
    const paras = paParagraphs(text);
    let n = 0;
    let l = 0;
    let leadLost = false;
    let example = '';
    let first = true;
    for (const p of paras) {
      const [pn, pl] = countSpan(text, kept, p.start, p.end);
      if (!p.prose) {
        furniture += pn;
        furnitureKept += pn - pl;
        if (SHOW_KEPT && pn - pl > 0) console.log(`    furniture kept  ${article.id}: ${text.slice(p.start, p.end).replace(/\s+/g, ' ').slice(0, 90)}`);
        continue;
      }
      n += pn;
      l += pl;
      if (pl > 0 && !example) example = text.slice(p.start, p.end).replace(/\s+/g, ' ').slice(0, 90);
      if (first && pn > 0) {
        first = false;
        leads++;
        if (pl > LEAD_LOST_SHARE * pn) {
          leadLost = true;
          leadsLost++;
        }
      }
    }
    prose += n;
    lost += l;
    if (l > 0) worst.push({ id: article.id, lost: l, n, lead: leadLost, example });
  }
  const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(2)}%`;
  console.log(`METER dev, PA wire copy: ${pa.length} texts read, ${paSkipped.length} PA files skipped${paSkipped.length ? ` (${paSkipped.map((s) => `${path.basename(s.path)}: ${s.message}`).join('; ')})` : ''}`);
  console.log(`  PA prose removed: ${pct(lost, prose)} (${lost} of ${prose} characters); texts with any prose removed: ${worst.length}`);
  console.log(`  PA leads lost: ${pct(leadsLost, leads)} (${leadsLost} of ${leads} texts)`);
  console.log(`  PA furniture kept: ${pct(furnitureKept, furniture)} (${furnitureKept} of ${furniture} characters)`);
  worst.sort((a, b) => b.lost - a.lost || (a.id < b.id ? -1 : 1));
  for (const w of worst.slice(0, LIST)) console.log(`    body dropped  ${w.id}: ${w.lost}/${w.n} prose chars${w.lead ? ', lead lost' : ''}; first: ${w.example}`);
}

async function pan(): Promise<void> {
  const dir = path.join(BENCH, 'pan13-dev');
  const truth = JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8')) as {
    pairs: { susp: string; src: string; class: string; usable: boolean; cases: { aligned: { a: Span; b: Span } }[] }[];
  };
  const files = new Map<string, Span[]>();
  const add = (file: string, span: Span): void => {
    const list = files.get(file) ?? [];
    list.push(span);
    files.set(file, list);
  };
  for (const pair of truth.pairs) {
    if (!pair.usable) continue;
    for (const c of pair.cases) {
      add(path.join(dir, 'susp', pair.susp), c.aligned.a);
      add(path.join(dir, 'src', pair.src), c.aligned.b);
    }
  }
  let n = 0;
  let lost = 0;
  const worst: { file: string; lost: number; n: number; reason: string }[] = [];
  const { articles } = await loadArticles([...files.keys()].sort());
  const byPath = new Map<string, Article>();
  for (const a of articles) byPath.set(path.basename(a.id), a);
  for (const [file, spans] of [...files].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const article = byPath.get(path.basename(file));
    if (!article) {
      console.log(`    not read: ${file}`);
      continue;
    }
    const clean = cleanArticle(article, null);
    const kept = keptMask(article.text, clean.body);
    // Each character once, however many cases cover it.
    const cover = new Uint8Array(article.text.length);
    for (const s of spans) cover.fill(1, s.start, s.end);
    let fn = 0;
    let fl = 0;
    for (let i = 0; i < cover.length; i++) {
      if (!cover[i] || isSpace(article.text.charCodeAt(i))) continue;
      fn++;
      if (!kept[i]) fl++;
    }
    n += fn;
    lost += fl;
    if (fl > 0) {
      const r = clean.removed.find((x) => x.end > x.start && cover.subarray(x.start, x.end).includes(1));
      worst.push({ file: path.relative(dir, file), lost: fl, n: fn, reason: r ? `${r.role}: ${r.reason}` : '' });
    }
  }
  console.log(`PAN dev: ${files.size} texts with usable truth cases`);
  console.log(`  PAN truth chars removed: ${((100 * lost) / Math.max(1, n)).toFixed(2)}% (${lost} of ${n} characters); texts losing any: ${worst.length}`);
  worst.sort((a, b) => b.lost - a.lost || (a.file < b.file ? -1 : 1));
  for (const w of worst.slice(0, LIST)) console.log(`    body dropped  ${w.file}: ${w.lost}/${w.n}; e.g. ${w.reason.slice(0, 100)}`);
}

async function boilerplate(): Promise<void> {
  const pages = loadPages();
  const pred = new Map<string, string>();
  for (const page of pages) {
    const article: Article = { id: page.id, path: page.id, format: "text", encoding: "utf8", text: page.input, textOrigin: "read", meta: { source: null }, frontMatter: null } as unknown as Article;
    const clean = cleanArticle(article, null);
    pred.set(page.id, clean.body.map((s) => page.input.slice(s.start, s.end)).join('\n'));
  }
  const s = await score(new Map(pages.map((p) => [p.id, p.gold])), pred);
  console.log(`boilerplate dev (plain path, committed model, no templates): ${formatScores(s)}`);
  const dropped = s.pages.filter((p) => p.r < PAGE_ERROR_LEVEL);
  const kept = s.pages.filter((p) => p.p < PAGE_ERROR_LEVEL);
  console.log(`  pages with body dropped (R < ${PAGE_ERROR_LEVEL}): ${dropped.length}; with furniture kept (P < ${PAGE_ERROR_LEVEL}): ${kept.length}; both: ${dropped.filter((p) => p.p < PAGE_ERROR_LEVEL).length}`);
  const worst = [...s.pages].sort((a, b) => a.f1 - b.f1 || (a.id < b.id ? -1 : 1)).slice(0, LIST);
  for (const p of worst) {
    const cat = [p.r < PAGE_ERROR_LEVEL ? 'body dropped' : '', p.p < PAGE_ERROR_LEVEL ? 'furniture kept' : ''].filter(Boolean).join(' + ') || 'minor';
    console.log(`    ${cat.padEnd(28)} ${p.id}: F1=${p.f1.toFixed(3)} P=${p.p.toFixed(3)} R=${p.r.toFixed(3)}`);
  }
}

interface TrafPage {
  id: string;
  fn: number;
  fp: number;
  missedWith: string[];
  keptWithout: string[];
}

async function trafilatura(): Promise<void> {
  const dir = path.join(BENCH, 'trafilatura-eval');
  const scorer = (await import(pathToFileURL(path.join(dir, 'score.mjs')).href)) as {
    idFromName: (name: string) => string;
    scoreAll: (labels: unknown, pred: Map<string, string>) => { f1: number; precision: number; recall: number; fn: number; fp: number; pages: TrafPage[] };
  };
  const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as unknown;
  const { articles } = await loadArticles([path.join(dir, 'input')]);
  const pred = new Map<string, string>();
  for (const a of articles) {
    const clean = cleanArticle(a, null);
    pred.set(scorer.idFromName(a.id), clean.body.map((s) => a.text.slice(s.start, s.end)).join('\n'));
  }
  const r = scorer.scoreAll(labels, pred);
  console.log(`trafilatura-eval (plain path, no templates): F1=${r.f1.toFixed(4)} P=${r.precision.toFixed(4)} R=${r.recall.toFixed(4)} fn=${r.fn} fp=${r.fp} pages=${r.pages.length}`);
  const dropped = r.pages.filter((p) => p.fn > 0);
  const kept = r.pages.filter((p) => p.fp > 0);
  console.log(`  pages with body dropped (a 'with' snippet missing): ${dropped.length}; with furniture kept (a 'without' snippet kept): ${kept.length}; both: ${dropped.filter((p) => p.fp > 0).length}`);
  const worst = [...r.pages].filter((p) => p.fn + p.fp > 0).sort((a, b) => b.fn + b.fp - (a.fn + a.fp) || (a.id < b.id ? -1 : 1));
  for (const p of worst.slice(0, LIST)) {
    const cat = [p.fn > 0 ? 'body dropped' : '', p.fp > 0 ? 'furniture kept' : ''].filter(Boolean).join(' + ');
    const show = (xs: string[]) => xs.map((x) => JSON.stringify(x.slice(0, 40))).join(', ');
    console.log(`    ${cat.padEnd(28)} ${p.id.slice(0, 50)}: ${p.fn ? `missed ${show(p.missedWith)}` : ''}${p.fn && p.fp ? '; ' : ''}${p.fp ? `kept ${show(p.keptWithout)}` : ''}`);
  }
}

if (all || args.includes('--meter')) await meter();
if (all || args.includes('--pan')) await pan();
if (all || args.includes('--boilerplate')) await boilerplate();
if (all || args.includes('--trafilatura')) await trafilatura();
