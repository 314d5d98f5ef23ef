/**
 * Stock and template passages (issue 19): shared text that is not evidence of reuse.
 * - `template`: sentences identical except for their names, numbers and dates. A changed
 *   figure or name is a different fact; a light edit keeps the facts and changes the
 *   wording around them.
 * - `stock`: a passage whose shared anchors are all common in the corpus (found in at
 *   least STOCK_MIN_DOCS documents, see candidates/constants.ts): phrasing many unrelated
 *   stories share ("The investigation is ongoing."), judged on the shared part only.
 * Neither counts towards coverage or derivation (compare-pair.ts); they are still reported
 * when the pair is listed on other evidence.
 */
import { selectAnchors } from '../candidates/select-anchors.js';
import type { AlignedSentences, Passage, Span, TextDoc } from '../types.js';
import { STOPWORDS } from '../text/constants.js';
import { TEMPLATE_MIN_SAME_WORDS, TEMPLATE_MIN_SENTENCE_SHARE } from './constants.js';

/** What the corpus (or archive) says about rarity: the anchors common in it. */
export interface CorpusRarity {
  /** Anchor hashes (see selectAnchors) found in at least STOCK_MIN_DOCS documents, sorted ascending, no duplicates. */
  readonly common: Uint32Array;
}

const DATE_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'today', 'yesterday', 'tomorrow',
]);

/** Leading and trailing punctuation of a word as written (quotes, commas, brackets). */
function bare(word: string): string {
  let s = 0;
  let e = word.length;
  while (s < e && !/[\p{L}\p{N}]/u.test(word[s]!)) s++;
  while (e > s && !/[\p{L}\p{N}]/u.test(word[e - 1]!)) e--;
  return word.slice(s, e);
}

/** Titles that go with a name and are no fact of their own ("Mr Guscott" / "Guscott"). */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady', 'prof', 'rev', 'st']);

/** A fact word's class: a number, a name (capitalised, not a stopword or title), a date word; null for wording. */
export function factClass(word: string): 'number' | 'name' | 'date' | null {
  const w = bare(word);
  if (w.length === 0) return null;
  if (/\p{N}/u.test(w)) return 'number';
  const lower = w.toLowerCase();
  if (DATE_WORDS.has(lower)) return 'date';
  if (/^\p{Lu}/u.test(w) && !STOPWORDS.has(lower) && !TITLES.has(lower)) return 'name';
  return null;
}

/**
 * Whether an aligned sentence pair differs only in facts, around at least
 * TEMPLATE_MIN_SAME_WORDS same words, with a fact replaced by another: a number by another
 * number, or names in two places. A fact added or dropped ("of Eccles, Norfolk") is an
 * edit of the same story; a pronoun for a name ("She" / "Ms Evans") is wording.
 */
export function isTemplateSentence(s: AlignedSentences): boolean {
  if (s.kind === 'verbatim' || !s.diff) return false;
  let same = 0;
  let numberSwaps = 0;
  let nameSwaps = 0;
  const ops = s.diff;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    const words = op.text.split(/\s+/).filter((w) => bare(w).length > 0);
    if (op.op === 'same') {
      same += words.length;
      continue;
    }
    const classes = words.map(factClass);
    for (let k = 0; k < words.length; k++) if (classes[k] === null && !TITLES.has(bare(words[k]!).toLowerCase())) return false;
    // A replacement: a deletion next to an addition (either order), both facts of the same class.
    const next = ops[i + 1];
    if (next && next.op !== 'same' && next.op !== op.op) {
      const added = next.text.split(/\s+/).map(factClass).filter((c) => c !== null);
      if (classes.includes('number') && added.includes('number') && bare(op.text) !== bare(next.text)) numberSwaps++;
      else if (classes.includes('name') && added.includes('name')) nameSwaps++;
    }
  }
  return same >= TEMPLATE_MIN_SAME_WORDS && (numberSwaps > 0 || nameSwaps >= 2);
}

/** Whether a passage is a template match: most of its aligned sentences differ only in facts, none in wording. */
export function isTemplatePassage(p: Passage): boolean {
  if (p.kind === 'verbatim' || !p.sentences || p.sentences.length === 0) return false;
  let templated = 0;
  for (const s of p.sentences) {
    if (s.kind === 'verbatim') continue;
    if (!isTemplateSentence(s)) return false;
    templated++;
  }
  return templated / p.sentences.length > TEMPLATE_MIN_SENTENCE_SHARE;
}

/** The tokens of `doc` inside `span`, as an anchor source. */
function anchorsIn(doc: TextDoc, span: Span): Uint32Array {
  const tokens = doc.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < tokens.length && tokens[end]!.end <= span.end) end++;
  return selectAnchors({ tokens: tokens.slice(lo, end), wordHashes: doc.wordHashes.subarray(lo, end) });
}

function contains(sorted: Uint32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === value;
}

/**
 * Whether a passage is stock: it shares anchors on its two sides and every one of them is
 * common in the corpus. A passage sharing no anchor at all (too short for one) is not
 * judged: the corpus has nothing to say about it.
 */
export function isStockPassage(a: TextDoc, b: TextDoc, p: Passage, rarity: CorpusRarity): boolean {
  const x = anchorsIn(a, p.a);
  const y = anchorsIn(b, p.b);
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i]! < y[j]!) i++;
    else if (x[i]! > y[j]!) j++;
    else {
      if (!contains(rarity.common, x[i]!)) return false;
      shared++;
      i++;
      j++;
    }
  }
  return shared > 0;
}

/** Whether a passage counts as evidence of reuse (not stock, not template). */
export function isEvidence(p: Passage): boolean {
  return p.kind !== 'stock' && p.kind !== 'template';
}

/** The passages with template and (given the corpus's rarity) stock ones marked as such. */
export function markFormulaic(a: TextDoc, b: TextDoc, passages: readonly Passage[], rarity: CorpusRarity | undefined): Passage[] {
  return passages.map((p) => {
    if (rarity && rarity.common.length > 0 && isStockPassage(a, b, p, rarity)) return { ...p, kind: 'stock' as const };
    if (isTemplatePassage(p)) return { ...p, kind: 'template' as const };
    return p;
  });
}
