/**
 * The archive's prepare pool: worker threads that analyse articles for `index add` (clean
 * spans and anchors), the same pool class as the scan's (workers/pool.ts) with its own
 * handler (prepare-worker.ts). Results come back in input order, so the archive's contents
 * do not depend on the number of workers.
 */
import { availableParallelism } from 'node:os';
import type { ProfileSet } from '../clean/profiles.js';
import type { Article, CleanDoc } from '../types.js';
import { WorkerPool } from '../workers/pool.js';
import { MAX_PREPARE_WORKERS } from './constants.js';

/** A request to one worker: a slice of a batch, with the templates to clean it with. */
export interface PrepareRequest {
  readonly profiles: ProfileSet;
  readonly articles: readonly Article[];
}

/** One article's analysis, or why it failed. */
export type PreparedResult =
  | { readonly ok: true; readonly clean: CleanDoc; readonly anchors: Uint32Array }
  | { readonly ok: false; readonly reason: string };

/** Workers to use by default: one per core (the writer mostly waits for them), at most MAX_PREPARE_WORKERS. */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(MAX_PREPARE_WORKERS, availableParallelism()));
}

/** The pool (at least one thread; `index add` analyses inline without one). Call `close` when done. */
export class PreparePool {
  private readonly pool: WorkerPool<PrepareRequest, readonly PreparedResult[], null>;

  constructor(readonly size: number) {
    if (!(size >= 1)) throw new Error('the prepare pool needs at least one worker thread');
    this.pool = new WorkerPool(size, { script: new URL('./prepare-worker.js', import.meta.url), initialState: null });
  }

  /** Analyses `articles` with `profiles`, split across the workers; results in input order. */
  async prepare(articles: readonly Article[], profiles: ProfileSet): Promise<PreparedResult[]> {
    const size = Math.ceil(articles.length / this.size);
    const requests: PrepareRequest[] = [];
    for (let start = 0; start < articles.length; start += size) requests.push({ profiles, articles: articles.slice(start, start + size) });
    return (await this.pool.map(requests)).flat();
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await this.pool.close();
  }
}
