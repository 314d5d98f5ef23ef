/**
 * The worker-thread side of the pool (pool.ts): answers `state` and `task` messages with a
 * handler, posting each result back (typed arrays moved, not copied) or the error's message.
 */
import { parentPort } from 'node:worker_threads';
import { WiretraceError } from '../errors.js';

/** Runs one task with the worker's current state: its result and the buffers to move with it. */
export type PoolHandler<Req, Res, State> = (task: Req, state: State) => { readonly result: Res; readonly transfer: readonly ArrayBuffer[] };

type Incoming<Req, State> = { readonly id: number } & ({ readonly kind: 'task'; readonly task: Req } | { readonly kind: 'state'; readonly state: State });

/** Serves a pool's tasks on this worker thread with `handler`, starting from `initialState`. */
export function serveTasks<Req, Res, State>(handler: PoolHandler<Req, Res, State>, initialState: State): void {
  const port = parentPort;
  if (!port) throw new Error('a pool worker runs only as a worker thread');
  let state = initialState;
  port.on('message', (message: Incoming<Req, State>) => {
    try {
      if (message.kind === 'state') {
        state = message.state;
        port.postMessage({ kind: 'result', id: message.id, result: null });
        return;
      }
      const { result, transfer } = handler(message.task, state);
      port.postMessage({ kind: 'result', id: message.id, result }, [...transfer]);
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      port.postMessage({ kind: 'error', id: message.id, message: e.message, name: e.name, wiretrace: e instanceof WiretraceError });
    }
  });
}
