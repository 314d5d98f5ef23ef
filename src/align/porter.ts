/**
 * The Porter stemmer of `natural` (lib/natural/stemmers/porter_stemmer.js) for words of
 * the letters a–z, written with string operations instead of regular expressions: the same
 * stem for every such word (checked against `natural` on every WordNet lemma and on random
 * words, `test/align-porter.test.ts`), several times faster. `natural`'s version builds
 * regular expressions per call and categorises a word by three regex replaces each time it
 * measures it, which made stemming the largest per-document cost of alignment. Its quirks are
 * kept on purpose (e.g. step 2 may apply two suffix rules in a row; a measure can be a half).
 * Other words (digits, apostrophes, letters beyond a–z) are left to `natural` by the caller.
 */

function isVowel(c: number): boolean {
  // a e i o u
  return c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75;
}

const Y = 0x79;

/** Whether `token` is made only of the letters a–z (the words this stemmer handles). */
export function isPlainWord(token: string): boolean {
  if (token.length === 0) return false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}

/** What `groupStats` found: the number of groups, whether the first is C and the last V, and how many are V. */
let groupCount = 0;
let firstIsC = false;
let lastIsV = false;
let vowelGroups = 0;
/** The previous pass-1 symbol: 0 none, 1 C-ish, 2 the V of "CV", 3 a vowel. */
let previous = 0;

/** Adds a pass-1 symbol to the group counts (see `groupStats`). */
function emit(symbol: number): void {
  const merges = (symbol === 1 && previous === 1) || (symbol === 3 && previous === 3);
  previous = symbol;
  if (merges) return;
  if (groupCount === 0) firstIsC = symbol === 1;
  groupCount++;
  lastIsV = symbol !== 1;
  if (lastIsV) vowelGroups++;
}

/**
 * Counts the groups of `natural`'s categorizeGroups (`replace(/[^aeiouy]+y/g, 'CV')`, then
 * `replace(/[aeiou]+/g, 'V')`, then `replace(/[^V]+/g, 'C')`) of a word of a–z without
 * building the string. Pass 1 gives symbols: a consonant (or a 'y' not taken, or the C of
 * "CV") is C-ish; the V of "CV" stands alone; vowels a e i o u are V-ish. Runs of C-ish
 * symbols make one C, runs of vowels one V, and the V of "CV" is always a V of its own.
 */
function groupStats(token: string): void {
  const n = token.length;
  groupCount = 0;
  firstIsC = false;
  lastIsV = false;
  vowelGroups = 0;
  previous = 0;
  let i = 0;
  while (i < n) {
    const c = token.charCodeAt(i);
    if (!isVowel(c) && c !== Y) {
      let j = i;
      while (j < n && !isVowel(token.charCodeAt(j)) && token.charCodeAt(j) !== Y) j++;
      emit(1);
      if (j < n && token.charCodeAt(j) === Y) {
        emit(2);
        i = j + 1;
      } else i = j;
    } else {
      emit(isVowel(c) ? 3 : 1);
      i++;
    }
  }
}

/** `natural`'s categorizeChars: `replace(/[^aeiouy]y/g, 'CV')`, `replace(/[aeiou]/g, 'V')`, `replace(/[^V]/g, 'C')`. */
function categorizeChars(token: string): string {
  let out = '';
  let i = 0;
  while (i < token.length) {
    const c = token.charCodeAt(i);
    if (!isVowel(c) && c !== Y && i + 1 < token.length && token.charCodeAt(i + 1) === Y) {
      out += 'CV';
      i += 2;
    } else {
      out += isVowel(c) ? 'V' : 'C';
      i++;
    }
  }
  return out;
}

/** `natural`'s measure M: the groups with an initial C and a final V dropped, halved (-1 for no word). */
function measure(token: string | null): number {
  if (!token) return -1;
  groupStats(token);
  const from = groupCount > 0 && firstIsC ? 1 : 0;
  const to = groupCount > from && lastIsV ? groupCount - 1 : groupCount;
  return (to - from) / 2;
}

/** `str.substr(-k, length)` (start clamped at 0). */
function fromEnd(s: string, k: number, length = k): string {
  const start = Math.max(0, s.length - k);
  return s.slice(start, start + length);
}

/** `natural`'s attemptReplace with a plain suffix: the token with `suffix` replaced, or null when it does not end so. */
function replaceSuffix(token: string, suffix: string, replacement: string): string | null {
  // `substr(-k) === suffix` is `endsWith` (a shorter token's substr is itself, never equal).
  return token.endsWith(suffix) ? token.slice(0, token.length - suffix.length) + replacement : null;
}

/** `natural`'s attemptReplacePatterns with plain suffixes (rules `[suffix, test replacement, replacement]`). */
function replacePatterns(token: string, rules: readonly (readonly [string, string, string])[], threshold: number | null): string {
  let replacement = token;
  const tokenLast = token.charCodeAt(token.length - 1);
  for (let r = 0; r < rules.length; r++) {
    const [suffix, test, final] = rules[r]!;
    // Neither replace can apply unless the token or the replacement so far ends with the suffix's last letter and then the suffix.
    const last = suffix.charCodeAt(suffix.length - 1);
    if (last !== tokenLast && last !== replacement.charCodeAt(replacement.length - 1)) continue;
    if (!token.endsWith(suffix) && !replacement.endsWith(suffix)) continue;
    if (threshold === null || measure(replaceSuffix(token, suffix, test)) > threshold) {
      replacement = replaceSuffix(replacement, suffix, final) || replacement;
    }
  }
  return replacement || token;
}

function step1a(token: string): string {
  if (token.endsWith('sses') || token.endsWith('ies')) return token.slice(0, -2);
  const n = token.length;
  if (n > 2 && token.charCodeAt(n - 1) === 0x73 && token.charCodeAt(n - 2) !== 0x73) return token.slice(0, -1);
  return token;
}

function step1bRest(token: string): string | null {
  groupStats(token);
  if (vowelGroups === 0) return null;
  const result = replacePatterns(
    token,
    [
      ['at', '', 'ate'],
      ['bl', '', 'ble'],
      ['iz', '', 'ize'],
    ],
    null,
  );
  if (result !== token) return result;
  const n = token.length;
  const last = token.charCodeAt(n - 1);
  if (n >= 2 && last === token.charCodeAt(n - 2) && !isVowel(last) && last !== 0x6c && last !== 0x73 && last !== 0x7a) return token.slice(0, -1);
  if (measure(token) === 1 && fromEnd(categorizeChars(token), 3) === 'CVC' && last !== 0x77 && last !== 0x78 && last !== Y) return token + 'e';
  return token;
}

function step1b(token: string): string {
  if (token.endsWith('eed')) {
    if (measure(token.slice(0, token.length - 3)) > 0) return token.slice(0, -1);
    return token;
  }
  const suffix = token.endsWith('ed') ? 2 : token.endsWith('ing') ? 3 : 0;
  if (suffix === 0) return token;
  const stripped = token.slice(0, token.length - suffix);
  if (!stripped) return token;
  return step1bRest(stripped) || token;
}

function step1c(token: string): string {
  if (!token.endsWith('y')) return token;
  // A V among the groups before the last one.
  groupStats(token);
  if (vowelGroups - (lastIsV ? 1 : 0) > 0) return token.slice(0, -1) + 'i';
  return token;
}

const STEP2: readonly (readonly [string, string, string])[] = [
  ['ational', '', 'ate'], ['tional', '', 'tion'], ['enci', '', 'ence'], ['anci', '', 'ance'],
  ['izer', '', 'ize'], ['abli', '', 'able'], ['bli', '', 'ble'], ['alli', '', 'al'], ['entli', '', 'ent'], ['eli', '', 'e'],
  ['ousli', '', 'ous'], ['ization', '', 'ize'], ['ation', '', 'ate'], ['ator', '', 'ate'], ['alism', '', 'al'],
  ['iveness', '', 'ive'], ['fulness', '', 'ful'], ['ousness', '', 'ous'], ['aliti', '', 'al'],
  ['iviti', '', 'ive'], ['biliti', '', 'ble'], ['logi', '', 'log'],
];

const STEP3: readonly (readonly [string, string, string])[] = [
  ['icate', '', 'ic'], ['ative', '', ''], ['alize', '', 'al'],
  ['iciti', '', 'ic'], ['ical', '', 'ic'], ['ful', '', ''], ['ness', '', ''],
];

const STEP4_SUFFIXES: ReadonlySet<string> = new Set(['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize']);
const STEP4_LONGEST = 5;

function step4(token: string): string {
  // /^(.+?)(al|ance|…|ize)$/: the shortest prefix (one character or more) whose rest is a listed suffix.
  const n = token.length;
  for (let from = Math.max(1, n - STEP4_LONGEST); from < n; from++) {
    if (STEP4_SUFFIXES.has(token.slice(from))) {
      const stem = token.slice(0, from);
      if (measure(stem) > 1) return stem;
      break;
    }
  }
  // /^(.+?)(s|t)(ion)$/ keeping the prefix and the s or t.
  if (n >= 5 && (token.endsWith('sion') || token.endsWith('tion'))) {
    const stem = token.slice(0, n - 3);
    if (measure(stem) > 1) return stem;
  }
  return token;
}

function step5a(token: string): string {
  const withoutE = token.endsWith('e') ? token.slice(0, -1) : token;
  const m = measure(withoutE);
  const n = token.length;
  const cvc = fromEnd(categorizeChars(token), 4, 3) === 'CVC';
  const beforeLast = n >= 2 ? token.charCodeAt(n - 2) : -1;
  const notWxy = n >= 2 && beforeLast !== 0x77 && beforeLast !== 0x78 && beforeLast !== Y;
  if (m > 1 || (m === 1 && !(cvc && notWxy))) return withoutE;
  return token;
}

function step5b(token: string): string {
  if (measure(token) > 1 && token.endsWith('ll')) return token.slice(0, -1);
  return token;
}

/** `natural`'s PorterStemmer.stem for a word of a–z (see `isPlainWord`). */
export function porterStemPlain(token: string): string {
  if (token.length < 3) return token;
  return step5b(step5a(step4(step3(step2(step1c(step1b(step1a(token))))))));
}

function step2(token: string): string {
  return replacePatterns(token, STEP2, 0);
}

function step3(token: string): string {
  return replacePatterns(token, STEP3, 0);
}
