/**
 * Dice coefficient over character bigrams, with the semantics of `string-similarity`'s
 * `compareTwoStrings` (whitespace ignored; bigrams counted as a multiset; equal strings 1;
 * a string shorter than two characters 0), computed on sorted bigram codes instead of a
 * Map of substrings: the same numbers (pinned against the library by a test) at a fraction
 * of the cost, which matters because sentence alignment compares many candidate pairs.
 */

/** The character bigrams of `text` (whitespace removed) as sorted 32-bit codes. */
export function bigramCodes(text: string): Uint32Array {
  const chars: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // \s of a JavaScript regular expression: ASCII space and controls, NBSP, Unicode spaces, line separators, BOM.
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) continue;
    chars.push(c);
  }
  const out = new Uint32Array(Math.max(0, chars.length - 1));
  for (let i = 0; i + 1 < chars.length; i++) out[i] = ((chars[i]! << 16) | chars[i + 1]!) >>> 0;
  return out.sort();
}

/** Dice coefficient of two sorted bigram multisets (from `bigramCodes`). */
export function bigramDice(x: Uint32Array, y: Uint32Array): number {
  if (x.length === 0 || y.length === 0) {
    return x.length === 0 && y.length === 0 ? 1 : 0;
  }
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    if (x[i]! === y[j]!) {
      shared++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return (2 * shared) / (x.length + y.length);
}

/** Dice similarity of two strings' character bigrams, 0–1 (1 for equal strings), as `string-similarity` computes it. */
export function diceSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigramCodes(a);
  const y = bigramCodes(b);
  if (x.length === y.length && x.every((v, k) => v === y[k])) {
    // Equal after whitespace removal (string-similarity compares the stripped strings).
    if (a.replace(/\s+/g, '') === b.replace(/\s+/g, '')) return 1;
  }
  if (x.length === 0 || y.length === 0) return 0;
  return bigramDice(x, y);
}
