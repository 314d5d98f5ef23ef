/**
 * One file → its articles, synchronously and on its own (no shared state), so batch runs
 * can hand files to worker threads and never hold more than a file at a time. Never
 * throws: whatever is wrong with the file comes back as a SkippedInput naming it.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_MAX_FILE_BYTES } from '../config.js';
import { InputError } from '../errors.js';
import type { Article, SkippedInput } from '../types.js';
import { articleFromObject, stripPathPrefix } from './article-object.js';
import { JSONL_CHUNK_BYTES, MAX_CONTROL_CHAR_SHARE, SNIFF_BYTES } from './constants.js';
import { decodeBytes, decodeHtmlBytes, decodeUtf8WithFallback, isUtf16, type DecodedText } from './decode.js';
import { parseFrontMatter } from './front-matter.js';
import { extractHtml } from './html-extract.js';
import { mergeMeta, metaFieldsOf, type MetaFields } from './meta.js';
import { binaryKind, binaryReason, controlCharShare } from './sniff.js';
import { describeFsError, skipInput } from './skip.js';
import { sidecarName, type InputFile } from './walk.js';

/** Options for reading one file. */
export interface ReadOptions {
  /** Skip files (for JSON Lines: lines) larger than this many bytes. Default DEFAULT_MAX_FILE_BYTES. */
  readonly maxFileBytes?: number;
  /** JSON Lines: give each article's line (`FileArticles.lines`), so a later pass can read that article alone (`jsonLineReader`). */
  readonly keepLines?: boolean;
  /**
   * JSON Lines: hand each article (and its kept line) to this as it is read instead of
   * returning them (`articles` and `lines` come back empty), so a dump of 100,000 articles
   * is never held at once.
   */
  readonly eachArticle?: (article: Article, line: KeptLine | null) => void;
}

/** The articles one file gave (in file order), and what in it was skipped. */
export interface FileArticles {
  readonly articles: readonly Article[];
  readonly skipped: readonly SkippedInput[];
  /** With `keepLines`, for a JSON Lines file: each article's line as UTF-8 bytes in a buffer of its own (null for a UTF-16 file). */
  readonly lines?: readonly (KeptLine | null)[];
}

/** One JSON Lines article's line: its number and bytes (what `jsonLineReader` reads it from). */
export interface KeptLine {
  readonly line: number;
  readonly bytes: Uint8Array;
}

/**
 * Reads one file's articles. Never throws. `bytes`: the file's bytes as `readFileBytes`
 * gave them earlier (a scan reads each file once), used instead of reading it again.
 */
export function readArticleFile(file: InputFile, options: ReadOptions = {}, bytes?: Uint8Array | null): FileArticles {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  try {
    switch (file.format) {
      case null:
        return only(skipUnknown(file));
      case 'jsonl':
        return readJsonLines(file, maxBytes, options.keepLines === true, options.eachArticle);
      default:
        return readWholeFile(file, maxBytes, bytes ?? null);
    }
  } catch (error) {
    return only(skipInput(file.path, 'unreadable', `unexpected error: ${(error as Error)?.message ?? String(error)}`));
  }
}

function only(skipped: SkippedInput): FileArticles {
  return { articles: [], skipped: [skipped] };
}

function one(result: Article | SkippedInput, extra: readonly SkippedInput[]): FileArticles {
  return 'reason' in result ? { articles: [], skipped: [...extra, result] } : { articles: [result], skipped: extra };
}

/** A file whose extension is not an article format: name the binary kind when it is one (images, PDFs), else the extension. */
function skipUnknown(file: InputFile): SkippedInput {
  const head = readHead(file.path, SNIFF_BYTES);
  if ('reason' in head) return head;
  const kind = binaryKind(head.bytes) ?? (isUtf16(head.bytes) ? null : binaryReason(head.bytes));
  if (kind) return skipInput(file.path, 'binary', kind);
  const name = path.basename(file.path);
  const dot = name.lastIndexOf('.');
  const what = dot > 0 ? `${name.slice(dot)} is not an article format` : 'no file extension';
  return skipInput(file.path, 'unsupported', `${what}; formats: .txt .md .html .htm .json .jsonl`);
}

/**
 * Trailer of the bytes `readFileBytes` gives: the file's length, then its sidecar's state
 * (its length, or one of the two markers below). Bytes.
 */
const KEPT_TRAILER_BYTES = 8;
/** Sidecar state: the file has no sidecar (none listed, or none on disk). */
const NO_SIDECAR = 0xffffffff;
/** Sidecar state: its bytes are not kept (it could not be read); read it again, to say why. */
const SIDECAR_NOT_KEPT = 0xfffffffe;

/**
 * The bytes of a file read whole (`.txt`, `.md`, `.html`, `.json`) within the size limit,
 * with its sidecar's bytes (`NAME.meta.json`) after them, in a buffer of their own (so they
 * can be moved between threads), for a later `readArticleFile(file, options, bytes)`: a
 * scan opens a file and its sidecar once, not once per pass. Null for other formats (JSON
 * Lines are streamed) or when the file cannot be read (`readArticleFile` then says why).
 */
export function readFileBytes(file: InputFile, options: ReadOptions = {}): Uint8Array | null {
  if (file.format === null || file.format === 'jsonl') return null;
  try {
    const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const read = readBounded(file.path, maxBytes);
    if ('reason' in read) return null;
    const sidecar = readSidecarBytes(file.path, maxBytes, file.sidecar);
    const sidecarLength = sidecar === null ? 0 : 'bytes' in sidecar ? sidecar.bytes.length : 0;
    const kept = new Uint8Array(read.bytes.length + sidecarLength + KEPT_TRAILER_BYTES);
    kept.set(read.bytes, 0);
    if (sidecar && 'bytes' in sidecar) kept.set(sidecar.bytes, read.bytes.length);
    const trailer = new DataView(kept.buffer, kept.length - KEPT_TRAILER_BYTES);
    trailer.setUint32(0, read.bytes.length);
    trailer.setUint32(4, sidecar === null ? NO_SIDECAR : 'bytes' in sidecar ? sidecarLength : SIDECAR_NOT_KEPT);
    return kept;
  } catch {
    return null;
  }
}

/** The file's and its sidecar's bytes in what `readFileBytes` gave (`sidecar` undefined: read it from disk; null: it has none). */
function unpackKept(kept: Uint8Array): { bytes: Buffer; sidecar: Uint8Array | null | undefined } {
  const trailer = new DataView(kept.buffer, kept.byteOffset + kept.length - KEPT_TRAILER_BYTES, KEPT_TRAILER_BYTES);
  const length = trailer.getUint32(0);
  const state = trailer.getUint32(4);
  const sidecar = state === NO_SIDECAR ? null : state === SIDECAR_NOT_KEPT ? undefined : kept.subarray(length, length + state);
  return { bytes: Buffer.from(kept.buffer, kept.byteOffset, length), sidecar };
}

/** `.txt`, `.md`, `.html`, `.json`: the whole file at once (bounded by the size limit). */
function readWholeFile(file: InputFile, maxBytes: number, bytes: Uint8Array | null): FileArticles {
  const kept = bytes ? unpackKept(bytes) : null;
  const read = kept ?? readBounded(file.path, maxBytes);
  if ('reason' in read) return only(read);
  const decoded = decodeChecked(file.path, read.bytes, file.format === 'html');
  if ('reason' in decoded) return only(decoded);
  const sidecar = readSidecar(file.path, maxBytes, file.sidecar, kept?.sidecar);
  const extra = sidecar.skipped ? [sidecar.skipped] : [];
  const { text, encoding } = decoded;
  if (text.trim() === '') return one(skipInput(file.path, 'empty', read.bytes.length === 0 ? '0 bytes' : 'only whitespace'), extra);
  const base = { id: file.id, path: file.path, encoding };
  switch (file.format) {
    case 'txt':
    case 'md': {
      const front = parseFrontMatter(text);
      if (front && text.slice(front.span.end).trim() === '') {
        return one(skipInput(file.path, 'empty', 'only front matter, no text'), extra);
      }
      return one(
        {
          ...base,
          format: file.format,
          text,
          textOrigin: 'read',
          meta: mergeMeta([front?.fields, sidecar.fields], file.folderSource),
          frontMatter: front?.span ?? null,
        },
        extra,
      );
    }
    case 'html':
      return one(articleFromHtml(file, text, encoding, sidecar.fields), extra);
    case 'json': {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        return one(skipInput(file.path, 'malformed-json', jsonErrorDetail(error)), extra);
      }
      return one(
        articleFromObject(value, {
          path: file.path,
          defaultId: file.id,
          format: 'json',
          encoding,
          sidecar: sidecar.fields,
          folderSource: file.folderSource,
        }),
        extra,
      );
    }
    default:
      return one(skipInput(file.path, 'unsupported', `format ${String(file.format)}`), extra);
  }
}

function articleFromHtml(file: InputFile, html: string, encoding: Article['encoding'], sidecar: MetaFields | null): Article | SkippedInput {
  let extracted;
  try {
    extracted = extractHtml(html, file.path);
  } catch (error) {
    if (error instanceof InputError) return skipInput(file.path, 'unsupported', stripPathPrefix(error.message, file.path));
    return skipInput(file.path, 'unsupported', `HTML extraction failed: ${(error as Error)?.message ?? String(error)}`);
  }
  if (extracted.text.trim() === '') return skipInput(file.path, 'empty', 'no article text in the HTML');
  return {
    id: file.id,
    path: file.path,
    format: 'html',
    encoding,
    text: extracted.text,
    textOrigin: 'extracted',
    meta: mergeMeta([sidecar, extracted.title ? { title: extracted.title } : null], file.folderSource),
    frontMatter: null,
    html,
    htmlHints: extracted.hints,
  };
}

/** Decodes, refusing binary: magic numbers, NUL bytes, control characters. */
function decodeChecked(filePath: string, bytes: Uint8Array, html = false): DecodedText | SkippedInput {
  if (!isUtf16(bytes)) {
    const reason = binaryReason(bytes);
    if (reason) return skipInput(filePath, 'binary', reason);
  }
  const decoded = html ? decodeHtmlBytes(bytes) : decodeBytes(bytes);
  if (decoded.encoding.startsWith('utf-16') && controlCharShare(decoded.text) > MAX_CONTROL_CHAR_SHARE) {
    return skipInput(filePath, 'binary', 'control characters in UTF-16 text');
  }
  return decoded;
}

/** `.jsonl`: streamed line by line, so a dump larger than memory's comfort is fine; the size limit applies per line. */
function readJsonLines(file: InputFile, maxBytes: number, keepLines: boolean, each?: (article: Article, line: KeptLine | null) => void): FileArticles {
  const articles: Article[] = [];
  let count = 0;
  const lines: (KeptLine | null)[] = [];
  const skipped: SkippedInput[] = [];
  const sidecar = readSidecar(file.path, maxBytes, file.sidecar);
  if (sidecar.skipped) skipped.push(sidecar.skipped);
  const onLine = (bytes: Uint8Array | string, line: number): void => {
    const result = jsonLineArticle(file, bytes, line, sidecar.fields);
    if (result === null) return;
    if ('reason' in result) {
      skipped.push(result);
      return;
    }
    count++;
    // A copy: `bytes` is a view of the reader's chunk, used again for the next lines.
    const kept = keepLines && typeof bytes !== 'string' ? { line, bytes: new Uint8Array(bytes) } : null;
    if (each) {
      each(result, kept);
      return;
    }
    articles.push(result);
    if (keepLines) lines.push(kept);
  };
  const onTooLong = (line: number, bytes: number): void => {
    skipped.push(skipInput(file.path, 'too-large', `line of ${formatBytes(bytes)} is over the ${formatBytes(maxBytes)} limit (--max-file-size)`, line));
  };
  const problem = streamLines(file.path, maxBytes, onLine, onTooLong);
  if (problem) return { articles: [], skipped: [...skipped, problem] };
  if (count === 0 && skipped.length === 0) return only(skipInput(file.path, 'empty', 'no JSON lines'));
  return keepLines ? { articles, skipped, lines } : { articles, skipped };
}

/** The article on one JSON Lines line (null for a blank line), or why the line is skipped. */
function jsonLineArticle(file: InputFile, bytes: Uint8Array | string, line: number, sidecar: MetaFields | null): Article | SkippedInput | null {
  const decoded = typeof bytes === 'string' ? { text: bytes, encoding: 'utf-16le' as const } : decodeUtf8WithFallback(bytes);
  if (decoded.text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (error) {
    return skipInput(file.path, 'malformed-json', `${jsonErrorDetail(error)}; other lines kept`, line);
  }
  return articleFromObject(value, {
    path: file.path,
    line,
    defaultId: `${file.id}#${line}`,
    format: 'jsonl' as const,
    encoding: decoded.encoding,
    sidecar,
    folderSource: file.folderSource,
  });
}

/**
 * A reader of single articles of a JSON Lines file from lines kept by an earlier read
 * (`keepLines`): each gives the article reading the whole file gives for that line. The
 * file's sidecar is read once, when the reader is made, not once an article.
 */
export function jsonLineReader(file: InputFile, options: ReadOptions = {}): (kept: KeptLine) => Article | null {
  const sidecar = readSidecar(file.path, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, file.sidecar);
  return (kept) => {
    const result = jsonLineArticle(file, kept.bytes, kept.line, sidecar.fields);
    return result === null || 'reason' in result ? null : result;
  };
}

/**
 * Calls `onLine` for each line (LF-separated; a trailing CR is dropped; a UTF-8 BOM on the
 * first line is dropped). UTF-16 files (rare for JSON Lines) are read whole and decoded
 * first. Returns a SkippedInput when the whole file is unusable.
 */
function streamLines(
  filePath: string,
  maxBytes: number,
  onLine: (bytes: Uint8Array | string, line: number) => void,
  onTooLong: (line: number, bytes: number) => void,
): SkippedInput | null {
  let fd: number;
  try {
    fd = openSync(filePath, 'r');
  } catch (error) {
    return skipInput(filePath, 'unreadable', describeFsError(error));
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return skipInput(filePath, 'unsupported', 'not a regular file');
    const chunk = Buffer.allocUnsafe(JSONL_CHUNK_BYTES);
    let got = readSync(fd, chunk, 0, chunk.length, null);
    const head = chunk.subarray(0, Math.min(got, SNIFF_BYTES));
    if (isUtf16(head)) {
      closeSync(fd);
      fd = -1;
      const whole = readBounded(filePath, maxBytes);
      if ('reason' in whole) return whole;
      const text = decodeBytes(whole.bytes).text;
      text.split('\n').forEach((line, i) => onLine(line.endsWith('\r') ? line.slice(0, -1) : line, i + 1));
      return null;
    }
    const reason = binaryReason(head);
    if (reason) return skipInput(filePath, 'binary', reason);
    let line = 1;
    let parts: Buffer[] = [];
    let pending = 0;
    let overflow = false;
    let first = true;
    const finish = (): void => {
      if (overflow) onTooLong(line, pending);
      else {
        let bytes: Uint8Array = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
        if (first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
        if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
        onLine(bytes, line);
      }
      first = false;
      parts = [];
      pending = 0;
      overflow = false;
      line++;
    };
    const take = (piece: Buffer): void => {
      pending += piece.length;
      if (pending > maxBytes) {
        overflow = true;
        parts = [];
      } else if (!overflow && piece.length > 0) parts.push(Buffer.from(piece));
    };
    while (got > 0) {
      const data = chunk.subarray(0, got);
      let start = 0;
      for (let nl = data.indexOf(0x0a, start); nl >= 0; nl = data.indexOf(0x0a, start)) {
        take(data.subarray(start, nl));
        finish();
        start = nl + 1;
      }
      take(data.subarray(start));
      got = readSync(fd, chunk, 0, chunk.length, null);
    }
    if (pending > 0 || overflow) finish();
    return null;
  } catch (error) {
    return skipInput(filePath, 'unreadable', describeFsError(error));
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

let scratch: Buffer | null = null;

/** A read buffer shared by every read of this thread (its contents are copied out before the next read). */
function scratchBuffer(): Buffer {
  return (scratch ??= Buffer.allocUnsafe(JSONL_CHUNK_BYTES));
}

/** Reads a whole file, refusing more than `maxBytes` (checked before reading and while reading, in case it grows). */
function readBounded(filePath: string, maxBytes: number): { bytes: Buffer } | SkippedInput {
  let fd: number;
  try {
    fd = openSync(filePath, 'r');
  } catch (error) {
    return skipInput(filePath, 'unreadable', describeFsError(error));
  }
  return readOpenFile(fd, filePath, maxBytes);
}

/** `readBounded` of a file already opened as `fd` (closed here). */
function readOpenFile(fd: number, filePath: string, maxBytes: number): { bytes: Buffer } | SkippedInput {
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return skipInput(filePath, 'unsupported', 'not a regular file');
    if (stats.size > maxBytes) return tooLarge(filePath, stats.size, maxBytes);
    const parts: Buffer[] = [];
    let total = 0;
    let buffer: Buffer = Buffer.allocUnsafe(Math.max(1, stats.size + 1));
    let reused = false;
    for (;;) {
      const got = readSync(fd, buffer, 0, buffer.length, null);
      if (got === 0) break;
      parts.push(reused ? Buffer.from(buffer.subarray(0, got)) : buffer.subarray(0, got));
      total += got;
      if (total > maxBytes) return tooLarge(filePath, total, maxBytes);
      // Past the size fstat gave (the file grew), or the read that finds the end: one
      // scratch buffer for every file, not a fresh megabyte each (that was most of the
      // garbage collector's work in a 100k-file scan).
      buffer = scratchBuffer();
      reused = true;
    }
    return { bytes: parts.length === 1 ? parts[0]! : Buffer.concat(parts, total) };
  } catch (error) {
    return skipInput(filePath, 'unreadable', describeFsError(error));
  } finally {
    closeSync(fd);
  }
}

function readHead(filePath: string, bytes: number): { bytes: Buffer } | SkippedInput {
  let fd: number;
  try {
    fd = openSync(filePath, 'r');
  } catch (error) {
    return skipInput(filePath, 'unreadable', describeFsError(error));
  }
  try {
    const buffer = Buffer.alloc(bytes);
    const got = readSync(fd, buffer, 0, bytes, 0);
    return { bytes: buffer.subarray(0, got) };
  } catch (error) {
    return skipInput(filePath, 'unreadable', describeFsError(error));
  } finally {
    closeSync(fd);
  }
}

function tooLarge(filePath: string, size: number, maxBytes: number): SkippedInput {
  return skipInput(filePath, 'too-large', `${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit; --max-file-size raises it`);
}

/** The sidecar `NAME.meta.json` beside `NAME.EXT`: its metadata, or a skip when it is there but broken. */
export function readSidecar(
  filePath: string,
  maxBytes: number,
  known?: string | null,
  kept?: Uint8Array | null,
): { fields: MetaFields | null; skipped?: SkippedInput } {
  const read = kept !== undefined ? (kept === null ? null : { bytes: kept }) : readSidecarBytes(filePath, maxBytes, known);
  if (read === null) return { fields: null };
  if ('reason' in read) return { fields: null, skipped: read };
  const sidecarPath = known ?? path.join(path.dirname(filePath), sidecarName(path.basename(filePath)));
  let value: unknown;
  try {
    value = JSON.parse(decodeBytes(read.bytes).text);
  } catch (error) {
    return { fields: null, skipped: skipInput(sidecarPath, 'malformed-json', `sidecar: ${jsonErrorDetail(error)}; metadata ignored`) };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { fields: null, skipped: skipInput(sidecarPath, 'not-an-article', 'sidecar is not a JSON object; metadata ignored') };
  }
  return { fields: metaFieldsOf(value as Record<string, unknown>) };
}

/** A sidecar's bytes; null when there is none; why it cannot be read otherwise. */
function readSidecarBytes(filePath: string, maxBytes: number, known?: string | null): { bytes: Uint8Array } | SkippedInput | null {
  if (known === null) return null;
  const sidecarPath = known ?? path.join(path.dirname(filePath), sidecarName(path.basename(filePath)));
  let fd: number;
  try {
    fd = openSync(sidecarPath, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    return skipInput(sidecarPath, 'unreadable', `sidecar: ${describeFsError(error)}; metadata ignored`);
  }
  // Read through the descriptor that found it (one open, not two).
  const read = readOpenFile(fd, sidecarPath, maxBytes);
  return 'reason' in read ? { ...read, message: `${read.message}; metadata ignored` } : read;
}

/** Longest JSON parser message kept in a warning (the parser quotes the input, which may be long or hostile). Characters. */
const MAX_JSON_ERROR_CHARS = 120;

function jsonErrorDetail(error: unknown): string {
  const message = String((error as Error)?.message ?? error).split('\n')[0]!;
  return message.length > MAX_JSON_ERROR_CHARS ? `${message.slice(0, MAX_JSON_ERROR_CHARS)}…` : message;
}

/** `1.5 MB`, `512 kB`, `12 bytes`: sizes in warnings (binary units). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${bytes} bytes`;
}
