import test from 'ava';
import fc from 'fast-check';
import { decodeBytes, decodeCp1252, decodeUtf8WithFallback } from '../src/ingest/index.js';
import { bytes } from './helpers/temp-corpus.js';

test('Windows-1252 bytes 0x80–0x9F are the curly quotes, dashes and € (not C1 controls)', (t) => {
  const all = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
  t.is(decodeCp1252(all), '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
  // The bug this guards against: Node 20's own decoder gives U+0093 for 0x93.
  t.is(decodeCp1252(bytes(0x93, 0x94, 0x96, 0x97, 0x80, 0x85)), '“”–—€…');
});

test('Windows-1252 bytes 0xA0–0xFF are Latin-1', (t) => {
  const high = Uint8Array.from({ length: 96 }, (_, i) => 0xa0 + i);
  t.is(decodeCp1252(high), String.fromCharCode(...high));
});

test('invalid UTF-8 falls back to Windows-1252 byte by byte', (t) => {
  const decoded = decodeBytes(bytes('He said ', 0x93, 'no', 0x94, ' ', 0x96, ' twice ', 0x80, '5'));
  t.is(decoded.text, 'He said “no” – twice €5');
  t.is(decoded.encoding, 'windows-1252');
});

test('valid UTF-8 next to stray Windows-1252 bytes keeps both', (t) => {
  const decoded = decodeBytes(bytes('café ', 0x92, 's'));
  t.is(decoded.text, 'café ’s');
});

test('Latin-1 text (é as one byte) is read as such', (t) => {
  t.is(decodeBytes(bytes('Andr', 0xe9, ' Gide, na', 0xef, 've')).text, 'André Gide, naïve');
});

test('malformed UTF-8 sequences become one character per byte', (t) => {
  // Overlong NUL, a UTF-16 surrogate, a truncated 3-byte sequence at the end, a byte above F4.
  t.is(decodeUtf8WithFallback(bytes(0xc0, 0x80)).text, 'À€');
  t.is(decodeUtf8WithFallback(bytes(0xed, 0xa0, 0x80)).text, 'í\u00a0€');
  t.is(decodeUtf8WithFallback(bytes('x', 0xe2, 0x82)).text, 'xâ‚');
  t.is(decodeUtf8WithFallback(bytes(0xf5, 'a')).text, 'õa');
  t.is(decodeUtf8WithFallback(bytes(0xf0, 0x9f, 0x98, 0x80, 0xff)).text, '😀ÿ');
});

test('a UTF-8 BOM is not part of the text', (t) => {
  const decoded = decodeBytes(bytes(0xef, 0xbb, 0xbf, 'Hello'));
  t.is(decoded.text, 'Hello');
  t.is(decoded.encoding, 'utf-8');
  t.is(decoded.bomBytes, 3);
});

test('UTF-16 LE and BE with a BOM', (t) => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Grüße “quoted”\r\n', 'utf16le')]);
  t.like(decodeBytes(le), { text: 'Grüße “quoted”\r\n', encoding: 'utf-16le' });
  const be = Buffer.from(le);
  be.swap16();
  t.like(decodeBytes(be), { text: 'Grüße “quoted”\r\n', encoding: 'utf-16be' });
});

test('UTF-16 LE without a BOM is recognised by its NUL pattern', (t) => {
  t.like(decodeBytes(Buffer.from('Plain ASCII article text.\n', 'utf16le')), { text: 'Plain ASCII article text.\n', encoding: 'utf-16le' });
});

test('line ends are never changed', (t) => {
  t.is(decodeBytes(bytes('a\r\nb\rc\n')).text, 'a\r\nb\rc\n');
  t.is(decodeBytes(bytes('a\r\nb', 0x93, '\r')).text, 'a\r\nb“\r');
});

test('property: decoding never throws and never makes more characters than bytes', (t) => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 512 }), (input) => {
      const decoded = decodeBytes(input);
      return typeof decoded.text === 'string' && decoded.text.length <= input.length;
    }),
    { numRuns: 500 },
  );
  t.pass();
});

test('property: valid UTF-8 decodes to the string that was encoded', (t) => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      fc.pre(!text.startsWith('\ufeff') && !text.includes('\u0000'));
      const decoded = decodeBytes(Buffer.from(text, 'utf8'));
      return decoded.text === text && decoded.encoding === 'utf-8';
    }),
    { numRuns: 500 },
  );
  t.pass();
});

test('property: ASCII with isolated high bytes decodes byte for byte as Windows-1252', (t) => {
  const ascii = fc.integer({ min: 0x20, max: 0x7e });
  const high = fc.integer({ min: 0x80, max: 0xff });
  fc.assert(
    fc.property(fc.array(fc.tuple(ascii, high, ascii), { minLength: 1, maxLength: 50 }), (triples) => {
      const input = Uint8Array.from(triples.flat());
      const decoded = decodeUtf8WithFallback(input);
      return decoded.text === decodeCp1252(input) && decoded.encoding === 'windows-1252';
    }),
    { numRuns: 300 },
  );
  t.pass();
});
