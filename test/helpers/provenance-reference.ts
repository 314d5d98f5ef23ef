/**
 * The provenance edit trail as it was before its texts and words were made lazily (the
 * reference for `provenance-fast-equivalence.test.ts`), kept verbatim.
 */
import type { Passage, WordDiffOp } from '../../src/types.js';
import { TYPO_MAX_EDITS } from '../../src/provenance/constants.js';
import type { TrailEdit } from '../../src/provenance/edit-trail.js';

const WORD = /[\p{L}\p{N}'’-]+/gu;

function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/’/g, "'"));
}

/** Damerau–Levenshtein distance capped at `cap + 1` (short words only, so this is cheap). */
function editDistance(x: string, y: string, cap: number): number {
  if (Math.abs(x.length - y.length) > cap) return cap + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= x.length; i++) rows.push(Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = v;
    }
  }
  return rows[x.length]![y.length]!;
}

/** A deleted run that removes a repeated word ("win over the US commander-in-chief over" → drop the first "over"; "the the"). */
function removesRepeat(deleted: string[], sentenceWords: string[]): boolean {
  if (deleted.length !== 1) return false;
  const w = deleted[0]!;
  if (w.length < 2) return false;
  return sentenceWords.filter((x) => x === w).length >= 2;
}

/** True when `typo` is likely a misspelling of `fixed`, judged by word frequencies when known. */
function isTypoOf(typo: string, fixed: string, wordCounts?: ReadonlyMap<string, number>): boolean {
  if (typo === fixed || typo.length < 4 || fixed.length < 4) return false;
  if (editDistance(typo, fixed, TYPO_MAX_EDITS) > TYPO_MAX_EDITS) return false;
  if (!wordCounts) return false;
  return (wordCounts.get(typo) ?? 0) * 4 < (wordCounts.get(fixed) ?? 0);
}

/** Reads the edits of one aligned sentence pair's diff (A → B). */
function editsOfDiff(diff: readonly WordDiffOp[], wordCounts?: ReadonlyMap<string, number>): TrailEdit[] {
  const edits: TrailEdit[] = [];
  const aWords = words(diff.filter((op) => op.op !== 'add').map((op) => op.text).join(' '));
  const bWords = words(diff.filter((op) => op.op !== 'del').map((op) => op.text).join(' '));
  const aText = diff.filter((op) => op.op !== 'add').map((op) => op.text).join(' ');
  const bText = diff.filter((op) => op.op !== 'del').map((op) => op.text).join(' ');
  let dels = 0;
  let adds = 0;
  for (let i = 0; i < diff.length; i++) {
    const op = diff[i]!;
    if (op.op === 'same') continue;
    const next = diff[i + 1];
    if (next && next.op !== 'same' && next.op !== op.op) {
      // A substitution, written del-then-add or add-then-del (a mirrored diff).
      const [del, add] = op.op === 'del' ? [op, next] : [next, op];
      const x = words(del.text);
      const y = words(add.text);
      if (x.length === 1 && y.length === 1 && isTypoOf(x[0]!, y[0]!, wordCounts)) {
        edits.push({ kind: 'fix', from: 'a', before: del.text, after: add.text });
        i++;
        continue;
      }
      if (x.length === 1 && y.length === 1 && isTypoOf(y[0]!, x[0]!, wordCounts)) {
        edits.push({ kind: 'fix', from: 'b', before: add.text, after: del.text });
        i++;
        continue;
      }
    }
    if (op.op === 'del' && removesRepeat(words(op.text), aWords) && !removesRepeat(words(op.text), bWords)) {
      edits.push({ kind: 'fix', from: 'a', before: aText, after: bText });
      continue;
    }
    if (op.op === 'add' && removesRepeat(words(op.text), bWords) && !removesRepeat(words(op.text), aWords)) {
      edits.push({ kind: 'fix', from: 'b', before: bText, after: aText });
      continue;
    }
    if (op.op === 'del') dels++;
    else adds++;
  }
  if (dels > 0 && adds === 0) edits.push({ kind: 'trim', from: 'a', before: aText, after: bText });
  if (adds > 0 && dels === 0) edits.push({ kind: 'trim', from: 'b', before: bText, after: aText });
  return edits;
}

/** Every edit that the passages' sentence diffs show, in passage order. */
export function editTrail(passages: readonly Passage[], wordCounts?: ReadonlyMap<string, number>): TrailEdit[] {
  const edits: TrailEdit[] = [];
  for (const passage of passages) {
    for (const sentence of passage.sentences ?? []) {
      if (sentence.diff && sentence.diff.length > 0) edits.push(...editsOfDiff(sentence.diff, wordCounts));
    }
  }
  return edits;
}
