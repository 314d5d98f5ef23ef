/**
 * Decisions from cues alone: the whole line is a known label, starts with a promo cue,
 * is a byline, a dateline, a duration, or ends in a photo credit. These hold wherever the
 * line is; a 25+-word punctuated line is never removed by a cue (the 25-word rule).
 */
import { firstLowerWord, type TextFeatures } from './features.js';
import type { LineVerdict } from './verdict.js';
import { colonPromoLabel, isCueFirstWord, labelCue, prefixCue } from './cues.js';
import { trailingCreditStart } from './credit.js';
import { MAX_BYLINE_WORDS, MAX_CAPTION_LABEL_WORDS, MAX_HEADLINE_WORDS, MAX_DATED_BYLINE_WORDS, MAX_DATELINE_WORDS, MIN_DATELINE_SHARE, PROTECTED_LINE_WORDS, STRONG_BODY_WORDS } from './constants.js';

/** Quotes a line for a reason, shortened. */
export function quote(text: string, max = 40): string {
  return `'${text.length > max ? `${text.slice(0, max - 1)}…` : text}'`;
}

/** A 25+-word line ending in sentence punctuation: no single weak signal may remove it. */
export function isProtected(f: TextFeatures): boolean {
  return f.words >= PROTECTED_LINE_WORDS && f.terminal === 'sentence';
}

/** Punctuated, long enough to be a sentence of news prose. */
export function isStrongBody(f: TextFeatures): boolean {
  return f.terminal === 'sentence' && f.words >= STRONG_BODY_WORDS;
}

/** Looks like a headline or label: no sentence punctuation, or very short. */
export function isHeadlineLike(f: TextFeatures): boolean {
  return f.terminal !== 'sentence' || f.words < 5;
}

/** A date or time line: month names, weekdays, numbers and clock times, few other words. */
export function isDateline(f: TextFeatures): boolean {
  return f.hasDateCue && f.dateShare >= MIN_DATELINE_SHARE && f.words <= MAX_DATELINE_WORDS && f.terminal !== 'sentence';
}

/** What a wire note cue is (see cues.ts). */
const WIRE_NOTE = "a wire service's note to the desks";

/** Whether a line is one note in brackets: opens with `(` and closes with `)` (maybe before wire copy's `<`). */
function isBracketed(text: string): boolean {
  let end = text.length;
  if (end > 0 && text.charCodeAt(end - 1) === 60) end--;
  return text.charCodeAt(0) === 40 && end > 1 && text.charCodeAt(end - 1) === 41;
}

/** The cue decision on a line, or null when no cue fires. */
export function cueVerdict(text: string, f: TextFeatures): LineVerdict | null {
  if (f.words === 0) return { role: 'widget', reason: 'no words, only symbols' };
  if (f.isDuration) return { role: 'widget', reason: `a video or audio duration ${quote(text)}` };
  // A wire service's note in brackets ("(Corrected repetition. Amends name in first par.)")
  // is furniture whatever its length and punctuation: an explicit cue, not a weak signal.
  if (isBracketed(text)) {
    const note = prefixCue(f.lower);
    if (note && note.what === WIRE_NOTE) return { role: note.role, reason: `${note.what}: starts with ${quote(note.phrase)}` };
  }
  if (isProtected(f)) return null;
  // Every cue phrase opens with one of a few words: most lines need only their first word.
  const first = firstLowerWord(f);
  const cueWord = isCueFirstWord(first);
  const labelled = cueWord ? labelCue(f.lower) : null;
  if (labelled) return { role: labelled.role, reason: `${labelled.what} ${quote(text)}` };
  const creditAt = trailingCreditStart(text);
  if (creditAt === 0) return { role: 'credit', reason: `a photo credit ${quote(text)}` };
  if (creditAt > 0) return { role: 'caption', reason: `ends in the photo credit ${quote(text.slice(creditAt))}`, creditAt };
  const pre = cueWord ? prefixCue(f.lower) : null;
  if (pre && (pre.role === 'credit' || pre.role === 'caption') && pre.phrase.indexOf(' ') > 0 && f.words <= MAX_CAPTION_LABEL_WORDS) {
    return { role: pre.role, reason: `${pre.what}: starts with ${quote(pre.phrase)}` };
  }
  if (pre && pre.role !== 'credit' && pre.role !== 'caption' && (f.terminal !== 'sentence' || text.indexOf(':') >= 0)) {
    return { role: pre.role, reason: `${pre.what}: starts with ${quote(pre.phrase)}` };
  }
  // "Lea también: <headline>": a read-this-too label, then a colon, then the link.
  const promo = f.words <= MAX_HEADLINE_WORDS ? colonPromoLabel(text) : null;
  if (promo) return { role: 'promo', reason: `a 'Read more' promo link: starts with ${quote(promo + ':')}` };
  if (first === 'by' && f.words >= 2 && ((f.words <= MAX_BYLINE_WORDS && f.terminal !== 'sentence') || (f.words <= MAX_DATED_BYLINE_WORDS && f.hasDateCue))) {
    const second = text.slice(2).trimStart();
    if (second.length > 0 && second[0] !== second[0]!.toLowerCase()) {
      return { role: 'byline', reason: `a byline: 'By' and a name, ${f.words} words` };
    }
  }
  if (isDateline(f)) return { role: 'dateline', reason: `a date or time line (${Math.round(f.dateShare * 100)}% date words)` };
  return null;
}
