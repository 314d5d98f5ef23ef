/**
 * The SQLite archive (better-sqlite3 12; the only file that imports it). One file, WAL
 * journal so readers never block the writer, `busy_timeout` so concurrent writers queue
 * instead of failing, and one `BEGIN IMMEDIATE` transaction per batch so a batch is
 * stored whole or not at all, whatever kills the process.
 */
import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Database as Db, Statement } from 'better-sqlite3';
import { StoreError } from '../errors.js';
import type { ProfileSet } from '../clean/profiles.js';
import type {
  Archive,
  ArchiveStats,
  ArchivedDoc,
  BatchOutcome,
  DocRecord,
  IntegrityReport,
  ListedDoc,
  OpenOptions,
  SharedAnchors,
} from './archive.js';
import { radixPass } from '../candidates/candidate-index.js';
import { BUSY_TIMEOUT_MS, POSTING_GENERATION_DOCS, SQLITE_CACHE_KIB } from './constants.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import { PostingDigest } from './posting-digest.js';
import { blobToAnchors, fromRow, postingKey, toRow, uniqueAnchors, type DocRow } from './record-codec.js';

/**
 * Test hook for the full-disk path: when set, `PRAGMA max_page_count` caps the file at
 * this many pages, so writes past it fail with SQLite's own "database or disk is full".
 */
export const MAX_PAGES_ENV = 'WIRETRACE_SQLITE_MAX_PAGES';

/** Postings per multi-row INSERT (three parameters each; SQLite allows 32,766 parameters). */
const POSTINGS_PER_INSERT = 256;

const DOC_COLUMNS = 'row, id, source, title, published, url, time_ms, added_ms, hash, chars, text, detail, anchors';

/** Turns a driver error into a StoreError naming the archive. */
function storeError(file: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const full = code === 'SQLITE_FULL' ? ' (the disk or the archive size limit is full)' : '';
  return new StoreError(`archive ${file}: ${message}${full}`);
}

/** Opens (and with `create`, makes) the SQLite archive at `file`. */
export function openSqliteArchive(file: string, options: OpenOptions = {}): Archive {
  if (!options.create && !existsSync(file)) {
    throw new StoreError(`no archive at ${file} (make one with: wiretrace index add <paths> --db ${file})`);
  }
  let db: Db;
  try {
    db = new Database(file);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    // FULL: each committed batch is on disk before the command reports it stored (one fsync
    // per batch of hundreds of documents costs little).
    db.pragma('synchronous = FULL');
    db.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
    const maxPages = Number(process.env[MAX_PAGES_ENV]);
    if (Number.isInteger(maxPages) && maxPages > 0) db.pragma(`max_page_count = ${maxPages}`);
    migrate(db, file, options.create === true);
  } catch (error) {
    throw storeError(file, error);
  }
  return new SqliteArchive(db, file);
}

/** Applies missing migrations inside one immediate transaction. */
function migrate(db: Db, file: string, create: boolean): void {
  const current = (): number => {
    const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'`).get();
    if (!exists) return 0;
    return (db.prepare('SELECT MAX(version) FROM schema_version').pluck().get() as number | null) ?? 0;
  };
  const version = current();
  if (version > SCHEMA_VERSION) {
    throw new StoreError(`archive ${file} has schema version ${version}; this wiretrace knows up to ${SCHEMA_VERSION} (upgrade wiretrace)`);
  }
  if (version === SCHEMA_VERSION) return;
  if (version === 0 && !create) throw new StoreError(`${file} is not a wiretrace archive (no schema_version table)`);
  db.transaction(() => {
    const now = current(); // re-read under the write lock: another process may have migrated
    if (now === 0) db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_ms INTEGER NOT NULL)');
    for (const migration of MIGRATIONS) {
      if (migration.version <= now) continue;
      for (const sql of migration.sqlite) db.exec(sql);
      db.prepare('INSERT INTO schema_version (version, applied_ms) VALUES (?, ?)').run(migration.version, Date.now());
    }
  }).immediate();
}

interface RawRow extends DocRow {
  readonly row: number;
}

/** The posting generation of a document row (see migration 2). */
function generationOf(row: number): number {
  return Math.floor(row / POSTING_GENERATION_DOCS);
}

/** A batch's postings in one generation, in (key, doc) order: `keys[i]` is the posting key + 2³¹ (unsigned order = signed key order), `docs[i]` the batch document. */
interface GenerationPostings {
  readonly gen: number;
  readonly keys: Uint32Array;
  readonly docs: Uint32Array;
}

/**
 * Postings of a batch grouped by generation (ascending) and sorted by (key, doc) within
 * each: inserting in key order walks the B-tree once instead of jumping about. `anchors[d]`
 * are the anchors of the batch's document `d`, stored in row `rows[d]`; a batch's rows
 * span one or two generations. Sorted by a stable LSD radix sort on the key, 16 bits a
 * pass (postings are laid out in document order first, so equal keys stay in doc order).
 */
function sortedPostings(anchors: readonly Uint32Array[], rows: readonly number[]): GenerationPostings[] {
  const counts = new Map<number, number>();
  for (let d = 0; d < anchors.length; d++) {
    const gen = generationOf(rows[d]!);
    counts.set(gen, (counts.get(gen) ?? 0) + anchors[d]!.length);
  }
  const out: GenerationPostings[] = [];
  for (const gen of [...counts.keys()].sort((x, y) => x - y)) {
    const n = counts.get(gen)!;
    let keys = new Uint32Array(n);
    let docs = new Uint32Array(n);
    let at = 0;
    for (let d = 0; d < anchors.length; d++) {
      if (generationOf(rows[d]!) !== gen) continue;
      const list = anchors[d]!;
      for (let k = 0; k < list.length; k++) {
        keys[at] = (list[k]! ^ 0x80000000) >>> 0;
        docs[at++] = d;
      }
    }
    let keys2 = new Uint32Array(n);
    let docs2 = new Uint32Array(n);
    const bucket = new Uint32Array(0x10000);
    for (const shift of [0, 16]) {
      radixPass(keys, shift, keys, docs, keys2, docs2, bucket);
      [keys, keys2] = [keys2, keys];
      [docs, docs2] = [docs2, docs];
    }
    out.push({ gen, keys, docs });
  }
  return out;
}

class SqliteArchive implements Archive {
  readonly backend = 'sqlite' as const;
  /** Whether this connection wrote anything (then `close` checkpoints the WAL). */
  private wrote = false;
  private readonly stmts: {
    byId: Statement;
    insertDoc: Statement;
    updateDoc: Statement;
    deleteDoc: Statement;
    insertPosting: Statement;
    insertPostings: Statement;
    deletePosting: Statement;
    postingsOf: Statement;
    upsertProfile: Statement;
  };

  constructor(
    private readonly db: Db,
    readonly location: string,
  ) {
    this.stmts = {
      byId: db.prepare('SELECT row, hash, anchors FROM documents WHERE id = ?'),
      insertDoc: db.prepare(
        `INSERT INTO documents (id, source, title, published, url, time_ms, added_ms, hash, chars, text, detail, anchors)
         VALUES (@id, @source, @title, @published, @url, @time_ms, @added_ms, @hash, @chars, @text, @detail, @anchors)`,
      ),
      updateDoc: db.prepare(
        `UPDATE documents SET source = @source, title = @title, published = @published, url = @url, time_ms = @time_ms,
           added_ms = @added_ms, hash = @hash, chars = @chars, text = @text, detail = @detail, anchors = @anchors
         WHERE row = @row`,
      ),
      deleteDoc: db.prepare('DELETE FROM documents WHERE row = ?'),
      insertPosting: db.prepare('INSERT OR IGNORE INTO postings (gen, hash, doc) VALUES (?, ?, ?)'),
      insertPostings: db.prepare(`INSERT OR IGNORE INTO postings (gen, hash, doc) VALUES ${Array(POSTINGS_PER_INSERT).fill('(?, ?, ?)').join(', ')}`),
      deletePosting: db.prepare('DELETE FROM postings WHERE gen = ? AND hash = ? AND doc = ?'),
      postingsOf: db.prepare('SELECT doc FROM postings WHERE gen IN (SELECT value FROM json_each(?)) AND hash = ? LIMIT ?').pluck(),
      upsertProfile: db.prepare(
        `INSERT INTO profiles (source, profile, updated_ms) VALUES (?, ?, ?)
         ON CONFLICT (source) DO UPDATE SET profile = excluded.profile, updated_ms = excluded.updated_ms`,
      ),
    };
  }

  private run<T>(fn: () => T): Promise<T> {
    try {
      return Promise.resolve(fn());
    } catch (error) {
      return Promise.reject(storeError(this.location, error));
    }
  }

  /** Inserts a batch's sorted postings (`rows[d]` is the row of batch document `d`), many rows per statement: per-call overhead, not the B-tree, dominates one-row inserts. */
  private insertPostings(byGen: readonly GenerationPostings[], rows: readonly number[]): void {
    const params: number[] = new Array<number>(POSTINGS_PER_INSERT * 3);
    for (const { gen, keys, docs } of byGen) {
      let i = 0;
      for (; i + POSTINGS_PER_INSERT <= keys.length; i += POSTINGS_PER_INSERT) {
        for (let j = 0; j < POSTINGS_PER_INSERT; j++) {
          params[3 * j] = gen;
          params[3 * j + 1] = keys[i + j]! - 2 ** 31;
          params[3 * j + 2] = rows[docs[i + j]!]!;
        }
        this.stmts.insertPostings.run(params);
      }
      for (; i < keys.length; i++) this.stmts.insertPosting.run(gen, keys[i]! - 2 ** 31, rows[docs[i]!]!);
    }
  }

  /** Every posting generation that can hold rows (0 … that of the largest row). */
  private generations(): string {
    const maxRow = (this.db.prepare('SELECT MAX(row) FROM documents').pluck().get() as number | null) ?? 0;
    return JSON.stringify(Array.from({ length: generationOf(maxRow) + 1 }, (_, g) => g));
  }

  hashes(ids: readonly string[]): Promise<Map<string, string>> {
    return this.run(() => {
      const out = new Map<string, string>();
      for (const id of ids) {
        const hit = this.stmts.byId.get(id) as { hash: string } | undefined;
        if (hit) out.set(id, hit.hash);
      }
      return out;
    });
  }

  writeBatch(docs: readonly DocRecord[], profiles: Readonly<Record<string, unknown>>): Promise<BatchOutcome> {
    return this.run(() => {
      const write = this.db.transaction(() => {
        const added: string[] = [];
        const replaced: string[] = [];
        const unchanged: string[] = [];
        const anchorsInBatch: Uint32Array[] = [];
        const rowsInBatch: number[] = [];
        const now = Date.now();
        for (const doc of docs) {
          const id = doc.article.id;
          const old = this.stmts.byId.get(id) as { row: number; hash: string; anchors: Buffer } | undefined;
          if (old && old.hash === doc.hash) {
            unchanged.push(id);
            continue;
          }
          const anchors = uniqueAnchors(doc.anchors);
          const row = toRow({ ...doc, anchors }, now);
          let rowNumber: number;
          if (old) {
            for (const anchor of blobToAnchors(old.anchors)) this.stmts.deletePosting.run(generationOf(old.row), postingKey(anchor), old.row);
            this.stmts.updateDoc.run({ ...row, row: old.row });
            rowNumber = old.row;
            replaced.push(id);
          } else {
            rowNumber = Number(this.stmts.insertDoc.run(row).lastInsertRowid);
            added.push(id);
          }
          anchorsInBatch.push(anchors);
          rowsInBatch.push(rowNumber);
        }
        this.insertPostings(sortedPostings(anchorsInBatch, rowsInBatch), rowsInBatch);
        for (const [source, profile] of Object.entries(profiles)) {
          this.stmts.upsertProfile.run(source, JSON.stringify(profile), now);
        }
        return { added, replaced, unchanged };
      });
      this.wrote = true;
      return write.immediate();
    });
  }

  remove(ids: readonly string[]): Promise<string[]> {
    this.wrote = true;
    return this.run(() =>
      this.db
        .transaction(() => {
          const removed: string[] = [];
          for (const id of ids) {
            const old = this.stmts.byId.get(id) as { row: number; anchors: Buffer } | undefined;
            if (!old) continue;
            for (const anchor of blobToAnchors(old.anchors)) this.stmts.deletePosting.run(generationOf(old.row), postingKey(anchor), old.row);
            this.stmts.deleteDoc.run(old.row);
            removed.push(id);
          }
          return removed;
        })
        .immediate(),
    );
  }

  lookup(anchors: Uint32Array, maxDocsPerAnchor: number, common?: number[]): Promise<SharedAnchors> {
    return this.run(() => {
      const shared: SharedAnchors = new Map();
      const seen = new Set<number>();
      const gens = this.generations();
      for (const anchor of anchors) {
        const key = postingKey(anchor);
        if (seen.has(key)) continue;
        seen.add(key);
        const docs = this.stmts.postingsOf.all(gens, key, maxDocsPerAnchor + 1) as number[];
        if (docs.length > maxDocsPerAnchor) {
          common?.push(anchor);
          continue;
        }
        for (const doc of docs) shared.set(doc, (shared.get(doc) ?? 0) + 1);
      }
      return shared;
    });
  }

  within(rows: readonly number[], sinceMs: number): Promise<Set<number>> {
    return this.run(() => {
      if (rows.length === 0) return new Set<number>();
      const kept = this.db
        .prepare('SELECT row FROM documents WHERE row IN (SELECT value FROM json_each(?)) AND time_ms >= ?')
        .pluck()
        .all(JSON.stringify(rows), sinceMs) as number[];
      return new Set(kept);
    });
  }

  load(rows: readonly number[], sinceMs: number | null = null): Promise<ArchivedDoc[]> {
    return this.run(() => {
      if (rows.length === 0) return [];
      const raw = this.db
        .prepare(`SELECT ${DOC_COLUMNS} FROM documents WHERE row IN (SELECT value FROM json_each(?)) AND time_ms >= ? ORDER BY row`)
        .all(JSON.stringify(rows), sinceMs ?? Number.MIN_SAFE_INTEGER) as RawRow[];
      return raw.map((r) => fromRow(r.row, r));
    });
  }

  recent(source: string, limit: number): Promise<ArchivedDoc[]> {
    return this.run(() => {
      const raw = this.db
        .prepare(`SELECT ${DOC_COLUMNS} FROM documents WHERE source = ? ORDER BY time_ms DESC, row DESC LIMIT ?`)
        .all(source, limit) as RawRow[];
      return raw.map((r) => fromRow(r.row, r));
    });
  }

  profiles(): Promise<ProfileSet> {
    return this.run(() => {
      const rows = this.db.prepare('SELECT source, profile FROM profiles ORDER BY source').all() as { source: string; profile: string }[];
      const sources: Record<string, unknown> = {};
      for (const r of rows) sources[r.source] = JSON.parse(r.profile) as unknown;
      return { version: 1, sources } as ProfileSet;
    });
  }

  list(): Promise<ListedDoc[]> {
    return this.run(() => {
      const rows = this.db
        .prepare(
          `SELECT id, source, title, published, url, hash, chars, length(anchors) / 4 AS anchors, added_ms
           FROM documents ORDER BY id`,
        )
        .all() as (Omit<ListedDoc, 'addedAt'> & { added_ms: number })[];
      return rows.map(({ added_ms, ...rest }) => ({ ...rest, addedAt: new Date(added_ms).toISOString() }));
    });
  }

  stats(): Promise<ArchiveStats> {
    return this.run(() => {
      const one = (sql: string): number => Number(this.db.prepare(sql).pluck().get() ?? 0);
      const pageBytes = one('PRAGMA page_count') * one('PRAGMA page_size');
      const wal = `${this.location}-wal`;
      const walBytes = existsSync(wal) ? statSync(wal).size : 0;
      return {
        backend: this.backend,
        schemaVersion: one('SELECT MAX(version) FROM schema_version'),
        documents: one('SELECT COUNT(*) FROM documents'),
        sources: one('SELECT COUNT(DISTINCT source) FROM documents'),
        postings: one('SELECT COUNT(*) FROM postings'),
        profiles: one('SELECT COUNT(*) FROM profiles'),
        bytes: pageBytes + walBytes,
      };
    });
  }

  verify(): Promise<IntegrityReport> {
    return this.run(() => {
      const problems: string[] = [];
      const integrity = this.db.prepare('PRAGMA integrity_check').pluck().all() as string[];
      if (integrity.length !== 1 || integrity[0] !== 'ok') problems.push(`SQLite integrity check: ${integrity.slice(0, 5).join('; ')}`);
      const fromDocs = new PostingDigest();
      let documents = 0;
      for (const r of this.db.prepare('SELECT row, anchors FROM documents').iterate() as Iterable<{ row: number; anchors: Buffer }>) {
        documents++;
        for (const anchor of blobToAnchors(r.anchors)) fromDocs.add(postingKey(anchor), r.row);
      }
      const fromPostings = new PostingDigest();
      let misfiled = 0;
      for (const p of this.db.prepare('SELECT gen, hash, doc FROM postings').raw().iterate() as Iterable<[number, number, number]>) {
        fromPostings.add(p[1], p[2]);
        if (p[0] !== generationOf(p[2])) misfiled++;
      }
      if (misfiled > 0) problems.push(`${misfiled} postings are filed under the wrong generation`);
      if (!fromDocs.equals(fromPostings)) {
        problems.push(`postings do not match the documents' anchors (${fromPostings.count} postings, ${fromDocs.count} anchors listed by documents)`);
      }
      return { ok: problems.length === 0, documents, postings: fromPostings.count, problems };
    });
  }

  close(): Promise<void> {
    return this.run(() => {
      if (!this.db.open) return;
      if (this.wrote) {
        // Fold the WAL back into the file so the archive is one compact file between runs.
        // Best effort: with other processes reading, SQLite checkpoints what it can.
        try {
          this.db.pragma('wal_checkpoint(TRUNCATE)');
        } catch {
          // another process holds the database; its own close will checkpoint
        }
      }
      this.db.close();
    });
  }
}
