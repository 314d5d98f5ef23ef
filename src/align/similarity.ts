/**
 * The one place wiretrace calls `string-similarity` (Dice coefficient over character
 * bigrams), so it can be swapped for a faster implementation when one is measured.
 */
import stringSimilarity from 'string-similarity';

/** Dice similarity of two strings' character bigrams, 0–1 (1 for equal strings). */
export function diceSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  return stringSimilarity.compareTwoStrings(a, b);
}
