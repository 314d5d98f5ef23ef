import type { Article } from '../types.js';

/**
 * Per-publisher templates learned from a corpus.
 * SEAM (first cut, replaced by the boilerplate work): learns nothing yet.
 */
export interface ProfileSet {
  readonly version: 1;
  readonly sources: Readonly<Record<string, unknown>>;
}

/** Learns per-source templates from articles (counted per source, never across sources). */
export function learnProfiles(articles: Iterable<Article>): ProfileSet {
  void articles;
  return { version: 1, sources: {} };
}
