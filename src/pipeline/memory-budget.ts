/**
 * What a scan keeps in memory between passes beyond its per-document records, within
 * `--max-memory`: the bytes of files read by the first pass (so the next passes need not
 * read them again) and the listed pairs' passages (until the report is written). Past the
 * budget, files are read again and passages spill to a temporary file: the report is the
 * same either way, only the speed differs.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { KeptLine } from '../ingest/index.js';

/** Bytes in a megabyte, as `--max-memory` counts them. */
export const MB = 1024 * 1024;

/** A budget of bytes, taken and given back. */
export class MemoryBudget {
  private used = 0;

  /** @param limit bytes that may be taken at once. */
  constructor(readonly limit: number) {}

  /** Takes `bytes` when they fit; false (nothing taken) when they do not. */
  take(bytes: number): boolean {
    if (this.used + bytes > this.limit) return false;
    this.used += bytes;
    return true;
  }

  /** Gives back bytes taken before. */
  release(bytes: number): void {
    this.used = Math.max(0, this.used - bytes);
  }

  /** Bytes taken now. */
  get taken(): number {
    return this.used;
  }
}

/** Closes spill files whose store was collected without `close()`. */
const orphans = new FinalizationRegistry<{ fd: number; dir: string }>((file) => closeSpill(file));

function closeSpill(file: { fd: number; dir: string }): void {
  try {
    closeSync(file.fd);
  } catch {
    // already closed
  }
  rmSync(file.dir, { recursive: true, force: true });
}

/**
 * Blobs of bytes kept in memory while the budget allows, else appended to a temporary file
 * (made on the first spill, removed by `close()` or when the store is collected) and read
 * back on demand.
 */
export class SpillStore {
  private file: { fd: number; dir: string } | null = null;
  private end = 0;
  /** Blobs written to the spill file. */
  spilled = 0;

  constructor(private readonly budget: MemoryBudget) {}

  /** Keeps `bytes`; returns how to get them back. */
  put(bytes: Uint8Array): () => Uint8Array {
    if (this.budget.take(bytes.length)) return () => bytes;
    const file = this.open();
    const at = this.end;
    const length = bytes.length;
    for (let done = 0; done < length; ) done += writeSync(file.fd, bytes, done, length - done, at + done);
    this.end += length;
    this.spilled++;
    return () => this.readBack(at, length);
  }

  /** Bytes spilled at `at` (a method, so every reader keeps the store, and with it the file, alive). */
  private readBack(at: number, length: number): Uint8Array {
    if (!this.file) throw new Error('the scan’s spill file was closed before its passages were read');
    const out = Buffer.allocUnsafe(length);
    for (let done = 0; done < length; ) {
      const got = readSync(this.file.fd, out, done, length - done, at + done);
      if (got === 0) throw new Error('the scan’s spill file was cut short');
      done += got;
    }
    return out;
  }

  /** Removes the spill file (blobs spilled can no longer be read). */
  close(): void {
    if (!this.file) return;
    orphans.unregister(this);
    closeSpill(this.file);
    this.file = null;
  }

  private open(): { fd: number; dir: string } {
    if (!this.file) {
      const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-spill-'));
      this.file = { fd: openSync(path.join(dir, 'passages.bin'), 'w+'), dir };
      // Unlinked at once where the system allows it (the open descriptor still reads and
      // writes), so nothing is left behind however the process ends.
      try {
        rmSync(dir, { recursive: true });
      } catch {
        // Windows: removed by close() or when the store is collected
      }
      orphans.register(this, this.file, this);
    }
    return this.file;
  }
}

/**
 * The bytes of files read by a scan's first pass, by file number, kept while the budget
 * allows so the next passes do not read them again; a file that does not fit is read again.
 */
export class KeptFiles {
  private readonly bytes: (Uint8Array | null)[];
  /** JSON Lines files: their accepted articles' lines by ordinal. */
  private readonly lines = new Map<number, Map<number, KeptLine>>();
  /** Files kept at some point. */
  kept = 0;
  /** Files that did not fit (read again by later passes). */
  refused = 0;

  constructor(
    private readonly budget: MemoryBudget,
    files: number,
  ) {
    this.bytes = new Array<Uint8Array | null>(files).fill(null);
  }

  /** Keeps file `i`'s bytes if they fit. */
  keep(i: number, bytes: Uint8Array): void {
    if (this.budget.take(bytes.length)) {
      this.bytes[i] = bytes;
      this.kept++;
    } else this.refused++;
  }

  /** Keeps the line of article `ordinal` of JSON Lines file `i` if it fits. */
  keepLine(i: number, ordinal: number, line: KeptLine): void {
    if (!this.budget.take(line.bytes.length)) return;
    let lines = this.lines.get(i);
    if (!lines) this.lines.set(i, (lines = new Map()));
    lines.set(ordinal, line);
  }

  /** File `i`'s bytes, or null when not kept. */
  get(i: number): Uint8Array | null {
    return this.bytes[i] ?? null;
  }

  /** The line of article `ordinal` of JSON Lines file `i`, or null when not kept. */
  getLine(i: number, ordinal: number): KeptLine | null {
    return this.lines.get(i)?.get(ordinal) ?? null;
  }

  /** Lets go of every file for which `needed` is false (JSON Lines: of every article line for which it is). */
  keepOnly(needed: (i: number, ordinal?: number) => boolean): void {
    this.bytes.forEach((b, i) => {
      if (b && !needed(i)) {
        this.budget.release(b.length);
        this.bytes[i] = null;
      }
    });
    for (const [i, lines] of this.lines) {
      for (const [ordinal, line] of lines) {
        if (needed(i, ordinal)) continue;
        this.budget.release(line.bytes.length);
        lines.delete(ordinal);
      }
      if (lines.size === 0) this.lines.delete(i);
    }
  }
}
