/**
 * Clean: finds the article body and labels everything else (boilerplate) with a role and
 * a reason. SEAM (first cut, replaced by the boilerplate work): every non-blank line is body.
 */
import type { Article, CleanDoc, Span } from '../types.js';
import type { ProfileSet } from './profiles.js';

export type { ProfileSet } from './profiles.js';
export { learnProfiles } from './profiles.js';

/** Splits an article into body, captions and removed boilerplate. */
export function cleanArticle(article: Article, profiles: ProfileSet | null = null): CleanDoc {
  void profiles;
  const text = article.text;
  const body: Span[] = [];
  let start = article.frontMatter ? article.frontMatter.end : 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) body.push({ start: s, end: e });
    start = end + 1;
  }
  return { body, captions: [], removed: [], headline: null };
}
