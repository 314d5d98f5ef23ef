/**
 * An article object (`{ id?, source?, url?, title?, published?, text | html }`) from a
 * `.json` file or a `.jsonl` line → an Article, or the reason it is not one.
 */
import { InputError } from '../errors.js';
import type { Article, DocFormat, SkippedInput, TextEncoding } from '../types.js';
import { extractHtml } from './html-extract.js';
import { mergeMeta, metaFieldsOf, type MetaFields } from './meta.js';
import { skipInput } from './skip.js';

/** Where an article object was found and what surrounds it. */
export interface ObjectContext {
  /** The file, for messages and `Article.path`. */
  readonly path: string;
  /** 1-based line for JSON Lines. */
  readonly line?: number;
  /** The id to use when the object has none (`FILE` or `FILE#N`). */
  readonly defaultId: string;
  readonly format: Extract<DocFormat, 'json' | 'jsonl'>;
  readonly encoding: TextEncoding;
  readonly sidecar: MetaFields | null;
  readonly folderSource: string | null;
}

/** Turns parsed JSON into an article, or says why it is not one. */
export function articleFromObject(value: unknown, context: ObjectContext): Article | SkippedInput {
  const skip = (reason: 'not-an-article' | 'empty' | 'unsupported', detail: string): SkippedInput =>
    skipInput(context.path, reason, detail, context.line);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return skip('not-an-article', `${describeJson(value)}; expected one article object with a text or html field`);
  }
  const object = value as Readonly<Record<string, unknown>>;
  const id = objectId(object.id) ?? context.defaultId;
  const fields = metaFieldsOf(object);
  const base = {
    id,
    path: context.path,
    ...(context.line === undefined ? {} : { line: context.line }),
    format: context.format,
    encoding: context.encoding,
    frontMatter: null,
  };
  if (typeof object.text === 'string') {
    if (object.text.trim() === '') return skip('empty', 'the text field is empty');
    return {
      ...base,
      text: object.text,
      textOrigin: 'read',
      meta: mergeMeta([fields, context.sidecar], context.folderSource),
      ...(typeof object.html === 'string' ? { html: object.html } : {}),
    };
  }
  if (typeof object.html === 'string') {
    const where = context.line === undefined ? context.path : `${context.path}:${context.line}`;
    let extracted;
    try {
      extracted = extractHtml(object.html, where);
    } catch (error) {
      if (error instanceof InputError) return skip('unsupported', stripPathPrefix(error.message, where));
      return skip('unsupported', `HTML extraction failed: ${(error as Error)?.message ?? String(error)}`);
    }
    if (extracted.text.trim() === '') return skip('empty', 'no text in the html field');
    const titled = extracted.title ? [fields, context.sidecar, { title: extracted.title }] : [fields, context.sidecar];
    return {
      ...base,
      text: extracted.text,
      textOrigin: 'extracted',
      meta: mergeMeta(titled, context.folderSource),
      html: object.html,
      htmlHints: extracted.hints,
    };
  }
  const keys = Object.keys(object).slice(0, 5).join(', ');
  return skip('not-an-article', `an object without a text or html string${keys ? ` (fields: ${keys})` : ''}`);
}

/** An object's own id: a non-empty string or a finite number. */
function objectId(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function describeJson(value: unknown): string {
  if (value === null) return 'JSON null';
  if (Array.isArray(value)) return `a JSON array of ${value.length}`;
  return `a JSON ${typeof value}`;
}

/** `path: message` → `message` (extractHtml names the file; the skip line names it already). */
export function stripPathPrefix(message: string, where: string): string {
  return message.startsWith(`${where}: `) ? message.slice(where.length + 2) : message;
}
