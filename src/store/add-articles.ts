/**
 * `index add`: prepares articles (clean + text + anchors) and writes them to the archive in
 * atomic batches. Incremental: an article whose content hash is already archived under
 * its id is not even analysed. Publisher templates are relearned, per source touched, from
 * the batch plus that source's most recent archived documents, and stored with the batch.
 */
import { cleanArticle, type LineCache } from '../clean/index.js';
import { ProfileLearner, summarizeForProfiles, type ProfileSet, type ProfileSummary, type SourceProfile } from '../clean/profiles.js';
import { WiretraceError } from '../errors.js';
import type { Article, CleanDoc } from '../types.js';
import { anchorsOf } from '../workers/anchors.js';
import type { Archive, DocRecord } from './archive.js';
import { DEFAULT_BATCH_DOCS, MIN_DOCS_FOR_WORKERS, PROFILE_WINDOW_DOCS } from './constants.js';
import { defaultWorkers, PreparePool, type PreparedResult } from './prepare-pool.js';
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
  /** Worker threads that analyse articles (0: on the main thread). Default: one per spare core for large inputs. */
  readonly workers?: number;
  /**
   * Analyses already made of some of the articles (by `check`, for `check --add`): one is
   * stored as it is when it was made with the very templates this run cleans its article
   * with, so the archive holds what a fresh analysis would give. Else its per-line features
   * (which no template changes) are reused when the article is analysed on this thread.
   */
  readonly prior?: (article: Article) => PriorAnalysis | undefined;
}

/** An analysis of an article made before `addArticles` (see `AddOptions.prior`). */
export interface PriorAnalysis {
  /** The template the article was cleaned with (its source's profile), or null for none. */
  readonly profile: SourceProfile | null;
  readonly clean: CleanDoc;
  /** Anchors of the clean spans (as `anchorsOf` gives them). */
  readonly anchors: Uint32Array;
  /** The per-line features cache the clean used (`ClassifyOptions.cache`). */
  readonly lineCache?: LineCache;
}

/** The template `cleanArticle` uses for `article` under `profiles` (its source's profile), or null. */
export function profileFor(profiles: ProfileSet | null, article: Article): SourceProfile | null {
  const source = article.meta.source;
  if (!profiles || source === null || !Object.prototype.hasOwnProperty.call(profiles.sources, source)) return null;
  return profiles.sources[source] ?? null;
}

/**
 * Analyses one article for the archive with the given templates: clean spans and anchors
 * (`anchorsOf`: the anchors of `selectAnchors(prepareDocument(…))` without building the
 * full text analysis, which the archive does not store).
 */
export function prepareRecord(article: Article, profiles: ProfileSet | null): DocRecord {
  return { article, ...prepareAnalysis(article, profiles), hash: contentHash(article) };
}

/** The analysis part of `prepareRecord` (the content hash is computed where the batch is read, once). */
export function prepareAnalysis(article: Article, profiles: ProfileSet | null, lineCache?: LineCache): { clean: CleanDoc; anchors: Uint32Array } {
  const clean = cleanArticle(article, profiles, lineCache ? { cache: lineCache } : {});
  return { clean, anchors: anchorsOf(article, clean) };
}

/** Template summaries kept between batches of one run (an article is in the learning set of several batches). Documents. */
const SUMMARY_CACHE_DOCS = 8192;

/**
 * Template summaries of articles by id, content hash and front matter (what a summary
 * reads), so relearning a source's templates batch after batch summarises each article
 * once, not once per batch whose learning window holds it.
 */
class SummaryCache {
  private readonly map = new Map<string, ProfileSummary>();

  of(article: Article, hash: string): ProfileSummary {
    const fm = article.frontMatter;
    const key = `${article.id}\u0000${hash}\u0000${fm ? `${fm.start}:${fm.end}` : ''}`;
    let summary = this.map.get(key);
    if (!summary) {
      summary = summarizeForProfiles(article);
      this.map.set(key, summary);
      if (this.map.size > SUMMARY_CACHE_DOCS) this.map.delete(this.map.keys().next().value!);
    }
    return summary;
  }
}

/** An article and its content hash. */
interface Hashed {
  readonly article: Article;
  readonly hash: string;
}

/** One batch whose analysis is under way. */
interface DispatchedBatch {
  readonly start: number;
  /** The articles to analyse and write, with their content hashes. */
  readonly todo: readonly Hashed[];
  readonly learned: Record<string, SourceProfile>;
  readonly unchanged: string[];
  readonly results: Promise<PreparedResult[]>;
}

/** One batch, analysed and ready to write. */
interface PreparedBatch {
  readonly start: number;
  readonly records: DocRecord[];
  readonly learned: Record<string, SourceProfile>;
  readonly unchanged: string[];
  readonly notStored: NotStored[];
}

/**
 * Adds (or replaces) `articles` in `archive`, one transaction per batch. Never throws for a
 * failed write: it stops and reports. With worker threads, the next batch is analysed
 * while the current one is written; what is stored does not depend on the number of
 * workers (the next batch's templates are learned before the current batch is written,
 * with or without workers).
 */
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
  const workers = options.workers ?? (unique.length >= MIN_DOCS_FOR_WORKERS ? defaultWorkers() : 0);
  const pool = workers > 0 ? new PreparePool(workers) : null;

  /** The articles the previous batch analysed: its write may or may not have landed when the next batch learns templates. */
  let previousTodo: readonly Hashed[] = [];
  const summaries = new SummaryCache();
  /** Finds what batch `start` needs written, relearns templates, and sends it to be analysed (the analysis is awaited by `finish`). */
  const dispatch = async (start: number): Promise<DispatchedBatch> => {
    const batch = unique.slice(start, start + batchSize);
    const stored = await archive.hashes(batch.map((a) => a.id));
    const hashes = batch.map(contentHash);
    const unchanged = batch.filter((a, i) => stored.get(a.id) === hashes[i]).map((a) => a.id);
    const todo: Hashed[] = [];
    batch.forEach((article, i) => {
      if (stored.get(article.id) !== hashes[i]) todo.push({ article, hash: hashes[i]! });
    });
    const before = previousTodo;
    previousTodo = todo;
    const learned = todo.length > 0 ? await relearnProfiles(archive, todo, before, summaries) : {};
    profiles = { ...profiles, sources: { ...profiles.sources, ...learned } };
    const current = profiles;
    // Prior analyses made with the same template are kept; the rest are analysed now.
    const reused: (PreparedResult | null)[] = todo.map(({ article }) => {
      const prior = options.prior?.(article);
      if (!prior || JSON.stringify(prior.profile) !== JSON.stringify(profileFor(current, article))) return null;
      return { ok: true, clean: prior.clean, anchors: prior.anchors };
    });
    const articlesToDo = todo.filter((_, i) => reused[i] === null).map((t) => t.article);
    const fresh = pool ? pool.prepare(articlesToDo, current) : Promise.resolve(articlesToDo.map((a) => prepareInline(a, current, options.prior?.(a)?.lineCache)));
    const results = fresh.then((analysed) => {
      let k = 0;
      return reused.map((r) => r ?? analysed[k++]!);
    });
    results.catch(() => {}); // awaited by finish; never an unhandled rejection
    return { start, todo, learned, unchanged, results };
  };
  const finish = async (dispatched: DispatchedBatch): Promise<PreparedBatch> => {
    const results = await dispatched.results;
    const records: DocRecord[] = [];
    const notStored: NotStored[] = [];
    results.forEach((r, i) => {
      const { article, hash } = dispatched.todo[i]!;
      if (r.ok) records.push({ article, clean: r.clean, anchors: r.anchors, hash });
      else notStored.push({ id: article.id, reason: `could not be analysed: ${r.reason}` });
    });
    return { start: dispatched.start, records, learned: dispatched.learned, unchanged: dispatched.unchanged, notStored };
  };

  try {
    let current: DispatchedBatch | null = null;
    if (unique.length > 0) {
      try {
        current = await dispatch(0);
      } catch (error) {
        return fail(report, unique, 0, error);
      }
    }
    while (current) {
      let batch: PreparedBatch;
      try {
        batch = await finish(current);
      } catch (error) {
        return fail(report, unique, current.start, error);
      }
      const following = batch.start + batchSize;
      // The next batch is sent to the workers before this one is written, so they analyse
      // it while the main thread writes (its templates do not depend on this write landing).
      let next: DispatchedBatch | null = null;
      let nextError: unknown = null;
      if (following < unique.length) {
        try {
          next = await dispatch(following);
        } catch (error) {
          nextError = error;
        }
      }
      report.unchanged.push(...batch.unchanged);
      report.notStored.push(...batch.notStored);
      try {
        if (batch.records.length > 0 || Object.keys(batch.learned).length > 0) {
          const outcome = await archive.writeBatch(batch.records, batch.learned);
          report.added.push(...outcome.added);
          report.replaced.push(...outcome.replaced);
          report.unchanged.push(...outcome.unchanged);
        }
      } catch (error) {
        return fail(report, unique, batch.start, error, new Set(batch.unchanged.concat(batch.notStored.map((n) => n.id))));
      }
      options.onBatch?.(Math.min(following, unique.length), unique.length);
      if (nextError !== null) return fail(report, unique, following, nextError);
      current = next;
    }
  } finally {
    await pool?.close();
  }
  return report;
}

function prepareInline(article: Article, profiles: ProfileSet, lineCache?: LineCache): PreparedResult {
  try {
    const { clean, anchors } = prepareAnalysis(article, profiles, lineCache);
    return { ok: true, clean, anchors };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Marks everything from `start` on (except ids in `settled`, already accounted for) as not stored because of `error`. */
function fail(report: AddReport, articles: readonly Article[], start: number, error: unknown, settled: ReadonlySet<string> = new Set()): AddReport {
  const reason = error instanceof Error ? error.message : String(error);
  for (const a of articles.slice(start)) if (!settled.has(a.id)) report.notStored.push({ id: a.id, reason });
  const wrapped = error instanceof WiretraceError ? error : new WiretraceError(reason);
  return { ...report, error: wrapped };
}

/**
 * Templates of the sources in `articles`, learned from them, the previous batch's articles
 * of the same source, and that source's most recent archived documents. The previous
 * batch is passed in, not read back, because its write may still be under way (the next
 * batch is analysed meanwhile): the learning set is the same whether or not it landed.
 */
async function relearnProfiles(
  archive: Archive,
  articles: readonly Hashed[],
  previous: readonly Hashed[],
  summaries: SummaryCache,
): Promise<Record<string, SourceProfile>> {
  const bySource = (list: readonly Hashed[]): Map<string, Hashed[]> => {
    const out = new Map<string, Hashed[]>();
    for (const a of list) {
      if (a.article.meta.source === null) continue;
      const group = out.get(a.article.meta.source) ?? [];
      group.push(a);
      out.set(a.article.meta.source, group);
    }
    return out;
  };
  const fresh = bySource(articles);
  const prior = bySource(previous);
  const learned: Record<string, SourceProfile> = {};
  for (const [source, mine] of [...fresh].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const before = prior.get(source) ?? [];
    const exclude = new Set([...mine, ...before].map((a) => a.article.id));
    const archived = await archive.recent(source, PROFILE_WINDOW_DOCS + exclude.size);
    const window = archived.filter((d) => !exclude.has(d.article.id)).slice(0, PROFILE_WINDOW_DOCS);
    // The same as learnProfiles([...window, ...before, ...mine]), from cached summaries.
    const learner = new ProfileLearner();
    for (const d of [...window, ...before, ...mine]) learner.add(summaries.of(d.article, d.hash));
    const set = learner.finish();
    if (set.sources[source] !== undefined) learned[source] = set.sources[source];
  }
  return learned;
}
