/**
 * Clean: finds the article body and labels everything else (boilerplate) with a role and
 * a reason a person understands. Works line by line on the text exactly as read (LF, CRLF
 * or CR line ends), so every span indexes `article.text`.
 */
import type { Article, CleanDoc, RemovedSpan, Span } from '../types.js';
import type { ProfileSet } from './profiles.js';
import { splitLines } from './lines.js';
import { textFeatures } from './features.js';
import { ruleVerdicts } from './rules.js';
import { isSpaceCode } from './lines.js';

export type { ProfileSet } from './profiles.js';
export { learnProfiles } from './profiles.js';

/** Splits an article into body, captions and removed boilerplate. */
export function cleanArticle(article: Article, profiles: ProfileSet | null = null): CleanDoc {
  void profiles;
  const text = article.text;
  const removed: RemovedSpan[] = [];
  const body: Span[] = [];
  const captions: Span[] = [];
  let headline: Span | null = null;
  const from = article.frontMatter ? article.frontMatter.end : 0;
  if (article.frontMatter && article.frontMatter.end > article.frontMatter.start) {
    removed.push({ start: article.frontMatter.start, end: article.frontMatter.end, role: 'metadata', reason: 'front matter block (metadata, not article text)' });
  }
  const lines = splitLines(text, from);
  const feats = lines.map((line) => textFeatures(line.text));
  const verdicts = ruleVerdicts(lines, feats);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const v = verdicts[i]!;
    if (v.creditAt !== undefined && v.creditAt > 0) {
      let capEnd = line.start + v.creditAt;
      while (capEnd > line.start && isSpaceCode(text.charCodeAt(capEnd - 1))) capEnd--;
      captions.push({ start: line.start, end: capEnd });
      removed.push({ start: line.start + v.creditAt, end: line.end, role: 'credit', reason: `a photo credit split off the caption it ends` });
      continue;
    }
    const span = { start: line.start, end: line.end };
    if (v.role === 'body') body.push(span);
    else if (v.role === 'caption') captions.push(span);
    else {
      removed.push({ ...span, role: v.role, reason: v.reason });
      if (v.role === 'headline' && !headline) headline = span;
    }
  }
  return { body, captions, removed, headline };
}
