/**
 * Clean: finds the article body and labels everything else (boilerplate) with a role and
 * a reason a person understands. Works line by line on the text exactly as read (LF, CRLF
 * or CR line ends), so every span indexes `article.text`. See classify.ts for the method.
 */
import type { Article, CleanDoc, RemovedSpan, Span } from '../types.js';
import { templateIndex, type ProfileSet } from './profiles.js';
import { classifyLines, classifyText, type ClassifyOptions, type LineCache, type UnitCache } from './classify.js';
export type { LineCache } from './classify.js';
import { isSpaceCode, type Line } from './lines.js';
import { packedMap } from './arrays.js';
import type { Unit } from './blocks.js';
import type { LineVerdict } from './verdict.js';
import { MAX_SECOND_LOOKS } from './constants.js';
import { isReadabilityText } from './html-hints.js';
import { HTML_BOILERPLATE_MODEL } from './model-weights.js';
import { weightVector } from './model.js';

/** Text Readability chose is mostly body already: its own model, and no subhead rule (its headings are the article's). */
const HTML_MODEL_OPTIONS: ClassifyOptions = {
  weights: weightVector(HTML_BOILERPLATE_MODEL),
  transitions: HTML_BOILERPLATE_MODEL.transitions,
  subheads: false,
};

export type { ProfileSet, SourceProfile, TemplateEntry, ProfileSummary, SampleEntry } from './profiles.js';
export { learnProfiles, ProfileLearner, ProfileSample, summarizeForProfiles, readProfiles, parseProfiles } from './profiles.js';
export { PROFILE_SAMPLE_STORIES } from './constants.js';

/** Splits an article into body, captions and removed boilerplate. */
export function cleanArticle(article: Article, profiles: ProfileSet | null = null, options: ClassifyOptions = {}): CleanDoc {
  const text = article.text;
  const out: Collected = { body: [], bodyLines: [], captions: [], removed: [], headline: null };
  const from = article.frontMatter ? article.frontMatter.end : 0;
  if (article.frontMatter && article.frontMatter.end > article.frontMatter.start) {
    out.removed.push({ start: article.frontMatter.start, end: article.frontMatter.end, role: 'metadata', reason: 'front matter block (metadata, not article text)' });
  }
  const source = article.meta.source;
  const index = templateIndex(profiles, source);
  const html = isReadabilityText(article.htmlHints);
  const model = html ? HTML_MODEL_OPTIONS : {};
  // The caller's cache of line features by text, else one of this article's units by offset (the looks below share it).
  const cache: { cache: LineCache } | { unitCache: UnitCache } = options.cache ? { cache: options.cache } : { unitCache: new Map() };
  const first = classifyText(text, from, index, source, { ...model, ...(article.htmlHints ? { hints: article.htmlHints } : {}), ...cache, ...options });
  collect(text, first.lines, first.units, first.verdicts, out);
  // Second looks: the body on its own, as `strip` prints it, must lose nothing more (so that
  // stripping a stripped text is a no-op). Lines a second look removes are removed here, and
  // the body is looked at again until a look removes nothing (MAX_SECOND_LOOKS bounds it).
  // A second look is a strip of the printed body, so it sees that body's own layout (wrap
  // width, wire marks, which the printed body keeps: `<` ends its paragraphs); the
  // position rules cannot cascade down a story because a paragraph, grouped whole, ends in
  // its sentence punctuation and is never headline-like (issue 17).
  for (let pass = 0; !html && pass < MAX_SECOND_LOOKS && out.body.length > 0; pass++) {
    const kept = out.body;
    if (!options.hints) {
      // The kept lines are the lines of the joined body (trimmed, non-blank, one per line,
      // no blank line between them): classify them as they are, without joining and re-splitting.
      const lines: Line[] = packedMap(out.bodyLines, (l) => (l.blankBefore ? { start: l.start, end: l.end, text: l.text, blankBefore: false } : l));
      const again = classifyLines(lines, index, source, { ...model, ...cache, ...options }, text);
      if (again.verdicts.every((v) => v.role === 'body')) break;
      out.body = [];
      out.bodyLines = [];
      collect(text, lines, again.units, again.verdicts, out, ' (on a second look at the body alone)');
      continue;
    }
    const joined = kept.map((s) => text.slice(s.start, s.end)).join('\n');
    const again = classifyText(joined, 0, index, source, { ...model, ...(options.cache ? { cache: options.cache } : {}), ...options });
    if (again.verdicts.every((v) => v.role === 'body') || again.lines.length !== kept.length) break;
    // Line k of the joined body is kept[k]: same text, so offsets inside it carry over.
    const mapped: Line[] = packedMap(again.lines, (l, k) => ({ ...l, start: kept[k]!.start, end: kept[k]!.end }));
    out.body = [];
    out.bodyLines = [];
    collect(text, mapped, again.units, again.verdicts, out, ' (on a second look at the body alone)');
  }
  out.captions.sort((a, b) => a.start - b.start);
  out.removed.sort((a, b) => a.start - b.start);
  return { body: out.body, captions: out.captions, removed: out.removed, headline: out.headline };
}

interface Collected {
  body: Span[];
  /** The line each body span is (parallel to `body`). */
  bodyLines: Line[];
  captions: Span[];
  removed: RemovedSpan[];
  headline: Span | null;
}

/** Turns per-unit verdicts into spans of `text` (one per line; a split-off credit apart). */
function collect(text: string, lines: readonly Line[], units: readonly Unit[], verdicts: readonly LineVerdict[], out: Collected, note = ''): void {
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    const v = verdicts[u]!;
    // Where a split-off credit starts, as an offset into `text` (-1: none).
    let creditStart = -1;
    if (v.creditAt !== undefined && v.creditAt > 0) {
      let rest = v.creditAt;
      for (let l = unit.first; l < unit.end; l++) {
        const len = lines[l]!.end - lines[l]!.start;
        if (rest <= len) {
          creditStart = lines[l]!.start + rest;
          break;
        }
        rest -= len + 1;
      }
    }
    for (let l = unit.first; l < unit.end; l++) {
      const line = lines[l]!;
      const span: Span = { start: line.start, end: line.end };
      if (creditStart >= line.start && creditStart <= line.end) {
        out.removed.push({ start: creditStart, end: line.end, role: 'credit', reason: `a photo credit split off the caption it ends${note}` });
        let capEnd = creditStart;
        while (capEnd > line.start && isSpaceCode(text.charCodeAt(capEnd - 1))) capEnd--;
        if (capEnd > line.start) out.captions.push({ start: line.start, end: capEnd });
        continue;
      }
      if (creditStart >= 0 && line.start > creditStart) {
        out.removed.push({ ...span, role: 'credit', reason: `a photo credit split off the caption it ends${note}` });
        continue;
      }
      if (v.role === 'body') {
        out.body.push(span);
        out.bodyLines.push(line);
      }
      else if (v.role === 'caption') out.captions.push(span);
      else {
        out.removed.push({ start: line.start, end: line.end, role: v.role, reason: note ? v.reason + note : v.reason });
        if (v.role === 'headline' && !out.headline) out.headline = span;
      }
    }
  }
}

/** The `strip` view of a cleaned article: body text (kept lines joined by `\n`), removed spans, captions. */
export interface Stripped {
  readonly body: string;
  readonly removed: readonly RemovedSpan[];
  readonly captions: readonly Span[];
}

/** Builds the `strip` output of an article from its clean verdict. */
export function stripArticle(article: Article, clean: CleanDoc): Stripped {
  return {
    body: clean.body.map((s) => article.text.slice(s.start, s.end)).join('\n'),
    removed: clean.removed,
    captions: clean.captions,
  };
}
