/**
 * CPU cost of a scan's analyse pass (read kept bytes → decode → clean with the learned
 * templates → anchors), single-threaded, with a fingerprint of everything the pass returns
 * (report entries, packed spans, anchors) so that a faster build can be checked to give
 * the same results. Several builds can be compared in one process, alternating rounds (a
 * shared machine's load then weighs on all of them alike):
 *
 *   node dist/scripts/bench/analyse-costs.js DIR [--docs N] [--rounds 3] [--build OTHER_DIST ...]
 *
 * `--build D` adds the build whose compiled `src/` is `D/src` (e.g. a copy of an older
 * `dist/`, kept inside the repository so its imports resolve); the current build is always first.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listInputFiles, readFileBytes } from '../../src/ingest/index.js';
import type { InputFile } from '../../src/ingest/index.js';
import type { AnalyseResult, ReadResult, TaskRequest, TaskResponse, WorkerState } from '../../src/workers/tasks.js';

type HandleTask = (task: TaskRequest, state: WorkerState) => { result: TaskResponse; transfer: ArrayBuffer[] };

const FILES_PER_TASK = 48;

function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function chunks<T>(xs: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

interface Build {
  readonly name: string;
  readonly handleTask: HandleTask;
  state: WorkerState;
  readonly ms: number[];
  fingerprint: string;
}

async function loadBuild(name: string, srcDir: string): Promise<Build> {
  const mod = (await import(pathToFileURL(resolve(srcDir, 'workers/tasks.js')).href)) as { handleTask: HandleTask };
  return { name, handleTask: mod.handleTask, state: { profiles: null, read: {}, learn: false }, ms: [], fingerprint: '' };
}

function fingerprintOf(results: readonly AnalyseResult[]): string {
  const h = createHash('sha256');
  for (const r of results) {
    h.update(JSON.stringify({ docs: r.docs, spanKinds: r.spanKinds, skipped: r.skipped }, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Uint32Array) : v)));
    h.update(new Uint8Array(r.anchors.buffer, r.anchors.byteOffset, r.anchors.byteLength));
    h.update(new Uint8Array(r.anchorEnds.buffer, r.anchorEnds.byteOffset, r.anchorEnds.byteLength));
  }
  return h.digest('hex').slice(0, 16);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = args[0];
  if (!dir) throw new Error('usage: analyse-costs DIR [--docs N] [--rounds R] [--build DIST ...]');
  const opt = (name: string): string | undefined => {
    const at = args.indexOf(name);
    return at > 0 ? args[at + 1] : undefined;
  };
  const rounds = Number(opt('--rounds') ?? 3);
  const maxDocs = opt('--docs') ? Number(opt('--docs')) : Infinity;
  const here = resolve(new URL('../..', import.meta.url).pathname, 'src');
  const builds: Build[] = [await loadBuild('current', here)];
  for (let i = 0; i < args.length; i++) if (args[i] === '--build') builds.push(await loadBuild(args[i + 1]!, resolve(args[i + 1]!, 'src')));

  const files: InputFile[] = (await listInputFiles([dir])).files.slice(0, maxDocs);
  const bytes = files.map((f) => readFileBytes(f, {}));
  const tasks = chunks(files.map((f, i) => ({ f, b: bytes[i]! })), FILES_PER_TASK);
  // Learn templates once, with the current build, as the scan's read pass does (not timed);
  // every build cleans with the same templates, so their outputs can be compared.
  const clean = (await import(pathToFileURL(resolve(here, 'clean/index.js')).href)) as typeof import('../../src/clean/index.js');
  const learner = new clean.ProfileLearner();
  for (const t of tasks) {
    const r = builds[0]!.handleTask({ kind: 'read', files: t.map((x) => x.f) }, { profiles: null, read: {}, learn: true }).result as ReadResult;
    for (const f of r.files) for (const a of f.articles) if (a.summary) learner.add(a.summary);
  }
  const profiles = learner.finish();
  for (const build of builds) build.state = { profiles, read: {}, learn: false };
  for (let r = 0; r < rounds; r++) {
    for (const build of builds) {
      const results: AnalyseResult[] = [];
      build.ms.push(cpuMs(() => {
        for (const t of tasks) {
          results.push(build.handleTask({ kind: 'analyse', files: t.map((x) => x.f), accept: t.map(() => null), bytes: t.map((x) => x.b) }, build.state).result as AnalyseResult);
        }
      }));
      if (r === 0) build.fingerprint = fingerprintOf(results);
    }
  }
  process.stdout.write(`${files.length} files; analyse pass CPU µs per file per round (single thread)\n`);
  for (const b of builds) {
    const per = b.ms.map((ms) => ((ms * 1000) / files.length).toFixed(0));
    const best = Math.min(...b.ms);
    process.stdout.write(`${b.name.padEnd(24)} best ${((best * 1000) / files.length).toFixed(0).padStart(5)} µs  rounds ${per.join(' ')}  fingerprint ${b.fingerprint}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
