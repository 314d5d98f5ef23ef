/**
 * Worker thread of the prepare pool: analyses articles for the archive (clean spans and
 * anchors) off the main thread, so `index add` analyses the next batch while the main
 * thread writes the current one. An article that fails is reported with its reason, not
 * thrown: the rest of the batch is kept.
 */
import { serveTasks } from '../workers/serve.js';
import { prepareAnalysis } from './add-articles.js';
import type { PreparedResult, PrepareRequest } from './prepare-pool.js';

function prepareBatch(request: PrepareRequest): { result: PreparedResult[]; transfer: ArrayBuffer[] } {
  const result: PreparedResult[] = request.articles.map((article) => {
    try {
      const { clean, anchors } = prepareAnalysis(article, request.profiles);
      return { ok: true as const, clean, anchors };
    } catch (error) {
      return { ok: false as const, reason: error instanceof Error ? error.message : String(error) };
    }
  });
  return { result, transfer: result.flatMap((r) => (r.ok ? [r.anchors.buffer as ArrayBuffer] : [])) };
}

serveTasks(prepareBatch, null);
