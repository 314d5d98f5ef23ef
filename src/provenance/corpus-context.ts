/**
 * The corpus-level context of provenance: each publisher's history of being the earlier
 * side of a dated pair, and word frequencies for telling a typo from its fix; and
 * `refineProvenance`, the pass that uses the history on a finished scan.
 */
import type { DocumentSummary, Pair, TextDoc } from '../types.js';
import { parsePublished } from './dateline.js';
import { assessPair } from './assess-pair.js';
import type { ProvenanceContext } from './evidence.js';

const WORD = /[\p{L}\p{N}'’-]+/gu;

/** Documents kept at hand while judging pairs again (a story's documents are near each other in pair order). Documents. */
const RECENT_DOCS = 64;

/** Counts body words (lower case) over all documents. */
export function countWords(docs: Iterable<TextDoc>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of docs) {
    for (const span of doc.clean.body) {
      for (const m of doc.article.text.slice(span.start, span.end).toLowerCase().matchAll(WORD)) {
        const w = m[0].replace(/’/g, "'");
        counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** What the history needs to know of a document: its publisher and `published` metadata. */
export type HistoryDoc = Pick<DocumentSummary, 'source' | 'published'>;

/**
 * For each publisher, how often it was the earlier (and the later) side of a listed pair
 * whose two documents have different `published` times in their metadata. Only metadata
 * counts (not datelines), so the history can be built from a report alone, without texts.
 */
export function publisherHistory(
  docs: ReadonlyMap<string, HistoryDoc>,
  pairs: readonly Pick<Pair, 'a' | 'b'>[],
): Map<string, { earlier: number; later: number }> {
  const times = new Map<string, number | null>();
  const timeOf = (id: string, doc: HistoryDoc): number | null => {
    if (!times.has(id)) times.set(id, parsePublished(doc.published)?.ms ?? null);
    return times.get(id)!;
  };
  const history = new Map<string, { earlier: number; later: number }>();
  const bump = (source: string, key: 'earlier' | 'later'): void => {
    const h = history.get(source) ?? { earlier: 0, later: 0 };
    h[key]++;
    history.set(source, h);
  };
  for (const pair of pairs) {
    const a = docs.get(pair.a.id);
    const b = docs.get(pair.b.id);
    if (!a || !b || !a.source || !b.source || a.source === b.source) continue;
    const ta = timeOf(pair.a.id, a);
    const tb = timeOf(pair.b.id, b);
    if (ta === null || tb === null || ta === tb) continue;
    bump(a.source, ta < tb ? 'earlier' : 'later');
    bump(b.source, ta < tb ? 'later' : 'earlier');
  }
  return history;
}

/** The history part of a TextDoc. */
function historyDoc(doc: TextDoc): HistoryDoc {
  return { source: doc.article.meta.source, published: doc.article.meta.published };
}

/** Builds the corpus context once per run, for `inferDirection` on every pair. */
export function buildProvenanceContext(
  docs: ReadonlyMap<string, TextDoc>,
  pairs: readonly Pick<Pair, 'a' | 'b'>[],
  options: { readonly wordCounts?: boolean } = {},
): ProvenanceContext {
  const summaries = new Map([...docs].map(([id, doc]) => [id, historyDoc(doc)]));
  const history = publisherHistory(summaries, pairs);
  return options.wordCounts === false ? { history } : { history, wordCounts: countWords(docs.values()) };
}

/** True when the verdict already rests on publication times (history is then not used, as in `directionFeatures`). */
function decidedByTime(pair: Pair): boolean {
  return (pair.direction?.details ?? []).some((e) => (e.kind === 'time' || e.kind === 'dateline') && e.weight > 0);
}

/** Looks up a document's analysed text by id (a Map, or the streaming scan's lazy view). */
export interface DocLookup {
  get(id: string): TextDoc | undefined;
}

/**
 * The corpus pass of provenance, run once a scan has judged every pair on its own: builds
 * each publisher's history from the documents' `published` metadata, then judges again
 * (direction and credit) the pairs whose verdict does not rest on publication times,
 * with that history in view. Pairs come back in the same order; documents are fetched
 * only for the pairs judged again. Deterministic: it depends on the pairs and documents,
 * not on the order they were found in.
 */
export function refineProvenance(documents: readonly Pick<DocumentSummary, 'id' | 'source' | 'published'>[], pairs: readonly Pair[], docs: DocLookup): Pair[] {
  const history = publisherHistory(new Map(documents.map((d) => [d.id, d])), pairs);
  if (history.size === 0) return [...pairs];
  const context: ProvenanceContext = { history };
  // A document takes part in several pairs, and a lazy lookup reads and analyses it again on
  // every call: keep the most recent ones (pairs of one story come together).
  const recent = new Map<string, TextDoc | undefined>();
  const get = (id: string): TextDoc | undefined => {
    if (recent.has(id)) return recent.get(id);
    const doc = docs.get(id);
    if (recent.size >= RECENT_DOCS) recent.delete(recent.keys().next().value!);
    recent.set(id, doc);
    return doc;
  };
  return pairs.map((pair) => {
    if (decidedByTime(pair)) return pair;
    const a = get(pair.a.id);
    const b = get(pair.b.id);
    if (!a || !b) return pair;
    return { ...pair, ...assessPair(a, b, pair, context) };
  });
}
