/**
 * The anchors of an article straight from its clean spans: the word and content-word
 * hashes of its body and captions (`zoneHashes`, no token objects), then `selectAnchors`. The same anchors as `selectAnchors(analyzeText(…))`
 * without building sentences (sentence ends fall between tokens, so the tokens are the
 * same), which the analyse pass of a scan does not need: it keeps only anchors, and the
 * few documents that become candidates are analysed in full when they are aligned.
 */
import { everyShingle, selectAnchors } from '../candidates/index.js';
import { zoneHashes } from '../text/zone-hashes.js';
import type { Article, CleanDoc, Span } from '../types.js';

/** Anchors of an article's matchable zones (body and captions, in text order). */
export function anchorsOf(article: Article, clean: CleanDoc): Uint32Array {
  return anchorsAndShingles(article, clean).anchors;
}

/** Anchors of an article's matchable zones, and every word shingle of them (`everyShingle`, for the corpus's shingle counts). */
export function anchorsAndShingles(article: Article, clean: CleanDoc): { anchors: Uint32Array; shingles: Uint32Array } {
  const zones: Span[] = clean.captions.length === 0 ? [...clean.body] : [...clean.body, ...clean.captions].sort((x, y) => x.start - y.start);
  const hashes = zoneHashes(article.text, zones);
  return { anchors: selectAnchors(hashes), shingles: everyShingle(hashes.wordHashes) };
}
