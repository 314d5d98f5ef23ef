/**
 * Per-document limits the pipeline can use: a deadline a stage checks between steps, so a
 * document that takes too long is reported (`skipped: time limit`) instead of holding up a
 * batch of 100,000. JavaScript cannot interrupt a synchronous function from outside, so
 * the check is cooperative: stages call `deadline.check()` in their outer loops (cheap: one
 * clock read), and the pipeline catches {@link DocumentTimeoutError}.
 */
import { performance } from 'node:perf_hooks';
import { WiretraceError } from '../errors.js';
import type { SkippedInput } from '../types.js';
import { skipInput } from './skip.js';

/** Thrown by {@link DocumentDeadline.check} once a document is over its time limit. */
export class DocumentTimeoutError extends WiretraceError {
  constructor(
    readonly limitMs: number,
    readonly elapsedMs: number,
  ) {
    super(`document took longer than ${limitMs} ms (${Math.round(elapsedMs)} ms)`);
  }
}

/** A running time limit for one document. */
export interface DocumentDeadline {
  /** The limit in milliseconds (Infinity when there is none). */
  readonly limitMs: number;
  /** Milliseconds since the deadline was created. */
  elapsed(): number;
  /** Throws DocumentTimeoutError when the limit has passed. */
  check(): void;
}

/** Starts a deadline of `limitMs` milliseconds; without a limit, `check()` never throws. */
export function createDocumentDeadline(limitMs: number | undefined, now: () => number = () => performance.now()): DocumentDeadline {
  const start = now();
  const limit = limitMs === undefined || !(limitMs > 0) ? Number.POSITIVE_INFINITY : limitMs;
  return {
    limitMs: limit,
    elapsed: () => now() - start,
    check() {
      const elapsed = now() - start;
      if (elapsed > limit) throw new DocumentTimeoutError(limit, elapsed);
    },
  };
}

/**
 * Runs `work` for one document under a deadline; a timeout becomes a SkippedInput
 * (`ID: skipped: time limit (…)`), any other error is rethrown.
 */
export function withinDocumentDeadline<T>(
  id: string,
  limitMs: number | undefined,
  work: (deadline: DocumentDeadline) => T,
): { readonly value: T } | { readonly skipped: SkippedInput } {
  const deadline = createDocumentDeadline(limitMs);
  try {
    return { value: work(deadline) };
  } catch (error) {
    if (error instanceof DocumentTimeoutError) {
      return { skipped: skipInput(id, 'timeout', `${error.message}; --doc-timeout raises the limit`) };
    }
    throw error;
  }
}
