/**
 * A scratch open-addressing table of 32-bit keys to integer values for the hot per-pair
 * counts of alignment (bigram counts in `wordsDice`, word numbers in `wordDiff`): kept
 * between calls and emptied in O(1) by a stamp (a slot is in use when its stamp is the
 * current one), so a call allocates nothing. Callers probe it in their own loops (linear
 * probing from `mix32(key) & mask`) with the arrays in locals: a version with a method call
 * per probe measured 10–20% slower on `comparePair`.
 */
export class StampedTable {
  keys = new Uint32Array(16);
  values = new Int32Array(16);
  /** A slot is in use when its stamp is `stamp`. */
  stamps = new Int32Array(16);
  stamp = 0;
  /** The slot mask of the current use (the arrays may be larger). */
  mask = 15;

  /** Empties the table for a use with at most `entries` keys (grown to a power of two at least twice that). */
  reset(entries: number): void {
    let size = 16;
    while (size < 2 * entries) size *= 2;
    if (this.stamps.length < size) {
      this.keys = new Uint32Array(size);
      this.values = new Int32Array(size);
      this.stamps = new Int32Array(size);
      this.stamp = 0;
    }
    if (++this.stamp >= 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    this.mask = size - 1;
  }
}
