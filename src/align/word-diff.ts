import { mix32 } from '../text/hash.js';
import { StampedTable } from './scratch-table.js';
import type { Token, WordDiffOp } from '../types.js';

/** The LCS table's scratch, grown as needed (a diff is made for most aligned sentence pairs: one allocation each was a tenth of the diff). */
let lcs = new Uint16Array(1024);

/** Scratch of `idsByHash`: the words seen in one diff, hash → id, and each id's word. */
const ids = new StampedTable();
const idNorms: string[] = [];

/**
 * Numbers the words of `a` then `b` into `ia`, `ib` (equal numbers for equal normalised
 * words, in order of first appearance, as a `Map` of the words would) by their hashes
 * (`TextDoc.wordHashes`), each confirmed by its text. Returns false, having numbered
 * nothing for sure, if two different words share a hash (the caller then numbers by `Map`).
 */
function idsByHash(a: readonly Token[], ha: ArrayLike<number>, b: readonly Token[], hb: ArrayLike<number>, ia: Int32Array, ib: Int32Array): boolean {
  ids.reset(a.length + b.length);
  const { keys, values, stamps, stamp, mask } = ids;
  idNorms.length = 0;
  const number = (t: Token, hash: number): number => {
    let slot = mix32(hash) & mask;
    while (stamps[slot] === stamp) {
      if (keys[slot] === hash) return idNorms[values[slot]!] === t.norm ? values[slot]! : -1;
      slot = (slot + 1) & mask;
    }
    stamps[slot] = stamp;
    keys[slot] = hash;
    values[slot] = idNorms.length;
    idNorms.push(t.norm);
    return idNorms.length - 1;
  };
  for (let i = 0; i < a.length; i++) if ((ia[i] = number(a[i]!, ha[i]!)) < 0) return false;
  for (let j = 0; j < b.length; j++) if ((ib[j] = number(b[j]!, hb[j]!)) < 0) return false;
  return true;
}

/** Numbers the words of `a` then `b` with a `Map` of their normalised forms. */
function idsByMap(a: readonly Token[], b: readonly Token[], ia: Int32Array, ib: Int32Array): void {
  const ids = new Map<string, number>();
  const idOf = (t: Token): number => {
    let id = ids.get(t.norm);
    if (id === undefined) ids.set(t.norm, (id = ids.size));
    return id;
  };
  for (let i = 0; i < a.length; i++) ia[i] = idOf(a[i]!);
  for (let j = 0; j < b.length; j++) ib[j] = idOf(b[j]!);
}

/**
 * Word-level diff from `a` to `b` (longest common subsequence of the normalised words),
 * as runs of `same`, `del` (only in A) and `add` (only in B) carrying the words as written.
 * Quadratic in the sentence length: callers bound it (`MAX_DIFF_WORDS`, at most 65,535 words).
 * `hashesA`/`hashesB`, when given, are `hashWord` of each token's normalised form (what the
 * text stage made): words are then numbered by hash instead of by a `Map` of strings.
 */
export function wordDiff(
  textA: string,
  a: readonly Token[],
  textB: string,
  b: readonly Token[],
  hashesA?: ArrayLike<number>,
  hashesB?: ArrayLike<number>,
): WordDiffOp[] {
  const n = a.length;
  const m = b.length;
  // Words as small numbers (equal numbers for equal normalised words), so the quadratic table compares integers.
  const ia = new Int32Array(n);
  const ib = new Int32Array(m);
  if (!hashesA || !hashesB || !idsByHash(a, hashesA, b, hashesB, ia, ib)) idsByMap(a, b, ia, ib);
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
