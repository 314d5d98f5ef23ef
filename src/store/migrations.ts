/**
 * Schema versions of the archive. Each migration moves the schema from `version - 1` to
 * `version`; an archive records its version in `schema_version`, and opening it applies
 * the missing migrations in one transaction (so two processes opening a fresh archive at
 * once cannot both apply them). Never edit a released migration: add the next one.
 */

/** One schema step, written for both backends. */
export interface Migration {
  readonly version: number;
  readonly describe: string;
  readonly sqlite: readonly string[];
  readonly postgres: readonly string[];
}

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    describe: 'documents, anchor postings, publisher profiles',
    sqlite: [
      `CREATE TABLE documents (
         row INTEGER PRIMARY KEY,
         id TEXT NOT NULL UNIQUE,
         source TEXT, title TEXT, published TEXT, url TEXT,
         time_ms INTEGER NOT NULL,
         added_ms INTEGER NOT NULL,
         hash TEXT NOT NULL,
         chars INTEGER NOT NULL,
         text TEXT NOT NULL,
         detail TEXT NOT NULL,
         anchors BLOB NOT NULL
       )`,
      `CREATE INDEX documents_source_time ON documents (source, time_ms)`,
      // Postings as a clustered (WITHOUT ROWID) B-tree keyed by (hash, doc): a look-up is one
      // seek per anchor and a row costs only its two integers plus a few bytes of overhead.
      `CREATE TABLE postings (
         hash INTEGER NOT NULL,
         doc INTEGER NOT NULL,
         PRIMARY KEY (hash, doc)
       ) WITHOUT ROWID`,
      `CREATE TABLE profiles (
         source TEXT PRIMARY KEY,
         profile TEXT NOT NULL,
         updated_ms INTEGER NOT NULL
       )`,
    ],
    postgres: [
      `CREATE TABLE documents (
         row SERIAL PRIMARY KEY,
         id TEXT NOT NULL UNIQUE,
         source TEXT, title TEXT, published TEXT, url TEXT,
         time_ms BIGINT NOT NULL,
         added_ms BIGINT NOT NULL,
         hash TEXT NOT NULL,
         chars INTEGER NOT NULL,
         text TEXT NOT NULL,
         detail TEXT NOT NULL,
         anchors BYTEA NOT NULL
       )`,
      `CREATE INDEX documents_source_time ON documents (source, time_ms)`,
      // (hash, doc) primary key: look-ups are index-only scans. Partition or distribute this
      // table by hash to grow past one server (README, "Archive").
      `CREATE TABLE postings (
         hash INTEGER NOT NULL,
         doc INTEGER NOT NULL,
         PRIMARY KEY (hash, doc)
       )`,
      `CREATE TABLE profiles (
         source TEXT PRIMARY KEY,
         profile TEXT NOT NULL,
         updated_ms BIGINT NOT NULL
       )`,
    ],
  },
  {
    version: 2,
    describe: 'SQLite postings filed by generation of 16,384 document rows, so batches insert locally',
    sqlite: [
      `CREATE TABLE postings_v2 (
         gen INTEGER NOT NULL,
         hash INTEGER NOT NULL,
         doc INTEGER NOT NULL,
         PRIMARY KEY (gen, hash, doc)
       ) WITHOUT ROWID`,
      // 16384 = POSTING_GENERATION_DOCS, written out: a migration must never change meaning.
      `INSERT INTO postings_v2 (gen, hash, doc) SELECT doc / 16384, hash, doc FROM postings ORDER BY doc / 16384, hash, doc`,
      `DROP TABLE postings`,
      `ALTER TABLE postings_v2 RENAME TO postings`,
    ],
    // PostgreSQL logs row changes, not whole pages, so its (hash, doc) index stays as it is.
    postgres: [],
  },
];

/** The schema version this build writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
