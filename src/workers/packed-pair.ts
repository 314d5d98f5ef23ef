/**
 * A listed pair as the main thread keeps it until the report is written: its passages as
 * one UTF-8 JSON text (made in the worker, laid out as the report prints it, moved to the main thread without a copy) instead
 * of thousands of small objects (passages, aligned sentences, word diffs). At 100,000
 * documents the pairs' passages were most of the main thread's heap; as bytes they are
 * outside the JavaScript heap (no garbage-collector work, one byte a character for mostly
 * ASCII text where a string with one curly quote takes two), and a scan can spill them to
 * a temporary file (see `SpillStore` in pipeline/memory-budget.ts). Reading `passages` parses the text again
 * (each reader gets its own copy), so the pair looks and serialises exactly as the
 * original: same keys, same order, same JSON bytes.
 */
import { FIELD_INDENT, PRETTY_JSON_FIELDS } from '../report/json.js';
import type { Pair } from '../types.js';

/** A pair with its passages serialised. */
export interface PackedPair {
  /** The pair's own keys, in order. */
  readonly keys: readonly string[];
  /** Every field but `passages`. */
  readonly rest: Readonly<Record<string, unknown>>;
  /**
   * `JSON.stringify(pair.passages, null, 2)` as UTF-8, every line after the first indented
   * by REPORT_FIELD_INDENT (its own ArrayBuffer, so it can be transferred): the report
   * writer copies these bytes as they are.
   */
  readonly passages: Uint8Array;
  /** Each passage's sides as `a.start, a.end, b.start, b.end`: what clusters read of the passages, without parsing them. */
  readonly spans: Int32Array;
}

const encoder = new TextEncoder();

/**
 * Where the JSON report prints a pair's fields: the passages are indented for it here, in
 * the worker, not by the main thread while it writes the report. Whitespace, so parsing
 * them back is unchanged.
 */
const REPORT_FIELD_INDENT = FIELD_INDENT;
const decoder = new TextDecoder();

/** Packs a pair (in a worker, before it is posted). */
export function packPair(pair: Pair): PackedPair {
  const { passages, ...rest } = pair;
  const spans = new Int32Array(passages.length * 4);
  passages.forEach((p, i) => spans.set([p.a.start, p.a.end, p.b.start, p.b.end], 4 * i));
  return { keys: Object.keys(pair), rest, passages: encoder.encode(JSON.stringify(passages, null, 2).replace(/\n/g, '\n' + REPORT_FIELD_INDENT)), spans };
}

/** Where the passages of a packed pair are kept: in memory or spilled (see SpillStore). */
export type PassagesSource = () => Uint8Array;


/**
 * Passage sides a pair carries packed (`PASSAGE_SPANS` of cluster/passage-spans.ts, the
 * same registered symbol): `a.start, a.end, b.start, b.end` per passage.
 */
const PASSAGE_SPANS = Symbol.for('wiretrace.passageSpans');

/** The packed passages (and their spans) of pairs made by `unpackPair`, so a pair rebuilt from one (with other fields changed) stays packed. */
const sources = new WeakMap<object, { readonly load: PassagesSource; readonly spans: Int32Array }>();

/** A Pair whose `passages` are parsed from the packed JSON (as `load` returns it) on every read. */
export function unpackPair(packed: Pick<PackedPair, 'keys' | 'rest' | 'spans'>, load: PassagesSource): Pair {
  return withPackedPassages(packed.keys, packed.rest, { load, spans: packed.spans });
}

/**
 * `pair` with its passages packed again when `original` was packed: for a stage that
 * returns `{ ...pair, direction, credit }` (spreading reads the passages into objects,
 * which would undo the packing for every pair it touches). The passages must be unchanged.
 */
export function keepPacked(pair: Pair, original: Pair): Pair {
  const packed = sources.get(original);
  if (!packed || pair === original || sources.has(pair)) return pair;
  const keys = Object.keys(pair);
  const rest: Record<string, unknown> = {};
  for (const key of keys) if (key !== 'passages') rest[key] = (pair as unknown as Record<string, unknown>)[key];
  return withPackedPassages(keys, rest, packed);
}

function withPackedPassages(keys: readonly string[], rest: Readonly<Record<string, unknown>>, packed: { readonly load: PassagesSource; readonly spans: Int32Array }): Pair {
  const { load, spans } = packed;
  const pair: Record<string, unknown> = {};
  for (const key of keys) {
    if (key === 'passages') {
      Object.defineProperty(pair, 'passages', { enumerable: true, configurable: true, get: () => JSON.parse(decoder.decode(load())) as unknown });
    } else pair[key] = rest[key];
  }
  Object.defineProperty(pair, PRETTY_JSON_FIELDS, { value: new Map([['passages', { bytes: load, indent: REPORT_FIELD_INDENT }]]) });
  Object.defineProperty(pair, PASSAGE_SPANS, { value: spans });
  sources.set(pair, packed);
  return pair as unknown as Pair;
}
