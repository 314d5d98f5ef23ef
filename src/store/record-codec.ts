/**
 * How a document is laid out in an archive row, shared by both backends: a few columns to
 * query by (id, source, time), the text, one JSON column for spans and file details, and
 * the anchors as a little-endian blob of 32-bit hashes.
 */
import { createHash } from 'node:crypto';
import { endianness } from 'node:os';
import type { Article, CleanDoc, RemovedSpan, Span } from '../types.js';
import type { ArchivedDoc, DocRecord } from './archive.js';
import { StoreError } from '../errors.js';

/** A document row's column values (driver-neutral). */
export interface DocRow {
  readonly id: string;
  readonly source: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  /** Published time, else the time it was added: what `--since` filters on. Epoch milliseconds. */
  readonly time_ms: number;
  readonly added_ms: number;
  readonly hash: string;
  /** Length of `text` in UTF-16 code units. */
  readonly chars: number;
  readonly text: string;
  /** JSON of `DetailJson`. */
  readonly detail: string;
  readonly anchors: Buffer;
}

/** The JSON column: clean spans (flat number pairs for body and captions, to stay small) and file details. */
interface DetailJson {
  readonly v: 1;
  readonly path: string;
  readonly format: Article['format'];
  readonly encoding: Article['encoding'];
  readonly textOrigin: Article['textOrigin'];
  readonly frontMatter: Span | null;
  readonly body: number[];
  readonly captions: number[];
  readonly removed: readonly RemovedSpan[];
  readonly headline: Span | null;
}

/** Content hash of an article: its text and metadata. Two reads of the same file give the same hash; any edit changes it. */
export function contentHash(article: Article): string {
  const { source, title, published, url } = article.meta;
  return createHash('sha256')
    .update(JSON.stringify([article.text, source, title, published, url]))
    .digest('base64url')
    .slice(0, 24);
}

/** Sorted, de-duplicated copy of `anchors`. */
export function uniqueAnchors(anchors: ArrayLike<number>): Uint32Array {
  // Anchors from selectAnchors are already strictly increasing: copy them without sorting.
  let increasing = true;
  for (let i = 1; i < anchors.length && increasing; i++) increasing = anchors[i]! > anchors[i - 1]!;
  if (increasing) return Uint32Array.from(anchors);
  const sorted = Uint32Array.from(anchors).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  return sorted.slice(0, n);
}

/** True on little-endian machines, where a Uint32Array's bytes are already the blob's. */
const LITTLE_ENDIAN = endianness() === 'LE';

/** Anchors as a blob: 4 bytes each, little-endian. */
export function anchorsToBlob(anchors: Uint32Array): Buffer {
  if (LITTLE_ENDIAN) return Buffer.from(anchors.buffer, anchors.byteOffset, anchors.byteLength);
  const buf = Buffer.alloc(anchors.length * 4);
  for (let i = 0; i < anchors.length; i++) buf.writeUInt32LE(anchors[i]!, i * 4);
  return buf;
}

/** The inverse of `anchorsToBlob`. */
export function blobToAnchors(blob: Uint8Array): Uint32Array {
  if (blob.length % 4 !== 0) throw new StoreError(`archive row has a damaged anchor list (${blob.length} bytes, not a multiple of 4)`);
  if (LITTLE_ENDIAN) return new Uint32Array(Uint8Array.prototype.slice.call(blob).buffer);
  const buf = Buffer.from(blob.buffer, blob.byteOffset, blob.length);
  const out = new Uint32Array(blob.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = buf.readUInt32LE(i * 4);
  return out;
}

/** A posting's key column: the anchor as a signed 32-bit integer (4 bytes in SQLite's record format and PostgreSQL's `int4`). */
export function postingKey(anchor: number): number {
  return anchor | 0;
}

/** Epoch milliseconds of an ISO date, or null when it does not parse. */
export function parseTime(iso: string | null): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
}

const flatten = (spans: readonly Span[]): number[] => spans.flatMap((s) => [s.start, s.end]);
const unflatten = (flat: readonly number[]): Span[] => {
  const out: Span[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ start: flat[i]!, end: flat[i + 1]! });
  return out;
};

/** The row for `record`, added at `addedMs`. */
export function toRow(record: DocRecord, addedMs: number): DocRow {
  const { article, clean } = record;
  const detail: DetailJson = {
    v: 1,
    path: article.path,
    format: article.format,
    encoding: article.encoding,
    textOrigin: article.textOrigin,
    frontMatter: article.frontMatter,
    body: flatten(clean.body),
    captions: flatten(clean.captions),
    removed: clean.removed.map((r) => ({ start: r.start, end: r.end, role: r.role, reason: r.reason })),
    headline: clean.headline,
  };
  return {
    id: article.id,
    source: article.meta.source,
    title: article.meta.title,
    published: article.meta.published,
    url: article.meta.url,
    time_ms: parseTime(article.meta.published) ?? addedMs,
    added_ms: addedMs,
    hash: record.hash,
    chars: article.text.length,
    text: article.text,
    detail: JSON.stringify(detail),
    anchors: anchorsToBlob(record.anchors),
  };
}

/** The document stored in `row` (numbered `rowNumber`). */
export function fromRow(rowNumber: number, row: DocRow): ArchivedDoc {
  let detail: DetailJson;
  try {
    detail = JSON.parse(row.detail) as DetailJson;
  } catch {
    throw new StoreError(`archive row ${rowNumber} (${row.id}) has damaged span data`);
  }
  const article: Article = {
    id: row.id,
    path: detail.path,
    format: detail.format,
    encoding: detail.encoding,
    text: row.text,
    textOrigin: detail.textOrigin,
    meta: { source: row.source, title: row.title, published: row.published, url: row.url },
    frontMatter: detail.frontMatter,
  };
  const clean: CleanDoc = {
    body: unflatten(detail.body),
    captions: unflatten(detail.captions),
    removed: detail.removed,
    headline: detail.headline,
  };
  return {
    row: rowNumber,
    article,
    clean,
    anchors: blobToAnchors(row.anchors),
    hash: row.hash,
    addedAt: new Date(Number(row.added_ms)).toISOString(),
  };
}
