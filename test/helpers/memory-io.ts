import type { CliIO } from '../../src/cli/io.js';

/** An in-memory CliIO for tests: everything written to stdout and stderr is kept in `out` and `err`. */
export function memoryIO(): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stderrIsTTY: false,
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
  };
  return io;
}
