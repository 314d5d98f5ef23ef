/**
 * Archive thresholds and defaults. Every number has a unit and a reason.
 */

/** Documents written per transaction by `index add`. 1,000: each commit rewrites the postings pages its generation's subtree has touched, so larger batches amortise that (measured at 40k documents: 0.23 ms CPU and 1.0 ms wall per document at 1,000, 0.29/1.4 at 500, 0.41/1.9 at 250); small enough that a killed or failed batch loses little work and another writer waits about a second for the lock. Documents. */
export const DEFAULT_BATCH_DOCS = 1000;

/** How long a process waits for another's write lock before giving up (SQLite `busy_timeout`). 60 s: four CI runners adding 1,000-document batches at once queue for a few seconds at most; a minute means "something is stuck", not "busy". Milliseconds. */
export const BUSY_TIMEOUT_MS = 60_000;

/** SQLite page cache per connection. 64 MiB keeps the top of the postings B-tree of a 100k-document archive (≈15 M rows) in memory, so inserts and look-ups rarely touch disk. Kibibytes (negative `cache_size` means KiB). */
export const SQLITE_CACHE_KIB = 64 * 1024;

/** `check` compares an incoming article against at most this many archived documents, those sharing the most anchors. 24: a story syndicated to more outlets than that still shows its strongest sources; each comparison costs ~1 ms, keeping a check within its 50 ms budget. Documents. */
export const MAX_CHECK_CANDIDATES = 24;

/** Recent archived documents of a source that (with the new ones) relearn its publisher template. 40: templates need a dozen or so pages to show repeated lines; more only costs time per batch. Documents. */
export const PROFILE_WINDOW_DOCS = 40;

/** Archived text documents whose analysis `check` keeps in memory between incoming articles (many incoming copies of one story hit the same sources). Documents. */
export const CHECK_DOC_CACHE = 512;

/** Size of PostgreSQL's connection pool per process: one writer plus readers. Connections. */
export const PG_POOL_SIZE = 4;

/** Lock key PostgreSQL writers take (`pg_advisory_xact_lock`) so batches from many runners apply one at a time, like SQLite's single writer. Any constant; this one spells "wire". */
export const PG_WRITE_LOCK_KEY = 0x77697265;

/** Most worker threads `index add` uses to analyse articles. 4: past that the single writer is the bottleneck (analysis ≈ 0.33 ms and writing ≈ 0.18 ms of CPU per document). Threads. */
export const MAX_PREPARE_WORKERS = 4;

/** Below this many documents to analyse, `index add` does not start worker threads (starting one costs ~50 ms). Documents. */
export const MIN_DOCS_FOR_WORKERS = 400;

/**
 * SQLite files postings in generations of this many document rows (schema version 2): the
 * postings B-tree is keyed (generation, hash, doc), so a batch inserts into its own
 * generation's small subtree instead of touching pages all over a tree of millions of
 * random hashes (measured at 100k documents: 1.3 ms of CPU and ~300 KB of WAL per document
 * without generations). A look-up seeks once per generation (7 at 100k documents, 62 at
 * 1M). Documents. Never change it without a migration: it decides where rows are filed.
 */
export const POSTING_GENERATION_DOCS = 16_384;
