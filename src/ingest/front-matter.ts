/**
 * Front matter: a `---` line at the very top of a `.md`/`.txt` file, `key: value` lines,
 * and a closing `---` (or `...`) line, as Jekyll and Hugo write it. Only flat string
 * fields are read (`source`, `published`, `title`, `url` and their common aliases); the
 * block's span is recorded so later stages never treat it as body. The text itself is not
 * changed, so offsets still index the file as read.
 */
import type { Span } from '../types.js';
import { MAX_FRONT_MATTER_LINES } from './constants.js';
import type { MetaFields } from './meta.js';

/** A front-matter block: where it is in the text, and the metadata it gave. */
export interface FrontMatter {
  readonly span: Span;
  readonly fields: MetaFields;
}

/** Keys read from front matter (lower case) and the metadata field each fills. */
const KEYS: Readonly<Record<string, keyof MetaFields>> = {
  source: 'source',
  publisher: 'source',
  outlet: 'source',
  published: 'published',
  date: 'published',
  pubdate: 'published',
  published_at: 'published',
  publishedat: 'published',
  title: 'title',
  headline: 'title',
  url: 'url',
  link: 'url',
  canonical: 'url',
};

/** Finds and parses a front-matter block at the top of `text`, or returns null. */
export function parseFrontMatter(text: string): FrontMatter | null {
  const first = readLine(text, 0);
  if (first.content.trimEnd() !== '---') return null;
  const fields: { -readonly [K in keyof MetaFields]?: MetaFields[K] } = {};
  let at = first.next;
  for (let lines = 0; lines < MAX_FRONT_MATTER_LINES && at < text.length; lines++) {
    const line = readLine(text, at);
    const content = line.content.trimEnd();
    if (content === '---' || content === '...') {
      return { span: { start: 0, end: line.next }, fields };
    }
    const colon = content.indexOf(':');
    if (colon > 0 && !/^\s/.test(content)) {
      const key = KEYS[content.slice(0, colon).trim().toLowerCase()];
      const value = unquote(content.slice(colon + 1).trim());
      if (key && value && fields[key] === undefined) fields[key] = value;
    }
    at = line.next;
  }
  return null;
}

/** The line starting at `start` (without its line end, which may be LF, CRLF or CR) and where the next line starts. */
function readLine(text: string, start: number): { content: string; next: number } {
  let i = start;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  const content = text.slice(start, i);
  if (text[i] === '\r' && text[i + 1] === '\n') return { content, next: i + 2 };
  return { content, next: i < text.length ? i + 1 : i };
}

function unquote(value: string): string {
  if (value.length >= 2) {
    const q = value[0];
    if ((q === '"' || q === "'") && value[value.length - 1] === q) return value.slice(1, -1).trim();
  }
  return value;
}
