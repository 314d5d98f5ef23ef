/**
 * 32-bit hashing of words and word n-grams. FNV-1a over UTF-16 code units for words;
 * a multiplicative mix for combining word hashes into shingle hashes. Deterministic across
 * runs and machines (no seeds), so anchors computed in different processes agree.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a hash of a string's UTF-16 code units, as an unsigned 32-bit integer. */
export function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Final avalanche (murmur3 fmix32), so low bits are usable for "hash mod p" sampling. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Hash of the `n` words starting at `start` in `wordHashes`: order-sensitive, so
 * "a b c" and "c b a" differ.
 */
export function hashShingle(wordHashes: Uint32Array, start: number, n: number): number {
  let h = 0x9747b28c ^ n;
  for (let i = start; i < start + n; i++) {
    h = Math.imul(h ^ wordHashes[i]!, 0x5bd1e995);
    h ^= h >>> 15;
  }
  return mix32(h);
}

/** Hashes of every `n`-word shingle of `wordHashes` (length `max(0, len - n + 1)`). */
export function shingleHashes(wordHashes: Uint32Array, n: number): Uint32Array {
  const count = Math.max(0, wordHashes.length - n + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = hashShingle(wordHashes, i, n);
  return out;
}
