/**
 * HTML input: @mozilla/readability over linkedom finds the article; its content is
 * serialised block by block into lines (the text every offset of an HTML document refers
 * to, `textOrigin: 'extracted'`), with hints from the markup (figcaption, nav, aside,
 * headings, link density) for the clean stage's line model. When Readability keeps far
 * less prose than the page holds (it failed or picked a fragment), the whole page's text
 * is used instead and the plain-text path strips it.
 */
import { READABILITY_HINT_TAG, type HtmlHint } from '../types.js';
import { parseDocument } from './html/dom.js';
import { runReadability } from './html/readability.js';
import { serializeBlocks } from './html/serialize.js';
import { markClassCues } from './html/class-cues.js';
import { MIN_READABILITY_PROSE_SHARE, PROSE_LINE_WORDS } from './constants-html.js';

/** Text extracted from an HTML page, with the structural hints the markup gave. */
export interface ExtractedHtml {
  readonly text: string;
  readonly title: string | null;
  readonly hints: readonly HtmlHint[];
  /** `readability` when its article was used, `page` when the whole page's text was (fallback). */
  readonly method?: 'readability' | 'page';
}

/** Words in lines that read as prose (PROSE_LINE_WORDS+ words ending in sentence punctuation): what a plain-text stripper would keep. */
export function proseWords(text: string): number {
  let total = 0;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t.length === 0) continue;
    const last = t[t.length - 1]!;
    const ends = last === '.' || last === '!' || last === '?' || last === '"' || last === '\u201d' || last === '\u3002';
    if (!ends) continue;
    let words = 0;
    let inWord = false;
    for (let i = 0; i < t.length; i++) {
      const sp = t.charCodeAt(i) === 32;
      if (!sp && !inWord) words++;
      inWord = !sp;
    }
    if (words >= PROSE_LINE_WORDS) total += words;
  }
  return total;
}

/** Extracts an article's text from HTML (see module doc). `path` names the input in errors. */
export function extractHtml(html: string, path: string): ExtractedHtml {
  void path;
  const document = parseDocument(html);
  const pageTitle = document.title ? document.title.trim() : null;
  const root = document.body ?? document.documentElement;
  // Class names are read now: Readability strips them from the article it returns.
  const cues = markClassCues(root);
  const page = serializeBlocks(root, cues);
  let article: ReturnType<typeof runReadability>;
  try {
    article = runReadability(document);
  } catch {
    article = null;
  }
  if (article) {
    const extracted = serializeBlocks(article.content, cues);
    const kept = proseWords(extracted.text);
    const available = proseWords(page.text);
    if (kept >= MIN_READABILITY_PROSE_SHARE * available && extracted.text.trim().length > 0) {
      // A whole-text hint tells the clean stage that Readability chose this text as the article.
      const marker: HtmlHint = { start: 0, end: extracted.text.length, tag: READABILITY_HINT_TAG, role: 'body', linkDensity: 0 };
      return { text: extracted.text, title: article.title || pageTitle, hints: [marker, ...extracted.hints], method: 'readability' };
    }
  }
  const text = pageTitle ? `${pageTitle}\n${page.text}` : page.text;
  const shift = pageTitle ? pageTitle.length + 1 : 0;
  const hints = page.hints.map((h) => ({ ...h, start: h.start + shift, end: h.end + shift }));
  return { text, title: pageTitle, hints, method: 'page' };
}
