/**
 * Ingest thresholds. Each has a unit and a reason.
 */

/** Bytes at the start of a file inspected for magic numbers, NUL bytes and control characters. 8000 bytes: git's own binary heuristic looks at the first 8000 bytes. */
export const SNIFF_BYTES = 8000;

/** A sample whose decoded characters are more than this share of C0 control characters (other than tab, line feed, vertical tab, form feed, carriage return) is binary. Share, 0–1. 2%: real prose has none; random bytes have about 11%. */
export const MAX_CONTROL_CHAR_SHARE = 0.02;

/** A BOM-less sample is read as UTF-16 when at least this share of its byte pairs has a NUL in the same half and printable ASCII in the other. Share, 0–1. Latin-script UTF-16 is almost all such pairs; binary files are not. */
export const MIN_UTF16_ASCII_PAIR_SHARE = 0.6;

/** Front matter must close within this many lines of the top, else the opening `---` is a rule in the text, not front matter. Lines. */
export const MAX_FRONT_MATTER_LINES = 100;

/** Bytes read at a time when streaming a JSON Lines file. 1 MiB: few system calls, little memory. */
export const JSONL_CHUNK_BYTES = 1024 * 1024;

/** Symbolic links followed in a row (a link inside a linked folder …) before giving up, as a guard beside the loop check. Links. */
export const MAX_SYMLINK_DEPTH = 32;

/** File extensions read as articles, by format. Lower case, without the dot. */
export const FORMAT_BY_EXTENSION = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
} as const;

/** The suffix of metadata sidecars: `NAME.meta.json` beside `NAME.EXT`. Never an article itself. */
export const SIDECAR_SUFFIX = '.meta.json';

/** Bytes at the start of an HTML page searched for a `<meta charset>` / http-equiv charset declaration. 8000 bytes (as SNIFF_BYTES): the HTML standard's prescan reads 1024, but pages with long heads of scripts and styles declare later, and only `<meta` tags are read. */
export const CHARSET_PRESCAN_BYTES = 8000;
