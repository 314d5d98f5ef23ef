import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ExecutionContext } from 'ava';

/** File contents by path relative to the corpus root (`/`-separated); strings are written as UTF-8. */
export type CorpusFiles = Readonly<Record<string, string | Uint8Array>>;

/** Writes `files` into a fresh temporary directory (removed when the test ends) and returns its path. */
export function tempCorpus(t: ExecutionContext, files: CorpusFiles = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'wiretrace-test-'));
  t.teardown(() => rmSync(root, { recursive: true, force: true }));
  writeFiles(root, files);
  return root;
}

/** Writes `files` under `root`, making folders as needed. */
export function writeFiles(root: string, files: CorpusFiles): void {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/** Bytes from numbers and strings (strings as UTF-8): `bytes('caf', 0xe9)`. */
export function bytes(...parts: readonly (number | string | readonly number[])[]): Uint8Array {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === 'number') out.push(part);
    else if (typeof part === 'string') out.push(...Buffer.from(part, 'utf8'));
    else out.push(...part);
  }
  return Uint8Array.from(out);
}
