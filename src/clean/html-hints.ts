/**
 * Conventions shared with HTML extraction (ingest): a hint with this tag spanning the whole
 * extracted text says that Readability chose the article, so the text is already mostly
 * body and the HTML line model applies; without it the text is a whole page's.
 */
import { READABILITY_HINT_TAG, type HtmlHint } from '../types.js';

export { READABILITY_HINT_TAG };

/** True when the hints mark text extracted by Readability. */
export function isReadabilityText(hints: readonly HtmlHint[] | undefined): boolean {
  return Boolean(hints && hints.some((h) => h.tag === READABILITY_HINT_TAG));
}
