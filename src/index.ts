/**
 * wiretrace's public library API. The CLI is a thin shell over these functions; nothing
 * here prints or exits.
 *
 * ```ts
 * import { scanCorpus, compareFiles } from 'wiretrace';
 * const { report } = await scanCorpus(['corpus']);
 * const pair = await compareFiles('a.txt', 'b.txt');
 * ```
 */
export type * from './types.js';
export { WiretraceError, InputError, ConfigError, StoreError } from './errors.js';
export {
  scanCorpus,
  scanArticles,
  compareFiles,
  prepareDocument,
  summarizeDocument,
  isListed,
  loadOne,
  type ScanOptions,
  type ScanResult,
  type ScanStats,
  type ScanStage,
} from './pipeline.js';
export { loadArticles, type IngestOptions, type IngestResult } from './ingest/index.js';
export { cleanArticle, learnProfiles, type ProfileSet } from './clean/index.js';
export { analyzeText, splitSentences, tokenize, normalizeWord, hashWord, shingleHashes } from './text/index.js';
export { selectAnchors, CandidateIndex, type CandidatePair, type CandidateOptions, type CandidateStats } from './candidates/index.js';
export { alignDocs, alignPair, scoreSide, wordDiff, type AlignedPair } from './align/index.js';
export {
  comparePair,
  judgePair,
  settleDerivations,
  inferDirection,
  detectCredit,
  assessPair,
  refineProvenance,
  applyProvenance,
  buildProvenanceContext,
  samePublisher,
  findAttributions,
  publicationTime,
  type ProvenanceContext,
  type DocLookup,
} from './provenance/index.js';
export { buildClusters, derivationTree, type ClusterOptions } from './cluster/index.js';
export { formatHtml, formatMarkdown, formatSummary, type HtmlContext, type MarkdownContext, type SummaryContext } from './report/index.js';
export {
  openArchive,
  addArticles,
  checkArticles,
  formatCheck,
  parseSince,
  type Archive,
  type ArchiveStats,
  type AddOptions,
  type AddReport,
  type CheckOptions,
  type CheckReport,
  type CheckedDoc,
  type CheckMatch,
  type CheckFormat,
  type FailOn,
} from './store/index.js';
