/**
 * Per-unit arrays (src/clean/arrays.ts): always packed, same values as map.
 */
import test from 'ava';
import { packedArray, packedMap } from '../src/clean/arrays.js';

test('packedArray gives f(0) … f(n - 1), and an empty array for n = 0', (t) => {
  t.deepEqual(packedArray(4, (i) => i * i), [0, 1, 4, 9]);
  t.deepEqual(packedArray(0, () => 1), []);
});

test('packedMap gives what map gives, with every index set (no holes)', (t) => {
  const items = ['a', 'bb', 'ccc'];
  const out = packedMap(items, (s, i) => `${i}:${s.length}`);
  t.deepEqual(out, items.map((s, i) => `${i}:${s.length}`));
  for (let i = 0; i < out.length; i++) t.true(i in out);
  t.deepEqual(packedMap([null, { role: 'nav' }], (v) => v !== null), [false, true]);
});
