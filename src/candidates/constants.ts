import { MAX_ANCHOR_DOCS } from '../config.js';

/** Thresholds of the candidates stage (the posting caps shared with other stages are in config.ts). */

/**
 * A pair sharing fewer anchors than this is a candidate only when one of the anchors it
 * shares is rare (RARE_ANCHOR_DOCS). Anchors. Two common anchors in common are what chance
 * gives in a large corpus: stock phrases and frequent content-word triples are found in
 * more documents the larger the corpus, and the pairs they make grow with its square. In
 * the 100,000-article benchmark, 23,000 of 55,000 candidate pairs shared exactly two
 * anchors, both in 5–64 documents; none of them was a reused pair of the truth (and the
 * aligner listed 134 of them, all false alarms), while every truth pair sharing only two
 * anchors had a rare one.
 */
export const MIN_SHARED_COMMON_ANCHORS = 3;

/**
 * An anchor found in at most this many documents is rare: a story and a few copies of it.
 * Documents. In a corpus of a few thousand articles almost every anchor is rare, so the
 * rule above changes nothing there.
 */
export const RARE_ANCHOR_DOCS = 4;

/**
 * Every word 5-gram of a document's first this many words is an anchor, not 1 in
 * ANCHOR_SAMPLE_MODULUS: a short story (issue 16: "under ~80 words") is anchored whole,
 * and the lead of a longer one, which short items are cut from, is anchored densely too.
 * Words. On METER dev (derived newspaper texts with a PA candidate of their folder):
 * 0.838 → 0.922 with 80 (short texts 0.568 → 0.770); every shingle of every text reaches
 * only 0.942 at 1.8× the candidate pairs (`scripts/meter-candidate-recall.ts`).
 */
export const DENSE_LEAD_WORDS = 80;

/** Every content 3-gram of a document's first this many content words is an anchor: about the content words of DENSE_LEAD_WORDS words (60% of news words are content words). Words. */
export const DENSE_LEAD_CONTENT_WORDS = 48;

/**
 * Content words per lead pair anchor: every two consecutive content words of the lead
 * (DENSE_LEAD_CONTENT_WORDS) are an anchor too. Short items are often reworded ("David
 * Copeland, 22, of Cove, Hants, was remanded" / "David Copeland, 22, from Cove near
 * Farnborough, Hampshire, was remanded") so that no 3-gram survives while pairs of names
 * and numbers do. Words. METER dev candidate recall of derived texts 0.922 → 0.964 (short
 * texts 0.770 → 0.892); candidate pairs 2,189 → 3,569 there (long reports of one court share
 * "old bailey"), 2,558 → 2,638 on the 10k bench corpus. Pairs in more than MAX_ANCHOR_DOCS
 * documents are ignored like any anchor.
 */
export const LEAD_PAIR_WORDS = 2;

/**
 * An anchor found in at least this many documents is common in the corpus: a passage whose
 * shared anchors are all common is `stock` (align/formulaic.ts), not evidence of reuse.
 * Documents. Chosen, not fitted: the line the candidate stage (and `check`'s archive
 * lookup) already draws for stock phrases, more than MAX_ANCHOR_DOCS. A lower one was tried and failed on real data: METER dev
 * has story folders of up to 34 versions of one story (Press Association takes and the
 * papers' rewrites), whose own sentences are in that many documents and are reuse. A
 * stock sentence of a formulaic corpus is in hundreds of unrelated stories.
 */
export const STOCK_MIN_DOCS = MAX_ANCHOR_DOCS + 1;

/**
 * A pair sharing no rare anchor (only anchors in more than RARE_ANCHOR_DOCS documents) is
 * aligned only when it is among the best this many such pairs of one of its documents, by
 * rarity-weighted score (the sum of its shared anchors' inverse document frequencies):
 * bounded candidates, so align cost grows linearly with the corpus whatever its phrasing
 * (issue 19). Pairs. Chosen, not fitted: above the partners a document has in our
 * labelled data that share no rare anchor (checked on METER dev, whose story folders of up to 34
 * versions give such pairs, and the bench corpus: the scores did not move), and small
 * against the hundreds of unrelated stories a formulaic document shares stock phrases with.
 */
export const COMMON_PAIR_TOP_K = 16;

/**
 * The corpus's shingle counts (ShingleCounts) have 2^this one-byte cells: 16 MB. Bits.
 * Chosen, not fitted: a 100,000-article corpus has about 50 million distinct shingles, a
 * mean of 3 counts a cell, so a shingle in fewer than STOCK_MIN_DOCS documents is counted
 * as common only when both its cells collide with common ones (a share of cells well
 * under 1% in the formulaic bench corpus).
 */
export const SHINGLE_COUNT_BITS = 24;

/**
 * A sentence of a pair is stock (its shared text common in the corpus) when at most this
 * share of the word shingles it shares are rare (in fewer than STOCK_MIN_DOCS documents
 * by the corpus's shingle counts), and some are common. Ratio. Chosen, not fitted: a
 * word changed in a stock sentence ("said" / "says") makes up to five rare shingles
 * around it out of a dozen; a copied sentence of a story that holds a stock phrase
 * ("according to local records") shares more rare shingles than common ones.
 */
export const STOCK_MAX_RARE_SHARE = 0.5;
