/**
 * A small pool of worker threads that analyse articles for the archive. Results come
 * back in input order, so the archive's contents do not depend on the number of workers.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ProfileSet } from '../clean/profiles.js';
import type { Article, CleanDoc } from '../types.js';
import { MAX_PREPARE_WORKERS } from './constants.js';

/** A request to one worker. */
export interface PrepareRequest {
  readonly id: number;
  readonly profiles: ProfileSet;
  readonly articles: readonly Article[];
}

/** One article's analysis, or why it failed. */
export type PreparedResult =
  | { readonly ok: true; readonly clean: CleanDoc; readonly anchors: Uint32Array }
  | { readonly ok: false; readonly reason: string };

/** A worker's reply. */
export interface PreparedMessage {
  readonly id: number;
  readonly results: readonly PreparedResult[];
}

/** Workers to use by default: one per core (the writer mostly waits for them), at most MAX_PREPARE_WORKERS. */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(MAX_PREPARE_WORKERS, availableParallelism()));
}

/** The pool. Call `close` when done. */
export class PreparePool {
  private readonly workers: Worker[];
  private next = 0;
  private seq = 0;
  private readonly pending = new Map<number, { resolve: (r: PreparedResult[]) => void; reject: (e: Error) => void }>();

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL('./prepare-worker.js', import.meta.url));
      worker.on('message', (message: PreparedMessage) => {
        const waiting = this.pending.get(message.id);
        this.pending.delete(message.id);
        waiting?.resolve([...message.results]);
      });
      worker.on('error', (error) => {
        for (const waiting of this.pending.values()) waiting.reject(error);
        this.pending.clear();
      });
      return worker;
    });
  }

  /** Analyses `articles` with `profiles`, split across the workers; results in input order. */
  async prepare(articles: readonly Article[], profiles: ProfileSet): Promise<PreparedResult[]> {
    const size = Math.ceil(articles.length / this.workers.length);
    const parts: Promise<PreparedResult[]>[] = [];
    for (let start = 0; start < articles.length; start += size) {
      const id = this.seq++;
      const worker = this.workers[this.next++ % this.workers.length]!;
      parts.push(
        new Promise<PreparedResult[]>((resolve, reject) => {
          this.pending.set(id, { resolve, reject });
          const request: PrepareRequest = { id, profiles, articles: articles.slice(start, start + size) };
          worker.postMessage(request);
        }),
      );
    }
    return (await Promise.all(parts)).flat();
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
