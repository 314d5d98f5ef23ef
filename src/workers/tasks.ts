/**
 * The work a scan hands to worker threads, as plain functions of plain data (so the same
 * code runs inline for `--jobs 1`). Three kinds of task, one per pass over the corpus:
 *
 * - `read`: read files and summarise articles for per-publisher template learning (only
 *   those that may be in their source's sample, see clean/profiles.ts `ProfileSample`);
 * - `summarise`: summarise named articles the `read` tasks passed over after all (rare);
 * - `analyse`: read files again, clean each article with the learned templates, and return
 *   its report entry, its clean spans and its anchors (typed arrays, transferred, not copied);
 * - `align`: for groups of candidate pairs, read their documents once more, analyse them
 *   with the clean spans found before, and align every pair.
 *
 * No task keeps an article after it returns: the texts are streamed through, only compact
 * results (spans, anchors, listed pairs) go back.
 */
import { comparePairOpen } from '../provenance/index.js';
import { cleanArticle, type ProfileSet } from '../clean/index.js';
import { jsonLineReader, readArticleFile, readFileBytes, withinDocumentDeadline, type InputFile, type KeptLine, type ReadOptions } from '../ingest/index.js';
import { analyzeText } from '../text/index.js';
import type { Article, ArticleMeta, CleanDoc, SkippedInput, TextDoc } from '../types.js';
import { anchorsAndShingles } from './anchors.js';
import { ShingleCounts } from '../candidates/index.js';
import { packPair, type PackedPair } from './packed-pair.js';
import { packTogether, SpanKinds, TaskSpanKinds, unpackClean, type PackedClean } from './packed-spans.js';
import { profileSummaryOf, type DocProfileSummary } from './profile-learning.js';

/** What every task needs to know, set once per pass. */
export interface WorkerState {
  readonly profiles: ProfileSet | null;
  readonly read: ReadOptions;
  /** Per-document time limit (ms) for cleaning and analysis. */
  readonly docTimeoutMs?: number;
  /** Summarise articles for template learning in `read` tasks. */
  readonly learn: boolean;
  /** Stories per source templates are learned from (PROFILE_SAMPLE_STORIES); `read` tasks summarise no more. */
  readonly sampleSize?: number;
  /** `read` tasks send back the bytes of files read whole, so later passes need not read them again. */
  readonly keepBytes?: boolean;
  /** The scan's removed-span kinds (`SpanKinds.list`), which align tasks' packed verdicts number. */
  readonly spanKinds?: readonly string[];
  /** Anchors common in the corpus (sorted), for align tasks to tell stock passages (align/formulaic.ts). */
  readonly commonAnchors?: Uint32Array;
  /** Anchors that are not rare in the corpus (sorted), for template sentences (align/formulaic.ts). */
  readonly frequentAnchors?: Uint32Array;
  /** The corpus's shingle counts (ShingleCounts cells), for align tasks to tell stock sentences (align/formulaic.ts). */
  readonly shingleCounts?: Uint8Array;
}

/** The state before any is set. */
export const INITIAL_STATE: WorkerState = { profiles: null, read: {}, learn: false };

/** Read files, summarise articles for learning. */
export interface ReadTask {
  readonly kind: 'read';
  readonly files: readonly InputFile[];
  /**
   * Per source, how full its sample was as far as the main thread knew when the task was
   * handed out. Past `sampleSize` (counting this task's own articles of the source on
   * top), an article is not summarised: in a sorted listing it is not in the sample, and
   * if it is after all (ids out of file order), a `summarise` task makes its summary
   * later. Skipping changes only the work done, never the output.
   */
  readonly sampled?: Readonly<Record<string, number>>;
}

/** One article as the first pass saw it. */
export interface ReadArticle {
  readonly id: string;
  /** 1-based line for JSON Lines articles. */
  readonly line?: number;
  readonly source: string | null;
  /** Null when not learning, for articles without a source, and for those past their source's sample (see `ReadTask.sampled`). */
  readonly summary: DocProfileSummary | null;
}

export interface ReadResult {
  readonly kind: 'read';
  /** Per file of the task: its articles in file order, and what was skipped in it. */
  readonly files: readonly {
    readonly articles: readonly ReadArticle[];
    readonly skipped: readonly SkippedInput[];
    /** The file's bytes (when `keepBytes` and it is read whole), moved to the main thread. */
    readonly bytes: Uint8Array | null;
    /** A JSON Lines file's articles' lines (when `keepBytes`), moved to the main thread. */
    readonly lines?: readonly (KeptLine | null)[];
  }[];
}

/** Read files, clean and analyse articles, return report entries and anchors. */
export interface AnalyseTask {
  readonly kind: 'analyse';
  readonly files: readonly InputFile[];
  /** Per file: the ordinals (positions in the file's article list) to analyse; null for all. */
  readonly accept: readonly (readonly number[] | null)[];
  /** Per file: its bytes from the read pass, or null to read it from disk. */
  readonly bytes?: readonly (Uint8Array | null)[];
  /**
   * Per file: for a JSON Lines file whose accepted articles' lines the read pass kept, those
   * lines (in `accept`'s order): the articles are read from them, not from the whole file,
   * so one large file can be cut into many tasks. Null to read the file.
   */
  readonly lines?: readonly (readonly KeptLine[] | null)[];
}

/** One analysed article (its anchors are in the task's typed arrays). */
export interface AnalysedDoc {
  /** Index of its file in the task. */
  readonly file: number;
  /** Its position among the file's articles. */
  readonly ordinal: number;
  readonly id: string;
  readonly line?: number;
  readonly meta: ArticleMeta;
  /** The title for the report: the meta title, else the detected headline's text. */
  readonly title: string | null;
  readonly chars: number;
  readonly textOrigin: Article['textOrigin'];
  /** The clean verdict, spans packed (removed-span kinds number into the result's `spanKinds`). */
  readonly clean: PackedClean;
}

export interface AnalyseResult {
  readonly kind: 'analyse';
  readonly docs: readonly AnalysedDoc[];
  /** Anchors of all docs, concatenated; doc `i`'s are `anchors[anchorEnds[i-1] ?? 0 .. anchorEnds[i]]`. */
  readonly anchors: Uint32Array;
  readonly anchorEnds: Uint32Array;
  /** Every word shingle of each doc (`everyShingle`), concatenated the same way, for the corpus's shingle counts. */
  readonly shingles: Uint32Array;
  readonly shingleEnds: Uint32Array;
  /** The kinds of removed span the docs' packed verdicts number (see TaskSpanKinds). */
  readonly spanKinds: readonly string[];
  /** Per file: what was skipped (unreadable files, bad JSONL lines, time limits). */
  readonly skipped: readonly (readonly SkippedInput[])[];
}

/** A document to align: where to read it and its clean spans from the analyse pass. */
export interface AlignDoc {
  readonly file: InputFile;
  readonly ordinal: number;
  /** Its clean verdict from the analyse pass, removed-span kinds numbered in the state's `spanKinds` (unpacked in the worker: fewer objects to clone). */
  readonly clean: PackedClean;
  /** The file's bytes from the read pass, or null to read it from disk. */
  readonly bytes: Uint8Array | null;
  /** A JSON Lines article's line from the read pass (the article is read from it alone), or null. */
  readonly line?: KeptLine | null;
}

/** Align candidate pairs among a group of documents. */
export interface AlignTask {
  readonly kind: 'align';
  readonly docs: readonly AlignDoc[];
  /** Triples `(k, a, b)`: candidate number `k` pairs `docs[a]` with `docs[b]`. */
  readonly pairs: Uint32Array;
}

export interface AlignResult {
  readonly kind: 'align';
  /** Candidate pairs compared (listed or not). */
  readonly compared: number;
  /** The pairs that are listed (derivation not `none` on some side), by candidate number, passages serialised. */
  readonly listed: readonly { readonly k: number; readonly pair: PackedPair }[];
}

/** Summarise named articles for learning (sampled ones a `read` task passed over). */
export interface SummariseTask {
  readonly kind: 'summarise';
  readonly files: readonly InputFile[];
  /** Per file: the ordinals of the articles to summarise. */
  readonly ordinals: readonly (readonly number[])[];
  /** Per file: its bytes from the read pass, or null to read it from disk. */
  readonly bytes: readonly (Uint8Array | null)[];
}

export interface SummariseResult {
  readonly kind: 'summarise';
  /** Per file, per asked ordinal: the summary (null when the article is gone: the file changed during the scan). */
  readonly summaries: readonly (readonly (DocProfileSummary | null)[])[];
}

export type TaskRequest = ReadTask | AnalyseTask | AlignTask | SummariseTask;
export type TaskResponse = ReadResult | AnalyseResult | AlignResult | SummariseResult;

/** Runs one task. `transfer`: buffers to move (not copy) to the main thread. */
export function handleTask(task: TaskRequest, state: WorkerState): { result: TaskResponse; transfer: ArrayBuffer[] } {
  switch (task.kind) {
    case 'read': {
      const result = readFiles(task, state);
      const transfer = result.files.flatMap((f) => [
        ...(f.bytes ? [f.bytes.buffer as ArrayBuffer] : []),
        ...(f.lines ?? []).flatMap((l) => (l ? [l.bytes.buffer as ArrayBuffer] : [])),
      ]);
      return { result, transfer };
    }
    case 'analyse': {
      const { result, buffers } = analyseFiles(task, state);
      return { result, transfer: [result.anchors.buffer as ArrayBuffer, result.anchorEnds.buffer as ArrayBuffer, result.shingles.buffer as ArrayBuffer, result.shingleEnds.buffer as ArrayBuffer, ...buffers] };
    }
    case 'align': {
      const result = alignPairs(task, state);
      return { result, transfer: result.listed.map((l) => l.pair.passages.buffer as ArrayBuffer) };
    }
    case 'summarise':
      return { result: summariseArticles(task, state), transfer: [] };
  }
}

function readFiles(task: ReadTask, state: WorkerState): ReadResult {
  const limit = state.sampleSize ?? Infinity;
  // This task's articles per source on top of what the sample held when it was handed out.
  const counted = new Map<string, number>();
  const wanted = (source: string | null): boolean => {
    if (!state.learn || source === null) return false;
    const n = counted.get(source) ?? task.sampled?.[source] ?? 0;
    counted.set(source, n + 1);
    return n < limit;
  };
  return {
    kind: 'read',
    files: task.files.map((file) => {
      const bytes = state.keepBytes ? readFileBytes(file, state.read) : null;
      const seen = (article: Article): ReadArticle => ({
        id: article.id,
        ...(article.line !== undefined ? { line: article.line } : {}),
        source: article.meta.source,
        summary: wanted(article.meta.source) ? profileSummaryOf(article) : null,
      });
      if (file.format === 'jsonl') {
        // A dump's articles are taken one at a time (never all held), each line kept so later passes read one article, not the whole file.
        const articles: ReadArticle[] = [];
        const lines: (KeptLine | null)[] = [];
        const keepLines = state.keepBytes === true;
        const eachArticle = (article: Article, line: KeptLine | null): void => {
          articles.push(seen(article));
          lines.push(line);
        };
        const read = readArticleFile(file, { ...state.read, keepLines, eachArticle }, bytes);
        return { bytes, ...(keepLines ? { lines } : {}), articles, skipped: read.skipped };
      }
      const read = readArticleFile(file, state.read, bytes);
      return { bytes, articles: read.articles.map(seen), skipped: read.skipped };
    }),
  };
}

function summariseArticles(task: SummariseTask, state: WorkerState): SummariseResult {
  return {
    kind: 'summarise',
    summaries: task.files.map((file, f) => {
      const articles = readArticleFile(file, state.read, task.bytes[f]).articles;
      return task.ordinals[f]!.map((ordinal) => {
        const article = articles[ordinal];
        return article ? profileSummaryOf(article) : null;
      });
    }),
  };
}

function analyseFiles(task: AnalyseTask, state: WorkerState): { result: AnalyseResult; buffers: ArrayBuffer[] } {
  const docs: AnalysedDoc[] = [];
  const anchorParts: Uint32Array[] = [];
  const shingleParts: Uint32Array[] = [];
  const skipped: SkippedInput[][] = [];
  const kinds = new TaskSpanKinds();
  task.files.forEach((file, f) => {
    // Nothing of this file was accepted by the first pass (duplicate ids, unreadable, past --max-docs): no need to read it again.
    if (task.accept[f]?.length === 0) {
      skipped.push([]);
      return;
    }
    const lines = task.lines?.[f];
    const accepted = task.accept[f];
    const fileSkipped: SkippedInput[] = [];
    const analyse = (article: Article, ordinal: number): void => {
      const done = withinDocumentDeadline(article.id, state.docTimeoutMs, () => {
        const clean = cleanArticle(article, state.profiles);
        return { clean, ...anchorsAndShingles(article, clean) };
      });
      if ('skipped' in done) {
        fileSkipped.push(done.skipped);
        return;
      }
      const { clean, anchors, shingles } = done.value;
      anchorParts.push(anchors);
      shingleParts.push(shingles);
      docs.push({
        file: f,
        ordinal,
        id: article.id,
        ...(article.line !== undefined ? { line: article.line } : {}),
        meta: article.meta,
        title: article.meta.title ?? (clean.headline ? article.text.slice(clean.headline.start, clean.headline.end) : null),
        chars: article.text.length,
        textOrigin: article.textOrigin,
        clean: kinds.pack(clean),
      });
    };
    if (lines && accepted) {
      const readLine = jsonLineReader(file, state.read);
      accepted.forEach((ordinal, k) => {
        const article = readLine(lines[k]!);
        if (!article) throw new Error(`${file.path} changed during the scan: line ${lines[k]!.line} no longer holds an article`);
        analyse(article, ordinal);
      });
      skipped.push(fileSkipped);
      return;
    }
    const read = readArticleFile(file, state.read, task.bytes?.[f]);
    if (accepted === null) fileSkipped.push(...read.skipped);
    const accept = accepted ? new Set(accepted) : null;
    read.articles.forEach((article, ordinal) => {
      if (accept && !accept.has(ordinal)) return;
      analyse(article, ordinal);
    });
    skipped.push(fileSkipped);
  });
  const { values: anchors, ends: anchorEnds } = concatenate(anchorParts);
  const { values: shingles, ends: shingleEnds } = concatenate(shingleParts);
  const together = packTogether(docs.map((d) => d.clean));
  return {
    result: { kind: 'analyse', docs: docs.map((d, i) => ({ ...d, clean: together.cleans[i]! })), anchors, anchorEnds, shingles, shingleEnds, spanKinds: kinds.list, skipped },
    buffers: together.buffers,
  };
}

/** Parts one after the other, and where each ends. */
function concatenate(parts: readonly Uint32Array[]): { values: Uint32Array; ends: Uint32Array } {
  const ends = new Uint32Array(parts.length);
  let total = 0;
  parts.forEach((part, i) => (ends[i] = total += part.length));
  const values = new Uint32Array(total);
  let at = 0;
  for (const part of parts) {
    values.set(part, at);
    at += part.length;
  }
  return { values, ends };
}

/** The shingle counts over the state's cells (one view per cells array: align tasks share it). */
let countsView: ShingleCounts | null = null;
function shingleCountsOf(cells: Uint8Array): ShingleCounts {
  if (countsView?.cells !== cells) countsView = new ShingleCounts(cells);
  return countsView;
}

function prepare(article: Article, clean: CleanDoc): TextDoc {
  return analyzeText(article, clean);
}

/** The span-kind table of each state (made once per pass, not per task). */
const spanKindsOf = new WeakMap<WorkerState, SpanKinds>();

function alignPairs(task: AlignTask, state: WorkerState): AlignResult {
  let kinds = spanKindsOf.get(state);
  if (!kinds) spanKindsOf.set(state, (kinds = SpanKinds.of(state.spanKinds ?? [])));
  const prepared: (TextDoc | null)[] = task.docs.map(() => null);
  // A JSON Lines file holds many articles: read it once per task, not once per article.
  const files = new Map<string, readonly Article[]>();
  // …and a JSON Lines article kept as its line is read alone (the file's sidecar once per task).
  const lineReaders = new Map<string, (kept: KeptLine) => Article | null>();
  const docOf = (i: number): TextDoc => {
    let doc = prepared[i];
    if (!doc) {
      const { file, ordinal, clean, bytes, line } = task.docs[i]!;
      let article: Article | null | undefined;
      if (line) {
        let readLine = lineReaders.get(file.path);
        if (!readLine) lineReaders.set(file.path, (readLine = jsonLineReader(file, state.read)));
        article = readLine(line);
      }
      else {
        let articles = files.get(file.path);
        if (!articles) files.set(file.path, (articles = readArticleFile(file, state.read, bytes).articles));
        article = articles[ordinal];
      }
      if (!article) throw new Error(`${file.path} changed during the scan: article ${ordinal + 1} is gone`);
      doc = prepared[i] = prepare(article, unpackClean(clean, kinds));
    }
    return doc;
  };
  const listed: { k: number; pair: PackedPair }[] = [];
  const rarity = state.commonAnchors
    ? { common: state.commonAnchors, ...(state.frequentAnchors ? { frequent: state.frequentAnchors } : {}), ...(state.shingleCounts ? { shingles: shingleCountsOf(state.shingleCounts) } : {}) }
    : undefined;
  for (let t = 0; t < task.pairs.length; t += 3) {
    const pair = comparePairOpen(docOf(task.pairs[t + 1]!), docOf(task.pairs[t + 2]!), {}, rarity);
    if (pair.a.derivation !== 'none' || pair.b.derivation !== 'none') listed.push({ k: task.pairs[t]!, pair: packPair(pair) });
  }
  return { kind: 'align', compared: task.pairs.length / 3, listed };
}
