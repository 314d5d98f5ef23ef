/**
 * CPU cost of each per-document stage, measured in CPU time (not wall time, so a busy
 * machine changes it little): loads N articles, then times template summaries, learning,
 * cleaning, anchors and full text analysis over all of them, single-threaded.
 *
 *   node dist/scripts/bench/stage-costs.js DIR [--repeat 2]
 */
import { pathToFileURL } from 'node:url';
import { cleanArticle, ProfileLearner, summarizeForProfiles } from '../../src/clean/index.js';
import { loadArticles } from '../../src/ingest/index.js';
import { analyzeText } from '../../src/text/index.js';
import { anchorsOf } from '../../src/workers/anchors.js';
import type { CleanDoc } from '../../src/types.js';

function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: stage-costs DIR [--repeat N]');
  const at = process.argv.indexOf('--repeat');
  const repeat = at > 0 ? Number(process.argv[at + 1]) : 2;
  let articles: Awaited<ReturnType<typeof loadArticles>>['articles'] = [];
  const load = cpuMs(() => void 0);
  const t = process.cpuUsage();
  articles = (await loadArticles([dir])).articles;
  const loadMs = (process.cpuUsage(t).user + process.cpuUsage(t).system) / 1000 + load;
  const n = articles.length;
  const rows: [string, number][] = [['read (loadArticles)', loadMs]];
  for (let r = 0; r < repeat; r++) {
    const learner = new ProfileLearner();
    const summaries = articles.map(() => null as ReturnType<typeof summarizeForProfiles> | null);
    rows.push(['summarizeForProfiles', cpuMs(() => articles.forEach((a, i) => (summaries[i] = summarizeForProfiles(a))))]);
    let profiles = learner.finish();
    rows.push(['ProfileLearner add+finish', cpuMs(() => {
      for (const s of summaries) learner.add(s!);
      profiles = learner.finish();
    })]);
    const cleans: CleanDoc[] = [];
    rows.push(['cleanArticle', cpuMs(() => articles.forEach((a, i) => (cleans[i] = cleanArticle(a, profiles))))]);
    rows.push(['anchorsOf', cpuMs(() => articles.forEach((a, i) => anchorsOf(a, cleans[i]!)))]);
    rows.push(['analyzeText (full)', cpuMs(() => articles.forEach((a, i) => analyzeText(a, cleans[i]!)))]);
  }
  process.stdout.write(`${n} articles; CPU ms total and µs per article (last of ${repeat} rounds where repeated)\n`);
  const last = new Map(rows);
  for (const [name, ms] of last) process.stdout.write(`${name.padEnd(28)} ${ms.toFixed(0).padStart(7)} ms ${((ms * 1000) / n).toFixed(0).padStart(6)} µs/doc\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
