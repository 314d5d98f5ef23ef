import test from 'ava';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { emitChunksAsync } from '../src/cli/io.js';
import { memoryIO } from './helpers/memory-io.js';

const encoder = new TextEncoder();

test('emitChunksAsync writes the chunks’ bytes in order, whatever their sizes (blocks, chunks larger than a block)', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-emit-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const big = 'é'.repeat(3 << 20); // 6 MB of UTF-8, more than one block
  await fc.assert(
    fc.asyncProperty(fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.uint8Array(), fc.constant(big), fc.constant(encoder.encode(big))), { maxLength: 6 }), async (chunks) => {
      const out = path.join(dir, 'out.json');
      await emitChunksAsync(memoryIO(), chunks, out);
      const expected = Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : Buffer.from(c))));
      t.true(readFileSync(out).equals(expected));
    }),
    { numRuns: 25 },
  );
});

test('emitChunksAsync without a file writes to stdout; a file it cannot open is an error', async (t) => {
  const io = memoryIO();
  await emitChunksAsync(io, ['{', encoder.encode('"a": 1'), '}']);
  t.is(io.out, '{"a": 1}');
  const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-emit-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  await t.throwsAsync(emitChunksAsync(io, ['x'], dir));
});

test('emitChunksAsync passes on an error thrown while the chunks are made, and closes the file', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-emit-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  function* failing(): Generator<string> {
    yield 'x'.repeat(5 << 20);
    throw new Error('made badly');
  }
  await t.throwsAsync(emitChunksAsync(memoryIO(), failing(), path.join(dir, 'out.json')), { message: 'made badly' });
});
