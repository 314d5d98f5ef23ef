/**
 * The corpus-level context of provenance: each publisher's history of being the earlier
 * side of a dated pair, and word frequencies for telling a typo from its fix.
 */
import type { Pair, TextDoc } from '../types.js';
import { publicationTime } from './dateline.js';
import type { ProvenanceContext } from './evidence.js';

const WORD = /[\p{L}\p{N}'’-]+/gu;

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

/**
 * For each publisher, how often it was the earlier (and the later) side of a pair whose
 * two documents both have publication times on different days or minutes.
 */
export function publisherHistory(
  docs: ReadonlyMap<string, TextDoc>,
  pairs: readonly Pick<Pair, 'a' | 'b'>[],
): Map<string, { earlier: number; later: number }> {
  const times = new Map<string, number | null>();
  const timeOf = (doc: TextDoc): number | null => {
    if (!times.has(doc.article.id)) {
      const t = publicationTime(doc.article, doc.clean.removed);
      times.set(doc.article.id, t && t.precision === 'minute' ? t.ms : t ? t.ms : null);
    }
    return times.get(doc.article.id)!;
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
    if (!a || !b) continue;
    const sa = a.article.meta.source;
    const sb = b.article.meta.source;
    const ta = timeOf(a);
    const tb = timeOf(b);
    if (!sa || !sb || sa === sb || ta === null || tb === null || ta === tb) continue;
    bump(sa, ta < tb ? 'earlier' : 'later');
    bump(sb, ta < tb ? 'later' : 'earlier');
  }
  return history;
}

/** Builds the corpus context once per run, for `inferDirection` on every pair. */
export function buildProvenanceContext(docs: ReadonlyMap<string, TextDoc>, pairs: readonly Pick<Pair, 'a' | 'b'>[]): ProvenanceContext {
  return { history: publisherHistory(docs, pairs), wordCounts: countWords(docs.values()) };
}
