/**
 * Ingest: turns the command line's directories, files and globs into articles.
 * SEAM (first cut, replaced by the ingest work): `.txt` files only, UTF-8 only.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import type { Article, SkippedInput } from '../types.js';

/** Options of ingest. */
export interface IngestOptions {
  /** Stop at the first unusable file instead of skipping it. */
  readonly strict?: boolean;
  /** Skip files larger than this many bytes. */
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
}

/** Reads every article named by `inputs` (directories walked recursively, files, globs). */
export async function loadArticles(inputs: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const articles: Article[] = [];
  for (const input of inputs) {
    const isDir = statSync(input).isDirectory();
    const root = isDir ? input : path.dirname(input);
    const files = isDir ? await fg('**/*.txt', { cwd: input, absolute: false }) : [path.basename(input)];
    for (const rel of files.sort()) {
      const file = path.join(root, rel);
      const text = readFileSync(file, 'utf8');
      const firstDir = rel.includes('/') ? rel.split('/')[0]! : null;
      articles.push({
        id: isDir ? rel : input,
        path: file,
        format: 'txt',
        encoding: 'utf-8',
        text,
        textOrigin: 'read',
        meta: { source: isDir ? firstDir : null, title: null, published: null, url: null },
        frontMatter: null,
      });
    }
  }
  void options;
  return { articles, skipped: [] };
}
