/**
 * The one pool of worker threads: it runs tasks of one handler and hands the results back
 * in task order, whatever order the threads finish in. Results merged in task order (and
 * tasks cut in document order) are what make a scan's output the same for any `--jobs`,
 * and the archive's contents the same for any number of `index add` workers.
 *
 * A handler is a {@link PoolJob}: the worker module (which calls {@link serveTasks} with
 * the same handler) and the handler itself. With `size` 0 the tasks run on the calling
 * thread, through the very same handler (no thread start-up, no copying), so `--jobs 1`
 * and `--jobs N` differ only in where the handler runs. {@link TaskPool} is the scan's
 * pool (handler: tasks.ts); the archive's prepare pool (store/prepare-pool.ts) is the
 * same class with its own handler.
 */
import { Worker } from 'node:worker_threads';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { WiretraceError } from '../errors.js';
import type { PoolHandler } from './serve.js';
import { handleTask, INITIAL_STATE, type TaskRequest, type TaskResponse, type WorkerState } from './tasks.js';

/**
 * Young generation of each worker thread (V8's nursery: two semi-spaces and the space
 * objects are promoted through). A task makes ~10–50 MB of short-lived objects (lines,
 * tokens, sentence profiles); with Node's default nursery they were scavenged again and
 * again and copied, alive, between semi-spaces. Measured on the 10k benchmark corpus (four
 * rounds alternating, idle machine): scan 7.9 s → 7.35 s wall, 100k 61.3 → 57.6 s, peak RSS
 * 1.78 → 1.93 GB. MB.
 */
const WORKER_YOUNG_GENERATION_MB = 192;

/** Tasks each thread holds at once: one running, one queued, so a thread never waits for the main thread. */
const TASKS_IN_FLIGHT_PER_WORKER = 2;

/** A failure inside a worker, carried back to the main thread with its message. */
export class WorkerTaskError extends WiretraceError {
  override readonly exitCode: number = 2;
}

type Message<Res> =
  | { readonly kind: 'result'; readonly id: number; readonly result: Res }
  | { readonly kind: 'error'; readonly id: number; readonly message: string; readonly name: string; readonly wiretrace: boolean };

/** What a pool runs: the worker thread's module and the handler it serves (also run inline when the pool has no threads). */
export interface PoolJob<Req, Res, State> {
  /** The worker module; it calls `serveTasks(handler, initialState)` with the same handler. */
  readonly script: URL;
  /** The handler, run on this thread when the pool has no threads (a pool made only with threads may leave it out). */
  readonly handler?: PoolHandler<Req, Res, State>;
  readonly initialState: State;
  /** V8 young generation of each thread, MB (Node's default when absent). */
  readonly youngGenerationMb?: number;
}

/** Runs tasks of one handler on worker threads (or inline), results in task order. */
export class WorkerPool<Req, Res, State> {
  private readonly workers: Worker[] = [];
  /** The state of inline runs (each pool its own: scans may run side by side in one process). */
  private inlineState: State;
  /** Id of the next message to a thread: unique in the pool, so runs may overlap (`index add` prepares the next batch while one is written). */
  private nextMessage = 0;

  /** @param size worker threads; 0 runs tasks on this thread. */
  constructor(
    readonly size: number,
    private readonly job: PoolJob<Req, Res, State>,
  ) {
    this.inlineState = job.initialState;
    if (size === 0 && !job.handler) throw new Error('a pool without threads needs the handler to run inline');
    const resourceLimits = job.youngGenerationMb !== undefined ? { maxYoungGenerationSizeMb: job.youngGenerationMb } : undefined;
    for (let i = 0; i < size; i++) this.workers.push(new Worker(job.script, resourceLimits ? { resourceLimits } : {}));
  }

  /** Sets state (profiles, read options) in every worker before tasks that need it. */
  async setState(state: State): Promise<void> {
    if (this.size === 0) {
      this.inlineState = state;
      return;
    }
    await Promise.all(this.workers.map((w) => this.send(w, { kind: 'state', state }).then(() => undefined)));
  }

  /**
   * Runs every task from `tasks` (taken lazily, so a producer can stream) and calls
   * `onResult` once per task, in task order.
   */
  async run(tasks: Iterable<Req>, onResult: (result: Res, index: number) => void): Promise<void> {
    if (this.size === 0) {
      let index = 0;
      for (const task of tasks) {
        onResult(this.job.handler!(task, this.inlineState).result, index++);
        await yieldToLoop(); // let progress bars and signals run between tasks
      }
      return;
    }
    const iterator = tasks[Symbol.iterator]();
    const pending = new Map<number, Res>();
    let nextId = 0;
    let nextToDeliver = 0;
    let exhausted = false;
    let failure: unknown = null;
    const deliver = (): void => {
      while (pending.has(nextToDeliver)) {
        const result = pending.get(nextToDeliver)!;
        pending.delete(nextToDeliver);
        onResult(result, nextToDeliver++);
      }
    };
    const feed = async (worker: Worker): Promise<void> => {
      for (;;) {
        if (failure || exhausted) return;
        const step = iterator.next();
        if (step.done) {
          exhausted = true;
          return;
        }
        const id = nextId++;
        try {
          pending.set(id, (await this.send(worker, { kind: 'task', task: step.value })) as Res);
          deliver();
        } catch (error) {
          failure ??= error;
          return;
        }
      }
    };
    const lanes: Promise<void>[] = [];
    for (const worker of this.workers) for (let k = 0; k < TASKS_IN_FLIGHT_PER_WORKER; k++) lanes.push(feed(worker));
    await Promise.all(lanes);
    if (failure) throw failure;
    deliver();
  }

  /** Runs `tasks` and returns their results in task order. */
  async map(tasks: Iterable<Req>): Promise<Res[]> {
    const results: Res[] = [];
    await this.run(tasks, (result) => results.push(result));
    return results;
  }

  /** Stops the threads. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
  }

  private send(worker: Worker, body: { kind: 'task'; task: Req } | { kind: 'state'; state: State }): Promise<Res | null> {
    const id = this.nextMessage++;
    return new Promise((resolve, reject) => {
      const onMessage = (message: Message<Res | null>): void => {
        if (message.id !== id) return;
        cleanup();
        if (message.kind === 'result') resolve(message.result);
        else reject(new WorkerTaskError(message.wiretrace ? message.message : `internal error in a worker: ${message.name}: ${message.message}`));
      };
      const onError = (error: Error): void => {
        cleanup();
        reject(error);
      };
      const onExit = (code: number): void => {
        cleanup();
        reject(new WorkerTaskError(`a worker thread stopped (exit code ${code})`));
      };
      const cleanup = (): void => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage({ id, ...body });
    });
  }
}

/** The scan's pool: tasks.ts's handler on worker.js threads. */
export class TaskPool extends WorkerPool<TaskRequest, TaskResponse, WorkerState> {
  /** @param size worker threads; 0 runs tasks on this thread. */
  constructor(size: number) {
    super(size, { script: new URL('./worker.js', import.meta.url), handler: handleTask, initialState: INITIAL_STATE, youngGenerationMb: WORKER_YOUNG_GENERATION_MB });
  }
}
