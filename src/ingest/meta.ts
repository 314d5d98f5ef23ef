/**
 * Article metadata from its three places (the article object, front matter, the sidecar
 * `NAME.meta.json`) and the folder it lies in, merged by the contract's precedence.
 */
import type { ArticleMeta } from '../types.js';
import { normalizePublished } from './published.js';

/** Metadata fields as found in one place; absent where that place does not say. */
export interface MetaFields {
  readonly source?: string;
  readonly title?: string;
  readonly published?: string;
  readonly url?: string;
}

/** Reads the metadata fields of a JSON object (article object or sidecar); values of the wrong type are ignored. */
export function metaFieldsOf(object: Readonly<Record<string, unknown>>): MetaFields {
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  const published = object.published ?? object.date ?? object.publishedAt ?? object.published_at;
  const fields: { -readonly [K in keyof MetaFields]?: string } = {};
  const source = text(object.source) ?? text(object.publisher);
  if (source !== undefined) fields.source = source;
  const title = text(object.title) ?? text(object.headline);
  if (title !== undefined) fields.title = title;
  const url = text(object.url) ?? text(object.link);
  if (url !== undefined) fields.url = url;
  const when = typeof published === 'number' && Number.isFinite(published) ? String(published) : text(published);
  if (when !== undefined) fields.published = when;
  return fields;
}

/**
 * Merges metadata: the first place that gives a field wins, in the order given (article
 * object, front matter, sidecar); `source` falls back to the first folder under the corpus
 * root, then null. `published` is normalised to ISO 8601 where it parses.
 */
export function mergeMeta(places: readonly (MetaFields | null | undefined)[], folderSource: string | null): ArticleMeta {
  const pick = (key: keyof MetaFields): string | null => {
    for (const place of places) {
      const value = place?.[key];
      if (value !== undefined) return value;
    }
    return null;
  };
  const published = pick('published');
  return {
    source: pick('source') ?? folderSource,
    title: pick('title'),
    published: published === null ? null : normalizePublished(published),
    url: pick('url'),
  };
}
