/**
 * Entry point of a scan worker thread: runs tasks from the main thread (see tasks.ts)
 * through the pool's worker side (serve.ts).
 */
import { serveTasks } from './serve.js';
import { handleTask, INITIAL_STATE } from './tasks.js';

serveTasks(handleTask, INITIAL_STATE);
