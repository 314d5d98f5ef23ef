/**
 * A pool of worker threads that run tasks of one handler module and hand the results back
 * in task order, whatever order the threads finish in. Results merged in task order (and
 * tasks cut in document order) are what make a scan's output the same for any `--jobs`.
 *
 * With `size` 0 the tasks run on the calling thread, through the very same handler (no
 * thread start-up, no copying), so `--jobs 1` and `--jobs N` differ only in where the
 * handler runs.
 */
import { Worker } from 'node:worker_threads';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { WiretraceError } from '../errors.js';
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

type Message =
  | { readonly kind: 'result'; readonly id: number; readonly result: TaskResponse }
  | { readonly kind: 'error'; readonly id: number; readonly message: string; readonly name: string; readonly wiretrace: boolean };

/** Runs scan tasks on worker threads (or inline), results in task order. */
export class TaskPool {
  private readonly workers: Worker[] = [];
  /** The state of inline runs (each pool its own: scans may run side by side in one process). */
  private inlineState: WorkerState = INITIAL_STATE;

  /** @param size worker threads; 0 runs tasks on this thread. */
  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) {
      this.workers.push(new Worker(new URL('./worker.js', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } }));
    }
  }

  /** Sets state (profiles, read options) in every worker before tasks that need it. */
  async setState(state: WorkerState): Promise<void> {
    if (this.size === 0) {
      this.inlineState = state;
      return;
    }
    await Promise.all(this.workers.map((w) => this.send(w, -1, { kind: 'state', state }).then(() => undefined)));
  }

  /**
   * Runs every task from `tasks` (taken lazily, so a producer can stream) and calls
   * `onResult` once per task, in task order.
   */
  async run(tasks: Iterable<TaskRequest>, onResult: (result: TaskResponse, index: number) => void): Promise<void> {
    if (this.size === 0) {
      let index = 0;
      for (const task of tasks) {
        onResult(handleTask(task, this.inlineState).result, index++);
        await yieldToLoop(); // let progress bars and signals run between tasks
      }
      return;
    }
    const iterator = tasks[Symbol.iterator]();
    const pending = new Map<number, TaskResponse>();
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
          pending.set(id, await this.send(worker, id, { kind: 'task', task: step.value }));
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

  /** Stops the threads. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
  }

  private send(worker: Worker, id: number, body: { kind: 'task'; task: TaskRequest } | { kind: 'state'; state: WorkerState }): Promise<TaskResponse> {
    return new Promise((resolve, reject) => {
      const onMessage = (message: Message): void => {
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
