import type { Credit, TextDoc } from '../types.js';
import { creditPhrases, publisherOf } from './evidence.js';

/**
 * Whether `copy` names `source`'s publisher ("sources told The Sun", "according to Sky
 * News", "(PA)"). A mention of a third party ("told The Economist") credits neither.
 * `null` when the source's publisher is unknown (nothing to look for).
 */
export function detectCredit(copy: TextDoc, source: TextDoc): Credit | null {
  if (!publisherOf(source)) return null;
  const phrases = creditPhrases(copy, source);
  return { credited: phrases.length > 0, phrases };
}
