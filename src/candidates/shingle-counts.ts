import { mix32 } from '../text/hash.js';
import { SHINGLE_COUNT_BITS } from './constants.js';

/** Saturation of a cell: counts at or above this are all "this many or more". */
const CELL_MAX = 255;

/** Salt of the second cell of a shingle (an independent position from the same hash). */
const SECOND_CELL = 0x2c1b3c6d;

/**
 * In how many documents of the corpus each word shingle is found, for every shingle, not
 * just the sampled anchors (issue 19: a single sentence shares too few sampled anchors to
 * tell stock phrasing from a rare one): a count-min sketch of two byte cells per shingle
 * in 2^SHINGLE_COUNT_BITS cells, saturating at 255. A count is never below the truth
 * (collisions only add), so a rare shingle can look common only when both its cells are
 * shared with shingles summing to the threshold; sums saturate and commute, so the counts
 * do not depend on the order documents are added (any --jobs).
 */
export class ShingleCounts {
  readonly cells: Uint8Array;
  private readonly mask: number;

  constructor(cells?: Uint8Array) {
    this.cells = cells ?? new Uint8Array(1 << SHINGLE_COUNT_BITS);
    if ((this.cells.length & (this.cells.length - 1)) !== 0) throw new Error('ShingleCounts: the cell count must be a power of two');
    this.mask = this.cells.length - 1;
  }

  /** Counts one document's shingles (sorted, no duplicates: `everyShingle`). */
  addDocument(shingles: Uint32Array): void {
    const cells = this.cells;
    for (let i = 0; i < shingles.length; i++) {
      const h = shingles[i]!;
      const x = h & this.mask;
      const y = mix32(h ^ SECOND_CELL) & this.mask;
      if (cells[x]! < CELL_MAX) cells[x]!++;
      if (y !== x && cells[y]! < CELL_MAX) cells[y]!++;
    }
  }

  /** Documents holding the shingle (at least; saturating at 255). */
  documents(shingle: number): number {
    const x = shingle & this.mask;
    const y = mix32(shingle ^ SECOND_CELL) & this.mask;
    return Math.min(this.cells[x]!, this.cells[y]!);
  }
}
