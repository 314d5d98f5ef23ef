import type { Token, WordDiffOp } from '../types.js';

/**
 * Word-level diff from `a` to `b` (longest common subsequence of the normalised words),
 * as runs of `same`, `del` (only in A) and `add` (only in B) carrying the words as written.
 * Quadratic in the sentence length: callers bound it (`MAX_DIFF_WORDS`).
 */
export function wordDiff(textA: string, a: readonly Token[], textB: string, b: readonly Token[]): WordDiffOp[] {
  const n = a.length;
  const m = b.length;
  // Words as small numbers (equal numbers for equal normalised words), so the quadratic table compares integers.
  const ids = new Map<string, number>();
  const idOf = (t: Token): number => {
    let id = ids.get(t.norm);
    if (id === undefined) ids.set(t.norm, (id = ids.size));
    return id;
  };
  const ia = new Int32Array(n);
  const ib = new Int32Array(m);
  for (let i = 0; i < n; i++) ia[i] = idOf(a[i]!);
  for (let j = 0; j < m; j++) ib[j] = idOf(b[j]!);
  const width = m + 1;
  const lcs = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    const x = ia[i]!;
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = x === ib[j]! ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const ops: WordDiffOp[] = [];
  const push = (op: WordDiffOp['op'], word: string): void => {
    const last = ops[ops.length - 1];
    if (last && last.op === op) ops[ops.length - 1] = { op, text: `${last.text} ${word}` };
    else ops.push({ op, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && ia[i] === ib[j]) {
      push('same', textA.slice(a[i]!.start, a[i]!.end));
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i * width + j + 1]! >= lcs[(i + 1) * width + j]!)) {
      push('add', textB.slice(b[j]!.start, b[j]!.end));
      j++;
    } else {
      push('del', textA.slice(a[i]!.start, a[i]!.end));
      i++;
    }
  }
  return ops;
}
