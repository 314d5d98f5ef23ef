import type { Pair, TextDoc } from '../types.js';
import { detectCredit } from './detect-credit.js';
import type { ProvenanceContext } from './evidence.js';
import { inferDirection } from './infer-direction.js';

/**
 * Direction and credit of one pair. Credit is judged for the copy when the direction is
 * known; when it is not, a pair where one side names the other's publisher reports that
 * credit, else `null`.
 */
export function assessPair(
  a: TextDoc,
  b: TextDoc,
  pair: Pick<Pair, 'passages'>,
  context: ProvenanceContext = {},
): Pick<Pair, 'direction' | 'credit'> {
  const direction = inferDirection(a, b, pair.passages, context);
  if (direction) {
    const [copy, source] = direction.copy === a.article.id ? [a, b] : [b, a];
    return { direction, credit: detectCredit(copy, source) };
  }
  const ab = detectCredit(a, b);
  const ba = detectCredit(b, a);
  return { direction, credit: ab?.credited ? ab : ba?.credited ? ba : null };
}
