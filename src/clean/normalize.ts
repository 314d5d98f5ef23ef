/**
 * The normalised form of a line for template counting: lower case, every digit run as `0`,
 * punctuation and symbols dropped, spaces collapsed. "Read more: 12 ways…" and
 * "READ MORE: 7 ways…" share the prefix `read more`.
 */

/** Whether a lower-cased code unit is kept as a letter by `normalizeLine`. */
function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xff0f) && c !== 0xfeff);
}

/**
 * Walks the normalised form of `text` (see module doc) as pieces: runs of letters (as
 * `[from, to)` ranges of the lower-cased text), digit runs as `0`, single spaces between
 * them. Both `normalizeLine` and `normalizedLineHash` are built on it, so they agree.
 */
function walkNormalized(text: string, emit: (lower: string, from: number, to: number, piece: string | null) => void): void {
  let space = false;
  let digit = false;
  let emitted = false;
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (!digit) {
        if (space && emitted) emit(lower, 0, 0, ' ');
        emit(lower, 0, 0, '0');
        emitted = true;
      }
      digit = true;
      space = false;
      i++;
      continue;
    }
    digit = false;
    if (isLetterCode(c)) {
      if (space && emitted) emit(lower, 0, 0, ' ');
      const from = i;
      while (i < n && isLetterCode(lower.charCodeAt(i))) i++;
      emit(lower, from, i, null);
      emitted = true;
      space = false;
      continue;
    }
    // Apostrophes vanish ("don't" = "dont"); anything else is a space.
    if (c !== 39 && c !== 0x2019) space = true;
    i++;
  }
}

/** Normalises a line's text (see module doc). Linear time, no regexes; letters are copied a run at a time. */
export function normalizeLine(text: string): string {
  let out = '';
  walkNormalized(text, (lower, from, to, piece) => (out += piece ?? lower.slice(from, to)));
  return out;
}

/**
 * Code units whose lower case is themselves, alone and in any context (not surrogates, not
 * Σ or İ, which lower-case by context or into two units), or ASCII capitals: a line made
 * only of these lower-cases one unit at a time, so its normal form can be walked without
 * lower-casing the line first.
 */
const LOWERS_BY_UNIT = new Int8Array(0x10000).fill(-1);

/** Fills in LOWERS_BY_UNIT for one code unit (1: lower-cases alone to itself or is an ASCII capital, else 0). */
function lowersByUnit(c: number): number {
  let v = LOWERS_BY_UNIT[c]!;
  if (v < 0) {
    const ch = String.fromCharCode(c);
    v = (c >= 65 && c <= 90) || (!(c >= 0xd800 && c <= 0xdfff) && ch.toLowerCase() === ch) ? 1 : 0;
    LOWERS_BY_UNIT[c] = v;
  }
  return v;
}

/** `hashString(normalizeLine(text))` without building the normalised string (for long lines, whose text is never kept). */
export function normalizedLineHash(text: string): number {
  return normalizedPrefixHash(text, Infinity);
}

/**
 * `hashString(normalizeLine(text).slice(0, units))`: the hash of the first `units` code
 * units of the normal form, reading only as much of the line as makes them.
 */
export function normalizedPrefixHash(text: string, units: number): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  let space = false;
  let digit = false;
  let emitted = 0;
  const n = text.length;
  // One pass over the text as it is, lower-casing ASCII capitals on the way (the walk of
  // walkNormalized, inlined); a unit that lower-cases otherwise sends the line to the general path.
  for (let i = 0; i < n && emitted < units; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128 && lowersByUnit(c) === 0) return units === Infinity ? normalizedLineHashSlow(text) : hashString(normalizeLine(text).slice(0, units));
    if (c >= 48 && c <= 57) {
      if (!digit) {
        if (space && emitted > 0) {
          h1 = Math.imul(h1 ^ 32, 0x01000193);
          h2 = Math.imul(h2 ^ 32, 0x5bd1e995);
          h2 ^= h2 >>> 15;
          if (++emitted >= units) break;
        }
        h1 = Math.imul(h1 ^ 48, 0x01000193);
        h2 = Math.imul(h2 ^ 48, 0x5bd1e995);
        h2 ^= h2 >>> 15;
        emitted++;
      }
      digit = true;
      space = false;
      continue;
    }
    digit = false;
    if (c >= 65 && c <= 90) c |= 32;
    if (isLetterCode(c)) {
      if (space && emitted > 0) {
        h1 = Math.imul(h1 ^ 32, 0x01000193);
        h2 = Math.imul(h2 ^ 32, 0x5bd1e995);
        h2 ^= h2 >>> 15;
        if (++emitted >= units) break;
      }
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
      emitted++;
      space = false;
      continue;
    }
    if (c !== 39 && c !== 0x2019) space = true;
  }
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}

/** `normalizedLineHash` for any text: walks the lower-cased line. */
function normalizedLineHashSlow(text: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const add = (c: number): void => {
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  };
  walkNormalized(text, (lower, from, to, piece) => {
    if (piece !== null) add(piece.charCodeAt(0));
    else for (let k = from; k < to; k++) add(lower.charCodeAt(k));
  });
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}

/** A 53-bit hash of a string (two 32-bit FNV-1a style mixes), as a safe integer. */
export function hashString(text: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}
