/**
 * Properties of the check formatters' building blocks: line/column regions round-trip to
 * offsets (CR, LF and CRLF line ends), escaped text stays inert (XML always parses,
 * Markdown and terminal lines carry no markup or control characters), and `--since`.
 */
import test from 'ava';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { escapeMarkdown, terminalText, xmlEscape } from '../src/report/escape.js';
import { parseSince } from '../src/store/since.js';
import { lineStarts, positionOf, regionOf } from '../src/store/text-position.js';
import { ConfigError } from '../src/errors.js';

const textWithLineEnds = fc
  .array(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('\n', '\r', '\r\n', '\u2028', '😀')), { maxLength: 40 })
  .map((parts) => parts.join(''));

test('a region maps back to the offsets it came from', (t) => {
  fc.assert(
    fc.property(textWithLineEnds, fc.nat(), fc.nat(), (text, x, y) => {
      const a = x % (text.length + 1);
      const b = y % (text.length + 1);
      const span = { start: Math.min(a, b), end: Math.max(a, b) };
      const starts = lineStarts(text);
      const r = regionOf(starts, span);
      const back = { start: starts[r.startLine - 1]! + r.startColumn - 1, end: starts[r.endLine - 1]! + r.endColumn - 1 };
      return back.start === span.start && back.end === span.end && r.startLine >= 1 && r.startColumn >= 1;
    }),
  );
  t.pass();
});

test('CRLF counts as one line end; lone CR and LF each end a line', (t) => {
  const starts = lineStarts('a\r\nb\rc\nd');
  t.deepEqual(starts, [0, 3, 5, 7]);
  t.deepEqual(positionOf(starts, 5), { line: 3, column: 1 });
  t.deepEqual(positionOf(starts, 2), { line: 1, column: 3 });
});

test('escaped text always makes well-formed XML and reads back without markup', (t) => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', processEntities: true });
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
      const xml = `<r a="${xmlEscape(s)}">${xmlEscape(s)}</r>`;
      if (XMLValidator.validate(xml) !== true) return false;
      const parsed = parser.parse(xml);
      return typeof parsed.r === 'object' || typeof parsed.r === 'string' || typeof parsed.r === 'number';
    }),
  );
  t.is(xmlEscape('<a href="x">&\'</a>'), '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
});

test('Markdown and terminal lines carry no markup, line breaks or control characters', (t) => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
      const md = escapeMarkdown(s);
      // eslint-disable-next-line no-control-regex -- the property is that no control character survives
      const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
      return !md.includes('<') && !/(^|[^\\])\[/.test(md) && !controls.test(md) && !controls.test(terminalText(s));
    }),
  );
  t.is(terminalText('red \u001b[31m\nline'), 'red \\u001b[31m line');
});

test('--since takes durations back from now and dates', (t) => {
  const now = Date.UTC(2024, 5, 15);
  t.is(parseSince('14d', now), now - 14 * 86_400_000);
  t.is(parseSince('36h', now), now - 36 * 3_600_000);
  t.is(parseSince('2w', now), now - 14 * 86_400_000);
  t.is(parseSince('2024-05-01', now), Date.UTC(2024, 4, 1));
  t.is(parseSince('2024-05-01T12:00:00Z', now), Date.UTC(2024, 4, 1, 12));
  for (const bad of ['', 'yesterday', '14', '14 days', '2024-13-45', '-3d']) t.throws(() => parseSince(bad, now), { instanceOf: ConfigError });
});
