/**
 * The archive: a persistent, incremental store of documents and their anchor postings,
 * which `index` fills and `check` looks up. Two implementations share this interface:
 * SQLite (a file, the default) and PostgreSQL (a server shared by many runners).
 */
import type { Article, CleanDoc } from '../types.js';
import type { ProfileSet } from '../clean/profiles.js';

/** One document ready to be written: the article, the clean stage's spans, its anchors and content hash. */
export interface DocRecord {
  readonly article: Article;
  readonly clean: CleanDoc;
  /** Anchor hashes (sorted, unique) of the document's matchable text. */
  readonly anchors: Uint32Array;
  /** Content hash of text and metadata (see `contentHash`): re-adding the same content is a no-op. */
  readonly hash: string;
}

/** One document as read back from the archive. */
export interface ArchivedDoc extends DocRecord {
  /** The archive's own row number (stable while the document is not removed). */
  readonly row: number;
  /** When the document was first archived or last replaced (ISO 8601). */
  readonly addedAt: string;
}

/** What one atomic batch wrote. Every id of the batch is in exactly one list. */
export interface BatchOutcome {
  readonly added: readonly string[];
  readonly replaced: readonly string[];
  readonly unchanged: readonly string[];
}

/** One row of `index list`. */
export interface ListedDoc {
  readonly id: string;
  readonly source: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly hash: string;
  readonly chars: number;
  readonly anchors: number;
  readonly addedAt: string;
}

/** `index stats`. */
export interface ArchiveStats {
  readonly backend: 'sqlite' | 'postgres';
  readonly schemaVersion: number;
  readonly documents: number;
  readonly sources: number;
  readonly postings: number;
  readonly profiles: number;
  /** Bytes the archive takes on disk (SQLite: the file and its WAL; PostgreSQL: the tables and their indexes). */
  readonly bytes: number;
}

/** The result of `verify`: database integrity and postings matching documents. */
export interface IntegrityReport {
  readonly ok: boolean;
  readonly documents: number;
  readonly postings: number;
  /** Plain words, one per problem found. Empty when `ok`. */
  readonly problems: readonly string[];
}

/** Anchors sharing counted per archived document: row → number of the query's anchors it holds. */
export type SharedAnchors = Map<number, number>;

/** The persistent archive. Every method may throw `StoreError`. */
export interface Archive {
  readonly backend: 'sqlite' | 'postgres';
  /** Where it lives: a file path, or a PostgreSQL URL without its password. */
  readonly location: string;
  /** The stored content hash of each of `ids` that is archived. */
  hashes(ids: readonly string[]): Promise<Map<string, string>>;
  /**
   * Writes one batch atomically: new ids are added, ids whose hash changed are replaced
   * (old postings removed), the rest left alone; `profiles` (source → template) are
   * upserted. Either all of it is stored or, on error, none of it.
   */
  writeBatch(docs: readonly DocRecord[], profiles: Readonly<Record<string, unknown>>): Promise<BatchOutcome>;
  /** Removes the documents with these ids (and their postings) in one transaction; resolves to the ids that were archived. */
  remove(ids: readonly string[]): Promise<string[]>;
  /**
   * For each archived document sharing at least one of `anchors`, how many it shares.
   * An anchor held by more than `maxDocsPerAnchor` documents is ignored (a stock phrase,
   * not evidence of reuse). Uses the postings only; never reads every document.
   * Those anchors are pushed to `common` when it is given: the archive's document
   * frequencies as `check` needs them, to tell stock passages (align/formulaic.ts).
   */
  lookup(anchors: Uint32Array, maxDocsPerAnchor: number, common?: number[]): Promise<SharedAnchors>;
  /** The rows among `rows` whose time (published, else added) is at or after `sinceMs`. */
  within(rows: readonly number[], sinceMs: number): Promise<Set<number>>;
  /** Loads documents by row, keeping those whose time (published, else added) is at or after `sinceMs`. */
  load(rows: readonly number[], sinceMs?: number | null): Promise<ArchivedDoc[]>;
  /** The most recently published documents of `source` (for relearning its template). */
  recent(source: string, limit: number): Promise<ArchivedDoc[]>;
  /** The stored publisher templates. */
  profiles(): Promise<ProfileSet>;
  /** Every archived document, by id. */
  list(): Promise<ListedDoc[]>;
  stats(): Promise<ArchiveStats>;
  /** Checks the database's own integrity and that the postings are exactly the documents' anchors. */
  verify(): Promise<IntegrityReport>;
  close(): Promise<void>;
}

/** How an archive is opened. */
export interface OpenOptions {
  /** Create the archive when it does not exist (index add); otherwise a missing archive is an error (check, list). */
  readonly create?: boolean;
}

/** True when `spec` names a PostgreSQL server rather than an SQLite file. */
export function isPostgresUrl(spec: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(spec);
}

/** Opens the archive at `spec`: a `postgres://` URL, or else an SQLite file path. */
export async function openArchive(spec: string, options: OpenOptions = {}): Promise<Archive> {
  if (isPostgresUrl(spec)) {
    const { openPostgresArchive } = await import('./postgres-archive.js');
    return openPostgresArchive(spec, options);
  }
  const { openSqliteArchive } = await import('./sqlite-archive.js');
  return openSqliteArchive(spec, options);
}
