/**
 * Clean: finds the article body and labels everything else (boilerplate) with a role and
 * a reason a person understands. Works line by line on the text exactly as read (LF, CRLF
 * or CR line ends), so every span indexes `article.text`. See classify.ts for the method.
 */
import type { Article, CleanDoc, RemovedSpan, Span } from '../types.js';
import { templateIndex, type ProfileSet } from './profiles.js';
import { analyzeText, type ClassifyOptions } from './classify.js';
import { isSpaceCode } from './lines.js';
import { isReadabilityText } from './html-hints.js';
import { HTML_BOILERPLATE_MODEL } from './model-weights.js';
import { weightVector } from './model.js';

/** Text Readability chose is mostly body already: its own model, and no subhead rule (its headings are the article's). */
const HTML_MODEL_OPTIONS: ClassifyOptions = {
  weights: weightVector(HTML_BOILERPLATE_MODEL),
  transitions: HTML_BOILERPLATE_MODEL.transitions,
  subheads: false,
};

export type { ProfileSet, SourceProfile, TemplateEntry, ProfileSummary } from './profiles.js';
export { learnProfiles, ProfileLearner, summarizeForProfiles, readProfiles, parseProfiles } from './profiles.js';

/** Splits an article into body, captions and removed boilerplate. */
export function cleanArticle(article: Article, profiles: ProfileSet | null = null, options: ClassifyOptions = {}): CleanDoc {
  const text = article.text;
  const removed: RemovedSpan[] = [];
  const body: Span[] = [];
  const captions: Span[] = [];
  let headline: Span | null = null;
  const from = article.frontMatter ? article.frontMatter.end : 0;
  if (article.frontMatter && article.frontMatter.end > article.frontMatter.start) {
    removed.push({ start: article.frontMatter.start, end: article.frontMatter.end, role: 'metadata', reason: 'front matter block (metadata, not article text)' });
  }
  const source = article.meta.source;
  const html = isReadabilityText(article.htmlHints);
  const model = html ? HTML_MODEL_OPTIONS : {};
  const analysis = analyzeText(text, from, templateIndex(profiles, source), source, { ...model, ...(article.htmlHints ? { hints: article.htmlHints } : {}), ...options });
  const { lines, units, verdicts } = analysis;
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
        removed.push({ start: creditStart, end: line.end, role: 'credit', reason: 'a photo credit split off the caption it ends' });
        let capEnd = creditStart;
        while (capEnd > line.start && isSpaceCode(text.charCodeAt(capEnd - 1))) capEnd--;
        if (capEnd > line.start) captions.push({ start: line.start, end: capEnd });
        continue;
      }
      if (creditStart >= 0 && line.start > creditStart) {
        removed.push({ ...span, role: 'credit', reason: 'a photo credit split off the caption it ends' });
        continue;
      }
      if (v.role === 'body') body.push(span);
      else if (v.role === 'caption') captions.push(span);
      else {
        removed.push({ ...span, role: v.role, reason: v.reason });
        if (v.role === 'headline' && !headline) headline = span;
      }
    }
  }
  return { body, captions, removed, headline };
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
