/**
 * An order-independent fingerprint of a set of postings, so `verify` can check that the
 * postings table holds exactly the anchors the documents list, streaming both sides
 * instead of holding millions of rows in memory.
 */

/** Accumulates postings `(key, doc)`; two digests are equal when they saw the same multiset (up to a 2⁻⁶⁴ chance). */
export class PostingDigest {
  count = 0;
  private sum = 0;
  private xor = 0;

  /** Adds one posting. */
  add(key: number, doc: number): void {
    let h = Math.imul(key ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(doc + 0x632be5ab, 0xc2b2ae35);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    this.sum = (this.sum + (h >>> 0)) >>> 0;
    this.xor = (this.xor ^ Math.imul(h, 0x297a2d39)) >>> 0;
    this.count++;
  }

  /** True when both digests saw the same postings. */
  equals(other: PostingDigest): boolean {
    return this.count === other.count && this.sum === other.sum && this.xor === other.xor;
  }
}
