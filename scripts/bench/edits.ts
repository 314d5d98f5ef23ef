/**
 * A simple model of how newsrooms edit the copy they take: word swaps, cuts, tense
 * changes, split and merged sentences, reordered paragraphs, reworded sentences.
 * Stand-in until the reuse work's `scripts/synth/edits.ts` lands; same kind of interface:
 * paragraphs (arrays of sentences) in, edited paragraphs out, driven by a seeded Rng.
 */
import type { Rng } from './rng.js';
import type { Vocabulary } from './vocabulary.js';

/** How hard a copy is edited. */
export interface EditProfile {
  /** Share of sentences kept word for word. */
  readonly verbatim: number;
  /** Share of sentences lightly edited (the rest are reworded). */
  readonly light: number;
  /** Chance that two neighbouring paragraphs swap. */
  readonly reorder: number;
}

/** Near-verbatim syndication (wire copy run as is, with house-style touches). */
export const SYNDICATED: EditProfile = { verbatim: 0.7, light: 0.27, reorder: 0.03 };
/** Ordinary edited reuse. */
export const EDITED: EditProfile = { verbatim: 0.4, light: 0.45, reorder: 0.08 };
/** Reuse with much rewording. */
export const REWORKED: EditProfile = { verbatim: 0.25, light: 0.45, reorder: 0.12 };

/** Chance per word of a light edit: a substituted word. */
const LIGHT_SUBSTITUTE = 0.05;
/** Chance per word of a light edit: a dropped word. */
const LIGHT_DELETE = 0.03;
/** Chance per word in a reworded sentence: substituted. */
const REWORD_SUBSTITUTE = 0.3;
/** Chance per word in a reworded sentence: dropped. */
const REWORD_DELETE = 0.12;
/** Sentences longer than this (words) may be split in two by a light edit. */
const SPLIT_MIN_WORDS = 18;
/** Chance that a long lightly edited sentence is split. */
const SPLIT_CHANCE = 0.15;
/** Chance that a lightly edited sentence is merged with the next one. */
const MERGE_CHANCE = 0.05;

const TENSE: Readonly<Record<string, string>> = { said: 'says', says: 'said', told: 'tells', has: 'had', is: 'was', was: 'is', will: 'would' };

/** Edits paragraphs of taken copy. Returns new arrays; the input is not changed. */
export function editParagraphs(paragraphs: readonly (readonly string[])[], rng: Rng, profile: EditProfile, vocab: Vocabulary): string[][] {
  const out = paragraphs.map((sentences) => editSentences(sentences, rng, profile, vocab));
  for (let i = 0; i + 1 < out.length; i++) {
    if (rng.chance(profile.reorder)) [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
  }
  return out.filter((p) => p.length > 0);
}

function editSentences(sentences: readonly string[], rng: Rng, profile: EditProfile, vocab: Vocabulary): string[] {
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const u = rng.next();
    if (u < profile.verbatim) out.push(sentence);
    else if (u < profile.verbatim + profile.light) {
      const words = sentence.split(' ');
      const edited = wordEdits(words, rng, LIGHT_SUBSTITUTE, LIGHT_DELETE, vocab);
      if (edited.length > SPLIT_MIN_WORDS && rng.chance(SPLIT_CHANCE)) {
        const cut = Math.floor(edited.length / 2);
        out.push(endSentence(edited.slice(0, cut).join(' ')), capitalise(edited.slice(cut).join(' ')));
      } else if (i + 1 < sentences.length && rng.chance(MERGE_CHANCE)) {
        out.push(edited.join(' ').replace(/[.!?]$/, '') + ', and ' + lowerFirst(sentences[++i]!));
      } else out.push(edited.join(' '));
    } else {
      const words = wordEdits(sentence.split(' '), rng, REWORD_SUBSTITUTE, REWORD_DELETE, vocab);
      const pivot = 1 + rng.int(Math.max(1, words.length - 2));
      const reworded = [...words.slice(pivot), ...words.slice(0, pivot)].join(' ').replace(/[.!?]/g, '');
      out.push(endSentence(capitalise(reworded)));
    }
  }
  return out;
}

function wordEdits(words: readonly string[], rng: Rng, substitute: number, drop: number, vocab: Vocabulary): string[] {
  const out: string[] = [];
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const last = w === words.length - 1;
    const tense = TENSE[word];
    if (tense && rng.chance(0.5)) out.push(tense);
    else if (!last && w > 0 && rng.chance(drop)) continue;
    else if (!last && w > 0 && rng.chance(substitute)) out.push(vocab.contentWord(rng));
    else out.push(word);
  }
  return out;
}

function capitalise(s: string): string {
  return s.length ? s[0]!.toUpperCase() + s.slice(1) : s;
}

function lowerFirst(s: string): string {
  return s.length > 1 && s[1] !== s[1]!.toUpperCase() ? s[0]!.toLowerCase() + s.slice(1) : s;
}

function endSentence(s: string): string {
  return /[.!?”"]$/.test(s) ? s : s + '.';
}
