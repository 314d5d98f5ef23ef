/**
 * The one place wiretrace calls `natural`'s Porter stemmer (Porter, "An algorithm for suffix
 * stripping", 1980), so "jailed"/"jail" and "revealed"/"reveals" match when sentences are
 * compared for rewording. Loaded from its own module file: the package's index pulls in
 * the whole library (and prints at load time). Words of a–z go to `porterStemPlain`, the same
 * algorithm without regular expressions (equal on every WordNet lemma, tested); `natural`'s
 * costs ~10 µs a word. Results are cached: news vocabularies are small.
 */
import { createRequire } from 'node:module';
import { isPlainWord, porterStemPlain } from './porter.js';

interface Stemmer {
  stem(word: string): string;
}

const require = createRequire(import.meta.url);
const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer;

/** Cached stems; bounded so a hostile corpus of unique words cannot grow it without end. */
const cache = new Map<string, string>();
const MAX_CACHED_STEMS = 200_000;

/** `natural`'s Porter stem of a word, uncached (words of a–z by the string port, others by `natural`). */
export function porterStem(word: string): string {
  return isPlainWord(word) ? porterStemPlain(word) : porter.stem(word);
}

/** The Porter stem of a normalised (lower-case) word. Numbers and short words are their own stem. */
export function stem(word: string): string {
  if (word.length <= 3 || (word.charCodeAt(0) >= 0x30 && word.charCodeAt(0) <= 0x39)) return word;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const s = porterStem(word);
  if (cache.size >= MAX_CACHED_STEMS) cache.clear();
  cache.set(word, s);
  return s;
}
