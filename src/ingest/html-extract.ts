/**
 * HTML input: @mozilla/readability over linkedom finds the article; its content is
 * serialised block by block into lines (the text every offset of an HTML document refers
 * to, `textOrigin: 'extracted'`), with hints from the markup (figcaption, nav, aside,
 * headings, link density) for the clean stage's line model. When Readability finds no
 * article, or only a fragment (a headline and a line or two, with little of the prose the
 * page holds outside its comments, sidebars and footers), the whole page's visible text is
 * used instead and the plain-text path strips it: a page is never reduced to its headline.
 */
import { READABILITY_HINT_TAG, type HtmlHint } from '../types.js';
import { parseDocument } from './html/dom.js';
import { runReadability } from './html/readability.js';
import { serializeBlocks, type SerializedText } from './html/serialize.js';
import { CLASS_COMMENT_THREAD, markClassCues } from './html/class-cues.js';
import type { DomNode } from './html/dom.js';
import { MAX_COMMENT_THREAD_SHARE, MAX_FRAGMENT_LINES, MIN_READABILITY_PROSE_SHARE, PROSE_LINE_WORDS } from './constants-html.js';

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

/** What the fallback decision reads (see MIN_READABILITY_PROSE_SHARE). */
export interface FallbackStats {
  /** Prose words in Readability's article (0 when it found none). */
  readonly keptProse: number;
  /** Prose words of the page's text outside comment/sidebar/footer/nav/aside blocks. */
  readonly pageProse: number;
  /** Non-blank lines of Readability's article (0 when it found none). */
  readonly articleLines: number;
}

/** Both readings of a page: Readability's article (null when it found none) and the whole page's text. */
export interface HtmlReadings {
  readonly readability: ExtractedHtml | null;
  readonly page: ExtractedHtml;
  readonly stats: FallbackStats;
}

/** The fallback rule: Readability's article is used unless it is missing or a fragment of the page's prose. */
export function useReadability(stats: FallbackStats, minShare = MIN_READABILITY_PROSE_SHARE, maxLines = MAX_FRAGMENT_LINES): boolean {
  if (stats.articleLines === 0) return false;
  if (stats.articleLines > maxLines) return true;
  return stats.keptProse >= minShare * stats.pageProse;
}

/** Prose words of the lines no hint marks as page furniture (comments, sidebars, footers, nav, aside). */
function contentProse(page: SerializedText): number {
  const furniture = new Set<number>();
  for (const h of page.hints) if (h.classCue === 'furniture' || h.role === 'nav' || h.role === 'widget') furniture.add(h.start);
  const kept: string[] = [];
  let offset = 0;
  for (const line of page.text.split('\n')) {
    if (!furniture.has(offset)) kept.push(line);
    offset += line.length + 1;
  }
  return proseWords(kept.join('\n'));
}

function nonBlankLines(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) if (line.trim().length > 0) n++;
  return n;
}

/**
 * The page's own text for the fallback, without reader-comment threads (class-cues.ts
 * CLASS_COMMENT_THREAD): comments are boilerplate, and on the plain-text path they read as
 * prose. Kept when the thread would be most of the page (a page of comments, or a site
 * that names its article wrapper so): MAX_COMMENT_THREAD_SHARE.
 */
function pageWithoutComments(root: DomNode, cues: WeakMap<DomNode, number>): SerializedText {
  const all = serializeBlocks(root, cues);
  if (!((cues.get(root) ?? 0) & CLASS_COMMENT_THREAD)) return all;
  const without = serializeBlocks(root, cues, CLASS_COMMENT_THREAD);
  if (without.text.length === all.text.length) return all;
  return without.text.length >= (1 - MAX_COMMENT_THREAD_SHARE) * all.text.length ? without : all;
}

/** Reads a page both ways (extractHtml picks one; the fitting script scores both). */
export function readHtml(html: string): HtmlReadings {
  const document = parseDocument(html);
  const pageTitle = document.title ? document.title.trim() : null;
  const root = document.body ?? document.documentElement;
  // Class names are read now: Readability strips them from the article it returns.
  const cues = markClassCues(root);
  const pageText = pageWithoutComments(root, cues);
  let article: ReturnType<typeof runReadability>;
  try {
    article = runReadability(document);
  } catch {
    article = null;
  }
  let readability: ExtractedHtml | null = null;
  let keptProse = 0;
  let articleLines = 0;
  if (article) {
    const extracted = serializeBlocks(article.content, cues);
    if (extracted.text.trim().length > 0) {
      keptProse = proseWords(extracted.text);
      articleLines = nonBlankLines(extracted.text);
      // A whole-text hint tells the clean stage that Readability chose this text as the article.
      const marker: HtmlHint = { start: 0, end: extracted.text.length, tag: READABILITY_HINT_TAG, role: 'body', linkDensity: 0 };
      readability = { text: extracted.text, title: article.title || pageTitle, hints: [marker, ...extracted.hints], method: 'readability' };
    }
  }
  const text = pageTitle ? `${pageTitle}\n${pageText.text}` : pageText.text;
  const shift = pageTitle ? pageTitle.length + 1 : 0;
  const hints = pageText.hints.map((h) => ({ ...h, start: h.start + shift, end: h.end + shift }));
  const page: ExtractedHtml = { text, title: pageTitle, hints, method: 'page' };
  return { readability, page, stats: { keptProse, pageProse: contentProse(pageText), articleLines } };
}

/** Extracts an article's text from HTML (see module doc). `path` names the input in errors. */
export function extractHtml(html: string, path: string): ExtractedHtml {
  void path;
  const { readability, page, stats } = readHtml(html);
  return readability && useReadability(stats) ? readability : page;
}
