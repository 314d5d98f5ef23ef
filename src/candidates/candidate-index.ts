import { MAX_ANCHOR_DOCS, MAX_ANCHOR_DOCS_PER_SOURCE, MIN_SHARED_ANCHORS } from '../config.js';

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
  readonly candidates: number;
}

/**
 * An inverted index from anchor hashes to documents, held as one typed array of
 * `(hash, doc)` postings rather than an object per shingle. `pairs()` sorts the postings by
 * hash and counts, for every pair of documents in a posting list, the anchors they share —
 * work grows with the shared rare anchors, never with the square of the corpus: lists longer
 * than `maxDocs` (stock phrases) are skipped, and a source's postings in a list are dropped
 * when more than `maxDocsPerSource` of its documents carry the anchor (its template).
 */
export class CandidateIndex {
  private postings = new Float64Array(1 << 16);
  private size = 0;
  private readonly sourceOf: number[] = [];

  /** Adds document `doc` (0, 1, 2 … in order) of source number `source` with its anchors. */
  add(doc: number, source: number, anchors: Uint32Array): void {
    if (doc >= DOC_LIMIT) throw new RangeError(`CandidateIndex holds at most ${DOC_LIMIT} documents`);
    this.sourceOf[doc] = source;
    if (this.size + anchors.length > this.postings.length) {
      let capacity = this.postings.length * 2;
      while (capacity < this.size + anchors.length) capacity *= 2;
      const grown = new Float64Array(capacity);
      grown.set(this.postings.subarray(0, this.size));
      this.postings = grown;
    }
    for (let i = 0; i < anchors.length; i++) this.postings[this.size++] = anchors[i]! * DOC_LIMIT + doc;
  }

  /** Candidate pairs sorted by `(a, b)`, and statistics. */
  pairs(options: CandidateOptions = {}): { pairs: CandidatePair[]; stats: CandidateStats } {
    const maxDocs = options.maxDocs ?? MAX_ANCHOR_DOCS;
    const maxPerSource = options.maxDocsPerSource ?? MAX_ANCHOR_DOCS_PER_SOURCE;
    const minShared = options.minShared ?? MIN_SHARED_ANCHORS;
    const postings = this.postings.subarray(0, this.size).sort();
    const counts = new Map<number, number>();
    let distinct = 0;
    let overCap = 0;
    const docs: number[] = [];
    const perSource = new Map<number, number>();
    for (let i = 0; i < postings.length; ) {
      const hash = Math.floor(postings[i]! / DOC_LIMIT);
      let j = i;
      docs.length = 0;
      while (j < postings.length && Math.floor(postings[j]! / DOC_LIMIT) === hash) {
        docs.push(postings[j]! % DOC_LIMIT);
        j++;
      }
      i = j;
      distinct++;
      if (docs.length < 2) continue;
      if (docs.length > maxDocs) {
        overCap++;
        continue;
      }
      perSource.clear();
      for (const d of docs) perSource.set(this.sourceOf[d]!, (perSource.get(this.sourceOf[d]!) ?? 0) + 1);
      const kept = perSource.size === docs.length ? docs : docs.filter((d) => perSource.get(this.sourceOf[d]!)! <= maxPerSource);
      for (let x = 0; x < kept.length; x++) {
        for (let y = x + 1; y < kept.length; y++) {
          const key = kept[x]! * DOC_LIMIT + kept[y]!;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
    const pairs: CandidatePair[] = [];
    for (const [key, shared] of counts) {
      if (shared >= minShared) pairs.push({ a: Math.floor(key / DOC_LIMIT), b: key % DOC_LIMIT, shared });
    }
    pairs.sort((p, q) => p.a - q.a || p.b - q.b);
    return {
      pairs,
      stats: {
        documents: this.sourceOf.length,
        postings: this.size,
        distinctAnchors: distinct,
        anchorsOverCap: overCap,
        pairsSeen: counts.size,
        candidates: pairs.length,
      },
    };
  }
}
