/**
 * Entry point of a scan worker thread: runs tasks from the main thread (see tasks.ts) and
 * posts each result back, moving typed arrays rather than copying them.
 */
import { parentPort } from 'node:worker_threads';
import { WiretraceError } from '../errors.js';
import { handleTask, INITIAL_STATE, type TaskRequest, type WorkerState } from './tasks.js';

type Incoming = { readonly id: number } & ({ readonly kind: 'task'; readonly task: TaskRequest } | { readonly kind: 'state'; readonly state: WorkerState });

const port = parentPort;
if (!port) throw new Error('worker.js runs only as a worker thread');

let state: WorkerState = INITIAL_STATE;

port.on('message', (message: Incoming) => {
  try {
    if (message.kind === 'state') {
      state = message.state;
      port.postMessage({ kind: 'result', id: message.id, result: null });
      return;
    }
    const { result, transfer } = handleTask(message.task, state);
    port.postMessage({ kind: 'result', id: message.id, result }, transfer);
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ kind: 'error', id: message.id, message: e.message, name: e.name, wiretrace: e instanceof WiretraceError });
  }
});
