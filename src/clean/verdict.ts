import type { LineRole } from '../types.js';

/** The clean stage's decision on one line. */
export interface LineVerdict {
  role: LineRole;
  /** Plain words with numbers; empty for body. */
  reason: string;
  /** When a trailing credit was split off: where it starts, as an offset into the line's text. */
  creditAt?: number;
}
