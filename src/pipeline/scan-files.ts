/**
 * The scan of a corpus on disk, streamed and parallel (issue 9: 100,000 articles in about
 * a minute on two cores). Three passes over the files, each cut into tasks of consecutive
 * files that worker threads run (see workers/tasks.ts); results are merged in task order,
 * so the report is the same for any number of threads:
 *
 * 1. read: each article's compact summary for per-publisher template learning; ids are
 *    checked for duplicates and `--max-docs` here, in file order, as `loadArticles` does;
 * 2. analyse: clean with the learned templates, keep each document's report entry, clean
 *    spans and anchors (typed arrays) — never its text;
 * 3. align: candidate pairs from the anchor index, grouped into connected components so
 *    each document of a group is read and analysed once, aligned in parallel.
 *
 * The result equals `scanArticles` over the same articles (tested).
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { buildClusters } from '../cluster/index.js';
import { withStoryVerdicts } from '../cluster/story-verdict.js';
import { CandidateIndex, ShingleCounts, type CandidatePair, type CandidateStats } from '../candidates/index.js';
import { PROFILE_SAMPLE_STORIES, ProfileSample, type ProfileSet } from '../clean/index.js';
import { jsonLineReader, listInputFiles, readArticleFile, skipInput, SkipSink, type InputFile, type InputListing, type IngestOptions, type KeptLine } from '../ingest/index.js';
import { refineProvenance } from '../provenance/index.js';
import { analyzeText } from '../text/index.js';
import type { ArticleMeta, CleanDoc, DocumentSummary, Pair, Report, SkippedInput, TextDoc } from '../types.js';
import { TaskPool } from '../workers/pool.js';
import { keepPacked, unpackPair } from '../workers/packed-pair.js';
import { SpanKinds, unpackBody, unpackClean } from '../workers/packed-spans.js';
import { KeptFiles, MB, MemoryBudget, SpillStore } from './memory-budget.js';
import { finishPairs } from './finish-pairs.js';
import { StreamingProfileLearner, type DocProfileSummary } from '../workers/profile-learning.js';
import type { PackedClean } from '../workers/packed-spans.js';
import type { AlignResult, AlignTask, AnalyseResult, AnalyseTask, ReadResult, ReadTask, SummariseResult, SummariseTask, TaskRequest } from '../workers/tasks.js';

/** Files per read or analyse task: large enough that messages cost little, small enough to spread evenly over threads. */
const FILES_PER_TASK = 48;
/** Documents per align task (whole components of the candidate graph, unless larger than MAX_DOCS_PER_ALIGN_TASK). */
const DOCS_PER_ALIGN_TASK = 48;
/** Most documents one align task analyses and keeps at once; a larger component is cut into tasks (some documents then analysed twice). */
const MAX_DOCS_PER_ALIGN_TASK = 256;
/** What a scan keeps between passes beyond its per-document records (kept file bytes, passages) unless `maxMemoryBytes` says otherwise. Bytes. */
export const DEFAULT_MAX_MEMORY_BYTES = 1024 * MB;
/** Below this many files a scan runs on the calling thread: starting threads would cost more than it saves. Files. */
const MIN_FILES_FOR_THREADS = 64;

/** Stages a scan reports progress for. */
export type StreamStage = 'read' | 'analyse' | 'align';

/** Options of a streamed scan. */
export interface ScanFilesOptions extends IngestOptions {
  readonly profiles?: ProfileSet | null;
  readonly learn?: boolean;
  /** Stories per source templates are learned from (default PROFILE_SAMPLE_STORIES; tests use a few). */
  readonly profileSampleSize?: number;
  /** Worker threads; default all cores. 1 runs everything on the calling thread. */
  readonly jobs?: number;
  /**
   * Bytes the scan may keep between passes beyond its per-document records (file bytes
   * read once, the listed pairs' passages); past it, files are read again and passages
   * spill to a temporary file. The report is the same for any value. Default 1 GB.
   */
  readonly maxMemoryBytes?: number;
  readonly onProgress?: (stage: StreamStage, done: number, total: number) => void;
}

/** Seconds spent in each pass, for `--stats` and docs/performance.md. */
export interface ScanTimings {
  readonly list: number;
  readonly read: number;
  readonly analyse: number;
  readonly candidates: number;
  readonly align: number;
  /** Provenance with publisher history, clusters (main thread). */
  readonly provenance: number;
  readonly total: number;
}

/** What a scan kept within its memory budget (`--max-memory`), for `--stats`. */
export interface ScanMemoryStats {
  readonly budgetBytes: number;
  /** Files whose bytes the first pass kept (not read again). */
  readonly filesKept: number;
  /** Files whose bytes did not fit (read again by later passes). */
  readonly filesNotKept: number;
  /** Listed pairs whose passages went to the temporary spill file. */
  readonly passagesSpilled: number;
}

/** What template learning summarised (see `ProfileSample`). */
export interface ProfileLearningStats {
  /** Documents in the sources' samples (the ones learned from). */
  readonly sampled: number;
  /** Summaries the read pass made (the sample, plus articles handed out before their source's sample was known full). */
  readonly summarised: number;
  /** Sampled documents the read pass passed over, summarised after it (ids out of file order). */
  readonly late: number;
}

/** Wall and CPU seconds (all threads of the process) per pass. */
class Stopwatch {
  private readonly wall: Record<string, number> = {};
  private readonly cpu: Record<string, number> = {};
  private readonly heap: Record<string, number> = {};
  private readonly wall0 = performance.now();
  private readonly cpu0 = process.cpuUsage();
  private lastWall = this.wall0;
  private lastCpu = this.cpu0;

  /** Ends the pass `name` (it began where the previous one ended). */
  lap(name: keyof ScanTimings): void {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    this.wall[name] = (wall - this.lastWall) / 1000;
    this.cpu[name] = (cpu.user + cpu.system - this.lastCpu.user - this.lastCpu.system) / 1e6;
    this.heap[name] = Math.round(getHeapStatistics().used_heap_size / MB);
    this.lastWall = wall;
    this.lastCpu = cpu;
  }

  /** Seconds per pass and in all, wall clock and CPU; the main thread's heap after each pass and the process's peak RSS (MB). */
  result(): { seconds: ScanTimings; cpuSeconds: ScanTimings; mainHeapMB: Omit<ScanTimings, 'total'>; peakRssMB: number } {
    const cpu = process.cpuUsage(this.cpu0);
    return {
      seconds: { ...this.wall, total: (performance.now() - this.wall0) / 1000 } as unknown as ScanTimings,
      cpuSeconds: { ...this.cpu, total: (cpu.user + cpu.system) / 1e6 } as unknown as ScanTimings,
      mainHeapMB: { ...this.heap } as unknown as ScanTimings,
      peakRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / MB),
    };
  }
}

/** What a streamed scan returns (the shape of `ScanResult` in pipeline.ts). */
export interface ScanFilesResult {
  readonly report: Report;
  readonly stats: {
    readonly documents: number;
    readonly skipped: number;
    readonly candidates: CandidateStats;
    readonly pairsListed: number;
    readonly jobs: number;
    readonly seconds: ScanTimings;
    /** CPU seconds of all threads per pass: what the passes cost, whatever else the machine runs. */
    readonly cpuSeconds: ScanTimings;
    /** The main thread's used heap after each pass (MB; not collected first, so an upper bound). */
    readonly mainHeapMB: Omit<ScanTimings, 'total'>;
    /** The process's peak resident memory so far, all threads (MB). */
    readonly peakRssMB: number;
    readonly memory: ScanMemoryStats;
    /** Template learning: documents in the sample, summaries the read pass made, summaries made after it (sampled documents it passed over). Absent without learning. */
    readonly learning?: ProfileLearningStats;
  };
  readonly docs: ReadonlyMap<string, TextDoc>;
}

/** One accepted document, as kept between passes: no text, only what the report and the align pass need. */
interface DocRecord {
  readonly id: string;
  readonly file: InputFile;
  /** Its file's number in the listing. */
  readonly fileIndex: number;
  readonly ordinal: number;
  readonly meta: ArticleMeta;
  readonly title: string | null;
  readonly chars: number;
  readonly textOrigin: 'read' | 'extracted';
  /** The clean verdict, spans in typed arrays (100k documents × ~20 lines; see workers/packed-spans.ts). */
  readonly clean: PackedClean;
  /** Its number in the order the analyse pass accepted documents (the candidate index's numbering). */
  readonly arrival: number;
}

/** The full clean verdict of a record. */
function cleanOf(r: DocRecord, kinds: SpanKinds): CleanDoc {
  return unpackClean(r.clean, kinds);
}

/** Keeps the first article of each id and at most `maxDocs`, in file order (as `loadArticles` does). */
class IdCollector {
  private readonly seen = new Map<string, string>();
  count = 0;

  constructor(
    private readonly sink: SkipSink,
    private readonly maxDocs: number | undefined,
  ) {}

  get full(): boolean {
    return this.maxDocs !== undefined && this.count >= this.maxDocs;
  }

  /** Whether the article is kept; records why not otherwise. */
  accept(id: string, file: InputFile, line: number | undefined): boolean {
    const first = this.seen.get(id);
    if (first !== undefined) {
      this.sink.add(skipInput(file.path, 'duplicate-id', `id '${id}' is already used by ${first}`, line));
      return false;
    }
    if (this.full) {
      this.sink.add(limitSkip(file.path, this.maxDocs!, line));
      return false;
    }
    this.seen.set(id, line === undefined ? file.path : `${file.path}:${line}`);
    this.count++;
    return true;
  }
}

function limitSkip(path: string, maxDocs: number, line?: number): SkippedInput {
  return skipInput(path, 'limit', `--max-docs ${maxDocs} reached; not read`, line);
}

function* fileTasks<T extends TaskRequest>(files: readonly InputFile[], make: (files: readonly InputFile[], first: number) => T): Generator<T> {
  for (let first = 0; first < files.length; first += FILES_PER_TASK) yield make(files.slice(first, first + FILES_PER_TASK), first);
}

/**
 * Analyse tasks: runs of FILES_PER_TASK files; a JSON Lines file whose accepted articles'
 * lines the read pass kept is read from those lines, FILES_PER_TASK articles a task (one
 * large dump spread over every thread). `taskFiles` gets task `t`'s file numbers under `t`
 * (the caller takes them out as results arrive).
 */
function* analyseTaskList(files: readonly InputFile[], accept: readonly (readonly number[])[] | null, fileBytes: KeptFiles, taskFiles: Map<number, number[]>): Generator<AnalyseTask> {
  let batch: number[] = [];
  let made = 0;
  const task = (indices: number[], acceptOf: (i: number) => readonly number[] | null, linesOf: (i: number) => readonly KeptLine[] | null): AnalyseTask => {
    taskFiles.set(made++, indices);
    return {
      kind: 'analyse',
      files: indices.map((i) => files[i]!),
      accept: indices.map(acceptOf),
      bytes: indices.map((i) => fileBytes.get(i)),
      lines: indices.map(linesOf),
    };
  };
  const whole = (i: number): readonly number[] | null => (accept ? accept[i]! : null);
  const flush = function* (): Generator<AnalyseTask> {
    if (batch.length > 0) yield task(batch, whole, () => null);
    batch = [];
  };
  for (let i = 0; i < files.length; i++) {
    const ordinals = accept?.[i];
    const lines = ordinals && ordinals.length > 0 && files[i]!.format === 'jsonl' ? ordinals.map((o) => fileBytes.getLine(i, o)) : null;
    if (!ordinals || !lines || lines.some((l) => l === null)) {
      batch.push(i);
      if (batch.length >= FILES_PER_TASK) yield* flush();
      continue;
    }
    yield* flush();
    for (let from = 0; from < ordinals.length; from += FILES_PER_TASK) {
      const cut = ordinals.slice(from, from + FILES_PER_TASK);
      const cutLines = lines.slice(from, from + FILES_PER_TASK) as KeptLine[];
      yield task([i], () => cut, () => cutLines);
    }
  }
  yield* flush();
}

const byId = (x: { id: string }, y: { id: string }): number => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** Bytes of JSON Lines that count as one file's work when deciding whether to start threads (a news article is ~5 kB). */
const JSONL_BYTES_PER_FILE = 5_000;

/** The work in the listing's JSON Lines files, counted in files of one article (a dump of thousands of articles is one file). */
function jsonLinesWork(files: readonly InputFile[]): number {
  let bytes = 0;
  for (const file of files) {
    if (file.format !== 'jsonl') continue;
    try {
      bytes += statSync(file.path).size;
    } catch {
      // Unreadable: the read pass says why.
    }
  }
  return Math.floor(bytes / JSONL_BYTES_PER_FILE);
}

/** Threads asked for: `jobs`, default all cores. */
function wantedJobs(jobs: number | undefined): number {
  return jobs === undefined || !(jobs >= 1) ? availableParallelism() : Math.max(1, Math.floor(jobs));
}

/** Threads to use: `jobs` (default all cores), never more than there is work for. */
export function resolveJobs(jobs: number | undefined, files: number): number {
  return files < MIN_FILES_FOR_THREADS ? 1 : wantedJobs(jobs);
}

/**
 * Lists the files and starts the worker threads as soon as the walk has found enough files
 * to use them, so the threads load their code while the walk goes on (~0.3 s a thread).
 */
async function listAndStartPool(inputs: readonly string[], options: ScanFilesOptions): Promise<{ listing: InputListing; pool: TaskPool; jobs: number }> {
  const wanted = wantedJobs(options.jobs);
  let early: TaskPool | null = null;
  const onFilesFound = (count: number): void => {
    if (count === MIN_FILES_FOR_THREADS && wanted > 1) early ??= new TaskPool(wanted);
  };
  let listing: InputListing;
  try {
    listing = await listInputFiles(inputs, wanted > 1 ? { ...options, onFilesFound } : options);
  } catch (error) {
    await (early as TaskPool | null)?.close();
    throw error;
  }
  const jobs = resolveJobs(options.jobs, listing.files.length + jsonLinesWork(listing.files));
  let pool = early as TaskPool | null;
  // Files reached twice under one id are listed once: a walk that found enough may list too few.
  if (pool && jobs <= 1) {
    await pool.close();
    pool = null;
  }
  return { listing, pool: pool ?? new TaskPool(jobs <= 1 ? 0 : jobs), jobs };
}

/** Scans the corpus named by `inputs` (directories, files, globs). */
export async function scanFiles(inputs: readonly string[], options: ScanFilesOptions = {}): Promise<ScanFilesResult> {
  const clock = new Stopwatch();
  const { listing, pool, jobs } = await listAndStartPool(inputs, options);
  const files = listing.files;
  const sink = new SkipSink(options);
  for (const skipped of listing.skipped) sink.add(skipped);
  clock.lap('list');
  const budget = new MemoryBudget(options.maxMemoryBytes ?? DEFAULT_MAX_MEMORY_BYTES);
  const passages = new SpillStore(budget);
  const fileBytes = new KeptFiles(budget, files.length);
  const kinds = new SpanKinds();
  const read = { ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}) };
  try {
    // Pass 1: learn templates (unless given or turned off); settle ids and limits.
    const learning = options.learn !== false && !options.profiles;
    let profiles = options.profiles ?? null;
    let accept: number[][] | null = null;
    let learningStats: ProfileLearningStats | undefined;
    const collector = new IdCollector(sink, options.maxDocs);
    if (learning) {
      const sample = new ProfileSample<SampledDoc>(options.profileSampleSize ?? PROFILE_SAMPLE_STORIES);
      accept = files.map(() => []);
      const kept = accept;
      await pool.setState({ profiles: null, read, learn: true, sampleSize: sample.size, keepBytes: budget.limit > 0 });
      // Each task carries how full each source's sample is as far as the main thread knows
      // when it is handed out (tasks are taken lazily): the sample's count, or the files of
      // that source's folder handed out already when more (the results of the tasks in
      // flight are not in yet). A wrong guess costs work (a summary too many, or one made
      // after the pass), never a different sample.
      const sampled: Record<string, number> = {};
      const handedOut = new Map<string, number>();
      let summarised = 0;
      const readTasks = fileTasks<ReadTask>(files, (chunk) => {
        const known = { ...sampled };
        for (const [source, n] of handedOut) known[source] = Math.max(n, known[source] ?? 0);
        for (const file of chunk) if (file.folderSource !== null) handedOut.set(file.folderSource, (handedOut.get(file.folderSource) ?? 0) + 1);
        return { kind: 'read', files: chunk, sampled: known };
      });
      await pool.run(readTasks, (result, t) => {
        (result as ReadResult).files.forEach((f, i) => {
          const index = t * FILES_PER_TASK + i;
          const file = files[index]!;
          if (collector.full) {
            sink.add(limitSkip(file.path, options.maxDocs!));
            return;
          }
          for (const skipped of f.skipped) sink.add(skipped);
          f.articles.forEach((article, ordinal) => {
            if (!collector.accept(article.id, file, article.line)) return;
            kept[index]!.push(ordinal);
            if (article.summary) summarised++;
            if (sample.offer(article.id, article.source, { fileIndex: index, ordinal, summary: article.summary })) sampled[article.source!] = sample.count(article.source!);
          });
          if (f.bytes && kept[index]!.length > 0) fileBytes.keep(index, f.bytes);
          if (f.lines) {
            for (const ordinal of kept[index]!) {
              const line = f.lines[ordinal];
              if (line) fileBytes.keepLine(index, ordinal, line);
            }
          }
        });
        options.onProgress?.('read', Math.min(files.length, (t + 1) * FILES_PER_TASK), files.length);
      });
      const learned = await learnFromSample(pool, sample, files, fileBytes);
      profiles = learned.profiles;
      learningStats = { sampled: learned.sampled, summarised, late: learned.late };
    }
    clock.lap('read');

    // Pass 2: clean, report entries, anchors.
    const records: DocRecord[] = [];
    const index = new ArrivalIndex();
    // Every shingle's document count (not just the sampled anchors'), for align to tell stock sentences.
    const shingleCounts = new ShingleCounts();
    await pool.setState({ profiles, read, learn: false, ...(options.docTimeoutMs !== undefined ? { docTimeoutMs: options.docTimeoutMs } : {}) });
    // The files of each task by their number in the listing (a large JSON Lines file is cut into several tasks).
    const taskFiles = new Map<number, number[]>();
    const analyseTasks = analyseTaskList(files, accept, fileBytes, taskFiles);
    await pool.run(analyseTasks, (response, t) => {
      const result = response as AnalyseResult;
      const fileIndices = taskFiles.get(t)!;
      taskFiles.delete(t);
      let d = 0;
      for (const doc of result.docs) kinds.adopt(result.spanKinds, doc.clean.removed);
      result.skipped.forEach((fileSkipped, i) => {
        const file = files[fileIndices[i]!]!;
        if (!accept && collector.full) {
          sink.add(limitSkip(file.path, options.maxDocs!));
          while (d < result.docs.length && result.docs[d]!.file === i) d++;
          return;
        }
        for (const skipped of fileSkipped) sink.add(skipped);
        for (; d < result.docs.length && result.docs[d]!.file === i; d++) {
          const doc = result.docs[d]!;
          if (!accept && !collector.accept(doc.id, file, doc.line)) continue;
          const from = d === 0 ? 0 : result.anchorEnds[d - 1]!;
          shingleCounts.addDocument(result.shingles.subarray(d === 0 ? 0 : result.shingleEnds[d - 1]!, result.shingleEnds[d]!));
          records.push({
            id: doc.id,
            file,
            fileIndex: fileIndices[i]!,
            ordinal: doc.ordinal,
            meta: doc.meta,
            title: doc.title,
            chars: doc.chars,
            textOrigin: doc.textOrigin,
            clean: doc.clean,
            arrival: index.add(doc.meta.source, result.anchors.subarray(from, result.anchorEnds[d]!)),
          });
        }
      });
      options.onProgress?.('analyse', fileIndices[fileIndices.length - 1]! + 1, files.length);
    });
    records.sort(byId);
    clock.lap('analyse');

    const { pairs: candidates, stats: candidateStats, common, frequent } = index.pairs(records);
    // Only the files of candidate pairs are read again (to align, and for provenance).
    const needed = new Uint8Array(files.length);
    const neededLines = new Map<number, Set<number>>();
    for (const c of candidates) {
      for (const r of [records[c.a]!, records[c.b]!]) {
        needed[r.fileIndex] = 1;
        if (r.file.format !== 'jsonl') continue;
        let ordinals = neededLines.get(r.fileIndex);
        if (!ordinals) neededLines.set(r.fileIndex, (ordinals = new Set()));
        ordinals.add(r.ordinal);
      }
    }
    fileBytes.keepOnly((i, ordinal) => (ordinal === undefined ? needed[i] === 1 : neededLines.get(i)?.has(ordinal) === true));
    clock.lap('candidates');

    // Pass 3: align candidate pairs, a connected group of documents per task.
    const listed: (Pair | undefined)[] = new Array(candidates.length);
    let aligned = 0;
    // Align tasks carry packed verdicts; the workers unpack them with the scan's span kinds (profiles are not needed any more).
    await pool.setState({ profiles: null, read, learn: false, ...(options.docTimeoutMs !== undefined ? { docTimeoutMs: options.docTimeoutMs } : {}), spanKinds: kinds.list, commonAnchors: common, frequentAnchors: frequent, shingleCounts: shingleCounts.cells });
    await pool.run(alignTasks(candidates, records, fileBytes), (response) => {
      const result = response as AlignResult;
      for (const { k, pair } of result.listed) listed[k] = unpackPair(pair, passages.put(pair.passages));
      aligned += result.compared;
      options.onProgress?.('align', aligned, candidates.length);
    });
    const pairs = listed.filter((p): p is Pair => p !== undefined);
    clock.lap('align');

    const skipped = sink.skipped;
    const docs = new LazyDocs(records, read, kinds, fileBytes);
    const summaries = records.map((r) => summarize(r, kinds));
    // Provenance with the corpus in view: publisher history, for pairs that time did not decide
    // (their passages stay packed).
    const refined = refineProvenance(summaries, pairs, docs).map((pair, i) => keepPacked(pair, pairs[i]!));
    const judged = finishPairs(refined, keepPacked);
    const recordOf = new Map(records.map((r) => [r.id, r]));
    const documents = withStoryVerdicts(summaries, judged, (id) => unpackBody(recordOf.get(id)!.clean.body));
    const report: Report = {
      schema: 'wiretrace/report@1',
      documents,
      pairs: judged,
      clusters: buildClusters(judged),
      ...(skipped.length > 0 ? { skipped } : {}),
    };
    clock.lap('provenance');
    return {
      report,
      stats: {
        documents: records.length,
        skipped: skipped.length,
        candidates: candidateStats,
        pairsListed: pairs.length,
        ...(learningStats ? { learning: learningStats } : {}),
        memory: { budgetBytes: budget.limit, filesKept: fileBytes.kept, filesNotKept: fileBytes.refused, passagesSpilled: passages.spilled },
        jobs,
        ...clock.result(),
      },
      docs,
    };
  } finally {
    await pool.close();
  }
}

/** A document of a source's learning sample: where it is, and its summary once made. */
interface SampledDoc {
  readonly fileIndex: number;
  readonly ordinal: number;
  summary: DocProfileSummary | null;
}

/**
 * Learns the profiles from the sample: the same as `learnProfiles` over the accepted
 * articles (each source's stories with the smallest ids). The read pass summarised the
 * articles that could be in the sample; sampled ones it passed over (ids out of file
 * order: JSON Lines past line 9, ids of their own) are summarised here, a file per task.
 */
async function learnFromSample(
  pool: TaskPool,
  sample: ProfileSample<SampledDoc>,
  files: readonly InputFile[],
  fileBytes: KeptFiles,
): Promise<{ profiles: ProfileSet; sampled: number; late: number }> {
  const missing = new Map<number, SampledDoc[]>();
  let sampled = 0;
  let late = 0;
  for (const { value } of sample.entries()) {
    sampled++;
    if (value.summary !== null) continue;
    late++;
    let docs = missing.get(value.fileIndex);
    if (!docs) missing.set(value.fileIndex, (docs = []));
    docs.push(value);
  }
  if (missing.size > 0) {
    const groups = [...missing.entries()].sort((x, y) => x[0] - y[0]);
    function* tasks(): Generator<SummariseTask> {
      for (let first = 0; first < groups.length; first += FILES_PER_TASK) {
        const chunk = groups.slice(first, first + FILES_PER_TASK);
        yield {
          kind: 'summarise',
          files: chunk.map(([index]) => files[index]!),
          ordinals: chunk.map(([, docs]) => docs.map((d) => d.ordinal)),
          bytes: chunk.map(([index]) => fileBytes.get(index)),
        };
      }
    }
    await pool.run(tasks(), (response, t) => {
      (response as SummariseResult).summaries.forEach((summaries, i) => {
        const docs = groups[t * FILES_PER_TASK + i]![1];
        summaries.forEach((summary, k) => (docs[k]!.summary = summary));
      });
    });
  }
  const learner = new StreamingProfileLearner();
  for (const { value } of sample.entries()) learner.add(value.summary);
  return { profiles: learner.finish(), sampled, late };
}

/**
 * The report entry of a document (the same fields, in the same order, as
 * `summarizeDocument`); its boilerplate spans are made from the packed ones each time they
 * are read (the report of 100k documents holds ~2 million), so they never all exist at once.
 */
function summarize(r: DocRecord, kinds: SpanKinds): DocumentSummary {
  const summary: Record<string, unknown> = {
    id: r.id,
    source: r.meta.source,
    title: r.title,
    published: r.meta.published,
    url: r.meta.url,
    chars: r.chars,
  };
  Object.defineProperty(summary, 'boilerplate', { enumerable: true, configurable: true, get: () => kinds.removed(r.clean.removed) });
  summary['captions'] = r.clean.captions;
  summary['textOrigin'] = r.textOrigin;
  return summary as unknown as DocumentSummary;
}

/**
 * The candidate index, filled while the analyse pass runs (the main thread mostly waits
 * for the workers then): documents are added as they are accepted, numbered in that order,
 * and their pairs renumbered to id order at the end — the same pairs, shares and order as
 * an index filled in id order. The anchors are let go once in the index, and the index
 * once it has given its pairs (hundreds of MB at 100k documents).
 */
class ArrivalIndex {
  private index: CandidateIndex | null = new CandidateIndex();
  private readonly sources = new Map<string, number>();
  private count = 0;

  /** Adds the next document (its source's number only tells sources apart); returns its arrival number. */
  add(source: string | null, anchors: Uint32Array): number {
    const arrival = this.count++;
    let number = -1 - arrival;
    if (source !== null) {
      if (!this.sources.has(source)) this.sources.set(source, this.sources.size);
      number = this.sources.get(source)!;
    }
    this.index!.add(arrival, number, anchors);
    return arrival;
  }

  /** Candidate pairs as indices into `records` (sorted by id; each holds its arrival number), sorted by `(a, b)`. */
  pairs(records: readonly DocRecord[]): { pairs: CandidatePair[]; stats: CandidateStats; common: Uint32Array; frequent: Uint32Array } {
    const position = new Uint32Array(records.length);
    records.forEach((r, i) => (position[r.arrival] = i));
    const { pairs, stats, common, frequent } = this.index!.pairs({ order: position });
    this.index = null;
    const renumbered = pairs.map(({ a, b, shared }) => {
      const [x, y] = [position[a]!, position[b]!];
      return x < y ? { a: x, b: y, shared } : { a: y, b: x, shared };
    });
    renumbered.sort((p, q) => p.a - q.a || p.b - q.b);
    return { pairs: renumbered, stats, common, frequent };
  }
}

/**
 * Align tasks: candidate pairs grouped by connected component (union–find over the pairs),
 * components packed into tasks of about DOCS_PER_ALIGN_TASK documents, so a document is
 * read and analysed by one task only; a component of more than MAX_DOCS_PER_ALIGN_TASK
 * documents is cut, so no task holds more analyses than that.
 */
function* alignTasks(candidates: readonly CandidatePair[], records: readonly DocRecord[], fileBytes: KeptFiles): Generator<AlignTask> {
  const parent = new Int32Array(records.length).map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (const c of candidates) {
    const [ra, rb] = [find(c.a), find(c.b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  // Pairs of each component, components in the order of their first pair.
  const groups = new Map<number, number[]>();
  candidates.forEach((c, k) => {
    const root = find(c.a);
    let list = groups.get(root);
    if (!list) groups.set(root, (list = []));
    list.push(k);
  });
  let docs: number[] = [];
  let local = new Map<number, number>();
  let triples: number[] = [];
  const flush = (): AlignTask => {
    const task: AlignTask = {
      kind: 'align',
      docs: docs.map((i) => {
        const r = records[i]!;
        // Copies of the packed arrays: they are views of an analyse task's buffer, which cloning would copy whole.
        const clean = { ...r.clean, body: r.clean.body.slice(), removed: r.clean.removed.slice() };
        return { file: r.file, ordinal: r.ordinal, clean, bytes: fileBytes.get(r.fileIndex), line: fileBytes.getLine(r.fileIndex, r.ordinal) };
      }),
      pairs: Uint32Array.from(triples),
    };
    docs = [];
    local = new Map();
    triples = [];
    return task;
  };
  const localOf = (i: number): number => {
    let l = local.get(i);
    if (l === undefined) {
      local.set(i, (l = docs.length));
      docs.push(i);
    }
    return l;
  };
  // Largest components first: a big one handed out last would keep one thread busy while
  // the others wait at the end of the pass (the report does not depend on the task order:
  // listed pairs are kept by candidate number).
  for (const ks of [...groups.values()].sort((x, y) => y.length - x.length)) {
    for (const k of ks) {
      const c = candidates[k]!;
      triples.push(k, localOf(c.a), localOf(c.b));
      // A giant component (stories chained by shared anchors) is cut: a task holds its documents' analyses in memory.
      if (docs.length >= MAX_DOCS_PER_ALIGN_TASK) yield flush();
    }
    if (docs.length >= DOCS_PER_ALIGN_TASK) yield flush();
  }
  if (triples.length > 0) yield flush();
}

/**
 * The analysed documents by id, made on demand: a document is read and analysed again
 * when asked for (with the clean spans found by the scan), so a scan never holds every
 * text at once. For formatters that show text (the HTML report).
 */
class LazyDocs implements ReadonlyMap<string, TextDoc> {
  private readonly byId: Map<string, DocRecord>;

  constructor(
    records: readonly DocRecord[],
    private readonly read: { readonly maxFileBytes?: number },
    private readonly kinds: SpanKinds,
    private readonly fileBytes: KeptFiles,
  ) {
    this.byId = new Map(records.map((r) => [r.id, r]));
  }

  get size(): number {
    return this.byId.size;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): TextDoc | undefined {
    const r = this.byId.get(id);
    if (!r) return undefined;
    const line = this.fileBytes.getLine(r.fileIndex, r.ordinal);
    const article = line ? jsonLineReader(r.file, this.read)(line) : readArticleFile(r.file, this.read, this.fileBytes.get(r.fileIndex)).articles[r.ordinal];
    return article ? analyzeText(article, cleanOf(r, this.kinds)) : undefined;
  }

  forEach(callback: (value: TextDoc, key: string, map: ReadonlyMap<string, TextDoc>) => void): void {
    for (const [id, doc] of this.entries()) callback(doc, id, this);
  }

  *entries(): MapIterator<[string, TextDoc]> {
    for (const id of this.byId.keys()) {
      const doc = this.get(id);
      if (doc) yield [id, doc];
    }
  }

  keys(): MapIterator<string> {
    return this.byId.keys();
  }

  *values(): MapIterator<TextDoc> {
    for (const [, doc] of this.entries()) yield doc;
  }

  [Symbol.iterator](): MapIterator<[string, TextDoc]> {
    return this.entries();
  }
}
