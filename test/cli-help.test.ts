import test from 'ava';
import { main } from '../src/cli/main.js';
import { memoryIO } from './helpers/memory-io.js';

test('an unknown command is a usage error with exit code 2', async (t) => {
  const io = memoryIO();
  const code = await main(['no-such-command'], io);
  t.is(code, 2);
  t.regex(io.err, /wiretrace:/);
});

/** Moved to test/helpers/memory-io.ts; re-exported for tests written against the old place. */
export { memoryIO } from './helpers/memory-io.js';
