import { MAX_ANCHOR_DOCS, MAX_ANCHOR_DOCS_PER_SOURCE, MIN_SHARED_ANCHORS } from '../config.js';
import { MIN_SHARED_COMMON_ANCHORS, RARE_ANCHOR_DOCS, STOCK_MIN_DOCS } from './constants.js';

/** Two documents (by index, `a < b`) that share enough rare anchors to be aligned. */
export interface CandidatePair {
  readonly a: number;
  readonly b: number;
  /** How many anchors they share (after caps). */
  readonly shared: number;
}

/** Posting caps and the candidate threshold. */
export interface CandidateOptions {
  /** Ignore an anchor found in more documents than this. */
  readonly maxDocs?: number;
  /** Ignore an anchor's postings in one source when that source has more documents with it than this (its template). */
  readonly maxDocsPerSource?: number;
  /** Minimum anchors a pair must share. */
  readonly minShared?: number;
  /** A pair sharing fewer anchors than this needs one of them rare (in at most `rareDocs` documents). */
  readonly minSharedCommon?: number;
  /** Documents an anchor may be found in and still be rare. */
  readonly rareDocs?: number;
  /** An anchor in at least this many documents is common (listed in `common`). */
  readonly stockDocs?: number;
}

/** Documents are packed with the hash into one float64: 2^21 documents per run. */
const DOC_BITS = 21;
const DOC_LIMIT = 2 ** DOC_BITS;

/** Statistics of a `pairs()` run. */
export interface CandidateStats {
  readonly documents: number;
  readonly postings: number;
  readonly distinctAnchors: number;
  readonly anchorsOverCap: number;
  readonly pairsSeen: number;
  /** Pairs that shared enough anchors but only common ones, too few of them (see MIN_SHARED_COMMON_ANCHORS). */
  readonly commonOnly: number;
  readonly candidates: number;
}

/**
 * One stable counting-sort pass on the digit `(key >>> shift) & mask` (`key` is `hashes` or
 * `docs`), moving `(hashes, docs)` into the out arrays; `counts` has `mask + 1` entries. A
 * loop of its own rather than a digit callback: the callback cost an indirect call per
 * posting per pass (~200 million at 100k documents).
 */
function radixPassMasked(key: Uint32Array, shift: number, mask: number, hashes: Uint32Array, docs: Uint32Array, hashesOut: Uint32Array, docsOut: Uint32Array, counts: Uint32Array): void {
  const n = key.length;
  // The digit as `(key & (mask << shift)) >>> shift` (the same bits as `(key >>> shift) & mask`):
  // never above 2^31, so the optimised loop is not deoptimised ("lost precision") by a
  // `key >>> 0` past the int32 range it first saw, again at every call.
  const selected = mask << shift;
  counts.fill(0);
  for (let i = 0; i < n; i++) counts[(key[i]! & selected) >>> shift]!++;
  let total = 0;
  for (let d = 0; d < counts.length; d++) {
    const c = counts[d]!;
    counts[d] = total;
    total += c;
  }
  for (let i = 0; i < n; i++) {
    const at = counts[(key[i]! & selected) >>> shift]!++;
    hashesOut[at] = hashes[i]!;
    docsOut[at] = docs[i]!;
  }
}

/** `radixPassMasked` on a 16-bit digit (`counts` of 2^16 entries). */
export function radixPass(key: Uint32Array, shift: number, hashes: Uint32Array, docs: Uint32Array, hashesOut: Uint32Array, docsOut: Uint32Array, counts: Uint32Array): void {
  radixPassMasked(key, shift, 0xffff, hashes, docs, hashesOut, docsOut, counts);
}

/**
 * Postings are kept in buckets by the top BUCKET_BITS bits of their hash, filled as
 * documents are added (a scan adds them while the workers analyse the next files): the
 * sort then works a bucket at a time (~100k postings at 100k documents, in cache) instead of
 * scattering 28 million postings over 65,536 places per pass (3× slower, measured).
 */
const BUCKET_BITS = 8;
const BUCKETS = 1 << BUCKET_BITS;
/** The hash bits below the bucket's are sorted in passes of this many bits (4,096 counts: in cache). */
const DIGIT_BITS = 12;
/** Documents are sorted (when not added in order) in passes of this many bits (2 passes cover DOC_BITS). */
const DOC_DIGIT_BITS = 11;
/** A bucket's first capacity, doubled as it fills. Postings. */
const INITIAL_BUCKET_POSTINGS = 256;

/**
 * An inverted index from anchor hashes to documents, held as `(hash, doc)` postings in
 * typed arrays (one pair per bucket of hashes) rather than an object per shingle. `pairs()`
 * sorts the postings by hash, a bucket at a time, and counts, for every pair of documents in a posting list, the anchors they share —
 * work grows with the shared rare anchors, never with the square of the corpus: lists longer
 * than `maxDocs` (stock phrases) are skipped, and a source's postings in a list are dropped
 * when more than `maxDocsPerSource` of its documents carry the anchor (its template). A pair
 * sharing only a few anchors, all of them common, is left out (`minSharedCommon`): in a large
 * corpus chance gives many such pairs, and aligning them was half the alignment work.
 */
export class CandidateIndex {
  private readonly bucketHashes: Uint32Array[] = Array.from({ length: BUCKETS }, () => new Uint32Array(INITIAL_BUCKET_POSTINGS));
  private readonly bucketDocs: Uint32Array[] = Array.from({ length: BUCKETS }, () => new Uint32Array(INITIAL_BUCKET_POSTINGS));
  private readonly bucketSize = new Uint32Array(BUCKETS);
  private size = 0;
  private docsInOrder = true;
  private lastDoc = -1;
  private readonly sourceOf: number[] = [];

  /** Adds document `doc` (0, 1, 2 … in order) of source number `source` with its anchors. */
  add(doc: number, source: number, anchors: Uint32Array): void {
    if (doc >= DOC_LIMIT) throw new RangeError(`CandidateIndex holds at most ${DOC_LIMIT} documents`);
    this.sourceOf[doc] = source;
    if (doc < this.lastDoc) this.docsInOrder = false;
    this.lastDoc = doc;
    const { bucketHashes, bucketDocs, bucketSize } = this;
    for (let i = 0; i < anchors.length; i++) {
      const hash = anchors[i]!;
      const b = hash >>> (32 - BUCKET_BITS);
      const at = bucketSize[b]!;
      if (at === bucketHashes[b]!.length) {
        const hashes = new Uint32Array(at * 2);
        hashes.set(bucketHashes[b]!);
        bucketHashes[b] = hashes;
        const docs = new Uint32Array(at * 2);
        docs.set(bucketDocs[b]!);
        bucketDocs[b] = docs;
      }
      bucketHashes[b]![at] = hash;
      bucketDocs[b]![at] = doc;
      bucketSize[b] = at + 1;
    }
    this.size += anchors.length;
  }

  /**
   * Bucket `b`'s postings sorted by `(hash, doc)`, in place: a stable LSD radix sort on the
   * hash bits below the bucket's (linear; a comparison sort of 28 million postings took
   * seconds), after one on the document when documents were not added in order. An even
   * number of passes, so the sorted postings end where they started.
   */
  private sortBucket(b: number, scratchHashes: Uint32Array, scratchDocs: Uint32Array, counts: Uint32Array): { hashes: Uint32Array; docs: Uint32Array } {
    const n = this.bucketSize[b]!;
    let hashes = this.bucketHashes[b]!.subarray(0, n);
    let docs = this.bucketDocs[b]!.subarray(0, n);
    let hashesOut = scratchHashes.subarray(0, n);
    let docsOut = scratchDocs.subarray(0, n);
    const passes: [by: 'docs' | 'hashes', shift: number, bits: number][] = this.docsInOrder ? [] : [['docs', 0, DOC_DIGIT_BITS], ['docs', DOC_DIGIT_BITS, DOC_DIGIT_BITS]];
    passes.push(['hashes', 0, DIGIT_BITS], ['hashes', DIGIT_BITS, 32 - BUCKET_BITS - DIGIT_BITS]);
    for (const [by, shift, bits] of passes) {
      radixPassMasked(by === 'docs' ? docs : hashes, shift, (1 << bits) - 1, hashes, docs, hashesOut, docsOut, counts.subarray(0, 1 << bits));
      [hashes, hashesOut] = [hashesOut, hashes];
      [docs, docsOut] = [docsOut, docs];
    }
    return { hashes, docs };
  }

  /**
   * Candidate pairs sorted by `(a, b)`, statistics, and the anchors common in the corpus
   * (in at least `stockDocs` documents; sorted ascending), which tell stock passages.
   */
  pairs(options: CandidateOptions = {}): { pairs: CandidatePair[]; stats: CandidateStats; common: Uint32Array } {
    const maxDocs = options.maxDocs ?? MAX_ANCHOR_DOCS;
    const maxPerSource = options.maxDocsPerSource ?? MAX_ANCHOR_DOCS_PER_SOURCE;
    const minShared = options.minShared ?? MIN_SHARED_ANCHORS;
    const minSharedCommon = options.minSharedCommon ?? MIN_SHARED_COMMON_ANCHORS;
    const rareDocs = options.rareDocs ?? RARE_ANCHOR_DOCS;
    const stockDocs = options.stockDocs ?? STOCK_MIN_DOCS;
    // Buckets hold the top hash bits in order and are sorted within: common anchors come out sorted.
    let common = new Uint32Array(1024);
    let commonCount = 0;
    // Pair occurrences as keys (a·2^21 + b)·2 + rare in a typed array (8 bytes each; a Map
    // entry per pair took ~10× that, and ran a 100k scan out of heap), sorted and counted in
    // runs below; the low bit says the anchor was rare.
    let keys = new Float64Array(1 << 16);
    let keyCount = 0;
    let distinct = 0;
    let overCap = 0;
    const kept: number[] = [];
    const perSource = new Map<number, number>();
    let largest = 0;
    for (const n of this.bucketSize) largest = Math.max(largest, n);
    const scratchHashes = new Uint32Array(largest);
    const scratchDocs = new Uint32Array(largest);
    const counts = new Uint32Array(1 << Math.max(DIGIT_BITS, DOC_DIGIT_BITS, 32 - BUCKET_BITS - DIGIT_BITS));
    // Equal hashes share a bucket, so each bucket's sorted postings hold whole posting lists.
    for (let b = 0; b < BUCKETS; b++) {
      const { hashes, docs: postingDocs } = this.sortBucket(b, scratchHashes, scratchDocs, counts);
      const n = hashes.length;
      for (let i = 0; i < n; ) {
        const hash = hashes[i]!;
        let j = i + 1;
        while (j < n && hashes[j] === hash) j++;
        distinct++;
        const length = j - i;
        const from = i;
        i = j;
        // Most anchors are in one document only: no array, no map for them.
        if (length < 2) continue;
        if (length >= stockDocs) {
          if (commonCount === common.length) {
            const grown = new Uint32Array(common.length * 2);
            grown.set(common);
            common = grown;
          }
          common[commonCount++] = hash;
        }
        if (length > maxDocs) {
          overCap++;
          continue;
        }
        kept.length = 0;
        // A source can hold more than maxPerSource of a list only when the list is longer.
        if (length <= maxPerSource) for (let k = from; k < j; k++) kept.push(postingDocs[k]!);
        else {
          perSource.clear();
          for (let k = from; k < j; k++) {
            const source = this.sourceOf[postingDocs[k]!]!;
            perSource.set(source, (perSource.get(source) ?? 0) + 1);
          }
          for (let k = from; k < j; k++) if (perSource.get(this.sourceOf[postingDocs[k]!]!)! <= maxPerSource) kept.push(postingDocs[k]!);
        }
        const rare = length <= rareDocs ? 1 : 0;
        for (let x = 0; x < kept.length; x++) {
          for (let y = x + 1; y < kept.length; y++) {
            if (keyCount === keys.length) {
              const grown = new Float64Array(keys.length * 2);
              grown.set(keys);
              keys = grown;
            }
            keys[keyCount++] = (kept[x]! * DOC_LIMIT + kept[y]!) * 2 + rare;
          }
        }
      }
    }
    const sorted = keys.subarray(0, keyCount).sort();
    const pairs: CandidatePair[] = [];
    let pairsSeen = 0;
    let commonOnly = 0;
    for (let i = 0; i < sorted.length; ) {
      const pair = Math.floor(sorted[i]! / 2);
      let j = i + 1;
      let rare = sorted[i]! % 2;
      for (; j < sorted.length && Math.floor(sorted[j]! / 2) === pair; j++) rare |= sorted[j]! % 2;
      pairsSeen++;
      const shared = j - i;
      if (shared >= minShared) {
        if (shared >= minSharedCommon || rare === 1) pairs.push({ a: Math.floor(pair / DOC_LIMIT), b: pair % DOC_LIMIT, shared });
        else commonOnly++;
      }
      i = j;
    }
    return {
      pairs,
      common: common.slice(0, commonCount),
      stats: {
        documents: this.sourceOf.length,
        postings: this.size,
        distinctAnchors: distinct,
        anchorsOverCap: overCap,
        pairsSeen,
        commonOnly,
        candidates: pairs.length,
      },
    };
  }
}
