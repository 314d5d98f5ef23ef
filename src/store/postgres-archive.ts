/**
 * The PostgreSQL archive (`pg`; the only file that imports it), for newsrooms where many
 * CI runners and editors share one archive. Same tables as SQLite. Writers serialise on
 * an advisory lock inside each batch's transaction (like SQLite's single writer), so two
 * runners adding the same id cannot both insert it; readers never wait.
 */
import pg from 'pg';
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
import { PG_POOL_SIZE, PG_WRITE_LOCK_KEY } from './constants.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import { PostingDigest } from './posting-digest.js';
import { blobToAnchors, fromRow, postingKey, toRow, uniqueAnchors, type DocRow } from './record-codec.js';

const DOC_COLUMNS = 'row, id, source, title, published, url, time_ms, added_ms, hash, chars, text, detail, anchors';
const INSERT_COLUMNS = ['id', 'source', 'title', 'published', 'url', 'time_ms', 'added_ms', 'hash', 'chars', 'text', 'detail', 'anchors'] as const;
const INSERT_TYPES = ['text', 'text', 'text', 'text', 'text', 'int8', 'int8', 'text', 'int4', 'text', 'text', 'bytea'];

/** The URL without its password, for messages. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

function storeError(location: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const message = error instanceof Error ? error.message || (error as { code?: string }).code || 'error' : String(error);
  return new StoreError(`archive ${location}: ${message}`);
}

/** Opens (and with `create`, sets up) the archive in the PostgreSQL database at `url`. */
export async function openPostgresArchive(url: string, options: OpenOptions = {}): Promise<Archive> {
  const location = redact(url);
  const pool = new pg.Pool({ connectionString: url, max: PG_POOL_SIZE });
  pool.on('error', () => {}); // idle-client errors surface on the next query instead of crashing the process
  try {
    await migrate(pool, location, options.create === true);
  } catch (error) {
    await pool.end().catch(() => {});
    throw storeError(location, error);
  }
  return new PostgresArchive(pool, location);
}

async function migrate(pool: pg.Pool, location: string, create: boolean): Promise<void> {
  const client = await pool.connect();
  try {
    const version = async (): Promise<number> => {
      // pg_tables, not to_regclass: a catalog query sees tables committed by another
      // process while we waited for the lock (to_regclass may use a stale catalog cache).
      const table = await client.query(`SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = 'schema_version'`);
      if (table.rowCount === 0) return 0;
      const r = await client.query('SELECT MAX(version) AS v FROM schema_version');
      return Number(r.rows[0].v ?? 0);
    };
    const before = await version();
    if (before > SCHEMA_VERSION) {
      throw new StoreError(`archive ${location} has schema version ${before}; this wiretrace knows up to ${SCHEMA_VERSION} (upgrade wiretrace)`);
    }
    if (before === SCHEMA_VERSION) return;
    if (before === 0 && !create) throw new StoreError(`${location} holds no wiretrace archive (make one with: wiretrace index add <paths> --db URL)`);
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [PG_WRITE_LOCK_KEY]);
      const now = await version();
      if (now === 0) await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_ms BIGINT NOT NULL)');
      for (const migration of MIGRATIONS) {
        if (migration.version <= now) continue;
        for (const sql of migration.postgres) await client.query(sql);
        await client.query('INSERT INTO schema_version (version, applied_ms) VALUES ($1, $2)', [migration.version, Date.now()]);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    }
  } finally {
    client.release();
  }
}

interface RawRow extends Omit<DocRow, 'time_ms' | 'added_ms'> {
  readonly row: number;
  readonly time_ms: string;
  readonly added_ms: string;
}

const toDoc = (r: RawRow): ArchivedDoc => fromRow(r.row, { ...r, time_ms: Number(r.time_ms), added_ms: Number(r.added_ms) });

class PostgresArchive implements Archive {
  readonly backend = 'postgres' as const;

  constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
  ) {}

  private async query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
    try {
      return (await this.pool.query<R>(sql, params)).rows;
    } catch (error) {
      throw storeError(this.location, error);
    }
  }

  /** Runs `fn` in one transaction holding the writers' lock. */
  private async write<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw storeError(this.location, error);
    }
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [PG_WRITE_LOCK_KEY]);
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw storeError(this.location, error);
    } finally {
      client.release();
    }
  }

  async hashes(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.query<{ id: string; hash: string }>('SELECT id, hash FROM documents WHERE id = ANY($1::text[])', [ids]);
    return new Map(rows.map((r) => [r.id, r.hash]));
  }

  writeBatch(docs: readonly DocRecord[], profiles: Readonly<Record<string, unknown>>): Promise<BatchOutcome> {
    return this.write(async (client) => {
      const ids = docs.map((d) => d.article.id);
      const old = new Map(
        (await client.query<{ id: string; row: number; hash: string; anchors: Buffer }>(
          'SELECT id, row, hash, anchors FROM documents WHERE id = ANY($1::text[])',
          [ids],
        )).rows.map((r) => [r.id, r]),
      );
      const added: string[] = [];
      const replaced: string[] = [];
      const unchanged: string[] = [];
      const fresh: { row: DocRow; anchors: Uint32Array }[] = [];
      const postKeys: number[] = [];
      const postDocs: number[] = [];
      const now = Date.now();
      const seen = new Set<string>();
      for (const doc of docs) {
        const id = doc.article.id;
        if (seen.has(id)) continue; // the indexer never sends one id twice; be safe anyway
        seen.add(id);
        const prior = old.get(id);
        if (prior && prior.hash === doc.hash) {
          unchanged.push(id);
          continue;
        }
        const anchors = uniqueAnchors(doc.anchors);
        const row = toRow({ ...doc, anchors }, now);
        if (prior) {
          const oldKeys = Array.from(blobToAnchors(prior.anchors), postingKey);
          await client.query('DELETE FROM postings p USING unnest($1::int4[]) AS h(k) WHERE p.hash = h.k AND p.doc = $2', [oldKeys, prior.row]);
          await client.query(
            `UPDATE documents SET source = $2, title = $3, published = $4, url = $5, time_ms = $6, added_ms = $7,
               hash = $8, chars = $9, text = $10, detail = $11, anchors = $12 WHERE row = $1`,
            [prior.row, ...INSERT_COLUMNS.slice(1).map((c) => row[c])],
          );
          for (const a of anchors) {
            postKeys.push(postingKey(a));
            postDocs.push(prior.row);
          }
          replaced.push(id);
        } else {
          fresh.push({ row, anchors });
          added.push(id);
        }
      }
      if (fresh.length > 0) {
        const arrays = INSERT_COLUMNS.map((c) => fresh.map((f) => f.row[c]));
        const casts = INSERT_TYPES.map((t, i) => `$${i + 1}::${t}[]`).join(', ');
        const inserted = await client.query<{ row: number; id: string }>(
          `INSERT INTO documents (${INSERT_COLUMNS.join(', ')}) SELECT * FROM unnest(${casts}) RETURNING row, id`,
          arrays,
        );
        const rowOf = new Map(inserted.rows.map((r) => [r.id, r.row]));
        for (const f of fresh) {
          const rowNumber = rowOf.get(f.row.id)!;
          for (const a of f.anchors) {
            postKeys.push(postingKey(a));
            postDocs.push(rowNumber);
          }
        }
      }
      if (postKeys.length > 0) {
        await client.query('INSERT INTO postings (hash, doc) SELECT * FROM unnest($1::int4[], $2::int4[]) ON CONFLICT DO NOTHING', [postKeys, postDocs]);
      }
      for (const [source, profile] of Object.entries(profiles)) {
        await client.query(
          `INSERT INTO profiles (source, profile, updated_ms) VALUES ($1, $2, $3)
           ON CONFLICT (source) DO UPDATE SET profile = excluded.profile, updated_ms = excluded.updated_ms`,
          [source, JSON.stringify(profile), now],
        );
      }
      return { added, replaced, unchanged };
    });
  }

  remove(ids: readonly string[]): Promise<string[]> {
    return this.write(async (client) => {
      const rows = (await client.query<{ id: string; row: number; anchors: Buffer }>(
        'SELECT id, row, anchors FROM documents WHERE id = ANY($1::text[]) ORDER BY id',
        [ids],
      )).rows;
      for (const r of rows) {
        const keys = Array.from(blobToAnchors(r.anchors), postingKey);
        await client.query('DELETE FROM postings p USING unnest($1::int4[]) AS h(k) WHERE p.hash = h.k AND p.doc = $2', [keys, r.row]);
        await client.query('DELETE FROM documents WHERE row = $1', [r.row]);
      }
      const removed = new Set(rows.map((r) => r.id));
      return ids.filter((id) => removed.has(id));
    });
  }

  async lookup(anchors: Uint32Array, maxDocsPerAnchor: number, common?: number[]): Promise<SharedAnchors> {
    const keys = [...new Set(Array.from(anchors, postingKey))];
    const anchorsOf = new Map<number, number[]>();
    for (const anchor of anchors) {
      const key = postingKey(anchor);
      const list = anchorsOf.get(key);
      if (list) list.push(anchor);
      else anchorsOf.set(key, [anchor]);
    }
    const rows = await this.query<{ k: number; doc: number }>(
      `SELECT h.k, p.doc FROM unnest($1::int4[]) AS h(k),
         LATERAL (SELECT doc FROM postings WHERE hash = h.k LIMIT $2) AS p`,
      [keys, maxDocsPerAnchor + 1],
    );
    const byKey = new Map<number, number[]>();
    for (const r of rows) {
      const list = byKey.get(r.k) ?? [];
      list.push(r.doc);
      byKey.set(r.k, list);
    }
    const shared: SharedAnchors = new Map();
    for (const [key, docs] of byKey) {
      if (docs.length > maxDocsPerAnchor) {
        if (common) for (const anchor of anchorsOf.get(key) ?? []) common.push(anchor);
        continue;
      }
      for (const doc of docs) shared.set(doc, (shared.get(doc) ?? 0) + 1);
    }
    return shared;
  }

  async within(rows: readonly number[], sinceMs: number): Promise<Set<number>> {
    if (rows.length === 0) return new Set();
    const kept = await this.query<{ row: number }>('SELECT row FROM documents WHERE row = ANY($1::int4[]) AND time_ms >= $2', [rows, sinceMs]);
    return new Set(kept.map((r) => r.row));
  }

  async load(rows: readonly number[], sinceMs: number | null = null): Promise<ArchivedDoc[]> {
    if (rows.length === 0) return [];
    const raw = await this.query<RawRow>(
      `SELECT ${DOC_COLUMNS} FROM documents WHERE row = ANY($1::int4[]) AND time_ms >= $2 ORDER BY row`,
      [rows, sinceMs ?? Number.MIN_SAFE_INTEGER],
    );
    return raw.map(toDoc);
  }

  async recent(source: string, limit: number): Promise<ArchivedDoc[]> {
    const raw = await this.query<RawRow>(
      `SELECT ${DOC_COLUMNS} FROM documents WHERE source = $1 ORDER BY time_ms DESC, row DESC LIMIT $2`,
      [source, limit],
    );
    return raw.map(toDoc);
  }

  async profiles(): Promise<ProfileSet> {
    const rows = await this.query<{ source: string; profile: string }>('SELECT source, profile FROM profiles ORDER BY source');
    const sources: Record<string, unknown> = {};
    for (const r of rows) sources[r.source] = JSON.parse(r.profile) as unknown;
    return { version: 1, sources } as ProfileSet;
  }

  async list(): Promise<ListedDoc[]> {
    const rows = await this.query<Omit<ListedDoc, 'addedAt'> & { added_ms: string }>(
      `SELECT id, source, title, published, url, hash, chars, length(anchors) / 4 AS anchors, added_ms
       FROM documents ORDER BY id COLLATE "C"`,
    );
    return rows.map(({ added_ms, ...rest }) => ({ ...rest, addedAt: new Date(Number(added_ms)).toISOString() }));
  }

  async stats(): Promise<ArchiveStats> {
    const [r] = await this.query<Record<string, string>>(
      `SELECT (SELECT MAX(version) FROM schema_version) AS version,
              (SELECT COUNT(*) FROM documents) AS documents,
              (SELECT COUNT(DISTINCT source) FROM documents) AS sources,
              (SELECT COUNT(*) FROM postings) AS postings,
              (SELECT COUNT(*) FROM profiles) AS profiles,
              pg_total_relation_size('documents') + pg_total_relation_size('postings') + pg_total_relation_size('profiles') AS bytes`,
    );
    return {
      backend: this.backend,
      schemaVersion: Number(r!.version),
      documents: Number(r!.documents),
      sources: Number(r!.sources),
      postings: Number(r!.postings),
      profiles: Number(r!.profiles),
      bytes: Number(r!.bytes),
    };
  }

  async verify(): Promise<IntegrityReport> {
    const fromDocs = new PostingDigest();
    const docs = await this.query<{ row: number; anchors: Buffer }>('SELECT row, anchors FROM documents');
    for (const r of docs) for (const a of blobToAnchors(r.anchors)) fromDocs.add(postingKey(a), r.row);
    const fromPostings = new PostingDigest();
    for (const p of await this.query<{ hash: number; doc: number }>('SELECT hash, doc FROM postings')) fromPostings.add(p.hash, p.doc);
    const problems: string[] = [];
    if (!fromDocs.equals(fromPostings)) {
      problems.push(`postings do not match the documents' anchors (${fromPostings.count} postings, ${fromDocs.count} anchors listed by documents)`);
    }
    return { ok: problems.length === 0, documents: docs.length, postings: fromPostings.count, problems };
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => {});
  }
}
