/**
 * The escaping helpers of every formatter (report/ and the `check` formats): article text,
 * ids and file names are hostile, and these keep them inert in each output. One terminal
 * sanitiser for every summary printed to a terminal, one Markdown escaper, one XML escaper.
 */

/**
 * One line for a terminal: control characters (escape sequences, bells, line breaks, C1
 * controls, U+2028/9) cannot drive the terminal. Line breaks and tabs become spaces, the
 * rest visible escapes (`\u001b`). Ids, titles and phrases pass through it in every summary.
 */
export function terminalText(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point: they are made visible
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => (c === '\n' || c === '\r' || c === '\t' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/**
 * Escapes text for Markdown inline content (a line, a table cell, a heading): no markup,
 * links (brackets and parentheses are escaped), HTML, line breaks or control characters get through.
 */
export function escapeMarkdown(text: string): string {
  return terminalText(text.replace(/[\r\n\t]+/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/[\\`*_[\]()|~>]/g, (c) => `\\${c}`);
}

/** Escapes text for XML content and attribute values, dropping characters XML 1.0 cannot carry (controls, lone surrogates, U+FFFE/U+FFFF). */
export function xmlEscape(text: string): string {
  return text
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in XML 1.0, so they are replaced
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** Shortens `text` to at most `max` characters (adding an ellipsis), never splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
export function pathToUri(relativePath: string): string {
  return relativePath
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** A percentage for people: `92%`. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
