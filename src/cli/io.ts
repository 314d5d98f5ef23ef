import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/**
 * Where a command writes. Machine output goes to stdout (or `--out FILE`); progress and
 * warnings go to stderr only. Tests swap this for an in-memory sink.
 */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stderr is a terminal (progress bars are shown only then). */
  readonly stderrIsTTY: boolean;
}

/** The process's own streams. */
export const processIO: CliIO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  get stderrIsTTY() {
    return Boolean(process.stderr.isTTY);
  },
};

/** Writes machine output to `--out FILE` when given, else to stdout. */
export function emit(io: CliIO, text: string, out?: string): void {
  if (out) writeFileSync(out, text);
  else io.stdout(text);
}

/** Writes machine output that comes in pieces (a large report; text or UTF-8 bytes) to `--out FILE` or stdout, never joining it into one string. */
export function emitChunks(io: CliIO, chunks: Iterable<string | Uint8Array>, out?: string): void {
  if (!out) {
    const decoder = new TextDecoder();
    for (const chunk of chunks) io.stdout(typeof chunk === 'string' ? chunk : decoder.decode(chunk));
    return;
  }
  const fd = openSync(out, 'w');
  try {
    for (const chunk of chunks) {
      if (typeof chunk === 'string') writeSync(fd, chunk);
      else for (let done = 0; done < chunk.length; ) done += writeSync(fd, chunk, done, chunk.length - done);
    }
  } finally {
    closeSync(fd);
  }
}

/** Bytes gathered before one write to the output file: few system calls, and large enough to keep the disk busy while the next block is made. */
const WRITE_BLOCK_BYTES = 4 << 20;

async function writeAll(file: FileHandle, block: Uint8Array): Promise<void> {
  for (let done = 0; done < block.length; ) done += (await file.write(block, done, block.length - done)).bytesWritten;
}

/**
 * `emitChunks`, but a file is written in blocks of WRITE_BLOCK_BYTES while the next block
 * is being made (one write in flight, on libuv's thread pool): the main thread no longer
 * waits for the disk (writing an 800 MB report synchronously took about twice the CPU
 * time of making it). Same bytes as `emitChunks`.
 */
export async function emitChunksAsync(io: CliIO, chunks: Iterable<string | Uint8Array>, out?: string): Promise<void> {
  if (!out) return emitChunks(io, chunks);
  const file = await open(out, 'w');
  let inFlight: Promise<void> = Promise.resolve();
  try {
    let block = Buffer.allocUnsafe(WRITE_BLOCK_BYTES);
    let used = 0;
    const send = async (bytes: Uint8Array): Promise<void> => {
      await inFlight;
      inFlight = writeAll(file, bytes);
      // A failed write is thrown by the next `await inFlight`; until then it must not count as unhandled.
      inFlight.catch(() => undefined);
    };
    const flush = async (): Promise<void> => {
      if (used === 0) return;
      await send(block.subarray(0, used));
      block = Buffer.allocUnsafe(WRITE_BLOCK_BYTES);
      used = 0;
    };
    for (const chunk of chunks) {
      const length = typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      if (used + length > block.length) await flush();
      if (length > block.length) {
        await send(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
        continue;
      }
      if (typeof chunk === 'string') used += block.write(chunk, used);
      else {
        block.set(chunk, used);
        used += length;
      }
    }
    await flush();
    await inFlight;
  } finally {
    await inFlight.catch(() => undefined);
    await file.close();
  }
}
