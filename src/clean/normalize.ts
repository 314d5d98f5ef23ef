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

/** `hashString(normalizeLine(text))` without building the normalised string (for long lines, whose text is never kept). */
export function normalizedLineHash(text: string): number {
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
