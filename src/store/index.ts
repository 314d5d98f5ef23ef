/**
 * The store stage: a persistent archive of documents and anchor postings (SQLite or
 * PostgreSQL), `addArticles` to fill it, `checkArticles` to check incoming copy against
 * it, and the formatters of check reports.
 */
export {
  openArchive,
  isPostgresUrl,
  type Archive,
  type ArchivedDoc,
  type ArchiveStats,
  type BatchOutcome,
  type DocRecord,
  type IntegrityReport,
  type ListedDoc,
  type OpenOptions,
} from './archive.js';
export { addArticles, prepareRecord, type AddOptions, type AddReport, type NotStored } from './add-articles.js';
export { checkArticles, reaches, type CheckMatch, type CheckOptions, type CheckReport, type CheckedDoc, type FailOn, type ArchivedRef } from './check-articles.js';
export { CHECK_FORMATS, formatCheck, formatCheckJunit, formatCheckMarkdown, formatCheckSarif, formatCheckText, type CheckFormat } from './formats/index.js';
export { parseSince } from './since.js';
export { SCHEMA_VERSION } from './migrations.js';
