/**
 * Per-unit arrays built one way. `Array.prototype.map` gives a packed array from the
 * interpreter but a holey one once the optimising compiler inlines it, so the same call
 * site hands later steps arrays of two element kinds and every function that reads them
 * is deoptimised ("wrong map") and compiled again, per worker thread. Arrays made here are
 * always packed (grown by push), so readers see one kind.
 */

/** `[f(0), f(1), …, f(n - 1)]`, always a packed array. */
export function packedArray<T>(n: number, f: (i: number) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(f(i));
  return out;
}

/** `items.map(f)`, always a packed array. */
export function packedMap<S, T>(items: readonly S[], f: (item: S, i: number) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i]!, i));
  return out;
}
