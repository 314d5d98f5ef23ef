import type { Article } from '../src/types.js';

/** A plain-text article for tests. */
export function textArticle(text: string, id = 'test.txt', source: string | null = null, frontMatter: Article['frontMatter'] = null): Article {
  return {
    id,
    path: id,
    format: 'txt',
    encoding: 'utf-8',
    text,
    textOrigin: 'read',
    meta: { source, title: null, published: null, url: null },
    frontMatter,
  };
}
