/**
 * Ingest: the command line's directories, files and globs → articles, in a deterministic
 * order (by id), with everything unusable reported by name (or fatal under `strict`).
 *
 * The pieces, for callers that stream (worker threads, the archive):
 * - {@link listInputFiles}: the walk (ids, formats, symlink rules), no file contents;
 * - {@link readArticleFile}: one file → its articles, synchronous, never throws;
 * - {@link loadArticles}: both, plus `maxDocs`, duplicate ids and `strict`.
 */
import type { Article, SkippedInput } from '../types.js';
import { readArticleFile } from './read-file.js';
import { SkipSink, skipInput } from './skip.js';
import { compare, listInputFiles, type InputFile } from './walk.js';

export { readArticleFile, jsonLineReader, readFileBytes, readSidecar, type FileArticles, type KeptLine, type ReadOptions } from './read-file.js';
export { listInputFiles, formatOf, isSidecar, type InputFile, type InputListing, type WalkOptions } from './walk.js';
export { decodeBytes, decodeUtf8WithFallback, type DecodedText } from './decode.js';
export { decodeCp1252, cp1252Char } from './cp1252.js';
export { parseFrontMatter, type FrontMatter } from './front-matter.js';
export { normalizePublished } from './published.js';
export { skipInput, strictError, SkipSink } from './skip.js';
export { createDocumentDeadline, withinDocumentDeadline, DocumentTimeoutError, type DocumentDeadline } from './limits.js';

/** Options of ingest. */
export interface IngestOptions {
  /** Stop at the first unusable file instead of skipping it. */
  readonly strict?: boolean;
  /** Skip files (JSON Lines: lines) larger than this many bytes. Default DEFAULT_MAX_FILE_BYTES. */
  readonly maxFileBytes?: number;
  /** Stop reading after this many documents (reported). */
  readonly maxDocs?: number;
  /** Follow symbolic links that stay inside the root (never links out of it). */
  readonly followSymlinks?: boolean;
  /** Per-document time limit for the pipeline, in milliseconds (see `createDocumentDeadline`). */
  readonly docTimeoutMs?: number;
  /** Called for each skipped input as it is found (for warnings on stderr). */
  readonly onSkip?: (skipped: SkippedInput) => void;
}

/** What ingest produced: articles in a deterministic order (by id), and what it skipped. */
export interface IngestResult {
  readonly articles: readonly Article[];
  readonly skipped: readonly SkippedInput[];
  /** Files the walk found (articles or not). */
  readonly files?: number;
}

/** Reads every article named by `inputs` (directories walked recursively, files, globs). */
export async function loadArticles(inputs: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const listing = await listInputFiles(inputs, options);
  const sink = new SkipSink(options);
  for (const skipped of listing.skipped) sink.add(skipped);
  const collector = new ArticleCollector(sink, options.maxDocs);
  for (const file of listing.files) {
    if (collector.full) {
      sink.add(limitSkip(file.path, options.maxDocs!));
      continue;
    }
    const read = readArticleFile(file, options);
    for (const skipped of read.skipped) sink.add(skipped);
    for (const article of read.articles) collector.add(article, file);
  }
  return { articles: collector.sorted(), skipped: sink.skipped, files: listing.files.length };
}

/** Keeps articles while `maxDocs` allows, and the first of each id (files come in id order, so "first" is deterministic). */
class ArticleCollector {
  private readonly articles: Article[] = [];
  private readonly paths = new Map<string, string>();

  constructor(
    private readonly sink: SkipSink,
    private readonly maxDocs: number | undefined,
  ) {}

  get full(): boolean {
    return this.maxDocs !== undefined && this.articles.length >= this.maxDocs;
  }

  add(article: Article, file: InputFile): void {
    const where = article.line;
    const first = this.paths.get(article.id);
    if (first !== undefined) {
      this.sink.add(skipInput(file.path, 'duplicate-id', `id '${article.id}' is already used by ${first}`, where));
      return;
    }
    if (this.full) {
      this.sink.add(limitSkip(file.path, this.maxDocs!, where));
      return;
    }
    this.paths.set(article.id, where === undefined ? file.path : `${file.path}:${where}`);
    this.articles.push(article);
  }

  sorted(): Article[] {
    return this.articles.sort((x, y) => compare(x.id, y.id));
  }
}

function limitSkip(filePath: string, maxDocs: number, line?: number): SkippedInput {
  return skipInput(filePath, 'limit', `--max-docs ${maxDocs} reached; not read`, line);
}
