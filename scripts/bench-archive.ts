/**
 * `npm run bench:archive`: the archive's speed and size on generated articles.
 *
 * For each archive size (default 10,000 and 100,000 articles): `index add` throughput
 * (documents per second, analysis and writing together, one transaction per 500), the
 * archive's size per document, and `check` latency (p50/p95) for one incoming article at
 * a time, half of them copies of archived articles. Targets (issue 8): check p50 ≤ 50 ms
 * against 100k articles on SQLite; index add ≥ 2,000 docs/s.
 *
 *   node dist/scripts/bench-archive.js [--sizes 10000,100000] [--checks 200] [--db postgres://…] [--formulaic]
 * With --db, the PostgreSQL database is emptied and used instead of a temp SQLite file.
 *
 * `--formulaic` (issue 19): the archive is the bench's formulaic corpus (stock and templated
 * sentences shared by unrelated stories, events covered independently; see
 * bench/formulaic.ts), and the incoming articles are the corpus's next `--checks` articles
 * that reuse no archived one (by its truth): the count found reusing the archive is then
 * the false alarms (target: at most 1 in 25).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { addArticles } from '../src/store/add-articles.js';
import { isPostgresUrl, openArchive, type Archive } from '../src/store/archive.js';
import { checkArticles } from '../src/store/check-articles.js';
import { generateArticles, prng, toArticle } from './gen-articles.js';
import { generateCorpus } from './bench/generate-corpus.js';
import { loadArticles } from '../src/ingest/index.js';
import { readFileSync } from 'node:fs';
import type { Article } from '../src/types.js';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const sizes = option('sizes', '10000,100000').split(',').map(Number);
const checks = Number(option('checks', '200'));
const pgUrl = option('db', '');
const formulaic = process.argv.includes('--formulaic');

/**
 * The formulaic corpus of `size + 4 × wanted` articles (written under `dir`): the first
 * `size` in generation order are archived; of the rest, the first `wanted` that reuse no
 * archived article (by the truth) come in as unrelated copy.
 */
async function formulaicArticles(dir: string, size: number, wanted: number): Promise<{ archived: Article[]; incoming: Article[] }> {
  const out = path.join(dir, `formulaic-${size}`);
  generateCorpus({ docs: size + wanted * 4, out, seed: 1, formulaic: true });
  const { articles } = await loadArticles([path.join(out, 'docs')]);
  // Generation order is the order of the base-36 number ending each file name.
  const order = (id: string): number => parseInt(/-([0-9a-z]+)\.(txt|md)$/.exec(id)![1]!, 36);
  const sorted = [...articles].sort((x, y) => order(x.id) - order(y.id));
  const archived = sorted.slice(0, size);
  const archivedIds = new Set(archived.map((a) => a.id));
  const related = new Set<string>();
  for (const line of readFileSync(path.join(out, 'truth.jsonl'), 'utf8').split('\n')) {
    if (!line) continue;
    const t = JSON.parse(line) as { a: string; b: string };
    if (archivedIds.has(t.a)) related.add(t.b);
    if (archivedIds.has(t.b)) related.add(t.a);
  }
  const incoming = sorted
    .slice(size)
    .filter((a) => !related.has(a.id))
    .slice(0, wanted)
    .map((a, i) => ({ ...a, id: `incoming/${a.id}`, meta: { ...a.meta, published: new Date(Date.UTC(2030, 0, 1) + i * 60_000).toISOString() } }));
  return { archived, incoming };
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Incoming articles: half fresh, half copies (a few paragraphs or the whole body) of archived ones. */
function incomingFor(archived: readonly Article[], n: number): Article[] {
  const random = prng(4242);
  const fresh = generateArticles(n, { seed: 777, partialShare: 0, wholeShare: 0 });
  return fresh.map((g, i) => {
    // Incoming copy is new: published after everything archived (else provenance would call it the source).
    const base = toArticle({ ...g, id: `incoming/${i}.txt`, published: new Date(Date.UTC(2030, 0, 1) + i * 60_000).toISOString() });
    if (i % 2 === 0) return base;
    const src = archived[Math.floor(random() * archived.length)]!;
    const paras = src.text.split('\n\n');
    const own = base.text.split('\n\n');
    const text = i % 4 === 1 ? [own[0], ...paras.slice(1)].join('\n\n') : [...own.slice(0, 3), paras[1], paras[2], ...own.slice(3)].join('\n\n');
    return { ...base, text };
  });
}

async function openFresh(dir: string, size: number): Promise<Archive> {
  if (!pgUrl) return openArchive(path.join(dir, `archive-${size}.sqlite`), { create: true });
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  await client.query('DROP TABLE IF EXISTS postings, documents, profiles, schema_version');
  await client.end();
  return openArchive(pgUrl, { create: true });
}

async function main(): Promise<void> {
  if (pgUrl && !isPostgresUrl(pgUrl)) throw new Error('--db must be a postgres:// URL');
  const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-bench-archive-'));
  const rows: string[] = [];
  try {
    for (const size of sizes) {
      const t0 = performance.now();
      const made = formulaic ? await formulaicArticles(dir, size, checks) : null;
      const articles = made ? made.archived : generateArticles(size, { seed: 1 }).map((g) => toArticle(g));
      const genMs = performance.now() - t0;
      let archive = await openFresh(dir, size);
      try {
        const cpu0 = process.cpuUsage();
        const t1 = performance.now();
        const report = await addArticles(archive, articles);
        const addMs = performance.now() - t1;
        const cpu = process.cpuUsage(cpu0);
        const addCpuMs = (cpu.user + cpu.system) / 1000;
        if (report.error) throw report.error;
        // Reopen, as a CI check would in its own process (SQLite: the WAL is checkpointed on close).
        await archive.close();
        archive = await openArchive(pgUrl || path.join(dir, `archive-${size}.sqlite`));
        const stats = await archive.stats();
        const incoming = made ? made.incoming : incomingFor(articles, checks);
        const latencies: number[] = [];
        const cpuTimes: number[] = [];
        let failed = 0;
        await checkArticles(archive, incoming.slice(0, 5), { failOn: 'partially' }); // warm-up
        for (const article of incoming) {
          const c = process.cpuUsage();
          const t = performance.now();
          const result = await checkArticles(archive, [article], { failOn: 'partially' });
          latencies.push(performance.now() - t);
          const used = process.cpuUsage(c);
          cpuTimes.push((used.user + used.system) / 1000);
          failed += result.failed;
        }
        latencies.sort((a, b) => a - b);
        cpuTimes.sort((a, b) => a - b);
        const line = [
          `${archive.backend} ${size.toLocaleString('en')} ${formulaic ? 'formulaic ' : ''}articles`,
          `generate ${(genMs / 1000).toFixed(1)} s`,
          `index add ${Math.round(size / (addMs / 1000))} docs/s (${(addMs / 1000).toFixed(1)} s; CPU ${(addCpuMs / size).toFixed(2)} ms/doc over all threads)`,
          `check p50 ${quantile(latencies, 0.5).toFixed(1)} ms, p95 ${quantile(latencies, 0.95).toFixed(1)} ms (CPU p50 ${quantile(cpuTimes, 0.5).toFixed(1)} ms, p95 ${quantile(cpuTimes, 0.95).toFixed(1)} ms) over ${incoming.length} articles (${failed} found reusing the archive${formulaic ? ': all unrelated, so false alarms' : ''})`,
          `size ${(stats.bytes / 1e6).toFixed(1)} MB, ${Math.round(stats.bytes / size)} bytes/doc, ${(stats.postings / size).toFixed(1)} postings/doc, ${stats.postings.toLocaleString('en')} postings`,
        ].join(' | ');
        rows.push(line);
        process.stdout.write(`${line}\n`);
      } finally {
        await archive.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`\nmachine: ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (wall-clock rates fall with load; CPU ms/doc does not)\n`);
  process.stdout.write('targets: check p50 <= 50 ms against 100k (SQLite); index add >= 2,000 docs/s\n');
}

await main();
