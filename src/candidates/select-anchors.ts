import { ANCHOR_SAMPLE_MODULUS, ANCHOR_SHINGLE_WORDS, CONTENT_SAMPLE_MODULUS, CONTENT_SHINGLE_WORDS } from '../config.js';
import { contentWord } from '../text/content-word.js';
import { hashWord, mix32 } from '../text/hash.js';
import { DENSE_LEAD_CONTENT_WORDS, DENSE_LEAD_WORDS, LEAD_PAIR_WORDS } from './constants.js';
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

/** Marks the lead's content-word pairs (a family of their own: shorter than content anchors, so never equal to one). */
const LEAD_PAIR_NAMESPACE = 0x1b873593;

/** Growable scratch list of the kept shingle hashes, one per thread (reused by every document). */
let scratch = new Uint32Array(4096);

/**
 * Appends to `scratch` (from `at`) the shingle hashes of `wordHashes` kept by "0 mod
 * `modulus`" sampling (`mix32(hash ^ namespace)` when a namespace is given); returns the
 * new end. Exactly `hashShingle(wordHashes, i, n)` per window, with no call per window.
 */
function sampled(wordHashes: Uint32Array, n: number, modulus: number, at: number, namespace = 0): number {
  const windows = wordHashes.length - n + 1;
  if (windows <= 0) return at;
  if (scratch.length < at + windows) {
    const grown = new Uint32Array(Math.max(scratch.length * 2, at + windows));
    grown.set(scratch.subarray(0, at));
    scratch = grown;
  }
  const out = scratch;
  const seed = 0x9747b28c ^ n;
  // A power-of-two modulus tests the low bits (a `%` of a hash above 2^31 is a floating-point remainder).
  const mask = (modulus & (modulus - 1)) === 0 ? modulus - 1 : -1;
  for (let i = 0; i < windows; i++) {
    let h = seed;
    for (let k = i; k < i + n; k++) {
      h = Math.imul(h ^ wordHashes[k]!, 0x5bd1e995);
      h ^= h >>> 15;
    }
    h = mix32(h);
    if (namespace !== 0) h = mix32(h ^ namespace);
    if (mask >= 0 ? (h & mask) === 0 : h % modulus === 0) out[at++] = h;
  }
  return at;
}

/**
 * The anchors of a document, sorted and without duplicates:
 * - word anchors: hashes of its word 5-grams, sampled "0 mod p" (keep a shingle when
 *   `hash % p === 0`), so the same shingle is kept or dropped in every document and two
 *   texts sharing a passage of `k` words share about `(k - 4) / p` anchors while the index
 *   holds `1/p` of all shingles (Broder's mod-p sampling; Schleimer et al. 2003);
 * - content anchors: the same over the sequence of content words (stopwords dropped, crude
 *   stems), which survive rewording that breaks every word 5-gram ("More than 1,200 homes
 *   and 300 businesses were flooded" / "flooded over 1,200 homes and 300 businesses");
 * - the lead, densely: every word 5-gram of the first `DENSE_LEAD_WORDS` words and every
 *   content 3-gram of the first `DENSE_LEAD_CONTENT_WORDS` content words (the same hashes
 *   as above, unsampled), and every pair of consecutive content words there
 *   (`LEAD_PAIR_WORDS`, a family of its own: "Copeland 22", "remanded custody", which a
 *   reworded news-in-brief keeps when it breaks every 3-gram). A short story (a news-in-brief of 20–80 words) has only a handful
 *   of sampled anchors, and with 1 in 4 kept a copied 30-word item shares fewer than the
 *   two a candidate needs about half the time; so a short text is anchored whole, and the
 *   lead of every text — what short items are cut from — is too, so the two meet. Since the
 *   rule depends on position only, the same shingle at the top of two texts is an anchor in
 *   both, and sampled shingles stay what they were.
 * With `lead` false only the sampled anchors are returned: those of a piece of a document
 * (a sentence) are anchors of every document holding that piece, wherever it stands, so
 * their document frequencies in the corpus are known; the dense ones of a piece taken as
 * a "lead" are anchors only where the piece opens a document.
 */
export function selectAnchors(doc: AnchorSource, lead = true): Uint32Array {
  let kept = sampled(doc.wordHashes, ANCHOR_SHINGLE_WORDS, ANCHOR_SAMPLE_MODULUS, 0);
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
  kept = sampled(content, CONTENT_SHINGLE_WORDS, CONTENT_SAMPLE_MODULUS, kept, CONTENT_NAMESPACE);
  if (lead) {
    kept = sampled(doc.wordHashes.subarray(0, DENSE_LEAD_WORDS), ANCHOR_SHINGLE_WORDS, 1, kept);
    kept = sampled(content.subarray(0, DENSE_LEAD_CONTENT_WORDS), CONTENT_SHINGLE_WORDS, 1, kept, CONTENT_NAMESPACE);
    kept = sampled(content.subarray(0, DENSE_LEAD_CONTENT_WORDS), LEAD_PAIR_WORDS, 1, kept, LEAD_PAIR_NAMESPACE);
  }
  const anchors = scratch.subarray(0, kept).sort();
  let unique = 0;
  for (let i = 0; i < anchors.length; i++) {
    if (i === 0 || anchors[i] !== anchors[i - 1]) anchors[unique++] = anchors[i]!;
  }
  return anchors.slice(0, unique);
}

/**
 * Every word shingle of `wordHashes` (ANCHOR_SHINGLE_WORDS words; the same hashes as the
 * word anchors, unsampled), sorted and without duplicates: what the corpus's shingle
 * counts (ShingleCounts) are made of, and what a sentence is judged on against them.
 */
export function everyShingle(wordHashes: Uint32Array): Uint32Array {
  const kept = sampled(wordHashes, ANCHOR_SHINGLE_WORDS, 1, 0);
  const all = scratch.subarray(0, kept).sort();
  let unique = 0;
  for (let i = 0; i < all.length; i++) {
    if (i === 0 || all[i] !== all[i - 1]) all[unique++] = all[i]!;
  }
  return all.slice(0, unique);
}
