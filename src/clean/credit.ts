/**
 * Trailing photo credits: "… NLAW shoulder-launched missiles. Picture: Alamy". The credit
 * is split off the line it ends; what comes before it is a caption.
 */
import { MAX_CREDIT_WORDS } from './constants.js';

/** Credit cues, written as they open a credit (case-insensitive match). */
const CREDIT_CUES = ['picture:', 'pictures:', 'photo:', 'photos:', 'photograph:', 'image:', 'images:', 'credit:', 'photo credit:', 'image credit:', 'picture credit:', '(photo:', '(picture:', '(image:', '(credit:',
  // The same cues in the dev sets' other languages (de, es, pt, it, pl, fr; issue 17): translations, not lines read off the pages.
  'foto:', 'fotos:', 'bild:', 'bilder:', 'bildquelle:', 'fotocredit:', 'imagen:', 'fotografía:', 'zdjęcie:', 'crédit photo:', 'crédits photo:', '(foto:', '(bild:', '(fotos:'];

/**
 * Where a trailing credit starts in `text` (an index, 0 when the whole line is a credit),
 * or -1. A credit follows a space (or opens the line), and what follows its cue is a short
 * name: at most MAX_CREDIT_WORDS words with no sentence break inside.
 */
export function trailingCreditStart(text: string): number {
  // Every cue ends in ':'; most lines have none.
  if (text.indexOf(':') < 0) return -1;
  const lower = text.toLowerCase();
  let best = -1;
  for (const cue of CREDIT_CUES) {
    const at = lower.lastIndexOf(cue);
    if (at < 0) continue;
    if (at > 0 && lower.charCodeAt(at - 1) !== 32 && lower.charCodeAt(at - 1) !== 0xa0) continue;
    const rest = text.slice(at + cue.length).trim();
    if (rest.length === 0 || !shortName(rest)) continue;
    if (best < 0 || at < best) best = at;
  }
  return best;
}

/** A credit's name part: few words, no full stop followed by more text. */
function shortName(rest: string): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i]!;
    if (ch === '.' || ch === '!' || ch === '?') {
      if (i < rest.length - 1 && rest.slice(i + 1).trim().length > 0 && rest[i + 1] === ' ') return false;
    }
    const space = ch === ' ' || ch === '\t';
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words <= MAX_CREDIT_WORDS;
}
