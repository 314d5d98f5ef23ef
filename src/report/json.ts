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
/** Plain items of a top-level array serialised by one `JSON.stringify` call (one native call, no re-indenting, little garbage). Items. */
const ITEMS_PER_BATCH = 256;

/**
 * The symbol under which an object keeps fields serialised ahead of time: a map from key to
 * the UTF-8 of `JSON.stringify(value, null, 2)` (a function giving the bytes), or to
 * `{ bytes, indent }` when every line after the first already starts with `indent` (a
 * producer that knows where the field is printed indents it once, where it is made). The
 * bytes must equal what the field's value would give. Producers (workers/packed-pair.ts)
 * import it from here.
 */
export const PRETTY_JSON_FIELDS = Symbol.for('wiretrace.prettyJsonFields');

/** A pre-serialised field: its bytes, and the indent its lines after the first carry. */
type PrettyField = (() => Uint8Array) | { readonly bytes: () => Uint8Array; readonly indent: string };
type PrettyFields = ReadonlyMap<string, PrettyField>;

/** Indent of an item of a top-level array, and of its fields. */
const ITEM_INDENT = '    ';
export const FIELD_INDENT = ITEM_INDENT + '  ';

/** Indents every line after the first of a JSON text (JSON strings hold no raw newlines). */
function indent(json: string, prefix: string): string {
  return json.replace(/\n/g, '\n' + prefix);
}

/**
 * UTF-8 JSON text indented by `from` after every newline, re-indented by `to` (a newline
 * byte never occurs inside a multi-byte character, nor raw inside a JSON string).
 */
function reindentBytes(json: Uint8Array, from: string, to: string): Uint8Array {
  if (from === to) return json;
  const bytes = Buffer.from(json.buffer, json.byteOffset, json.byteLength);
  const drop = Buffer.byteLength(from);
  const pad = Buffer.from(to);
  let lines = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) lines++;
  if (lines === 0) return bytes;
  const out = Buffer.allocUnsafe(bytes.length + lines * (pad.length - drop));
  let from_ = 0;
  let to_ = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) {
    to_ += bytes.copy(out, to_, from_, at + 1);
    to_ += pad.copy(out, to_);
    from_ = at + 1 + drop;
  }
  bytes.copy(out, to_, from_);
  return out;
}

/** Whether JSON.stringify leaves out a field with this value. */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** `JSON.stringify({ x: [items] }, null, 2)` is this, the items, then BATCH_TAIL. */
const BATCH_HEAD = '{\n  "x": ['.length;
const BATCH_TAIL = '\n  ]\n}'.length;

/**
 * The items of a top-level array as `jsonChunks` prints them (each after `,` but the very
 * first, a newline and ITEM_INDENT), in one `JSON.stringify` of the array nested at the
 * right depth: the same bytes, without an indented copy of each item.
 */
function itemsText(items: readonly unknown[], first: boolean): string {
  const json = JSON.stringify({ x: items }, null, 2);
  return (first ? '' : ',') + json.slice(BATCH_HEAD, json.length - BATCH_TAIL);
}

/** `JSON.stringify({ x: [fields] }, null, 2)` is this, the fields, then FIELDS_TAIL (when there are fields). */
const FIELDS_HEAD = '{\n  "x": [\n    {'.length;
const FIELDS_TAIL = '\n    }\n  ]\n}'.length;

/** Fields of an item as prettyObject prints them (each after a newline and FIELD_INDENT, joined by `,`), or '' when all are omitted. */
function fieldsText(fields: Record<string, unknown>): string {
  const json = JSON.stringify({ x: [fields] }, null, 2);
  return json.length > FIELDS_HEAD + FIELDS_TAIL ? json.slice(FIELDS_HEAD, json.length - FIELDS_TAIL) : '';
}

/**
 * The pieces of `JSON.stringify(item, null, 2)` as an item of a top-level array, for an
 * object with pre-serialised fields: runs of plain fields as text, the others as the bytes
 * they carry.
 */
function* prettyObject(item: Record<string, unknown>, fields: PrettyFields): Generator<string | Uint8Array> {
  let text = '';
  let first = true;
  let run: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  let runSize = 0;
  const endRun = (): void => {
    if (runSize === 0) return;
    const fieldText = fieldsText(run);
    if (fieldText !== '') {
      text += (first ? '{' : ',') + fieldText;
      first = false;
    }
    run = Object.create(null) as Record<string, unknown>;
    runSize = 0;
  };
  for (const key of Object.keys(item)) {
    const pretty = fields.get(key);
    if (!pretty) {
      run[key] = item[key];
      runSize++;
      continue;
    }
    endRun();
    text += (first ? '{\n' : ',\n') + FIELD_INDENT + JSON.stringify(key) + ': ';
    first = false;
    yield text;
    text = '';
    yield typeof pretty === 'function' ? reindentBytes(pretty(), '', FIELD_INDENT) : reindentBytes(pretty.bytes(), pretty.indent, FIELD_INDENT);
  }
  endRun();
  yield first ? text + '{}' : text + '\n' + ITEM_INDENT + '}';
}

/** The pre-serialised fields of an array item, if it has any (and no toJSON to call instead). */
function prettyFieldsOf(item: unknown): PrettyFields | undefined {
  if (item === null || typeof item !== 'object') return undefined;
  const fields = (item as Record<symbol, unknown>)[PRETTY_JSON_FIELDS] as PrettyFields | undefined;
  return fields && typeof (item as { toJSON?: unknown }).toJSON !== 'function' ? fields : undefined;
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
      for (let i = 0; i < field.length; ) {
        const fields = prettyFieldsOf(field[i]);
        if (fields) {
          buffer += (i === 0 ? '' : ',') + '\n' + ITEM_INDENT;
          for (const piece of prettyObject(field[i] as Record<string, unknown>, fields)) {
            if (typeof piece === 'string') buffer += piece;
            else {
              if (buffer.length > 0) yield buffer;
              buffer = '';
              yield piece;
            }
          }
          i++;
        } else {
          // A batch of plain items, up to the next item with pre-serialised fields.
          let end = i + 1;
          while (end < field.length && end - i < ITEMS_PER_BATCH && !prettyFieldsOf(field[end])) end++;
          buffer += itemsText(field.slice(i, end), i === 0);
          i = end;
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
