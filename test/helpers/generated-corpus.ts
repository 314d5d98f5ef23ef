import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../scripts/bench/generate-corpus.js';

const made = new Map<string, string>();

/** The `docs` folder of a benchmark corpus (generated once per test process, removed at exit). */
export function generatedCorpus(docs: number, seed: number): string {
  const key = `${docs}/${seed}`;
  let dir = made.get(key);
  if (!dir) {
    const out = mkdtempSync(path.join(tmpdir(), 'wiretrace-corpus-'));
    process.on('exit', () => rmSync(out, { recursive: true, force: true }));
    generateCorpus({ docs, out, seed });
    made.set(key, (dir = path.join(out, 'docs')));
  }
  return dir;
}
