/**
 * Stock and template passages (issue 19): shared text that is not evidence of reuse.
 * - `template`: sentences identical except for their names, numbers and dates. A changed
 *   figure or name is a different fact; a light edit keeps the facts and changes the
 *   wording around them.
 * - `stock`: a passage whose shared anchors are all common in the corpus (found in at
 *   least STOCK_MIN_DOCS documents, see candidates/constants.ts): phrasing many unrelated
 *   stories share ("The investigation is ongoing."), judged on the shared part only.
 * Neither counts towards coverage or derivation (align-pair.ts); they are still reported
 * when the pair is listed on other evidence.
 */
import { everyShingle, selectAnchors } from '../candidates/select-anchors.js';
import type { ShingleCounts } from '../candidates/shingle-counts.js';
import { STOCK_MAX_RARE_SHARE, STOCK_MIN_DOCS } from '../candidates/constants.js';
import type { AlignedSentences, Passage, Span, TextDoc } from '../types.js';
import { STOPWORDS } from '../text/constants.js';
import { TEMPLATE_MIN_SAME_WORDS, TEMPLATE_MIN_SENTENCE_SHARE } from './constants.js';

/** What the corpus (or archive) says about rarity: the anchors common in it. */
export interface CorpusRarity {
  /** Anchor hashes (see selectAnchors) found in at least STOCK_MIN_DOCS documents, sorted ascending, no duplicates. */
  readonly common: Uint32Array;
  /** Anchors that are not rare (in more than RARE_ANCHOR_DOCS documents), sorted; when known. */
  readonly frequent?: Uint32Array;
  /**
   * In how many documents every word shingle is found (the scan's corpus); when known, a
   * sentence is judged on all the shingles it shares, not on the few sampled anchors.
   */
  readonly shingles?: ShingleCounts;
  /** A shingle in at least this many documents of `shingles` is common (default STOCK_MIN_DOCS, the same line as `common`'s). */
  readonly stockDocs?: number;
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
 * TEMPLATE_MIN_SAME_WORDS same words, with a fact replaced by another of its kind: a
 * number, or names/days/months in two places (one name for another alone is how papers
 * rewrite a wire story, "BA" / "British Airways", "Richard" / "Mr Thomas": METER dev). A fact added or dropped ("of Eccles, Norfolk") is an
 * edit of the same story; a pronoun for a name ("She" / "Ms Evans") is wording.
 */
export function isTemplateSentence(s: AlignedSentences): boolean {
  const swaps = factSwaps(s);
  return swaps !== null && (swaps.numbers > 0 || swaps.names >= 2);
}

/**
 * The replaced facts of an aligned sentence pair that differs only in facts, around at
 * least TEMPLATE_MIN_SAME_WORDS same words (numbers, and names/days/months, replaced);
 * null when it differs in wording, or not at all.
 */
export function factSwaps(s: AlignedSentences): { numbers: number; names: number } | null {
  if (s.kind === 'verbatim' || !s.diff) return null;
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
    for (let k = 0; k < words.length; k++) if (classes[k] === null && !TITLES.has(bare(words[k]!).toLowerCase())) return null;
    // A replacement: a deletion next to an addition (either order), both facts of the same class.
    const next = ops[i + 1];
    if (next && next.op !== 'same' && next.op !== op.op) {
      const added = next.text.split(/\s+/).map(factClass).filter((c) => c !== null);
      if (classes.includes('number') && added.includes('number') && bare(op.text) !== bare(next.text)) numberSwaps++;
      else if ((classes.includes('name') && added.includes('name')) || (classes.includes('date') && added.includes('date'))) nameSwaps++;
    }
  }
  if (same < TEMPLATE_MIN_SAME_WORDS || numberSwaps + nameSwaps === 0) return null;
  return { numbers: numberSwaps, names: nameSwaps };
}

/** Index of the first token of `doc` starting at or after `offset`. */
function tokenAt(doc: TextDoc, offset: number): number {
  const tokens = doc.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The anchors of `doc`'s tokens inside `span`, sentence by sentence (sorted, no
 * duplicates): a shingle across a sentence end is not shared phrasing, and would make two
 * stock sentences side by side look rare.
 */
function anchorsIn(doc: TextDoc, span: Span, every = false): Uint32Array {
  const tokens = doc.tokens;
  const from = tokenAt(doc, span.start);
  let end = from;
  while (end < tokens.length && tokens[end]!.end <= span.end) end++;
  const parts: Uint32Array[] = [];
  // Sentences are in token order: start at the first one ending after `from`.
  const sentences = doc.sentences;
  let first = 0;
  let high = sentences.length;
  while (first < high) {
    const mid = (first + high) >>> 1;
    if (sentences[mid]!.endToken <= from) first = mid + 1;
    else high = mid;
  }
  for (let k = first; k < sentences.length && sentences[k]!.firstToken < end; k++) {
    const sentence = sentences[k]!;
    const lo = Math.max(from, sentence.firstToken);
    const hi = Math.min(end, sentence.endToken);
    // Sampled anchors only: the dense lead anchors of a sentence taken alone are counted in
    // the corpus only where it opens a document, so a stock sentence in the body would
    // look rare.
    if (hi > lo) parts.push(every ? everyShingle(doc.wordHashes.subarray(lo, hi)) : selectAnchors({ tokens: tokens.slice(lo, hi), wordHashes: doc.wordHashes.subarray(lo, hi) }, false));
  }
  if (parts.length === 1) return parts[0]!;
  const all = new Uint32Array(parts.reduce((n, x) => n + x.length, 0));
  let at = 0;
  for (const x of parts) {
    all.set(x, at);
    at += x.length;
  }
  all.sort();
  let unique = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[unique++] = all[i]!;
  return all.subarray(0, unique);
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

/** Shared anchors of two spans: -1 when none, 0 when all are common, 1 when one is rare. */
/** Whether two spans share anchors and none of them is rare (each is in `frequent`). */
function notRare(a: TextDoc, sa: Span, b: TextDoc, sb: Span, frequent: Uint32Array): boolean {
  const shared = sharedRarity(a, sa, b, sb, frequent);
  return shared.rare === 0 && shared.common > 0;
}

/** How many anchors two spans share that are common in the corpus, and how many that are not (rare). */
function sharedRarity(a: TextDoc, sa: Span, b: TextDoc, sb: Span, common: Uint32Array): { common: number; rare: number } {
  const x = anchorsIn(a, sa);
  const y = anchorsIn(b, sb);
  const counts = { common: 0, rare: 0 };
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i]! < y[j]!) i++;
    else if (x[i]! > y[j]!) j++;
    else {
      if (contains(common, x[i]!)) counts.common++;
      else counts.rare++;
      i++;
      j++;
    }
  }
  return counts;
}

/**
 * How many word shingles two spans share (sentence by sentence) that are common in the
 * corpus (in at least STOCK_MIN_DOCS documents by its shingle counts), and how many rare.
 */
function sharedShingles(a: TextDoc, sa: Span, b: TextDoc, sb: Span, counts: ShingleCounts, stockDocs: number): { common: number; rare: number } {
  const x = anchorsIn(a, sa, true);
  const y = anchorsIn(b, sb, true);
  const shared = { common: 0, rare: 0 };
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i]! < y[j]!) i++;
    else if (x[i]! > y[j]!) j++;
    else {
      if (counts.documents(x[i]!) >= stockDocs) shared.common++;
      else shared.rare++;
      i++;
      j++;
    }
  }
  return shared;
}

/** Whether shared shingles are stock: some common, and at most STOCK_MAX_RARE_SHARE of them rare. */
function mostlyCommon(shared: { common: number; rare: number }): boolean {
  return shared.common > 0 && shared.rare <= STOCK_MAX_RARE_SHARE * (shared.common + shared.rare);
}

function wordsIn(text: string, span: Span): number {
  let n = 0;
  let inWord = false;
  for (let i = span.start; i < span.end; i++) {
    const space = /\s/.test(text[i]!);
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * What a passage is when it is no evidence of reuse: `template` or `stock`, else null.
 * Each aligned sentence pair is judged on its own (anchors across a sentence end would
 * make two stock sentences side by side look rare): a template sentence (a number or two
 * names replaced, or one name in a sentence form common in the corpus),
 * a stock one (it shares anchors and every one is common in the corpus), a rare one (it
 * shares an anchor that is not common: evidence), or too short to share an anchor. A
 * passage with no rare sentence, more than TEMPLATE_MIN_SENTENCE_SHARE of its words in
 * template or stock sentences, is no evidence; it is `stock` when those are mostly stock.
 * Without sentences (never diffed) the passage is judged whole on its anchors.
 */
export function formulaicKind(a: TextDoc, b: TextDoc, p: Passage, rarity: CorpusRarity | undefined): 'stock' | 'template' | null {
  const common = rarity && rarity.common.length > 0 ? rarity.common : null;
  const counts = rarity?.shingles;
  if (counts) return formulaicByShingles(a, b, p, counts, rarity?.stockDocs ?? STOCK_MIN_DOCS);
  if (!p.sentences || p.sentences.length === 0) {
    if (!common) return null;
    const shared = sharedRarity(a, p.a, b, p.b, common);
    return shared.rare === 0 && shared.common > 0 ? 'stock' : null;
  }
  const text = a.article.text;
  let total = 0;
  let stock = 0;
  let template = 0;
  for (const s of p.sentences) {
    const words = wordsIn(text, s.a);
    total += words;
    const swaps = factSwaps(s);
    if (swaps !== null && (swaps.numbers > 0 || swaps.names >= 2)) {
      template += words;
      continue;
    }
    if (!common) continue;
    const shared = sharedRarity(a, s.a, b, s.b, common);
    // One name for another in a sentence form common in the corpus ("House prices in X
    // rose 3.9 per cent …"): a template whose figure happens to agree.
    if (swaps !== null && (shared.common > 0 || (rarity?.frequent && shared.rare > 0 && notRare(a, s.a, b, s.b, rarity.frequent)))) {
      template += words;
      continue;
    }
    if (shared.rare > 0) return null;
    if (shared.common > 0) stock += words;
  }
  if (total === 0 || (stock + template) / total <= TEMPLATE_MIN_SENTENCE_SHARE) return null;
  return stock >= template ? 'stock' : 'template';
}

/**
 * formulaicKind with the corpus's count of every shingle: each aligned sentence pair is a
 * template (a number or two names replaced; or one name, where it shares a shingle common
 * in the corpus: a sentence form of the corpus), stock (the shingles it shares are mostly
 * common: a stock sentence, or one with a word changed), or evidence (mostly rare shingles)
 * or too short to share a shingle. Same passage rule as formulaicKind.
 */
function formulaicByShingles(a: TextDoc, b: TextDoc, p: Passage, counts: ShingleCounts, stockDocs: number): 'stock' | 'template' | null {
  if (!p.sentences || p.sentences.length === 0) return mostlyCommon(sharedShingles(a, p.a, b, p.b, counts, stockDocs)) ? 'stock' : null;
  const text = a.article.text;
  let total = 0;
  let stock = 0;
  let template = 0;
  for (const s of p.sentences) {
    const words = wordsIn(text, s.a);
    const swaps = factSwaps(s);
    if (swaps !== null && (swaps.numbers > 0 || swaps.names >= 2)) {
      total += words;
      template += words;
      continue;
    }
    const shared = sharedShingles(a, s.a, b, s.b, counts, stockDocs);
    // A sentence sharing no shingle (reworded throughout, or a fragment) says nothing
    // either way: the passage is judged on the sentences that share text.
    if (shared.common + shared.rare === 0) continue;
    total += words;
    // One name for another in a sentence form common in the corpus: a template whose
    // other facts (a time, a figure) happen to agree, as they do in two reports of one event.
    if (swaps !== null && shared.common > 0) {
      template += words;
      continue;
    }
    if (!mostlyCommon(shared)) return null;
    stock += words;
  }
  if (total === 0 || (stock + template) / total <= TEMPLATE_MIN_SENTENCE_SHARE) return null;
  return stock >= template ? 'stock' : 'template';
}

/** Whether a passage counts as evidence of reuse (not stock, not template). */
export function isEvidence(p: Passage): boolean {
  return p.kind !== 'stock' && p.kind !== 'template';
}

/** The passages with template and (given the corpus's rarity) stock ones marked as such. */
export function markFormulaic(a: TextDoc, b: TextDoc, passages: readonly Passage[], rarity: CorpusRarity | undefined): Passage[] {
  return passages.map((p) => {
    const kind = formulaicKind(a, b, p, rarity);
    return kind === null ? p : { ...p, kind };
  });
}
