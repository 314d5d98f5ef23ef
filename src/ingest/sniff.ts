/**
 * Is this file binary? Magic numbers name the common kinds (images, PDFs, archives,
 * office files, executables); otherwise NUL bytes or a high share of control characters
 * in the first bytes give it away. A control character that opens a line is not counted:
 * wire copy marks paragraphs so (Press Association starts each with 0x19, and a story of
 * short paragraphs has more than 2% of them), and random bytes put a control character
 * after a line break about once in a hundred. Text in UTF-16 (which is full of NUL bytes) is
 * recognised by the decoder first and never reaches the NUL check.
 */
import { MAX_CONTROL_CHAR_SHARE, SNIFF_BYTES } from './constants.js';

interface Magic {
  readonly kind: string;
  readonly offset: number;
  readonly bytes: readonly number[];
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** File signatures, from the files' own specifications (PNG, PDF, ZIP …). */
const MAGIC: readonly Magic[] = [
  { kind: 'PNG image', offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'JPEG image', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { kind: 'GIF image', offset: 0, bytes: ascii('GIF8') },
  { kind: 'WebP image', offset: 8, bytes: ascii('WEBP') },
  { kind: 'TIFF image', offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { kind: 'TIFF image', offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { kind: 'ICO image', offset: 0, bytes: [0x00, 0x00, 0x01, 0x00] },
  { kind: 'PDF document', offset: 0, bytes: ascii('%PDF-') },
  { kind: 'ZIP archive (or DOCX/ODT/EPUB)', offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'gzip archive', offset: 0, bytes: [0x1f, 0x8b] },
  { kind: 'bzip2 archive', offset: 0, bytes: ascii('BZh') },
  { kind: 'xz archive', offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { kind: '7-Zip archive', offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'RAR archive', offset: 0, bytes: ascii('Rar!') },
  { kind: 'Zstandard archive', offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { kind: 'old Office document (DOC/XLS)', offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: 'SQLite database', offset: 0, bytes: ascii('SQLite format 3\0') },
  { kind: 'ELF executable', offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { kind: 'Windows executable', offset: 0, bytes: ascii('MZ') },
  { kind: 'WebAssembly module', offset: 0, bytes: [0x00, 0x61, 0x73, 0x6d] },
  { kind: 'MP4/QuickTime video', offset: 4, bytes: ascii('ftyp') },
  { kind: 'MP3 audio', offset: 0, bytes: ascii('ID3') },
  { kind: 'Ogg media', offset: 0, bytes: ascii('OggS') },
  { kind: 'RIFF media (WAV/AVI)', offset: 0, bytes: ascii('RIFF') },
  { kind: 'font file', offset: 0, bytes: ascii('wOFF') },
  { kind: 'font file', offset: 0, bytes: ascii('wOF2') },
];

/** The kind of binary file these bytes start like (`PNG image`), or null. Formats with short magic that text could start with (`MZ`, `BZh`, `ID3`, `RIFF`) also need a NUL or control byte nearby. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const magic of MAGIC) {
    if (!startsWithAt(bytes, magic.offset, magic.bytes)) continue;
    if (magic.bytes.length <= 4 && magic.bytes.every((b) => b >= 0x20 && b < 0x7f) && !hasControlBytes(bytes, 64)) continue;
    return magic.kind;
  }
  return null;
}

/** Why these (not UTF-16) bytes are binary, in a few words, or null when they look like text. */
export function binaryReason(bytes: Uint8Array): string | null {
  const kind = binaryKind(bytes);
  if (kind) return kind;
  const end = Math.min(bytes.length, SNIFF_BYTES);
  // One pass (every read of every file comes here): the first NUL byte decides; control
  // bytes are counted by table. Four bytes at a time where aligned: a word with no byte
  // below 0x20 and none equal to 0x7f holds neither, and is passed over.
  let controls = 0;
  let i = 0;
  const aligned = (4 - (bytes.byteOffset & 3)) & 3;
  const words = end > aligned ? (end - aligned) >>> 2 : 0;
  const view = words > 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + aligned, words) : null;
  for (let w = -1; w <= words; w++) {
    // w = -1: the bytes before the first aligned word; w = words: the bytes after the last.
    let to: number;
    if (w >= 0 && w < words) {
      const x = view![w]!;
      const y = x ^ 0x7f7f7f7f;
      if ((((x - 0x20202020) & ~x) | ((y - 0x01010101) & ~y)) & 0x80808080) to = i + 4;
      else {
        i += 4;
        continue;
      }
    } else to = w < 0 ? Math.min(aligned, end) : end;
    for (; i < to; i++) {
      const b = bytes[i]!;
      if (b === 0) return `NUL byte at offset ${i}`;
      if (CONTROL_BYTE[b]! && !opensLine(bytes, i)) controls++;
    }
  }
  if (end > 0 && controls / end > MAX_CONTROL_CHAR_SHARE) {
    return `${controls} control bytes in the first ${end}`;
  }
  return null;
}

/** The share of C0 control characters other than tab, LF, VT, FF, CR (and other than one opening a line) in a decoded sample; used on UTF-16 text. */
export function controlCharShare(text: string, limit = SNIFF_BYTES): number {
  const end = Math.min(text.length, limit);
  if (end === 0) return 0;
  let controls = 0;
  for (let i = 0; i < end; i++) if (isControlByte(text.charCodeAt(i)) && !(i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 13)) controls++;
  return controls / end;
}

function isControlByte(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

/** 1 for the bytes `isControlByte` names, else 0. */
const CONTROL_BYTE = Uint8Array.from({ length: 256 }, (_, b) => (isControlByte(b) ? 1 : 0));

/** Whether byte `i` opens a line (the first byte, or right after LF or CR): a wire paragraph mark there is text layout, not binary. */
function opensLine(bytes: Uint8Array, i: number): boolean {
  return i === 0 || bytes[i - 1] === 10 || bytes[i - 1] === 13;
}

function hasControlBytes(bytes: Uint8Array, limit: number): boolean {
  const end = Math.min(bytes.length, limit);
  for (let i = 0; i < end; i++) if (isControlByte(bytes[i]!)) return true;
  return false;
}

function startsWithAt(bytes: Uint8Array, offset: number, magic: readonly number[]): boolean {
  if (bytes.length < offset + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[offset + i] !== magic[i]) return false;
  return true;
}
