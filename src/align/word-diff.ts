import type { Token, WordDiffOp } from '../types.js';

/** The LCS table's scratch, grown as needed (a diff is made for most aligned sentence pairs: one allocation each was a tenth of the diff). */
let lcs = new Uint16Array(1024);

/**
 * Word-level diff from `a` to `b` (longest common subsequence of the normalised words),
 * as runs of `same`, `del` (only in A) and `add` (only in B) carrying the words as written.
 * Quadratic in the sentence length: callers bound it (`MAX_DIFF_WORDS`, at most 65,535 words).
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
  if ((n + 1) * width > lcs.length) lcs = new Uint16Array(Math.max(2 * lcs.length, (n + 1) * width));
  const table = lcs;
  // Row n and column m are the empty suffixes (0); every other cell is written before it is read.
  table.fill(0, n * width, (n + 1) * width);
  for (let i = 0; i < n; i++) table[i * width + m] = 0;
  for (let i = n - 1; i >= 0; i--) {
    const x = ia[i]!;
    const row = i * width;
    const below = row + width;
    for (let j = m - 1; j >= 0; j--) {
      if (x === ib[j]!) table[row + j] = table[below + j + 1]! + 1;
      else {
        const down = table[below + j]!;
        const right = table[row + j + 1]!;
        table[row + j] = down > right ? down : right;
      }
    }
  }
  // Consecutive words of one kind make one op, their words joined by spaces.
  const ops: WordDiffOp[] = [];
  let runOp: WordDiffOp['op'] | null = null;
  let words: string[] = [];
  const push = (op: WordDiffOp['op'], word: string): void => {
    if (op === runOp) {
      words.push(word);
      return;
    }
    if (runOp !== null) ops.push({ op: runOp, text: words.length === 1 ? words[0]! : words.join(' ') });
    runOp = op;
    words = [word];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && ia[i] === ib[j]) {
      push('same', textA.slice(a[i]!.start, a[i]!.end));
      i++;
      j++;
    } else if (j < m && (i >= n || table[i * width + j + 1]! >= table[(i + 1) * width + j]!)) {
      push('add', textB.slice(b[j]!.start, b[j]!.end));
      j++;
    } else {
      push('del', textA.slice(a[i]!.start, a[i]!.end));
      i++;
    }
  }
  if (runOp !== null) ops.push({ op: runOp, text: words.length === 1 ? words[0]! : words.join(' ') });
  return ops;
}
