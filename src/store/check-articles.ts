/**
 * `check`: for each incoming article, finds the archived documents it reuses. The article's
 * anchors are looked up in the archive's postings (never a scan of every archived
 * document); the archived documents sharing the most anchors are loaded and compared with
 * the core comparison, and the verdicts are judged against `--fail-on`.
 */
import { comparePair } from '../provenance/index.js';
import { selectAnchors } from '../candidates/index.js';
import type { ProfileSet } from '../clean/profiles.js';
import { MAX_ANCHOR_DOCS, MIN_SHARED_ANCHORS } from '../config.js';
import { cleanArticle, type LineCache } from '../clean/index.js';
import { isListed } from '../report/listed.js';
import { analyzeText } from '../text/index.js';
import type { Article, Derivation, Pair, SkippedInput, TextDoc } from '../types.js';
import type { Archive, ArchivedDoc } from './archive.js';
import { profileFor, type PriorAnalysis } from './add-articles.js';
import { CHECK_DOC_CACHE, MAX_CHECK_CANDIDATES } from './constants.js';
import { lineStarts, regionOf, type TextRegion } from './text-position.js';

/** The derivation level at which `check` fails. */
export type FailOn = Exclude<Derivation, 'none'>;

/** An archived document as the check report names it. */
export interface ArchivedRef {
  readonly id: string;
  readonly source: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  /** The path it was archived from. */
  readonly path: string;
}

/** One archived document an incoming article shares text with. */
export interface CheckMatch {
  readonly archived: ArchivedRef;
  /** The comparison: side `a` is the incoming article, side `b` the archived document. */
  readonly pair: Pair;
  /** Line/column regions of each passage, parallel to `pair.passages` (`a` in the incoming text, `b` in the archived text). */
  readonly regions: readonly { readonly a: TextRegion; readonly b: TextRegion }[];
  /** `extracted` when the archived document's offsets (and regions) index text extracted from HTML. */
  readonly archivedTextOrigin: Article['textOrigin'];
  /** Anchors the two share (why this document was a candidate). */
  readonly sharedAnchors: number;
  /** True when the incoming article's derivation from this document reaches `--fail-on`. */
  readonly failing: boolean;
}

/** The verdict on one incoming article. */
export interface CheckedDoc {
  readonly id: string;
  readonly path: string;
  readonly source: string | null;
  readonly title: string | null;
  readonly chars: number;
  /** `extracted` when offsets (and regions) index text extracted from HTML, not the file's lines. */
  readonly textOrigin: Article['textOrigin'];
  /** The strongest derivation of this article from any archived document. */
  readonly derivation: Derivation;
  /** True when `derivation` reaches `--fail-on`. */
  readonly failed: boolean;
  /** Archived documents compared (candidates from the postings, within `--since`). */
  readonly compared: number;
  /** Related archived documents, strongest first. */
  readonly matches: readonly CheckMatch[];
}

/** The output of `check --format json`. */
export interface CheckReport {
  readonly schema: 'wiretrace/check@1';
  readonly failOn: FailOn;
  /** The start of the time window (ISO 8601), or null for the whole archive. */
  readonly since: string | null;
  readonly documents: readonly CheckedDoc[];
  /** How many incoming articles failed. */
  readonly failed: number;
  readonly skipped?: readonly SkippedInput[];
}

/** Options of `checkArticles`. */
export interface CheckOptions {
  readonly failOn: FailOn;
  /** Only archived documents published (else added) at or after this time count. Epoch ms. */
  readonly sinceMs?: number | null;
  /** Most archived documents compared per incoming article. */
  readonly maxCandidates?: number;
  /** Called with each incoming article's analysis (for `check --add`, which stores it when its templates still hold: `AddOptions.prior`). */
  readonly onAnalysed?: (article: Article, analysis: PriorAnalysis) => void;
}

const RANK: Readonly<Record<Derivation, number>> = { none: 0, partially: 1, wholly: 2 };

/** True when `derivation` is at least `level`. */
export function reaches(derivation: Derivation, level: FailOn): boolean {
  return RANK[derivation] >= RANK[level];
}

/** Checks `articles` against `archive`. Deterministic: documents by id, matches strongest first then by id. */
export async function checkArticles(archive: Archive, articles: readonly Article[], options: CheckOptions): Promise<CheckReport> {
  const profiles = await archive.profiles();
  const cache = new Map<number, { hash: string; doc: TextDoc }>();
  const sorted = [...articles].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const documents: CheckedDoc[] = [];
  for (const article of sorted) documents.push(await checkOne(archive, article, profiles, options, cache));
  return {
    schema: 'wiretrace/check@1',
    failOn: options.failOn,
    since: options.sinceMs == null ? null : new Date(options.sinceMs).toISOString(),
    documents,
    failed: documents.filter((d) => d.failed).length,
  };
}

async function checkOne(
  archive: Archive,
  article: Article,
  profiles: ProfileSet,
  options: CheckOptions,
  cache: Map<number, { hash: string; doc: TextDoc }>,
): Promise<CheckedDoc> {
  const lineCache: LineCache = new Map();
  const clean = cleanArticle(article, profiles, { cache: lineCache });
  const incoming = analyzeText(article, clean);
  const anchors = selectAnchors(incoming);
  options.onAnalysed?.(article, { profile: profileFor(profiles, article), clean, anchors, lineCache });
  // Anchors over the cap are common in the archive: what the incoming article shares only through them is stock.
  const common: number[] = [];
  const shared = await archive.lookup(anchors, MAX_ANCHOR_DOCS, common);
  const rarity = { common: Uint32Array.from(common).sort() };
  let candidates = [...shared].filter(([, n]) => n >= MIN_SHARED_ANCHORS);
  if (options.sinceMs != null) {
    // Apply the time window before ranking, so old documents cannot crowd out recent ones.
    const inWindow = await archive.within(candidates.map(([row]) => row), options.sinceMs);
    candidates = candidates.filter(([row]) => inWindow.has(row));
  }
  const ranked = candidates.sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, options.maxCandidates ?? MAX_CHECK_CANDIDATES);
  const loaded = (await archive.load(ranked.map(([row]) => row), options.sinceMs ?? null)).filter((d) => d.article.id !== article.id);
  const incomingStarts = lineStarts(article.text);
  const matches: CheckMatch[] = [];
  for (const archived of loaded) {
    const other = restore(archived, cache);
    const pair = comparePair(incoming, other, {}, rarity);
    if (!isListed(pair)) continue;
    const archivedStarts = lineStarts(archived.article.text);
    matches.push({
      archived: refOf(archived),
      pair,
      regions: pair.passages.map((p) => ({ a: regionOf(incomingStarts, p.a), b: regionOf(archivedStarts, p.b) })),
      archivedTextOrigin: archived.article.textOrigin,
      sharedAnchors: shared.get(archived.row) ?? 0,
      failing: reaches(pair.a.derivation, options.failOn),
    });
  }
  matches.sort(
    (x, y) =>
      RANK[y.pair.a.derivation] - RANK[x.pair.a.derivation] ||
      y.pair.a.coverage - x.pair.a.coverage ||
      (x.archived.id < y.archived.id ? -1 : x.archived.id > y.archived.id ? 1 : 0),
  );
  const derivation = matches.reduce<Derivation>((best, m) => (RANK[m.pair.a.derivation] > RANK[best] ? m.pair.a.derivation : best), 'none');
  return {
    id: article.id,
    path: article.path,
    source: article.meta.source,
    title: article.meta.title,
    chars: article.text.length,
    textOrigin: article.textOrigin,
    derivation,
    failed: derivation !== 'none' && reaches(derivation, options.failOn),
    compared: loaded.length,
    matches,
  };
}

/** The text analysis of an archived document, from its stored spans (cached by row and hash). */
function restore(archived: ArchivedDoc, cache: Map<number, { hash: string; doc: TextDoc }>): TextDoc {
  const hit = cache.get(archived.row);
  if (hit && hit.hash === archived.hash) {
    cache.delete(archived.row); // re-insert: Map order is the LRU order
    cache.set(archived.row, hit);
    return hit.doc;
  }
  const doc = analyzeText(archived.article, archived.clean);
  cache.set(archived.row, { hash: archived.hash, doc });
  if (cache.size > CHECK_DOC_CACHE) cache.delete(cache.keys().next().value!);
  return doc;
}

function refOf(d: ArchivedDoc): ArchivedRef {
  const { source, title, published, url } = d.article.meta;
  return { id: d.article.id, source, title, published, url, path: d.article.path };
}
