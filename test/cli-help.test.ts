import test from 'ava';
import { main } from '../src/cli/main.js';
import type { CliIO } from '../src/cli/io.js';

/** An in-memory CliIO for tests. */
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

test('an unknown command is a usage error with exit code 2', async (t) => {
  const io = memoryIO();
  const code = await main(['no-such-command'], io);
  t.is(code, 2);
  t.regex(io.err, /wiretrace:/);
});
