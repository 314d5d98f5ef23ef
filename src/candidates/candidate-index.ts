import { MAX_ANCHOR_DOCS, MAX_ANCHOR_DOCS_PER_SOURCE, MIN_SHARED_ANCHORS } from '../config.js';
import { COMMON_PAIR_TOP_K, MIN_SHARED_COMMON_ANCHORS, RARE_ANCHOR_DOCS, STOCK_MIN_DOCS } from './constants.js';

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
  /** A pair sharing no rare anchor is kept only among the `topK` best-scored such pairs of one of its documents. */
  readonly topK?: number;
  /**
   * Each document's rank in the order that breaks ties between equal scores (a scan's id
   * order: the same candidates whatever order the files arrive in); default the document
   * numbers.
   */
  readonly order?: Uint32Array;
}

/** Documents are packed with the hash into one float64: 2^21 documents per run. */
const DOC_BITS = 21;
const DOC_LIMIT = 2 ** DOC_BITS;

/**
 * Rarity classes of an anchor, kept with each pair occurrence (3 bits): 0 rare (in at most
 * `rareDocs` documents), else ⌊log2(documents)⌋ capped at 7.
 */
const RARITY_CLASSES = 8;

function rarityClass(length: number, rareDocs: number): number {
  if (length <= rareDocs) return 0;
  return Math.min(RARITY_CLASSES - 1, Math.max(1, 31 - Math.clz32(length)));
}

/**
 * The weight of a shared anchor of each rarity class: its inverse document frequency,
 * log2(documents / df) at the class's middle df, at least a small floor, so that a pair is
 * scored on its rare part (issue 19).
 */
function rarityWeights(documents: number): Float64Array {
  const weights = new Float64Array(RARITY_CLASSES);
  for (let c = 0; c < RARITY_CLASSES; c++) {
    const df = c === 0 ? 2 : 1.5 * 2 ** c;
    weights[c] = Math.max(0.05, Math.log2(Math.max(2, documents) / df));
  }
  return weights;
}

/** Statistics of a `pairs()` run. */
export interface CandidateStats {
  readonly documents: number;
  readonly postings: number;
  readonly distinctAnchors: number;
  readonly anchorsOverCap: number;
  readonly pairsSeen: number;
  /** Pairs that shared enough anchors but only common ones, too few of them (see MIN_SHARED_COMMON_ANCHORS). */
  readonly commonOnly: number;
  /** Pairs sharing no rare anchor left out as outside both documents' top-k (COMMON_PAIR_TOP_K). */
  readonly beyondTopK: number;
  readonly candidates: number;
  /** Candidate pairs per document: mean, and the most any document has. */
  readonly candidatesPerDocument: { readonly mean: number; readonly max: number };
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
  pairs(options: CandidateOptions = {}): { pairs: CandidatePair[]; stats: CandidateStats; common: Uint32Array; frequent: Uint32Array } {
    const maxDocs = options.maxDocs ?? MAX_ANCHOR_DOCS;
    const maxPerSource = options.maxDocsPerSource ?? MAX_ANCHOR_DOCS_PER_SOURCE;
    const minShared = options.minShared ?? MIN_SHARED_ANCHORS;
    const minSharedCommon = options.minSharedCommon ?? MIN_SHARED_COMMON_ANCHORS;
    const rareDocs = options.rareDocs ?? RARE_ANCHOR_DOCS;
    const stockDocs = options.stockDocs ?? STOCK_MIN_DOCS;
    // Buckets hold the top hash bits in order and are sorted within: common anchors come out sorted.
    let common = new Uint32Array(1024);
    let commonCount = 0;
    // Anchors that are not rare (in more than rareDocs documents), sorted the same way.
    let frequent = new Uint32Array(1024);
    let frequentCount = 0;
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
        if (length > rareDocs) {
          if (frequentCount === frequent.length) {
            const grown = new Uint32Array(frequent.length * 2);
            grown.set(frequent);
            frequent = grown;
          }
          frequent[frequentCount++] = hash;
        }
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
        const rarity = rarityClass(length, rareDocs);
        for (let x = 0; x < kept.length; x++) {
          for (let y = x + 1; y < kept.length; y++) {
            if (keyCount === keys.length) {
              const grown = new Float64Array(keys.length * 2);
              grown.set(keys);
              keys = grown;
            }
            keys[keyCount++] = (kept[x]! * DOC_LIMIT + kept[y]!) * RARITY_CLASSES + rarity;
          }
        }
      }
    }
    const sorted = keys.subarray(0, keyCount).sort();
    const documents = this.sourceOf.length;
    const weights = rarityWeights(documents);
    let pairs: CandidatePair[] = [];
    let pairsSeen = 0;
    let commonOnly = 0;
    // Pairs sharing no rare anchor, with their rarity-weighted score, for the top-k below.
    const unsure: { a: number; b: number; shared: number; score: number }[] = [];
    for (let i = 0; i < sorted.length; ) {
      const pair = Math.floor(sorted[i]! / RARITY_CLASSES);
      let j = i;
      let rare = false;
      let score = 0;
      for (; j < sorted.length && Math.floor(sorted[j]! / RARITY_CLASSES) === pair; j++) {
        const c = sorted[j]! % RARITY_CLASSES;
        if (c === 0) rare = true;
        score += weights[c]!;
      }
      pairsSeen++;
      const shared = j - i;
      const a = Math.floor(pair / DOC_LIMIT);
      const b = pair % DOC_LIMIT;
      if (shared >= minShared) {
        if (rare) pairs.push({ a, b, shared });
        else if (shared >= minSharedCommon) unsure.push({ a, b, shared, score });
        else commonOnly++;
      }
      i = j;
    }
    // Bounded candidates: of the pairs sharing only common anchors, each document keeps
    // its top k by score (ties: more anchors, then the partner first in `order`); a pair is
    // aligned when either document keeps it. However formulaic the corpus, that is at most
    // k such pairs per document.
    const topK = options.topK ?? COMMON_PAIR_TOP_K;
    const rank = options.order ?? null;
    const rankOf = (d: number): number => (rank ? rank[d]! : d);
    const byDoc = new Map<number, number[]>();
    unsure.forEach((p, k) => {
      for (const d of [p.a, p.b]) {
        let list = byDoc.get(d);
        if (!list) byDoc.set(d, (list = []));
        list.push(k);
      }
    });
    const keep = new Uint8Array(unsure.length);
    for (const [d, list] of byDoc) {
      if (list.length <= topK) {
        for (const k of list) keep[k] = 1;
        continue;
      }
      const partner = (k: number): number => rankOf(unsure[k]!.a === d ? unsure[k]!.b : unsure[k]!.a);
      list.sort((x, y) => unsure[y]!.score - unsure[x]!.score || unsure[y]!.shared - unsure[x]!.shared || partner(x) - partner(y));
      for (let r = 0; r < topK; r++) keep[list[r]!] = 1;
    }
    let beyondTopK = 0;
    unsure.forEach((p, k) => {
      if (keep[k] === 1) pairs.push({ a: p.a, b: p.b, shared: p.shared });
      else beyondTopK++;
    });
    if (unsure.length > 0) pairs = pairs.sort((x, y) => x.a - y.a || x.b - y.b);
    const perDocument = new Uint32Array(documents);
    for (const p of pairs) {
      perDocument[p.a]!++;
      perDocument[p.b]!++;
    }
    let most = 0;
    for (const n of perDocument) most = Math.max(most, n);
    return {
      pairs,
      common: common.slice(0, commonCount),
      frequent: frequent.slice(0, frequentCount),
      stats: {
        documents: this.sourceOf.length,
        postings: this.size,
        distinctAnchors: distinct,
        anchorsOverCap: overCap,
        pairsSeen,
        commonOnly,
        beyondTopK,
        candidates: pairs.length,
        candidatesPerDocument: { mean: documents === 0 ? 0 : Math.round((200 * pairs.length) / documents) / 100, max: most },
      },
    };
  }
}
