/**
 * The body zone: the run of units with the most body evidence, found as a maximum-sum
 * subarray (the idea of Finn, Kushmerick & Smyth's Body Text Extraction, 2001: the article
 * is the stretch of the page where text outweighs furniture). Strong body lines count their
 * words; everything else costs a little.
 */
import type { TextFeatures } from './features.js';
import { isStrongBody } from './cue-verdict.js';
import { furnitureShareOf } from './features.js';
import { ZONE_FURNITURE_DISCOUNT, ZONE_LONG_UNPUNCTUATED_WORDS, ZONE_MAX_GAIN_WORDS, ZONE_OTHER_COST, ZONE_OTHER_COST_PER_WORD } from './constants.js';

/** `[start, end)` in units; empty (start = end = n) when nothing looks like body. */
export interface Zone {
  readonly start: number;
  readonly end: number;
}

/**
 * The value of one unit for the zone search. `gap` is how many non-body units came right
 * before it: each further unit of a gap costs more, since an article's paragraphs are
 * separated by a subhead or a widget, not by long runs of furniture.
 */
function unitValue(f: TextFeatures, decided: boolean, gap: number): number {
  if (!decided && (isStrongBody(f) || f.words >= ZONE_LONG_UNPUNCTUATED_WORDS)) {
    const gain = Math.min(f.words, ZONE_MAX_GAIN_WORDS) * Math.max(0, 1 - ZONE_FURNITURE_DISCOUNT * furnitureShareOf(f));
    if (gain > 0) return isStrongBody(f) ? gain : gain / 2;
  }
  const words = decided ? 0 : Math.min(f.words, ZONE_LONG_UNPUNCTUATED_WORDS);
  return -(ZONE_OTHER_COST * (1 + gap) + ZONE_OTHER_COST_PER_WORD * words);
}

/** Finds the body zone; `decided[i]` marks units a cue already took out. */
export function bodyZone(feats: readonly TextFeatures[], decided: readonly boolean[]): Zone {
  const n = feats.length;
  let best = 0;
  let bestStart = n;
  let bestEnd = n;
  let sum = 0;
  let start = 0;
  let gap = 0;
  for (let i = 0; i < n; i++) {
    const v = unitValue(feats[i]!, decided[i]!, gap);
    gap = v > 0 ? 0 : gap + 1;
    if (sum <= 0) {
      sum = v;
      start = i;
    } else sum += v;
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i + 1;
    }
  }
  return { start: bestStart, end: bestEnd };
}
