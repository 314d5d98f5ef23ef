/**
 * Development aid (not part of npm test): per-page errors of the plain-text or HTML path,
 * held out (two-fold: each half stripped by a model trained on the other half). Prints the
 * worst pages first, each with the gold lines it lost and the boilerplate lines it kept.
 *
 *   node dist/scripts/boilerplate-errors.js [--html] [--top N] [--page ID-PREFIX]
 */
import { goldLabeller, halves, loadPages, score, type Page } from './boilerplate-bench.js';
import { PLAIN_BODY_BIAS, PLAIN_TRAIN, benchmarkDocs, htmlDocs, htmlPages, pageArticle, predict, predictHtml, syntheticDocs, train, type Trained } from './boilerplate-train-lib.js';
import { classifyText } from '../src/clean/classify.js';
import { cleanArticle } from '../src/clean/index.js';

const HTML = process.argv.includes('--html');
const topAt = process.argv.indexOf('--top');
const TOP = topAt > 0 ? Number(process.argv[topAt + 1]) : 20;
const pageAt = process.argv.indexOf('--page');
/** With --page ID: every line of that page with its held-out verdict and reason. */
const PAGE = pageAt > 0 ? process.argv[pageAt + 1]! : '';

async function main(): Promise<void> {
  const pages = loadPages();
  const [a, b] = halves(pages);
  const pred = new Map<string, string>();
  const inputs = new Map<string, string>();
  for (const [trainSet, testSet] of [[a, b], [b, a]] as const) {
    if (HTML) {
      const m = train(htmlDocs(htmlPages(trainSet)), { bodyWeight: 2, exclude: ['shapeRun'] });
      const hp = htmlPages(testSet);
      for (const [k, v] of predictHtml(hp, m)) pred.set(k, v);
      for (const p of hp) inputs.set(p.id, p.text);
    } else {
      const m = train([...benchmarkDocs(trainSet), ...syntheticDocs(trainSet)], PLAIN_TRAIN);
      const model = { ...m, transitions: { ...m.transitions, bodyBias: PLAIN_BODY_BIAS } };
      for (const [k, v] of predict(testSet, model)) pred.set(k, v);
      for (const p of testSet) inputs.set(p.id, p.input);
      const page = PAGE ? testSet.find((p) => p.id.startsWith(PAGE)) : undefined;
      if (page) showPage(page, model);
    }
  }
  const gold = new Map(pages.map((p: Page) => [p.id, p.gold]));
  const s = await score(gold, pred);
  console.log(`held-out F1=${s.f1.toFixed(4)} P=${s.precision.toFixed(4)} R=${s.recall.toFixed(4)}`);
  const worst = [...s.pages].sort((x, y) => x.f1 - y.f1).slice(0, TOP);
  for (const w of worst) {
    const isGold = goldLabeller(gold.get(w.id)!);
    const kept = new Set(pred.get(w.id)!.split('\n').map((l) => l.trim()));
    console.log(`\n=== ${w.id.slice(0, 12)} F1=${w.f1.toFixed(3)} P=${w.p.toFixed(3)} R=${w.r.toFixed(3)}`);
    const lines = inputs.get(w.id)!.split(/\r\n|\r|\n/);
    lines.forEach((line, i) => {
      const t = line.trim();
      if (!t) return;
      const g = isGold(t);
      const k = kept.has(t);
      if (g !== k) console.log(`  ${g ? 'LOST' : 'KEPT'} ${String(i).padStart(4)} ${t.slice(0, 150)}`);
    });
  }
}

/** Prints every line of `page` with the verdict of `model` (held out) and whether gold holds it. */
function showPage(page: Page, model: Trained): void {
  const article = pageArticle(page.id, page.input);
  const a = classifyText(page.input, 0, null, null, { weights: model.weights, transitions: model.transitions });
  const clean = cleanArticle(article, null, { weights: model.weights, transitions: model.transitions });
  const kept = new Set(clean.body.map((s) => s.start));
  const isGold = goldLabeller(page.gold);
  console.log(`zone ${a.zone.start}-${a.zone.end}`);
  a.units.forEach((u, i) => {
    const line = a.lines[u.first]!;
    const v = a.verdicts[i]!;
    console.log(`${String(i).padStart(4)} ${isGold(u.text) ? 'G' : '.'}${kept.has(line.start) ? 'K' : '.'} p=${a.p[i]!.toFixed(2)} s=${a.states[i]} ${v.role.padEnd(8)} ${u.text.slice(0, 90)} | ${v.reason.slice(0, 70)}`);
  });
}

await main();
