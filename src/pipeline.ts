/**
 * Wires the stages: ingest → clean → text → candidates → align → provenance → cluster.
 * No logic of its own beyond ordering and bookkeeping.
 */
import { comparePair, comparePairOpen } from './provenance/index.js';
import { CandidateIndex, everyShingle, selectAnchors, ShingleCounts, type CandidateStats } from './candidates/index.js';
import { cleanArticle, learnProfiles, type ProfileSet } from './clean/index.js';
import { buildClusters } from './cluster/index.js';
import { finishPairs } from './pipeline/finish-pairs.js';
import { withStoryVerdicts } from './cluster/story-verdict.js';
import { InputError } from './errors.js';
import { loadArticles, type IngestOptions } from './ingest/index.js';
import { refineProvenance } from './provenance/index.js';
import { isListed } from './report/listed.js';
import { analyzeText } from './text/index.js';
import type { Article, DocumentSummary, Pair, Report, TextDoc } from './types.js';
import { scanFiles, type ProfileLearningStats, type ScanMemoryStats, type ScanTimings } from './pipeline/scan-files.js';

/** Options of a scan. */
export interface ScanOptions extends IngestOptions {
  /** Publisher templates to use; learned from the corpus itself when absent. */
  readonly profiles?: ProfileSet | null;
  /** Learn templates from the corpus (default true) and merge them over `profiles`. */
  readonly learn?: boolean;
  /** Stories per source templates are learned from: the ones with the smallest ids (default PROFILE_SAMPLE_STORIES; tests use a few). */
  readonly profileSampleSize?: number;
  /** Called as work advances, for progress bars. */
  readonly onProgress?: (stage: ScanStage, done: number, total: number) => void;
  /** Worker threads for `scanCorpus` (default: all cores; 1: none). The report is the same for any number. */
  readonly jobs?: number;
  /**
   * Bytes `scanCorpus` may keep between passes beyond its per-document records (file bytes
   * read once, the listed pairs' passages); past it, files are read again and passages
   * spill to a temporary file. The report is the same for any value. Default 1 GB.
   */
  readonly maxMemoryBytes?: number;
}

/** Stages a scan reports progress for. */
export type ScanStage = 'read' | 'analyse' | 'align';

/** A scan's report plus what it measured along the way. */
export interface ScanResult {
  readonly report: Report;
  readonly stats: ScanStats;
  /** The analysed documents by id (for formatters that show text, such as the HTML report). */
  readonly docs: ReadonlyMap<string, TextDoc>;
}

/** Counts from a scan (printed by `--stats`). */
export interface ScanStats {
  readonly documents: number;
  readonly skipped: number;
  readonly candidates: CandidateStats;
  readonly pairsListed: number;
  /** Threads used (`scanCorpus`). */
  readonly jobs?: number;
  /** Seconds per pass (`scanCorpus`). */
  readonly seconds?: ScanTimings;
  /** CPU seconds per pass, all threads (`scanCorpus`). */
  readonly cpuSeconds?: ScanTimings;
  /** The main thread's used heap after each pass, MB (`scanCorpus`). */
  readonly mainHeapMB?: Omit<ScanTimings, 'total'>;
  /** Peak resident memory of the process so far, MB (`scanCorpus`). */
  readonly peakRssMB?: number;
  /** What `scanCorpus` kept within its memory budget. */
  readonly memory?: ScanMemoryStats;
  /** What template learning summarised (`scanCorpus`; see `ProfileSample`). */
  readonly learning?: ProfileLearningStats;
}

/** Cleans and analyses one article: its body, captions and boilerplate, tokens and sentences. */
export function prepareDocument(article: Article, profiles: ProfileSet | null = null): TextDoc {
  return analyzeText(article, cleanArticle(article, profiles));
}

/** The report entry of a document. */
export function summarizeDocument(doc: TextDoc): DocumentSummary {
  const { article, clean } = doc;
  return {
    id: article.id,
    source: article.meta.source,
    title: article.meta.title ?? (clean.headline ? article.text.slice(clean.headline.start, clean.headline.end) : null),
    published: article.meta.published,
    url: article.meta.url,
    chars: article.text.length,
    boilerplate: clean.removed,
    captions: clean.captions,
    textOrigin: article.textOrigin,
  };
}

export { isListed };

/** Source numbers for the candidate index's per-source caps (null sources each count alone). */
function sourceNumbers(docs: readonly TextDoc[]): number[] {
  const numbers = new Map<string, number>();
  return docs.map((doc, i) => {
    const source = doc.article.meta.source;
    if (source === null) return -1 - i;
    if (!numbers.has(source)) numbers.set(source, numbers.size);
    return numbers.get(source)!;
  });
}

/**
 * Analyses documents that are already loaded and finds every reused passage between every
 * pair that shares rare anchors. Documents are taken in id order, so the result does not
 * depend on the order they are given in.
 */
export function scanArticles(articles: readonly Article[], options: ScanOptions = {}): ScanResult {
  const sorted = [...articles].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const learned = options.learn === false ? null : learnProfiles(sorted, options.profileSampleSize);
  const profiles = options.profiles ?? learned;
  const docs: TextDoc[] = [];
  const index = new CandidateIndex();
  sorted.forEach((article, i) => {
    docs.push(prepareDocument(article, profiles));
    options.onProgress?.('analyse', i + 1, sorted.length);
  });
  const sources = sourceNumbers(docs);
  const shingles = new ShingleCounts();
  docs.forEach((doc, i) => {
    index.add(i, sources[i]!, selectAnchors(doc));
    shingles.addDocument(everyShingle(doc.wordHashes));
  });
  const { pairs: candidates, stats, common, frequent } = index.pairs();
  const pairs: Pair[] = [];
  candidates.forEach((c, k) => {
    const pair = comparePairOpen(docs[c.a]!, docs[c.b]!, {}, { common, frequent, shingles });
    if (isListed(pair)) pairs.push(pair);
    options.onProgress?.('align', k + 1, candidates.length);
  });
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  const summaries = docs.map(summarizeDocument);
  const judged = finishPairs(refineProvenance(summaries, pairs, byId));
  const documents = withStoryVerdicts(summaries, judged, (id) => byId.get(id)!.clean.body);
  const report: Report = {
    schema: 'wiretrace/report@1',
    documents,
    pairs: judged,
    clusters: buildClusters(judged),
  };
  return {
    report,
    stats: { documents: docs.length, skipped: 0, candidates: stats, pairsListed: pairs.length },
    docs: byId,
  };
}

/**
 * Reads a corpus (directories, files, globs) and scans it, streamed and on worker threads
 * (see pipeline/scan-files.ts): the same report as `scanArticles` over the loaded
 * articles, without holding every text at once.
 */
export async function scanCorpus(inputs: readonly string[], options: ScanOptions = {}): Promise<ScanResult> {
  return scanFiles(inputs, options);
}

/** Loads exactly one article from a file path (as given on the command line). */
export async function loadOne(path: string, options: IngestOptions = {}): Promise<Article> {
  const { articles } = await loadArticles([path], options);
  if (articles.length !== 1) {
    throw new InputError(`${path}: expected one article, found ${articles.length}`, path);
  }
  return articles[0]!;
}

/** Compares two files: one pair object, also for unrelated texts. Ids are the paths as given. */
export async function compareFiles(pathA: string, pathB: string, options: ScanOptions = {}): Promise<Pair> {
  const [a, b] = [await loadOne(pathA, options), await loadOne(pathB, options)];
  const profiles = options.profiles ?? null;
  return comparePair(prepareDocument(a, profiles), prepareDocument(b, profiles));
}
