/**
 * The one file that touches @mozilla/readability: runs it over a parsed page and returns
 * the article's content node (not re-serialised to HTML and parsed again).
 */
import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { DomDocument, DomNode } from './dom.js';

/** What Readability found, or null when it found no article. */
export interface ReadabilityResult {
  readonly title: string | null;
  readonly content: DomNode;
  readonly byline: string | null;
}

/** Loaded on the first HTML page, not at start-up (see dom.ts). */
let Readability: typeof ReadabilityClass | null = null;

/** Runs Readability on `document` (which it modifies). */
export function runReadability(document: DomDocument): ReadabilityResult | null {
  Readability ??= (createRequire(import.meta.url)('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability;
  const reader = new Readability<DomNode>(document as never, { serializer: (node: unknown) => node as DomNode });
  const result = reader.parse();
  if (!result || !result.content) return null;
  return { title: result.title ?? null, content: result.content, byline: result.byline ?? null };
}
