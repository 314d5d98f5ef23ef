/**
 * The JSON report, written piece by piece: the same bytes as `JSON.stringify(report, null,
 * 2)`, but each document and pair is serialised on its own, so a report of 100,000
 * documents never has to exist as one string (V8 strings stop at ~512 MB, and the whole
 * string would double the peak memory of a scan).
 *
 * An item may carry some fields already serialised (`PRETTY_JSON_FIELDS`: key → the UTF-8
 * bytes of `JSON.stringify(value, null, 2)`), as a scan's listed pairs carry their
 * passages: those bytes are indented and written as they are, never parsed and serialised
 * again (at 100k documents that was most of the time spent writing the report).
 */

/** Chunks of roughly this many characters are handed to the writer. */
const CHUNK_CHARS = 1 << 20;

/**
 * The symbol under which an object keeps fields serialised ahead of time: a map from key to
 * the UTF-8 of `JSON.stringify(value, null, 2)`, which must equal what the field's value
 * would give. A registered symbol, so producers need not import the CLI.
 */
export const PRETTY_JSON_FIELDS = Symbol.for('wiretrace.prettyJsonFields');

type PrettyFields = ReadonlyMap<string, () => Uint8Array>;

/** Indents every line after the first of a JSON text (JSON strings hold no raw newlines). */
function indent(json: string, prefix: string): string {
  return json.replace(/\n/g, '\n' + prefix);
}

/** The same for UTF-8 bytes: a newline byte never occurs inside a multi-byte character. */
function indentBytes(json: Uint8Array, prefix: string): Uint8Array {
  const pad = Buffer.from(prefix);
  const bytes = Buffer.from(json.buffer, json.byteOffset, json.byteLength);
  let lines = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) lines++;
  if (lines === 0 || pad.length === 0) return bytes;
  const out = Buffer.allocUnsafe(bytes.length + lines * pad.length);
  let from = 0;
  let to = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) {
    to += bytes.copy(out, to, from, at + 1);
    to += pad.copy(out, to);
    from = at + 1;
  }
  bytes.copy(out, to, from);
  return out;
}

/** Whether JSON.stringify leaves out a field with this value. */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * The pieces of `JSON.stringify(item, null, 2)` indented by `prefix`, for an object with
 * pre-serialised fields: the plain fields as text, the others as the bytes they carry.
 */
function* prettyObject(item: Record<string, unknown>, fields: PrettyFields, prefix: string): Generator<string | Uint8Array> {
  const inner = prefix + '  ';
  let text = '';
  let first = true;
  for (const key of Object.keys(item)) {
    const bytes = fields.get(key);
    if (!bytes && omitted(item[key])) continue;
    text += (first ? '{\n' : ',\n') + inner + JSON.stringify(key) + ': ';
    first = false;
    if (bytes) {
      yield text;
      text = '';
      yield indentBytes(bytes(), inner);
    } else text += indent(JSON.stringify(item[key], null, 2), inner);
  }
  yield first ? text + '{}' : text + '\n' + prefix + '}';
}

/**
 * The pieces of `JSON.stringify(value, null, 2)` for an object whose top-level arrays may
 * be long: strings, and UTF-8 bytes where an item carries pre-serialised fields.
 */
export function* jsonChunks(value: object): Generator<string | Uint8Array> {
  let buffer = '{';
  let first = true;
  for (const [key, field] of Object.entries(value)) {
    if (omitted(field)) continue;
    buffer += (first ? '' : ',') + '\n  ' + JSON.stringify(key) + ': ';
    first = false;
    if (Array.isArray(field) && field.length > 0) {
      buffer += '[';
      for (let i = 0; i < field.length; i++) {
        const item: unknown = field[i];
        buffer += (i === 0 ? '' : ',') + '\n    ';
        const fields = item !== null && typeof item === 'object' ? ((item as Record<symbol, unknown>)[PRETTY_JSON_FIELDS] as PrettyFields | undefined) : undefined;
        if (fields && typeof (item as { toJSON?: unknown }).toJSON !== 'function') {
          for (const piece of prettyObject(item as Record<string, unknown>, fields, '    ')) {
            if (typeof piece === 'string') buffer += piece;
            else {
              if (buffer.length > 0) yield buffer;
              buffer = '';
              yield piece;
            }
          }
        } else {
          const json = JSON.stringify(item, null, 2);
          buffer += json === undefined ? 'null' : indent(json, '    ');
        }
        if (buffer.length >= CHUNK_CHARS) {
          yield buffer;
          buffer = '';
        }
      }
      buffer += '\n  ]';
    } else buffer += indent(JSON.stringify(field, null, 2), '  ');
  }
  buffer += first ? '}' : '\n}';
  yield buffer;
}
