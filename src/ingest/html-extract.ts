import { InputError } from '../errors.js';
import type { HtmlHint } from '../types.js';

/** Text extracted from an HTML page, with the structural hints the markup gave. */
export interface ExtractedHtml {
  readonly text: string;
  readonly title: string | null;
  readonly hints: readonly HtmlHint[];
}

/**
 * Extracts an article's text from HTML. Not supported yet: HTML input arrives with the
 * boilerplate issue (Readability over linkedom).
 */
export function extractHtml(_html: string, path: string): ExtractedHtml {
  throw new InputError(`${path}: HTML input is not supported yet`, path);
}
