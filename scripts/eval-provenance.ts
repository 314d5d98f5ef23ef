/**
 * Evaluates direction and credit on a generated corpus with known provenance (a different
 * seed from the one the weights were fitted on).
 *
 *   npm run eval:provenance -- [--seed 7] [--stories 400] [--write DIR]
 *
 * Prints direction accuracy where the verdict is not null, the null rate, a calibration
 * (reliability) table, and credit accuracy. Sibling pairs (two copies of one source, where
 * neither took from the other) have no true direction and are reported apart.
 * Pairs are judged as `scan` judges them (each pair, then again with each publisher's
 * history for pairs not decided by time); `--pair-only` judges each pair alone, as `compare` does.
 * `--write DIR` also writes the corpus as files (with `DIR.truth.json`) for end-to-end runs.
 */
import { assessPair, buildProvenanceContext, detectCredit, inferDirection, refineProvenance } from '../src/provenance/index.js';
import type { DocumentSummary, Pair } from '../src/types.js';
import { generateCorpus, writeCorpus } from './provenance-corpus.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

const seed = Number(arg('seed', '7'));
const stories = Number(arg('stories', '400'));
const started = performance.now();
const corpus = generateCorpus(seed, stories);
const out = arg('write', '');
if (out) writeCorpus(corpus, out);
const full = buildProvenanceContext(corpus.textDocs, corpus.pairs.map((p) => ({ a: { id: p.a.article.id }, b: { id: p.b.article.id } }) as never), { wordCounts: false });
// As a scan judges: publisher history from metadata times (refineProvenance), no corpus word counts.
// `--pair-only`: judge each pair alone, as `compare` does.
const context = process.argv.includes('--pair-only') ? {} : full;

const bins = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001];
const table = bins.slice(0, -1).map((lo, i) => ({ lo, hi: bins[i + 1]!, n: 0, right: 0, conf: 0 }));
let directed = 0;
let decided = 0;
let right = 0;
let siblings = 0;
let siblingDecided = 0;
let creditN = 0;
let creditRight = 0;
let creditTP = 0;
let creditFP = 0;
let creditFN = 0;
for (const pair of corpus.pairs) {
  const noThreshold = inferDirection(pair.a, pair.b, pair.passages, context, { minConfidence: 0 });
  const verdict = inferDirection(pair.a, pair.b, pair.passages, context);
  if (!pair.trueSource) {
    siblings++;
    if (verdict) siblingDecided++;
    continue;
  }
  directed++;
  if (noThreshold) {
    const ok = noThreshold.source === pair.trueSource;
    const bin = table.find((b) => noThreshold.confidence >= b.lo && noThreshold.confidence < b.hi)!;
    bin.n++;
    bin.conf += noThreshold.confidence;
    if (ok) bin.right++;
  }
  if (verdict) {
    decided++;
    if (verdict.source === pair.trueSource) right++;
  }
  const [copy, source] = pair.trueSource === pair.a.article.id ? [pair.b, pair.a] : [pair.a, pair.b];
  const credit = detectCredit(copy, source);
  creditN++;
  const said = credit?.credited ?? false;
  if (said === pair.trueCredited) creditRight++;
  if (said && pair.trueCredited) creditTP++;
  if (said && !pair.trueCredited) creditFP++;
  if (!said && pair.trueCredited) creditFN++;
}
// The scan's own path on the same pairs: each pair judged alone (as comparePair does), then
// `refineProvenance` with the corpus in view. Its verdicts must equal the loop's above.
const pipelineStarted = performance.now();
const alone: Pair[] = corpus.pairs.map((p) => ({
  a: { id: p.a.article.id, coverage: 0, derivation: 'partially' },
  b: { id: p.b.article.id, coverage: 0, derivation: 'partially' },
  passages: p.passages,
  ...assessPair(p.a, p.b, p),
}));
const documents: DocumentSummary[] = corpus.docs.map((d) => ({ id: d.id, source: d.source, title: null, published: d.published, chars: d.text.length, boilerplate: [] }));
const applied = process.argv.includes('--pair-only') ? alone : refineProvenance(documents, alone, corpus.textDocs);
const pipelineSeconds = (performance.now() - pipelineStarted) / 1000;
let agree = 0;
let creditPipelineRight = 0;
let creditPipelineN = 0;
applied.forEach((p, i) => {
  const truth = corpus.pairs[i]!;
  const loop = inferDirection(truth.a, truth.b, truth.passages, context);
  if ((loop?.source ?? null) === (p.direction?.source ?? null) && (loop?.confidence ?? null) === (p.direction?.confidence ?? null)) agree++;
  if (!truth.trueSource || !p.direction) return;
  creditPipelineN++;
  if ((p.credit?.credited ?? false) === (p.direction.source === truth.trueSource ? truth.trueCredited : false)) creditPipelineRight++;
});

const pct = (x: number, n: number): string => (n === 0 ? 'n/a' : `${((100 * x) / n).toFixed(1)}%`);
console.log(`generated corpus: seed ${seed}, ${stories} stories, ${corpus.docs.length} documents, ${corpus.pairs.length} pairs (${directed} with a true direction, ${siblings} sibling pairs)`);
console.log(`direction accuracy (non-null): ${pct(right, decided)}  (${right}/${decided})`);
console.log(`null rate:                     ${pct(directed - decided, directed)}  (${directed - decided}/${directed})`);
console.log(`sibling pairs given a direction: ${pct(siblingDecided, siblings)} (no true direction; shown for information)`);
console.log('calibration (all directed pairs, before the null threshold):');
console.log('  confidence    pairs   mean conf   right');
for (const b of table) {
  console.log(`  ${b.lo.toFixed(2)}–${Math.min(1, b.hi).toFixed(2)}  ${String(b.n).padStart(7)}   ${b.n ? (b.conf / b.n).toFixed(3) : '  -  '}     ${pct(b.right, b.n)}`);
}
console.log(`credit accuracy (true copy vs true source): ${pct(creditRight, creditN)}  (${creditRight}/${creditN}; ${creditTP} credited found, ${creditFP} false credits, ${creditFN} missed)`);
console.log(`credit accuracy (via the inferred direction, non-null): ${pct(creditPipelineRight, creditPipelineN)}  (${creditPipelineRight}/${creditPipelineN})`);
console.log(`scan path (pair alone, then refineProvenance) agrees with the above on ${agree}/${applied.length} pairs`);
console.log(`speed: ${(applied.length / pipelineSeconds).toFixed(0)} pairs/s through the scan path (direction + credit, texts in memory); total ${((performance.now() - started) / 1000).toFixed(1)} s`);
