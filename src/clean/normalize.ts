/**
 * The normalised form of a line for template counting: lower case, every digit run as `0`,
 * punctuation and symbols dropped, spaces collapsed. "Read more: 12 ways…" and
 * "READ MORE: 7 ways…" share the prefix `read more`.
 */

/** Normalises a line's text (see module doc). Linear time, no regexes. */
export function normalizeLine(text: string): string {
  let out = '';
  let space = false;
  let digit = false;
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (!digit) {
        if (space && out.length > 0) out += ' ';
        out += '0';
      }
      digit = true;
      space = false;
      continue;
    }
    digit = false;
    const isLetter = (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xff0f) && c !== 0xfeff);
    if (isLetter) {
      if (space && out.length > 0) out += ' ';
      out += lower[i];
      space = false;
    } else if (c === 39 || c === 0x2019) {
      // Apostrophes vanish ("don't" = "dont").
    } else {
      space = true;
    }
  }
  return out;
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
