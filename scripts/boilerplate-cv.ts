/**
 * Development aid (not part of npm test): repeated k-fold cross-validation of the
 * plain-text model on the boilerplate benchmark, for comparing changes with less noise than
 * one two-fold split (one page is about 0.01 of a 48-page half's F1).
 *
 *   node dist/scripts/boilerplate-cv.js [--folds K] [--repeats R] [--html]
 * Prints the pooled held-out P/R/F1 of every repeat and their mean.
 */
import { loadPages, score, type Page } from './boilerplate-bench.js';
import { PLAIN_BODY_BIAS, PLAIN_TRAIN, benchmarkDocs, htmlDocs, htmlPages, predict, predictHtml, syntheticDocs, train } from './boilerplate-train-lib.js';
import { mulberry32 } from './lib/mulberry32.js';

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

const FOLDS = arg('--folds', 4);
const REPEATS = arg('--repeats', 2);
const HTML = process.argv.includes('--html');

async function main(): Promise<void> {
  const pages = loadPages();
  const gold = new Map(pages.map((p) => [p.id, p.gold]));
  const f1s: number[] = [];
  const ps: number[] = [];
  const rs: number[] = [];
  for (let rep = 0; rep < REPEATS; rep++) {
    const r = mulberry32(1000 + rep);
    const order = pages.map((p) => ({ p, k: r() })).sort((a, b) => a.k - b.k).map((x) => x.p);
    const pred = new Map<string, string>();
    for (let f = 0; f < FOLDS; f++) {
      const test: Page[] = order.filter((_, i) => i % FOLDS === f);
      const trainSet: Page[] = order.filter((_, i) => i % FOLDS !== f);
      if (HTML) {
        const m = train(htmlDocs(htmlPages(trainSet)), { bodyWeight: 2, exclude: ['shapeRun'] });
        for (const [k, v] of predictHtml(htmlPages(test), m)) pred.set(k, v);
      } else {
        const m = train([...benchmarkDocs(trainSet), ...syntheticDocs(trainSet)], PLAIN_TRAIN);
        const model = { ...m, transitions: { ...m.transitions, bodyBias: PLAIN_BODY_BIAS } };
        for (const [k, v] of predict(test, model)) pred.set(k, v);
      }
    }
    const s = await score(gold, pred);
    f1s.push(s.f1);
    ps.push(s.precision);
    rs.push(s.recall);
    console.log(`repeat ${rep + 1}: ${FOLDS}-fold held-out F1=${s.f1.toFixed(4)} P=${s.precision.toFixed(4)} R=${s.recall.toFixed(4)}`);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(`mean of ${REPEATS}: F1=${mean(f1s).toFixed(4)} P=${mean(ps).toFixed(4)} R=${mean(rs).toFixed(4)}`);
}

await main();
