/**
 * First-cut line roles from cues, shapes and position. The learned model (model.ts) scores
 * the same features; these rules provide the decisions a model should not have to learn
 * (cue labels, credits, tail markers followed by teasers).
 */
import type { Line } from './lines.js';
import type { TextFeatures } from './features.js';
import type { LineVerdict } from './verdict.js';
import { labelCue, prefixCue, tailCue } from './cues.js';
import { trailingCreditStart } from './credit.js';
import {
  BYLINE_NAME_REACH,
  HEADLINE_SEARCH_LINES,
  MAX_BYLINE_WORDS,
  MAX_HEADLINE_WORDS,
  MAX_MARKER_WORDS,
  MAX_NAV_WORDS,
  MAX_SUBHEAD_WORDS,
  PROTECTED_LINE_WORDS,
  STRONG_BODY_WORDS,
  TAIL_HEADLINE_SHARE,
  TAIL_LOOKAHEAD_LINES,
  TAIL_RESUME_LINES,
} from './constants.js';

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
function isHeadlineLike(f: TextFeatures): boolean {
  return f.terminal !== 'sentence' || f.words < 5;
}

/** Cue decisions that hold wherever the line is. */
function cueVerdict(line: Line, f: TextFeatures): LineVerdict | null {
  if (f.words === 0) return { role: 'widget', reason: 'no words, only symbols' };
  if (f.isDuration) return { role: 'widget', reason: `a video or audio duration ${quote(line.text)}` };
  if (isProtected(f)) return null;
  const labelled = labelCue(f.lower);
  if (labelled) return { role: labelled.role, reason: `${labelled.what} ${quote(line.text)}` };
  const creditAt = trailingCreditStart(line.text);
  if (creditAt === 0) return { role: 'credit', reason: `a photo credit ${quote(line.text)}` };
  if (creditAt > 0) return { role: 'caption', reason: `ends in the photo credit ${quote(line.text.slice(creditAt))}`, creditAt };
  const pre = prefixCue(f.lower);
  if (pre && pre.role !== 'credit' && (f.terminal !== 'sentence' || line.text.indexOf(':') >= 0)) {
    return { role: pre.role, reason: `${pre.what}: starts with ${quote(pre.phrase)}` };
  }
  if (f.lower[0] === 'by' && f.words >= 2 && f.words <= MAX_BYLINE_WORDS && f.terminal !== 'sentence') {
    const second = line.text.slice(2).trimStart();
    if (second.length > 0 && second[0] !== second[0]!.toLowerCase()) {
      return { role: 'byline', reason: `a byline: 'By' and a name, ${f.words} words` };
    }
  }
  if (f.hasDateCue && f.dateShare >= 0.6 && f.words <= 12 && f.terminal !== 'sentence') {
    return { role: 'dateline', reason: `a date or time line (${Math.round(f.dateShare * 100)}% date words)` };
  }
  return null;
}

/**
 * Labels every line. `verdicts[i]` is the verdict on `lines[i]`.
 */
export function ruleVerdicts(lines: readonly Line[], feats: readonly TextFeatures[]): LineVerdict[] {
  const n = lines.length;
  const out: (LineVerdict | null)[] = lines.map((line, i) => cueVerdict(line, feats[i]!));

  // Tail markers: a teaser run starts only while the following lines look like headlines.
  for (let i = 0; i < n; i++) {
    const f = feats[i]!;
    if (out[i] && out[i]!.role !== 'widget') continue;
    if (f.words > MAX_MARKER_WORDS || f.terminal === 'sentence') continue;
    const cue = tailCue(f.lower);
    if (!cue) continue;
    let looked = 0;
    let headlineLike = 0;
    for (let j = i + 1; j < n && looked < TAIL_LOOKAHEAD_LINES; j++) {
      looked++;
      if (isHeadlineLike(feats[j]!)) headlineLike++;
    }
    const share = looked === 0 ? 1 : headlineLike / looked;
    if (share < TAIL_HEADLINE_SHARE) {
      out[i] = {
        role: 'widget',
        reason: `a widget label ${quote(lines[i]!.text)}; body resumes after it (${headlineLike} of ${looked} following lines look like headlines)`,
      };
      continue;
    }
    out[i] = { role: 'teaser', reason: `tail marker ${quote(lines[i]!.text)}` };
    let bodyRun = 0;
    let j = i + 1;
    for (; j < n; j++) {
      if (isStrongBody(feats[j]!) && !out[j]) {
        bodyRun++;
        if (bodyRun >= TAIL_RESUME_LINES) break;
      } else bodyRun = 0;
    }
    const stop = bodyRun >= TAIL_RESUME_LINES ? j - (TAIL_RESUME_LINES - 1) : n;
    for (let k = i + 1; k < stop; k++) {
      if (!out[k] || out[k]!.role === 'widget' || out[k]!.role === 'promo') {
        out[k] = { role: 'teaser', reason: `after tail marker ${quote(lines[i]!.text)} (${headlineLike} of ${looked} lines after it look like headlines)` };
      }
    }
    i = stop - 1;
  }

  // The body zone: from the first to the last strong body line not yet labelled.
  let zoneStart = -1;
  let zoneEnd = -1;
  for (let i = 0; i < n; i++) {
    if (!out[i] && isStrongBody(feats[i]!)) {
      if (zoneStart < 0) zoneStart = i;
      zoneEnd = i;
    }
  }
  if (zoneStart < 0) {
    zoneStart = n;
    zoneEnd = n;
  }

  // Head zone: nav labels, then the headline.
  let headline = -1;
  let contentSeen = 0;
  for (let i = 0; i < zoneStart; i++) {
    if (out[i]) continue;
    const f = feats[i]!;
    if (f.terminal === 'sentence') {
      contentSeen++;
      continue;
    }
    if (headline < 0 && f.words > MAX_NAV_WORDS && f.words <= MAX_HEADLINE_WORDS && contentSeen < HEADLINE_SEARCH_LINES) {
      headline = i;
      out[i] = { role: 'headline', reason: `the headline: first line of ${f.words} words before the body, no sentence punctuation` };
      contentSeen++;
    } else if (f.words <= MAX_NAV_WORDS) {
      out[i] = { role: 'nav', reason: `a ${f.words}-word label above the body, no sentence punctuation` };
    } else if (f.words <= MAX_HEADLINE_WORDS) {
      out[i] = { role: 'subhead', reason: `a ${f.words}-word line above the body, no sentence punctuation` };
    }
  }

  // Bare names next to a byline ("EJ Ward" above "By EJ Ward").
  for (let i = 0; i < n; i++) {
    if (out[i]) continue;
    const f = feats[i]!;
    if (f.terminal !== 'none' || f.words < 2 || f.words > 4 || f.capShare < 1 || f.stopShare > 0) continue;
    for (let d = -BYLINE_NAME_REACH; d <= BYLINE_NAME_REACH; d++) {
      const v = out[i + d];
      if (d !== 0 && v && v.role === 'byline') {
        out[i] = { role: 'byline', reason: `a ${f.words}-word name next to the byline` };
        break;
      }
    }
  }

  // Inside and after the body zone.
  for (let i = zoneStart; i < n; i++) {
    if (out[i]) continue;
    const f = feats[i]!;
    const prev = i > 0 ? out[i - 1] : null;
    if (prev && prev.role === 'widget' && feats[i - 1]!.isDuration && f.words <= PROTECTED_LINE_WORDS) {
      out[i] = { role: 'caption', reason: 'the title of the video player above' };
      continue;
    }
    if (f.terminal === 'sentence' || f.terminal === 'colon') continue;
    if (i > zoneEnd) {
      out[i] = { role: 'teaser', reason: `after the last body paragraph, ${f.words} words without sentence punctuation` };
    } else if (f.words <= MAX_SUBHEAD_WORDS && !(prev === null && i > 0 && feats[i - 1]!.terminal === 'colon')) {
      out[i] = { role: 'subhead', reason: `a ${f.words}-word line inside the body without sentence punctuation` };
    }
  }

  return out.map((v) => v ?? { role: 'body', reason: '' });
}
