/**
 * The JSON report, written piece by piece: the same bytes as `JSON.stringify(report, null,
 * 2)`, but each document and pair is serialised on its own, so a report of 100,000
 * documents never has to exist as one string (V8 strings stop at ~512 MB, and the whole
 * string would double the peak memory of a scan).
 */

/** Chunks of roughly this many characters are handed to the writer. */
const CHUNK_CHARS = 1 << 20;

/** Indents every line after the first of a JSON text (JSON strings hold no raw newlines). */
function indent(json: string, prefix: string): string {
  return json.replace(/\n/g, '\n' + prefix);
}

/** The pieces of `JSON.stringify(value, null, 2)` for an object whose top-level arrays may be long. */
export function* jsonChunks(value: object): Generator<string> {
  let buffer = '{';
  let first = true;
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
    buffer += (first ? '' : ',') + '\n  ' + JSON.stringify(key) + ': ';
    first = false;
    if (Array.isArray(field) && field.length > 0) {
      buffer += '[';
      for (let i = 0; i < field.length; i++) {
        const item: unknown = field[i];
        const json = JSON.stringify(item, null, 2);
        buffer += (i === 0 ? '' : ',') + '\n    ' + (json === undefined ? 'null' : indent(json, '    '));
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
