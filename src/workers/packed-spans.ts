/**
 * A document's clean verdict as a scan keeps it between passes: body spans and removed
 * (boilerplate) spans in typed arrays instead of an object per line. At 100,000 documents
 * the removed spans alone were ~2 million objects with a reason string each (structured
 * cloning gives every copy of "teaser" its own string). A removed span is kept as
 * `(start, end, kind)`, where `kind` numbers the span's other fields (role, reason, in
 * their key order) in a table shared by the whole scan: a source's templates give the same
 * few reasons again and again.
 *
 * Packing happens in the worker (per task, with a task-local table); the main thread maps
 * the task's kinds into its own table (`SpanKinds.adopt`) and rebuilds the objects only
 * when they are read (`SpanKinds.removed`), with the same keys in the same order.
 */
import type { CleanDoc, RemovedSpan, Span } from '../types.js';

/** A clean verdict packed for the trip to the main thread. */
export interface PackedClean {
  /** Body spans as `start, end` pairs. */
  readonly body: Int32Array;
  /** Removed spans as `start, end, kind` triples; `kind` indexes the task's kinds. */
  readonly removed: Int32Array;
  readonly captions: readonly Span[];
  readonly headline: Span | null;
}

/** Kinds of removed span numbered within one task (worker side). */
export class TaskSpanKinds {
  private readonly numbers = new Map<string, number>();
  /** The kinds in number order: JSON of the span's `[key]` / `[key, value]` entries. */
  readonly list: string[] = [];

  /** Packs a clean verdict. */
  pack(clean: CleanDoc): PackedClean {
    const body = new Int32Array(clean.body.length * 2);
    clean.body.forEach((s, i) => {
      body[2 * i] = s.start;
      body[2 * i + 1] = s.end;
    });
    const removed = new Int32Array(clean.removed.length * 3);
    clean.removed.forEach((s, i) => {
      removed[3 * i] = s.start;
      removed[3 * i + 1] = s.end;
      removed[3 * i + 2] = this.number(s);
    });
    return { body, removed, captions: clean.captions, headline: clean.headline };
  }

  /**
   * Kinds of the usual shape (`start, end, role, reason` in that key order, strings) by
   * role then reason: the JSON of the entries is made once per kind, not once per span
   * (it was ~20 µs a document).
   */
  private readonly plain = new Map<string, Map<string, number>>();

  private number(span: RemovedSpan): number {
    const keys = Object.keys(span);
    const { role, reason } = span;
    if (keys.length === 4 && keys[0] === 'start' && keys[1] === 'end' && keys[2] === 'role' && keys[3] === 'reason' && typeof role === 'string' && typeof reason === 'string') {
      let byReason = this.plain.get(role);
      if (!byReason) this.plain.set(role, (byReason = new Map()));
      let n = byReason.get(reason);
      if (n === undefined) byReason.set(reason, (n = this.numberOfEntries(span, keys)));
      return n;
    }
    return this.numberOfEntries(span, keys);
  }

  private numberOfEntries(span: RemovedSpan, keys: readonly string[]): number {
    const entries = keys.map((key) => (key === 'start' || key === 'end' ? [key] : [key, (span as unknown as Record<string, unknown>)[key]]));
    const kind = JSON.stringify(entries);
    let n = this.numbers.get(kind);
    if (n === undefined) {
      this.numbers.set(kind, (n = this.list.length));
      this.list.push(kind);
    }
    return n;
  }
}

/** The scan's table of removed-span kinds (main thread). */
export class SpanKinds {
  private readonly numbers = new Map<string, number>();
  private readonly entries: (readonly (readonly [string] | readonly [string, unknown])[])[] = [];
  private readonly kinds: string[] = [];

  /** A table holding `list` (as `list` of another table gives it), numbered the same. */
  static of(list: readonly string[]): SpanKinds {
    const table = new SpanKinds();
    table.adopt(list, new Int32Array(0));
    return table;
  }

  /** The kinds in number order (JSON of the entries), to rebuild this table in a worker (`SpanKinds.of`). */
  get list(): readonly string[] {
    return this.kinds;
  }

  /** Renumbers a task's packed removed spans (in place) into this table. */
  adopt(taskKinds: readonly string[], removed: Int32Array): void {
    const map = taskKinds.map((kind) => {
      let n = this.numbers.get(kind);
      if (n === undefined) {
        this.numbers.set(kind, (n = this.entries.length));
        this.entries.push(JSON.parse(kind) as (readonly [string] | readonly [string, unknown])[]);
        this.kinds.push(kind);
      }
      return n;
    });
    for (let i = 2; i < removed.length; i += 3) removed[i] = map[removed[i]!]!;
  }

  /** The removed spans, as the clean stage made them. */
  removed(packed: Int32Array): RemovedSpan[] {
    const out: RemovedSpan[] = [];
    for (let i = 0; i < packed.length; i += 3) {
      const span: Record<string, unknown> = {};
      for (const entry of this.entries[packed[i + 2]!]!) {
        span[entry[0]] = entry[0] === 'start' ? packed[i] : entry[0] === 'end' ? packed[i + 1] : entry[1];
      }
      out.push(span as unknown as RemovedSpan);
    }
    return out;
  }
}

/** Body spans from their packed pairs. */
export function unpackBody(body: Int32Array): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < body.length; i += 2) out.push({ start: body[i]!, end: body[i + 1]! });
  return out;
}

/** The full clean verdict from its packed form (removed-span kinds numbered in `kinds`). */
export function unpackClean(packed: PackedClean, kinds: SpanKinds): CleanDoc {
  return { body: unpackBody(packed.body), captions: packed.captions, removed: kinds.removed(packed.removed), headline: packed.headline };
}

/**
 * The same verdicts with their typed arrays copied into one buffer per kind of span (body,
 * removed), each verdict's arrays views of them: a task's result then carries two buffers
 * to move to the main thread, not two small ones per document for structured cloning to copy.
 */
export function packTogether(cleans: readonly PackedClean[]): { cleans: PackedClean[]; buffers: ArrayBuffer[] } {
  const join = (part: (c: PackedClean) => Int32Array): Int32Array[] => {
    let total = 0;
    for (const c of cleans) total += part(c).length;
    const all = new Int32Array(total);
    let at = 0;
    return cleans.map((c) => {
      all.set(part(c), at);
      return all.subarray(at, (at += part(c).length));
    });
  };
  const bodies = join((c) => c.body);
  const removed = join((c) => c.removed);
  return {
    cleans: cleans.map((c, i) => ({ body: bodies[i]!, removed: removed[i]!, captions: c.captions, headline: c.headline })),
    buffers: cleans.length === 0 ? [] : [bodies[0]!.buffer as ArrayBuffer, removed[0]!.buffer as ArrayBuffer],
  };
}
