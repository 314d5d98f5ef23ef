/**
 * Bytes → text, the way the contract says: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise
 * UTF-8, with every byte that is not part of a valid UTF-8 sequence read as Windows-1252.
 * Mixed files (UTF-8 with a few stray Windows-1252 quotes pasted in) thus keep both their
 * UTF-8 and their curly quotes. The BOM is not part of the text; nothing else is changed
 * (line ends stay as they are), so offsets index the text exactly as read.
 */
import type { TextEncoding } from '../types.js';
import { cp1252Char, decodeCp1252 } from './cp1252.js';
import { CHARSET_PRESCAN_BYTES, MIN_UTF16_ASCII_PAIR_SHARE, SNIFF_BYTES } from './constants.js';

/** Decoded text and how it was decoded. */
export interface DecodedText {
  readonly text: string;
  /** `windows-1252` when at least one byte was not valid UTF-8. */
  readonly encoding: TextEncoding;
  /** Bytes of byte-order mark skipped at the start (0, 2 or 3). */
  readonly bomBytes: number;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { fatal: false, ignoreBOM: true });

/** Decodes a file's bytes. Never throws. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { ...decodeUtf8WithFallback(bytes.subarray(3)), bomBytes: 3 };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: utf16le.decode(bytes.subarray(2)), encoding: 'utf-16le', bomBytes: 2 };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeUtf16be(bytes.subarray(2)), encoding: 'utf-16be', bomBytes: 2 };
  }
  const guess = guessBomlessUtf16(bytes);
  if (guess === 'utf-16le') return { text: utf16le.decode(bytes), encoding: guess, bomBytes: 0 };
  if (guess === 'utf-16be') return { text: decodeUtf16be(bytes), encoding: guess, bomBytes: 0 };
  return { ...decodeUtf8WithFallback(bytes), bomBytes: 0 };
}

/**
 * An HTML page's bytes → text: as decodeBytes (a BOM decides, valid UTF-8 is UTF-8), except
 * that a page which is not valid UTF-8 is read in the charset its `<meta charset>` or
 * http-equiv `content-type` declares (GB2312, ISO-8859-2, Windows-1250 … as Node's
 * TextDecoder with full ICU knows them). Labels that the Encoding Standard maps to
 * Windows-1252 (ISO-8859-1, ASCII, Latin-1) use our own table (see cp1252.ts); UTF-8, an
 * unknown label or none keeps the UTF-8-with-Windows-1252 reading. Never throws.
 */
export function decodeHtmlBytes(bytes: Uint8Array): DecodedText {
  const plain = decodeBytes(bytes);
  if (plain.encoding !== 'windows-1252' || plain.bomBytes > 0) return plain;
  const label = declaredCharset(bytes);
  if (!label) return plain;
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label, { fatal: false, ignoreBOM: true });
  } catch {
    return plain;
  }
  const name = decoder.encoding;
  if (name === 'utf-8' || name.startsWith('utf-16') || name === 'replacement') return plain;
  if (name === 'windows-1252') return { text: decodeCp1252(bytes), encoding: 'windows-1252', bomBytes: 0 };
  return { text: decoder.decode(bytes), encoding: name, bomBytes: 0 };
}

/**
 * The charset label a page declares in a `<meta>` tag within its first CHARSET_PRESCAN_BYTES
 * bytes (`<meta charset="gb2312">`, `<meta http-equiv="Content-Type" content="text/html;
 * charset=iso-8859-2">`), lower-cased, or null. A linear scan of ASCII bytes, no regular expression.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const end = Math.min(bytes.length, CHARSET_PRESCAN_BYTES);
  let head = '';
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    head += b < 0x80 ? String.fromCharCode(b >= 0x41 && b <= 0x5a ? b + 32 : b) : ' ';
  }
  let at = head.indexOf('<meta');
  while (at >= 0) {
    const close = head.indexOf('>', at);
    const tag = head.slice(at, close < 0 ? end : close);
    // `charset` as an attribute of its own, or inside the content of an http-equiv declaration.
    const httpEquiv = tag.includes('http-equiv');
    let c = tag.indexOf('charset');
    while (c >= 0) {
      const before = tag[c - 1];
      if (httpEquiv || before === ' ' || before === '\t' || before === '\n' || before === '\r' || before === '/') {
        let i = c + 'charset'.length;
        while (i < tag.length && (tag[i] === ' ' || tag[i] === '\t' || tag[i] === '\n' || tag[i] === '\r')) i++;
        if (tag[i] === '=') {
          i++;
          while (i < tag.length && (tag[i] === ' ' || tag[i] === '"' || tag[i] === "'")) i++;
          let j = i;
          while (j < tag.length && !' "\';>/\t\n\r'.includes(tag[j]!)) j++;
          if (j > i) return tag.slice(i, j);
        }
      }
      c = tag.indexOf('charset', c + 1);
    }
    if (close < 0) break;
    at = head.indexOf('<meta', close);
  }
  return null;
}

/** True when the bytes are UTF-16 text: a UTF-16 byte-order mark, or the BOM-less pattern of ASCII and NUL pairs. */
export function isUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  return guessBomlessUtf16(bytes) !== null;
}

/** UTF-8 where valid; each byte of an invalid sequence read as Windows-1252. */
export function decodeUtf8WithFallback(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8 somewhere: walk it, decoding valid runs natively.
  }
  const parts: string[] = [];
  let runStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = validUtf8SequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    if (i > runStart) parts.push(lenientUtf8.decode(bytes.subarray(runStart, i)));
    parts.push(cp1252Char(bytes[i]!));
    i += 1;
    runStart = i;
  }
  if (runStart < bytes.length) parts.push(lenientUtf8.decode(bytes.subarray(runStart)));
  return { text: parts.join(''), encoding: 'windows-1252' };
}

/**
 * Length of the valid UTF-8 sequence starting at `i`, or 0 when the bytes there are not
 * one (stray continuation byte, overlong form, surrogate, beyond U+10FFFF, truncated).
 * Ranges from the Unicode Standard, Table 3-7 (well-formed UTF-8 byte sequences).
 */
export function validUtf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xe1 && b0 <= 0xec) || b0 === 0xee || b0 === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

function decodeUtf16be(bytes: Uint8Array): string {
  const even = bytes.length - (bytes.length % 2);
  const swapped = Buffer.from(bytes.subarray(0, even));
  swapped.swap16();
  const text = utf16le.decode(swapped);
  return even < bytes.length ? `${text}\ufffd` : text;
}

/**
 * UTF-16 without a BOM (some Windows exports): most byte pairs are an ASCII byte and a NUL,
 * with the NUL always in the same half. Returns null for anything else.
 */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const end = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (end < 4) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < end; i += 2) {
    const x = bytes[i]!;
    const y = bytes[i + 1]!;
    if (y === 0 && isTextAscii(x)) le++;
    else if (x === 0 && isTextAscii(y)) be++;
  }
  const pairs = end / 2;
  if (le / pairs >= MIN_UTF16_ASCII_PAIR_SHARE && be === 0) return 'utf-16le';
  if (be / pairs >= MIN_UTF16_ASCII_PAIR_SHARE && le === 0) return 'utf-16be';
  return null;
}

function isTextAscii(byte: number): boolean {
  return (byte >= 0x20 && byte < 0x7f) || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}
