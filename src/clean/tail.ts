/**
 * Teaser tails: after a tail marker ("More Latest News", "Articles You May Like") a page
 * often ends in a run of related headlines. A marker starts such a run only while the lines
 * after it look like headlines: The Sun's "Most read in The Sun" sits mid-article and real
 * body follows it, so a blind cut would lose half the story. And a generic marker starts
 * a run only below some body prose: above the article, "Latest" is a menu entry.
 */
import type { TextFeatures } from './features.js';
import type { LineVerdict } from './verdict.js';
import { mayOpenCue, tailCue } from './cues.js';
import { isHeadlineLike, isProtected, isStrongBody, quote } from './cue-verdict.js';
import { MAX_MARKER_WORDS, TAIL_HEADLINE_SHARE, TAIL_LOOKAHEAD_LINES, TAIL_RESUME_LINES } from './constants.js';

/** A unit's text and features, and any verdict already given to it. */
export interface TailInput {
  readonly texts: readonly string[];
  readonly feats: readonly TextFeatures[];
  /** True where a unit is a learned tail marker of its source (with a reason). */
  readonly learnedMarkers?: readonly (string | null)[];
}

/**
 * Marks tail markers and the teaser runs after them, in place on `out` (units already
 * decided by a cue keep their verdict unless they are widgets or promos inside the run).
 */
export function markTails(input: TailInput, out: (LineVerdict | null)[]): void {
  const { texts, feats } = input;
  const n = texts.length;
  // A generic marker ends an article: it starts a teaser run only below some body prose
  // (above the article, "Latest" or "Trending" is a menu, and what follows may be the story).
  let strongAbove = false;
  for (let i = 0; i < n; i++) {
    const f = feats[i]!;
    const learned = input.learnedMarkers?.[i] ?? null;
    if (i > 0 && !out[i - 1] && isStrongBody(feats[i - 1]!)) strongAbove = true;
    if (!learned && !strongAbove) continue;
    // A learned tail marker of this source (even "READ MORE" before its teasers) outranks any generic cue.
    if (!learned && out[i] && out[i]!.role !== 'widget' && out[i]!.role !== 'nav') continue;
    if (f.words > MAX_MARKER_WORDS || f.terminal === 'sentence') continue;
    const cue = learned || !mayOpenCue(f) ? null : tailCue(f.lower);
    if (!cue && !learned) continue;
    let looked = 0;
    let headlineLike = 0;
    for (let j = i + 1; j < n && looked < TAIL_LOOKAHEAD_LINES; j++) {
      looked++;
      if (isHeadlineLike(feats[j]!)) headlineLike++;
    }
    const share = looked === 0 ? 1 : headlineLike / looked;
    const marker = quote(texts[i]!);
    if (share < TAIL_HEADLINE_SHARE) {
      if (!out[i]) out[i] = { role: 'widget', reason: `a widget label ${marker}; body resumes after it (${headlineLike} of ${looked} following lines look like headlines)` };
      continue;
    }
    out[i] = { role: 'teaser', reason: learned ? `tail marker ${marker}, ${learned}` : `tail marker ${marker}` };
    const stop = teaserRunEnd(feats, out, i + 1);
    for (let k = i + 1; k < stop; k++) {
      const v = out[k];
      if (!v || v.role === 'widget' || v.role === 'promo' || v.role === 'nav' || v.role === 'subhead') {
        out[k] = { role: 'teaser', reason: `after tail marker ${marker} (${headlineLike} of ${looked} lines after it look like headlines)` };
      }
    }
    i = stop - 1;
  }
}

/**
 * Where a teaser run that starts at `from` ends: before TAIL_RESUME_LINES consecutive strong
 * body lines, or at once before a protected line (25+ words, punctuated), or at the end.
 */
function teaserRunEnd(feats: readonly TextFeatures[], out: readonly (LineVerdict | null)[], from: number): number {
  let bodyRun = 0;
  for (let j = from; j < feats.length; j++) {
    const f = feats[j]!;
    if (out[j]) {
      bodyRun = 0;
      continue;
    }
    if (isProtected(f)) return j - bodyRun;
    if (isStrongBody(f)) {
      bodyRun++;
      if (bodyRun >= TAIL_RESUME_LINES) return j - bodyRun + 1;
    } else bodyRun = 0;
  }
  return feats.length;
}
