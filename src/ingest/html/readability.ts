/**
 * The one file that touches @mozilla/readability: runs it over a parsed page and returns
 * the article's content node (not re-serialised to HTML and parsed again).
 */
import { Readability } from '@mozilla/readability';
import type { DomDocument, DomNode } from './dom.js';

/** What Readability found, or null when it found no article. */
export interface ReadabilityResult {
  readonly title: string | null;
  readonly content: DomNode;
  readonly byline: string | null;
}

/** Runs Readability on `document` (which it modifies). */
export function runReadability(document: DomDocument): ReadabilityResult | null {
  const reader = new Readability<DomNode>(document as never, { serializer: (node: unknown) => node as DomNode });
  const result = reader.parse();
  if (!result || !result.content) return null;
  return { title: result.title ?? null, content: result.content, byline: result.byline ?? null };
}
