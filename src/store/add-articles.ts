/**
 * `index add`: prepares articles (clean + text + anchors) and writes them to the archive in
 * atomic batches. Incremental: an article whose content hash is already archived under
 * its id is not even analysed. Publisher templates are relearned, per source touched, from
 * the batch plus that source's most recent archived documents, and stored with the batch.
 */
import { selectAnchors } from '../candidates/index.js';
import { learnProfiles, type ProfileSet, type SourceProfile } from '../clean/profiles.js';
import { WiretraceError } from '../errors.js';
import { prepareDocument } from '../pipeline.js';
import type { Article } from '../types.js';
import type { Archive, DocRecord } from './archive.js';
import { DEFAULT_BATCH_DOCS, PROFILE_WINDOW_DOCS } from './constants.js';
import { contentHash } from './record-codec.js';

/** A document that was not stored, and why. */
export interface NotStored {
  readonly id: string;
  readonly reason: string;
}

/** What `addArticles` did. Every input id lands in exactly one list. */
export interface AddReport {
  readonly added: string[];
  readonly replaced: string[];
  readonly unchanged: string[];
  readonly notStored: NotStored[];
  /** The archive error that stopped the run, if one did (the batches before it are stored). */
  readonly error: WiretraceError | null;
}

/** Options of `addArticles`. */
export interface AddOptions {
  /** Documents per transaction. */
  readonly batchSize?: number;
  /** Called after each batch is stored (for progress). */
  readonly onBatch?: (done: number, total: number) => void;
}

/** Analyses one article for the archive with the given templates. */
export function prepareRecord(article: Article, profiles: ProfileSet | null): DocRecord {
  const doc = prepareDocument(article, profiles);
  return { article, clean: doc.clean, anchors: selectAnchors(doc), hash: contentHash(article) };
}

/** Adds (or replaces) `articles` in `archive`, one transaction per batch. Never throws for a failed write: it stops and reports. */
export async function addArticles(archive: Archive, articles: readonly Article[], options: AddOptions = {}): Promise<AddReport> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_DOCS);
  const report: AddReport = { added: [], replaced: [], unchanged: [], notStored: [], error: null };
  const seen = new Set<string>();
  const unique: Article[] = [];
  for (const article of articles) {
    if (seen.has(article.id)) report.notStored.push({ id: article.id, reason: 'duplicate id in this run (the first one was kept)' });
    else {
      seen.add(article.id);
      unique.push(article);
    }
  }
  let profiles: ProfileSet;
  try {
    profiles = await archive.profiles();
  } catch (error) {
    return fail(report, unique, 0, error);
  }
  for (let start = 0; start < unique.length; start += batchSize) {
    const batch = unique.slice(start, start + batchSize);
    try {
      const stored = await archive.hashes(batch.map((a) => a.id));
      const todo = batch.filter((a) => stored.get(a.id) !== contentHash(a));
      for (const a of batch) if (stored.get(a.id) === contentHash(a)) report.unchanged.push(a.id);
      if (todo.length > 0) {
        const learned = await relearnProfiles(archive, todo);
        profiles = { ...profiles, sources: { ...profiles.sources, ...learned } };
        const records: DocRecord[] = [];
        for (const article of todo) {
          try {
            records.push(prepareRecord(article, profiles));
          } catch (error) {
            report.notStored.push({ id: article.id, reason: `could not be analysed: ${error instanceof Error ? error.message : String(error)}` });
          }
        }
        const outcome = await archive.writeBatch(records, learned);
        report.added.push(...outcome.added);
        report.replaced.push(...outcome.replaced);
        report.unchanged.push(...outcome.unchanged);
      }
    } catch (error) {
      return fail(report, unique, start, error);
    }
    options.onBatch?.(Math.min(start + batchSize, unique.length), unique.length);
  }
  return report;
}

/** Marks everything from `start` on as not stored because of `error`. */
function fail(report: AddReport, articles: readonly Article[], start: number, error: unknown): AddReport {
  const reason = error instanceof Error ? error.message : String(error);
  for (const a of articles.slice(start)) report.notStored.push({ id: a.id, reason });
  const wrapped = error instanceof WiretraceError ? error : new WiretraceError(reason);
  return { ...report, error: wrapped };
}

/** Templates of the sources in `articles`, learned from them plus each source's recent archived documents. */
async function relearnProfiles(archive: Archive, articles: readonly Article[]): Promise<Record<string, SourceProfile>> {
  const bySource = new Map<string, Article[]>();
  for (const a of articles) {
    const source = a.meta.source;
    if (source === null) continue;
    const list = bySource.get(source) ?? [];
    list.push(a);
    bySource.set(source, list);
  }
  const learned: Record<string, SourceProfile> = {};
  for (const [source, fresh] of [...bySource].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const ids = new Set(fresh.map((a) => a.id));
    const window = (await archive.recent(source, PROFILE_WINDOW_DOCS)).map((d) => d.article).filter((a) => !ids.has(a.id));
    const set = learnProfiles([...window, ...fresh]);
    if (set.sources[source] !== undefined) learned[source] = set.sources[source];
  }
  return learned;
}
