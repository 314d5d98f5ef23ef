/**
 * A listed pair as the main thread keeps it until the report is written: its passages as
 * one JSON string (made in the worker) instead of thousands of small objects (passages,
 * aligned sentences, word diffs). At 100,000 documents the pairs' passages were most of the
 * main thread's heap. Reading `passages` parses the string again (each reader gets its own
 * copy, which the garbage collector takes back), so the pair looks and serialises exactly
 * as the original: same keys, same order, same JSON bytes.
 */
import type { Pair } from '../types.js';

/** A pair with its passages serialised. */
export interface PackedPair {
  /** The pair's own keys, in order. */
  readonly keys: readonly string[];
  /** Every field but `passages`. */
  readonly rest: Readonly<Record<string, unknown>>;
  /** `JSON.stringify(pair.passages)`. */
  readonly passages: string;
}

/** Packs a pair (in a worker, before it is posted). */
export function packPair(pair: Pair): PackedPair {
  const { passages, ...rest } = pair;
  return { keys: Object.keys(pair), rest, passages: JSON.stringify(passages) };
}

/** A Pair whose `passages` are parsed from the packed JSON on every read. */
export function unpackPair(packed: PackedPair): Pair {
  const pair: Record<string, unknown> = {};
  for (const key of packed.keys) {
    if (key === 'passages') {
      Object.defineProperty(pair, 'passages', { enumerable: true, configurable: true, get: () => JSON.parse(packed.passages) as unknown });
    } else pair[key] = packed.rest[key];
  }
  return pair as unknown as Pair;
}
