import { STOPWORDS } from '../text/constants.js';
import type { TextDoc } from '../types.js';
import { bigramCodes } from './similarity.js';
import { stem } from './stem.js';

/** What sentence alignment compares of one sentence: its content-word stems, names and numbers. */
export interface SentenceProfile {
  /** Distinct stems of the words that are not stopwords, in order of first use. */
  readonly stems: readonly string[];
  /** Stems that are names (capitalised inside the sentence) or numbers: rare, telling words. */
  readonly salient: ReadonlySet<string>;
  /** Normalised words joined by spaces. */
  readonly text: string;
}

const profiles = new WeakMap<TextDoc, SentenceProfile[]>();

/** Number words written as digits by other house styles ("six years" / "6 years"). */
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map((w, i) => [w, String(i + 1)]),
);

/** Words of a percentage that one style writes and another replaces by "%" (which is not a token). */
const PERCENT_WORDS: ReadonlySet<string> = new Set(['per', 'cent', 'percent']);

/** "4.3m", "210bn", "40k": a number with a unit letter, which other styles spell out. */
const NUMBER_WITH_UNIT = /^(\d+(?:[.,]\d+)?)(m|bn|k)$/;
const UNIT_WORDS: Readonly<Record<string, string>> = { m: 'million', bn: 'billion', k: 'thousand' };

/**
 * The comparison forms of a normalised word: house-style variants of numbers made equal
 * ("six" → "6", "4.3m" → "4.3" "million", "per cent" dropped), other words stemmed.
 */
function comparisonForms(norm: string): readonly string[] {
  const number = NUMBER_WORDS.get(norm);
  if (number) return [number];
  if (PERCENT_WORDS.has(norm)) return [];
  const unit = NUMBER_WITH_UNIT.exec(norm);
  if (unit) return [unit[1]!, UNIT_WORDS[unit[2]!]!];
  return [stem(norm)];
}

function isUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Profiles of every sentence of `doc`, computed once per document (documents meet many others in a scan). */
export function sentenceProfiles(doc: TextDoc): SentenceProfile[] {
  const hit = profiles.get(doc);
  if (hit) return hit;
  const text = doc.article.text;
  const out = doc.sentences.map((s) => {
    const stems: string[] = [];
    const seen = new Set<string>();
    const salient = new Set<string>();
    const words: string[] = [];
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = doc.tokens[i]!;
      words.push(t.norm);
      if (STOPWORDS.has(t.norm) || (t.norm.length < 2 && !isDigit(t.norm.charCodeAt(0)))) continue;
      const first = text.charCodeAt(t.start);
      for (const st of comparisonForms(t.norm)) {
        if (!seen.has(st)) {
          seen.add(st);
          stems.push(st);
        }
        if (isDigit(st.charCodeAt(0)) || (isUpper(first) && i > s.firstToken)) salient.add(st);
      }
    }
    return { stems, salient, text: words.join(' ') };
  });
  profiles.set(doc, out);
  return out;
}

const bigramCache = new WeakMap<SentenceProfile, Uint32Array>();

/** The sorted character bigrams of a sentence profile's text, computed on first use (most sentences never need them). */
export function profileBigrams(p: SentenceProfile): Uint32Array {
  let codes = bigramCache.get(p);
  if (!codes) {
    codes = bigramCodes(p.text);
    bigramCache.set(p, codes);
  }
  return codes;
}
