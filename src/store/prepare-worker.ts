/**
 * Worker thread of the prepare pool: analyses articles for the archive (clean spans and
 * anchors) off the main thread, so `index add` analyses the next batch
 * while the main thread writes the current one.
 */
import { parentPort } from 'node:worker_threads';
import type { ProfileSet } from '../clean/profiles.js';
import type { Article } from '../types.js';
import { prepareAnalysis } from './add-articles.js';
import type { PreparedMessage, PrepareRequest } from './prepare-pool.js';

parentPort!.on('message', (request: PrepareRequest) => {
  const profiles: ProfileSet = request.profiles;
  const results: PreparedMessage['results'] = request.articles.map((article: Article) => {
    try {
      const { clean, anchors } = prepareAnalysis(article, profiles);
      return { ok: true as const, clean, anchors };
    } catch (error) {
      return { ok: false as const, reason: error instanceof Error ? error.message : String(error) };
    }
  });
  const message: PreparedMessage = { id: request.id, results };
  parentPort!.postMessage(message, results.flatMap((r) => (r.ok ? [r.anchors.buffer as ArrayBuffer] : [])));
});
