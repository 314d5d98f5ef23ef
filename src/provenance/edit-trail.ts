/**
 * The edit trail: what the word-level diffs of aligned sentences say about direction.
 * A copy edits its source: it fixes the source's slips (a doubled word, a typo) and trims
 * its sentences. Fixing runs one way only: nobody copies a clean sentence and adds a typo.
 */
import type { Passage, WordDiffOp } from '../types.js';
import { TYPO_MAX_EDITS } from './constants.js';

/** One observed edit, with the words before and after for the evidence text. */
export interface TrailEdit {
  /** `fix`: the later side removes a slip; `trim`: the later side drops words. */
  readonly kind: 'fix' | 'trim';
  /** The side the edit starts from (the likely source): `a` when B fixes/trims A. */
  readonly from: 'a' | 'b';
  readonly before: string;
  readonly after: string;
}

const WORD = /[\p{L}\p{N}'’-]+/gu;

/** A word character of ASCII text for `WORD`: a letter, a digit, an apostrophe or a hyphen. */
function isAsciiWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x27 || c === 0x2d;
}

/** The lower-case words of `text` (`WORD` matches, curly apostrophes straightened); ASCII text by character codes, the rest by the regular expression. */
function words(text: string): string[] {
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) if (text.charCodeAt(i) >= 0x80) ascii = false;
  if (!ascii) return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/’/g, "'"));
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isAsciiWordChar(text.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      out.push(text.slice(start, i).toLowerCase());
      start = -1;
    }
  }
  return out;
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

/** Whether a deleted run could remove a repeated word ("win over the US commander-in-chief over" → drop the first "over"; "the the"): one word of two letters or more, found twice on its side. */
function repeatCandidate(deleted: string[]): boolean {
  return deleted.length === 1 && deleted[0]!.length >= 2;
}

/** True when `typo` is likely a misspelling of `fixed`, judged by word frequencies when known. */
function isTypoOf(typo: string, fixed: string, wordCounts?: ReadonlyMap<string, number>): boolean {
  // Without word counts nothing is a typo: decide that before the edit distance (scans give none).
  if (!wordCounts || typo === fixed || typo.length < 4 || fixed.length < 4) return false;
  if (editDistance(typo, fixed, TYPO_MAX_EDITS) > TYPO_MAX_EDITS) return false;
  return (wordCounts.get(typo) ?? 0) * 4 < (wordCounts.get(fixed) ?? 0);
}

// eslint-disable-next-line no-control-regex -- [^\x00-\x7f] is "not ASCII" on purpose
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * How many of `words(text)` are `w` (a word of `words`), where `lower` is `text` lower-cased
 * when it is ASCII (else null): occurrences of `w` found by `indexOf` that no word character
 * borders are exactly the words equal to it (a word is a maximal run of word characters).
 */
function countWord(text: string, lower: string | null, w: string): number {
  if (lower === null) return words(text).filter((x) => x === w).length; // not ASCII: the regular expression decides
  let n = 0;
  for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
    const end = at + w.length;
    if ((at === 0 || !isAsciiWordChar(lower.charCodeAt(at - 1))) && (end === lower.length || !isAsciiWordChar(lower.charCodeAt(end)))) n++;
  }
  return n;
}

/** An edit whose `before`/`after` texts are made only when read (most edits are only counted; the evidence quotes one). */
export interface LazyTrailEdit {
  readonly kind: TrailEdit['kind'];
  readonly from: TrailEdit['from'];
  /** The texts before and after the edit. */
  texts(): { before: string; after: string };
}

/**
 * Reads the edits of one aligned sentence pair's diff (A → B). Only changed ops are split
 * into words; a repeat is counted op by op (each op lower-cased once, words found by
 * `indexOf`), and a side's text is joined only when an edit's evidence is read. The edits are those of reading the joined texts.
 */
function editsOfDiff(diff: readonly WordDiffOp[], wordCounts: ReadonlyMap<string, number> | undefined, edits: LazyTrailEdit[]): void {
  const opWords: (string[] | undefined)[] = [];
  const wordsOf = (k: number): string[] => (opWords[k] ??= words(diff[k]!.text));
  const textA = (): string => diff.filter((op) => op.op !== 'add').map((op) => op.text).join(' ');
  const textB = (): string => diff.filter((op) => op.op !== 'del').map((op) => op.text).join(' ');
  const aToB = (): { before: string; after: string } => ({ before: textA(), after: textB() });
  const bToA = (): { before: string; after: string } => ({ before: textB(), after: textA() });
  const lowers: (string | null | undefined)[] = [];
  const lowerOf = (k: number): string | null => {
    let lower = lowers[k];
    if (lower === undefined) {
      const text = diff[k]!.text;
      lowers[k] = lower = NON_ASCII.test(text) ? null : text.toLowerCase();
    }
    return lower;
  };
  /** Whether `deleted` removes a repeated word of a side (given by the op that side skips): its words are those of its ops, which no word crosses (ops are joined by spaces). */
  const repeatOn = (deleted: string[], skip: WordDiffOp['op']): boolean => {
    if (!repeatCandidate(deleted)) return false;
    const w = deleted[0]!;
    let n = 0;
    for (let k = 0; k < diff.length && n < 2; k++) if (diff[k]!.op !== skip) n += countWord(diff[k]!.text, lowerOf(k), w);
    return n >= 2;
  };
  let dels = 0;
  let adds = 0;
  for (let i = 0; i < diff.length; i++) {
    const op = diff[i]!;
    if (op.op === 'same') continue;
    const next = diff[i + 1];
    if (next && next.op !== 'same' && next.op !== op.op) {
      // A substitution, written del-then-add or add-then-del (a mirrored diff).
      const [del, add] = op.op === 'del' ? [op, next] : [next, op];
      const [x, y] = op.op === 'del' ? [wordsOf(i), wordsOf(i + 1)] : [wordsOf(i + 1), wordsOf(i)];
      if (x.length === 1 && y.length === 1 && isTypoOf(x[0]!, y[0]!, wordCounts)) {
        edits.push({ kind: 'fix', from: 'a', texts: () => ({ before: del.text, after: add.text }) });
        i++;
        continue;
      }
      if (x.length === 1 && y.length === 1 && isTypoOf(y[0]!, x[0]!, wordCounts)) {
        edits.push({ kind: 'fix', from: 'b', texts: () => ({ before: add.text, after: del.text }) });
        i++;
        continue;
      }
    }
    const mine = wordsOf(i);
    if (op.op === 'del' && repeatOn(mine, 'add') && !repeatOn(mine, 'del')) {
      edits.push({ kind: 'fix', from: 'a', texts: aToB });
      continue;
    }
    if (op.op === 'add' && repeatOn(mine, 'del') && !repeatOn(mine, 'add')) {
      edits.push({ kind: 'fix', from: 'b', texts: bToA });
      continue;
    }
    if (op.op === 'del') dels++;
    else adds++;
  }
  if (dels > 0 && adds === 0) edits.push({ kind: 'trim', from: 'a', texts: aToB });
  if (adds > 0 && dels === 0) edits.push({ kind: 'trim', from: 'b', texts: bToA });
}

/** Every edit that the passages' sentence diffs show, in passage order, its texts made only when read. */
export function lazyEditTrail(passages: readonly Passage[], wordCounts?: ReadonlyMap<string, number>): LazyTrailEdit[] {
  const edits: LazyTrailEdit[] = [];
  for (const passage of passages) {
    for (const sentence of passage.sentences ?? []) {
      if (sentence.diff && sentence.diff.length > 0) editsOfDiff(sentence.diff, wordCounts, edits);
    }
  }
  return edits;
}

/** Every edit that the passages' sentence diffs show, in passage order. */
export function editTrail(passages: readonly Passage[], wordCounts?: ReadonlyMap<string, number>): TrailEdit[] {
  return lazyEditTrail(passages, wordCounts).map((e) => ({ kind: e.kind, from: e.from, ...e.texts() }));
}
