import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';

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
