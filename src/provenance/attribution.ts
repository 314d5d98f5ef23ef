/**
 * Attribution phrases in article text: "sources told The Sun", "according to Sky News",
 * "(PA)", "Reuters reported", "The Sun understands". Each is a cue plus a name; whether
 * the name is a document's publisher is decided later (publisher.ts).
 *
 * Every pattern is linear: bounded repetitions over disjoint character classes.
 */
import type { RemovedSpan, Span } from '../types.js';
import { WIRE_AGENCIES, nameWords } from './publisher.js';
import { composed } from './patterns.js';

/** One attribution found in a text. */
export interface Attribution extends Span {
  /** The name as written ("The Sun", "Sky News", "PA"). */
  readonly name: string;
  /** The phrase as written ("told The Sun", "according to Sky News", "(PA)"). */
  readonly phrase: string;
  /** `credit`: the text got it from the named outlet; `claim`: the named outlet says it found this out. */
  readonly cue: 'credit' | 'claim';
}

/** Either case for the first letter of a cue ("Speaking to" at a sentence start, "speaking to" inside one). */
const anyCase = (cue: string): string => `[${cue[0]!.toUpperCase()}${cue[0]!.toLowerCase()}]${cue.slice(1)}`;

/** Cue phrases before the name: the text credits the outlet. */
const CREDIT_CUES = [
  'told', 'tells', 'telling', 'according to', 'first reported by', 'reported by', 'revealed by', 'published by', 'broken by',
  'quoted by', 'cited by', 'reporting by', 'in an interview with', 'in interview with', 'an interview with', 'interview with',
  'speaking to', 'spoke to', 'speaking with', 'spoke with', 'statement to', 'confirmed to', 'revealed to', 'writing in',
  'wrote in', 'writing for', 'column for', 'courtesy of', 'source:', 'credit:', 'via',
  // Latin-script languages: French, Spanish, Portuguese, Italian, German, Dutch.
  'selon', "d'après", 'según', 'de acuerdo con', 'segundo', 'de acordo com', 'secondo', 'laut', 'nach Angaben von', 'volgens',
];

/** Cues before the name: the text credits the outlet. The name itself is read forwards by `nameAfter`. */
const CREDIT_BEFORE = composed('credit-before', String.raw`\b(?:${CREDIT_CUES.map(anyCase).join('|')})\s`, 'g');

/**
 * Claim verbs after a name ("Sky News understands", "The Sun can reveal"). The name is read
 * backwards from the verb by `nameBefore`, so the regex has no unanchored name part to
 * retry at every position.
 */
const CLAIM_VERB = /\s(?:has\s|have\s|had\s)?(?:[a-z]{2,12}ly\s)?(?:understands|understood|can reveal|can now reveal|revealed|reported|reports|first reported|has learned|has learnt|learned|learnt|was told|has been told|established|obtained)\b/g;

/** One capitalised word of a name. */
const NAME_WORD = /^[A-Z][\w&'’-]{0,30}$/;

/** Characters looked at before a claim verb for the name. */
const NAME_LOOKBACK_CHARS = 200;

/** Characters that end a name when they follow a word ("The Sun." "Sky News,"). */
const NAME_END = new Set(['.', ',', ';', ':', '!', '?', ')', '"', '”', '’']);

/** `word` without trailing punctuation. */
function trimPunctuation(word: string): string {
  let end = word.length;
  while (end > 0 && NAME_END.has(word[end - 1]!)) end--;
  return word.slice(0, end);
}

/**
 * The capitalised name (up to six words, "of"/"de" inside, a leading "the") that starts
 * at `start` ("The Sun that …" → "The Sun"), or null.
 */
function nameAfter(text: string, start: number): { end: number; name: string } | null {
  const words = text.slice(start, start + NAME_LOOKBACK_CHARS).split(/\s/);
  const taken: string[] = [];
  let k = 0;
  if (words[0] === 'the') taken.push(words[k++]!);
  let named = 0;
  while (k < words.length && named < 6) {
    const w = trimPunctuation(words[k]!);
    if (NAME_WORD.test(w)) {
      taken.push(w);
      named++;
      if (w !== words[k]) break; // punctuation ends the name
    } else if ((w === 'of' || w === 'de') && named > 0 && k + 1 < words.length && NAME_WORD.test(trimPunctuation(words[k + 1]!))) taken.push(w);
    else break;
    k++;
  }
  if (named === 0) return null;
  const name = taken.join(' ');
  return { end: start + name.length, name };
}

/** The capitalised name (up to six words, "of"/"de" inside, a leading "the") that ends at `end`, or null. */
function nameBefore(text: string, end: number): { start: number; name: string } | null {
  const words = text.slice(Math.max(0, end - NAME_LOOKBACK_CHARS), end).split(/\s/);
  const taken: string[] = [];
  let k = words.length;
  while (k > 0 && taken.length < 6) {
    const w = words[k - 1]!;
    if (NAME_WORD.test(w)) taken.unshift(w);
    else if ((w === 'of' || w === 'de') && taken.length > 0 && k > 1 && NAME_WORD.test(words[k - 2]!)) taken.unshift(w);
    else break;
    k--;
  }
  if (taken.length === 0 || taken[0] === 'of' || taken[0] === 'de') return null;
  if (k > 0 && words[k - 1] === 'the') taken.unshift('the');
  const name = taken.join(' ');
  return { start: end - name.length, name };
}

/** "(PA)", "(Reuters)", "LONDON (AP) —". */
const PARENTHESISED = /\(([A-Z][\w&'’ -]{0,30})\)/g;

/** "By PA Reporters", "By Reuters staff" at the start of a line (a byline naming an outlet). */
const BYLINE = /(?:^|\n)[ \t]*By\s/g;

/** A bare wire agency name anywhere ("Reuters contributed", "PA Media"). */
const WIRE_NAME = /\b(Reuters|Bloomberg|AFP|Agence France-Presse|Associated Press|Press Association|PA Media|PA news agency|dpa|ANSA)\b/g;

/**
 * Wire agencies' names as written in other scripts (Urdu, Arabic, Persian, Hindi, Chinese,
 * Russian), each with the name the publisher matching knows: a copy in another language that
 * names the wire ("(رائٹرز)", "路透社报道") credits it. Found by plain search, no regex.
 */
const WIRE_NAMES_IN_OTHER_SCRIPTS: readonly (readonly [string, string])[] = [
  ['رائٹرز', 'Reuters'], ['رویٹرز', 'Reuters'], ['رويترز', 'Reuters'], ['رویترز', 'Reuters'], ['रॉयटर्स', 'Reuters'], ['रायटर्स', 'Reuters'], ['路透社', 'Reuters'], ['Рейтер', 'Reuters'],
  ['اے ایف پی', 'AFP'], ['فرانسیسی خبر رساں ادارے', 'AFP'], ['فرانس برس', 'AFP'], ['فرانس پرس', 'AFP'], ['एएफपी', 'AFP'], ['法新社', 'AFP'], ['Франс Пресс', 'AFP'],
  ['ایسوسی ایٹڈ پریس', 'Associated Press'], ['أسوشيتد برس', 'Associated Press'], ['آسوشیتدپرس', 'Associated Press'], ['एसोसिएटेड प्रेस', 'Associated Press'], ['美联社', 'Associated Press'], ['Ассошиэйтед Пресс', 'Associated Press'],
  ['اے پی پی', 'APP'], ['پی ٹی آئی', 'PTI'], ['पीटीआई', 'PTI'], ['新华社', 'Xinhua'], ['شینہوا', 'Xinhua'], ['شينخوا', 'Xinhua'], ['ТАСС', 'TASS'],
];

/** Roles of removed spans whose text is another story's (links, promos): attributions there say nothing about this article. */
const FOREIGN_ROLES = new Set(['nav', 'widget', 'promo', 'teaser']);

/**
 * Every attribution in `text`, in text order, skipping spans that clean labelled as
 * navigation, widgets, promos or teasers (other stories' headlines).
 */
export function findAttributions(text: string, removed: readonly RemovedSpan[] = []): Attribution[] {
  const foreign = removed.filter((r) => FOREIGN_ROLES.has(r.role));
  const inForeign = (start: number): boolean => foreign.some((r) => start >= r.start && start < r.end);
  const found = new Map<string, Attribution>();
  const add = (start: number, end: number, name: string, cue: Attribution['cue']): void => {
    const cleaned = name.replace(/['’]s$/, '').trim();
    if (nameWords(cleaned).length === 0 || inForeign(start)) return;
    const key = `${start}:${cue}:${cleaned}`;
    if (!found.has(key)) found.set(key, { start, end, name: cleaned, phrase: text.slice(start, end).trim(), cue });
  };
  for (const m of text.matchAll(CREDIT_BEFORE)) {
    const found = nameAfter(text, m.index + m[0].length);
    if (found) add(m.index, found.end, found.name.replace(/^the /, ''), 'credit');
  }
  for (const m of text.matchAll(CLAIM_VERB)) {
    const found = nameBefore(text, m.index);
    if (found) add(found.start, m.index + m[0].length, found.name, 'claim');
  }
  for (const m of text.matchAll(PARENTHESISED)) {
    if (WIRE_AGENCIES.has(nameWords(m[1]!)[0] ?? '')) add(m.index, m.index + m[0].length, m[1]!, 'credit');
  }
  for (const m of text.matchAll(BYLINE)) {
    const found = nameAfter(text, m.index + m[0].length);
    if (found) add(m.index + m[0].indexOf('By'), found.end, found.name, 'credit');
  }
  for (const m of text.matchAll(WIRE_NAME)) add(m.index, m.index + m[0].length, m[1]!, 'credit');
  for (const [written, name] of WIRE_NAMES_IN_OTHER_SCRIPTS) {
    for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + written.length)) add(at, at + written.length, name, 'credit');
  }
  return [...found.values()].sort((x, y) => x.start - y.start || x.end - y.end || (x.cue < y.cue ? -1 : x.cue > y.cue ? 1 : 0));
}
