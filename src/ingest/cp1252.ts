/**
 * Windows-1252, written out: Node 20's `TextDecoder('windows-1252')` decodes bytes
 * 0x80–0x9F as C1 control characters (it treats the label as Latin-1), where Windows-1252
 * has € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ: exactly the curly quotes and
 * dashes news copy is full of. Table from the WHATWG Encoding Standard (index-windows-1252);
 * the five unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 code point of the
 * same value, as browsers do, so every byte stays one character.
 */

/** Code points for bytes 0x80–0x9F. */
const HIGH_CONTROL_RANGE: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** The character Windows-1252 gives one byte (0–255). */
export function cp1252Char(byte: number): string {
  return String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROL_RANGE[byte - 0x80]! : byte);
}

/** Decodes bytes as Windows-1252: one character per byte. */
export function decodeCp1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const byte = bytes[i]!;
      codes[i - start] = byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROL_RANGE[byte - 0x80]! : byte;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
