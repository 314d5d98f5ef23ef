/**
 * Candidate recall on the METER development half: for every newspaper text labelled
 * `wholly` or `partially`, is a pair of it with a PA text of its own story folder among the
 * candidate pairs (the pairs the candidates stage hands to the aligner)? Documents are read,
 * cleaned (with templates learned from the corpus, as `scan` does), anchored and indexed as
 * `scanArticles` does; nothing is aligned.
 *
 *   node dist/scripts/meter-candidate-recall.js [--data ../shared/benchmarks/meter-dev] [--misses]
 *
 * Prints recall for all derived texts and for short ones (body under SHORT_WORDS words), and
 * with `--misses` each missed text with its body length and the most anchors it shares with a
 * PA text of its folder. Reads the benchmark where it lies; copies nothing of it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CandidateIndex, selectAnchors } from '../src/candidates/index.js';
import { learnProfiles } from '../src/clean/index.js';
import { loadArticles } from '../src/ingest/index.js';
import { prepareDocument } from '../src/pipeline.js';
import type { TextDoc } from '../src/types.js';

/** A body of fewer words than this is short (issue 16 item 3: "under ~80 words"). Words. */
const SHORT_WORDS = 80;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

async function main(): Promise<void> {
  const data = path.resolve(arg('data', '../shared/benchmarks/meter-dev'));
  const corpus = path.join(data, 'corpus');
  const labels = new Map<string, { label: string; folder: string }>();
  for (const line of fs.readFileSync(path.join(data, 'labels.tsv'), 'utf8').split('\n').slice(1)) {
    const [id, label, , folder] = line.split('\t');
    if (id && label && folder) labels.set(id, { label, folder });
  }
  const { articles } = await loadArticles([corpus]);
  const sorted = [...articles].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const profiles = learnProfiles(sorted);
  const docs: TextDoc[] = sorted.map((a) => prepareDocument(a, profiles));
  // The corpus-relative id, whatever prefix the ingest gave it.
  const rel = (id: string) => {
    const parts = id.split('/');
    return parts.slice(parts.length - 3).join('/');
  };
  const sourceNumbers = new Map<string, number>();
  const index = new CandidateIndex();
  const anchors = docs.map((d) => selectAnchors(d));
  docs.forEach((doc, i) => {
    const source = doc.article.meta.source;
    let n = -1 - i;
    if (source !== null) {
      if (!sourceNumbers.has(source)) sourceNumbers.set(source, sourceNumbers.size);
      n = sourceNumbers.get(source)!;
    }
    index.add(i, n, anchors[i]!);
  });
  const { pairs, stats } = index.pairs();
  const partners = new Map<number, Set<number>>();
  for (const p of pairs) {
    for (const [x, y] of [[p.a, p.b], [p.b, p.a]] as const) {
      let set = partners.get(x);
      if (!set) partners.set(x, (set = new Set()));
      set.add(y);
    }
  }
  const byRel = new Map(docs.map((d, i) => [rel(d.article.id), i]));
  const paOf = new Map<string, number[]>();
  for (const [r, i] of byRel) {
    if (!r.startsWith('pa/')) continue;
    const folder = r.split('/')[1]!;
    paOf.set(folder, [...(paOf.get(folder) ?? []), i]);
  }
  const shared = (x: Uint32Array, y: Uint32Array) => {
    let n = 0;
    for (let i = 0, j = 0; i < x.length && j < y.length; ) {
      if (x[i] === y[j]) {
        n++;
        i++;
        j++;
      }
      else if (x[i]! < y[j]!) i++;
      else j++;
    }
    return n;
  };
  const tally = { all: [0, 0], short: [0, 0] };
  const misses: string[] = [];
  for (const [id, { label, folder }] of [...labels].sort()) {
    if (label !== 'wholly' && label !== 'partially') continue;
    const i = byRel.get(id);
    if (i === undefined) throw new Error(`${id}: not read`);
    const words = docs[i]!.tokens.length;
    const pas = paOf.get(folder) ?? [];
    const found = pas.some((j) => partners.get(i)?.has(j));
    for (const key of words < SHORT_WORDS ? (['all', 'short'] as const) : (['all'] as const)) {
      tally[key][1]!++;
      if (found) tally[key][0]!++;
    }
    if (!found) misses.push(`${id}\t${label}\t${words} words\tanchors ${anchors[i]!.length}\tmost shared with a PA text ${Math.max(0, ...pas.map((j) => shared(anchors[i]!, anchors[j]!)))}`);
  }
  const f = ([hit, n]: number[]) => `${(hit! / Math.max(1, n!)).toFixed(3)} (${hit}/${n})`;
  console.log(`candidates ${stats.candidates} (pairs seen ${stats.pairsSeen}, common-only ${stats.commonOnly})`);
  console.log(`derived texts with a PA candidate of their folder: ${f(tally.all)}; short (< ${SHORT_WORDS} words): ${f(tally.short)}`);
  if (process.argv.includes('--misses')) for (const m of misses) console.log(m);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
