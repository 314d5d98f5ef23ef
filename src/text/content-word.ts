import { STOPWORDS } from './constants.js';

/** Words shorter than this keep their suffixes (crude stemming would mangle them). Characters. */
const MIN_STEM_LENGTH = 5;

/**
 * The content form of a normalised word, or null for a stopword or a one-letter word:
 * a crude suffix strip (plural, past tense, gerund) so "flooded"/"floods"/"flooding"
 * meet. Cheap enough for every token of a 100k-article scan; alignment uses a real
 * stemmer on top.
 */
export function contentWord(norm: string): string | null {
  if (norm.length < 2 || STOPWORDS.has(norm)) return null;
  if (norm.length < MIN_STEM_LENGTH) return norm;
  if (norm.endsWith('ing')) return norm.slice(0, -3);
  if (norm.endsWith('ed') || norm.endsWith('es')) return norm.slice(0, -2);
  if (norm.endsWith('s') && !norm.endsWith('ss')) return norm.slice(0, -1);
  return norm;
}
