/**
 * CPU cost of the align stage, measured in CPU time (a busy machine changes it little):
 * loads a corpus, cleans and analyses every article, finds the candidate pairs as a scan
 * does, then times, single-threaded,
 *   - `analyzeText` of the documents in candidate pairs (what an align task redoes),
 *   - the per-document sentence profiles (`sentenceProfiles`),
 *   - `comparePair` over every candidate pair once the profiles exist,
 * and prints a SHA-256 fingerprint of every pair's JSON, so two versions of the aligner can
 * be checked for byte-identical output on the same corpus.
 *
 *   node dist/scripts/bench/align-costs.js DIR [--repeat 2] [--pairs N] [--out FILE]
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { comparePair } from '../../src/provenance/index.js';
import { sentenceProfiles } from '../../src/align/sentence-profile.js';
import { CandidateIndex, selectAnchors } from '../../src/candidates/index.js';
import { cleanArticle, learnProfiles } from '../../src/clean/index.js';
import { loadArticles } from '../../src/ingest/index.js';
import { analyzeText } from '../../src/text/index.js';
import type { CleanDoc, TextDoc } from '../../src/types.js';

function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: align-costs DIR [--repeat N] [--pairs N] [--out FILE]');
  const repeat = Number(option('--repeat') ?? 2);
  const maxPairs = Number(option('--pairs') ?? Infinity);
  const out = option('--out');
  const articles = [...(await loadArticles([dir])).articles].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const profiles = learnProfiles(articles);
  const cleans: CleanDoc[] = articles.map((a) => cleanArticle(a, profiles));
  const index = new CandidateIndex();
  const sources = new Map<string, number>();
  articles.forEach((a, i) => {
    const docs = analyzeText(a, cleans[i]!);
    const source = a.meta.source;
    if (source !== null && !sources.has(source)) sources.set(source, sources.size);
    index.add(i, source === null ? -1 - i : sources.get(source)!, selectAnchors(docs));
  });
  const candidates = index.pairs().pairs.slice(0, maxPairs);
  const used = [...new Set(candidates.flatMap((c) => [c.a, c.b]))].sort((x, y) => x - y);
  process.stdout.write(`${articles.length} articles, ${candidates.length} candidate pairs over ${used.length} documents; CPU ms (best of ${repeat})\n`);
  let best = { analyse: Infinity, profiles: Infinity, compare: Infinity };
  let fingerprint = '';
  for (let r = 0; r < repeat; r++) {
    const docs = new Map<number, TextDoc>();
    const analyse = cpuMs(() => used.forEach((i) => docs.set(i, analyzeText(articles[i]!, cleans[i]!))));
    const prof = cpuMs(() => used.forEach((i) => sentenceProfiles(docs.get(i)!)));
    const lines: string[] = [];
    const compare = cpuMs(() => candidates.forEach((c) => lines.push(JSON.stringify(comparePair(docs.get(c.a)!, docs.get(c.b)!)))));
    best = { analyse: Math.min(best.analyse, analyse), profiles: Math.min(best.profiles, prof), compare: Math.min(best.compare, compare) };
    const hash = createHash('sha256');
    for (const line of lines) hash.update(line).update('\n');
    fingerprint = hash.digest('hex').slice(0, 16);
    if (out && r === 0) writeFileSync(out, lines.join('\n') + '\n');
  }
  const perDoc = (ms: number) => ((ms * 1000) / used.length).toFixed(0);
  const perPair = (ms: number) => ((ms * 1000) / candidates.length).toFixed(0);
  process.stdout.write(`analyzeText          ${best.analyse.toFixed(0).padStart(7)} ms ${perDoc(best.analyse).padStart(6)} µs/doc\n`);
  process.stdout.write(`sentenceProfiles     ${best.profiles.toFixed(0).padStart(7)} ms ${perDoc(best.profiles).padStart(6)} µs/doc\n`);
  process.stdout.write(`comparePair          ${best.compare.toFixed(0).padStart(7)} ms ${perPair(best.compare).padStart(6)} µs/pair\n`);
  process.stdout.write(`fingerprint of the pairs' JSON: ${fingerprint}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
