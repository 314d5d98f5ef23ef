import type { Pair } from '../types.js';

/** Whether a pair is listed in a report: at least one side is derived from the other. */
export function isListed(pair: Pair): boolean {
  return pair.a.derivation !== 'none' || pair.b.derivation !== 'none';
}
