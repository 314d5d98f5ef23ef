import { ANCHOR_SAMPLE_MODULUS, ANCHOR_SHINGLE_WORDS, CONTENT_SAMPLE_MODULUS, CONTENT_SHINGLE_WORDS } from '../config.js';
import { contentWord } from '../text/content-word.js';
import { hashShingle, hashWord, mix32 } from '../text/hash.js';
import type { Token } from '../types.js';

/**
 * What anchors are computed from: a document's tokens and their hashes (a TextDoc fits),
 * or the word and content-word hashes alone (`zoneHashes`, the scan's fast path).
 */
export type AnchorSource =
  | { readonly tokens: readonly Token[]; readonly wordHashes: Uint32Array; readonly contentHashes?: undefined }
  | { readonly wordHashes: Uint32Array; readonly contentHashes: Uint32Array };

/** Marks content anchors so they never collide with word anchors of the same hash. */
const CONTENT_NAMESPACE = 0x5bd1e995;

function sampled(wordHashes: Uint32Array, n: number, modulus: number, out: number[], namespace = 0): void {
  for (let i = 0; i + n <= wordHashes.length; i++) {
    const h = namespace === 0 ? hashShingle(wordHashes, i, n) : mix32(hashShingle(wordHashes, i, n) ^ namespace);
    if (h % modulus === 0) out.push(h);
  }
}

/**
 * The anchors of a document, sorted and without duplicates:
 * - word anchors: hashes of its word 5-grams, sampled "0 mod p" (keep a shingle when
 *   `hash % p === 0`), so the same shingle is kept or dropped in every document and two
 *   texts sharing a passage of `k` words share about `(k - 4) / p` anchors while the index
 *   holds `1/p` of all shingles (Broder's mod-p sampling; Schleimer et al. 2003);
 * - content anchors: the same over the sequence of content words (stopwords dropped, crude
 *   stems), which survive rewording that breaks every word 5-gram ("More than 1,200 homes
 *   and 300 businesses were flooded" / "flooded over 1,200 homes and 300 businesses").
 */
export function selectAnchors(doc: AnchorSource): Uint32Array {
  const kept: number[] = [];
  sampled(doc.wordHashes, ANCHOR_SHINGLE_WORDS, ANCHOR_SAMPLE_MODULUS, kept);
  let content: Uint32Array;
  if (doc.contentHashes !== undefined) content = doc.contentHashes;
  else {
    const hashes: number[] = [];
    for (const token of doc.tokens) {
      const w = contentWord(token.norm);
      if (w !== null) hashes.push(hashWord(w));
    }
    content = Uint32Array.from(hashes);
  }
  sampled(content, CONTENT_SHINGLE_WORDS, CONTENT_SAMPLE_MODULUS, kept, CONTENT_NAMESPACE);
  const anchors = Uint32Array.from(kept).sort();
  let unique = 0;
  for (let i = 0; i < anchors.length; i++) {
    if (i === 0 || anchors[i] !== anchors[i - 1]) anchors[unique++] = anchors[i]!;
  }
  return anchors.slice(0, unique);
}
