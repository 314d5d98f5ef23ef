import { ANCHOR_SAMPLE_MODULUS, ANCHOR_SHINGLE_WORDS } from '../config.js';
import { hashShingle } from '../text/hash.js';

/**
 * The anchors of a document: hashes of its word 5-grams, sampled "0 mod p" (keep a shingle
 * when `hash % p === 0`). The same shingle is kept or dropped in every document, so two
 * texts that share a passage of `k` words share about `(k - 4) / p` anchors, while the
 * index holds only `1/p` of all shingles (Broder's mod-p sampling; Schleimer et al. 2003
 * compare it with winnowing). Sorted and without duplicates.
 */
export function selectAnchors(
  wordHashes: Uint32Array,
  shingleWords: number = ANCHOR_SHINGLE_WORDS,
  modulus: number = ANCHOR_SAMPLE_MODULUS,
): Uint32Array {
  const count = wordHashes.length - shingleWords + 1;
  if (count <= 0) return new Uint32Array(0);
  const kept: number[] = [];
  for (let i = 0; i < count; i++) {
    const h = hashShingle(wordHashes, i, shingleWords);
    if (h % modulus === 0) kept.push(h);
  }
  const anchors = Uint32Array.from(kept).sort();
  let unique = 0;
  for (let i = 0; i < anchors.length; i++) {
    if (i === 0 || anchors[i] !== anchors[i - 1]) anchors[unique++] = anchors[i]!;
  }
  return anchors.slice(0, unique);
}
