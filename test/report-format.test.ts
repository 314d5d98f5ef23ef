/**
 * Report formatters without a browser: the HTML page's policy and escaping, the JSON data
 * block, the Markdown and plain-text summaries.
 */
import { createHash } from 'node:crypto';
import test from 'ava';
import fc from 'fast-check';
import { escapeMarkdown, formatHtml, formatMarkdown, formatSummary, jsonForScript, PAGE_SCRIPT, terminalText, formatReportSummary, formatPairSummary } from '../src/report/index.js';
import { HOSTILE, HOSTILE_TEXTS, hostileReport } from './fixtures/hostile-report.js';

test('the page has a strict CSP whose script hash is the hash of its one inline script', (t) => {
  const html = formatHtml(hostileReport(), { texts: HOSTILE_TEXTS });
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
  t.truthy(csp);
  t.regex(csp!, /default-src 'none'/);
  t.regex(csp!, /connect-src 'none'/);
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  t.is(scripts.length, 1, 'exactly one executable script');
  t.is(scripts[0], PAGE_SCRIPT);
  const hash = createHash('sha256').update(scripts[0]!, 'utf8').digest('base64');
  t.true(csp!.includes(`script-src 'sha256-${hash}'`));
  t.notRegex(html, /https?:\/\//, 'nothing loads from the network (no URLs at all)');
});

test('the page script is the compiled page/page-script.ts: a classic script, no module syntax, nothing that ends the element', (t) => {
  t.true(PAGE_SCRIPT.length > 5000);
  t.regex(PAGE_SCRIPT, /^\s*\/\*\*[\s\S]*\(function \(\) \{/);
  t.notRegex(PAGE_SCRIPT, /^\s*(?:export|import)\b/m, 'no module syntax (it runs as a classic inline script)');
  t.notRegex(PAGE_SCRIPT, /sourceMappingURL/);
  t.false(/<\/script/i.test(PAGE_SCRIPT));
  t.false(/\binterface\b|: PageData\b/.test(PAGE_SCRIPT), 'types are compiled away');
  t.true(PAGE_SCRIPT.includes("document.getElementById('wt-data')"));
});

test('no hostile text appears raw: only inside the escaped JSON block', (t) => {
  const html = formatHtml(hostileReport(), { texts: HOSTILE_TEXTS, title: '</title><script>x</script>' });
  const data = /<script type="application\/json" id="wt-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
  t.false(data.includes('<'));
  t.false(data.includes('\u2028'));
  const outside = html.replace(data, '');
  for (const piece of HOSTILE) t.false(outside.includes(piece), piece);
  t.false(outside.includes('</title><script>x'));
  const parsed = JSON.parse(data);
  t.is(parsed.docs.find((d: { id: string }) => d.id.startsWith('evil/')).text, [...HOSTILE_TEXTS.values()][0]);
});

test('JSON for a script block round-trips any string and never contains "<", ">" or "&"', (t) => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, s) => {
      for (const v of [value, s, { s }]) {
        const out = jsonForScript(v);
        t.false(/[<>&\u2028\u2029]/.test(out));
        t.deepEqual(JSON.parse(out), JSON.parse(JSON.stringify(v)));
      }
    }),
    { numRuns: 300 },
  );
});

test('a text whose length differs from the report’s chars is not shown (offsets would be wrong)', (t) => {
  const report = hostileReport();
  const texts = new Map([...HOSTILE_TEXTS].map(([id, text]) => [id, `${text}extra`]));
  const data = JSON.parse(/id="wt-data">([\s\S]*?)<\/script>/.exec(formatHtml(report, { texts }))![1]!);
  t.true(data.docs.every((d: { text: string | null }) => d.text === null));
});

test('formatting is deterministic', (t) => {
  t.is(formatHtml(hostileReport(), { texts: HOSTILE_TEXTS }), formatHtml(hostileReport(), { texts: HOSTILE_TEXTS }));
  t.is(formatMarkdown(hostileReport()), formatMarkdown(hostileReport()));
});

test('Markdown: stories, edges and pairs, with all text escaped', (t) => {
  const md = formatMarkdown(hostileReport());
  t.regex(md, /^## wiretrace: reused text/);
  t.regex(md, /### Story c1: 2 documents/);
  t.regex(md, /\*\*uncredited\*\*/);
  t.false(md.includes('<script'));
  t.false(md.includes('<img'));
  t.is(escapeMarkdown('a|b [x](javascript:1) <b> *y*'), 'a\\|b \\[x\\]\\(javascript:1\\) &lt;b\\> \\*y\\*');
});

test('plain summary: counts, stories, and no control characters from ids', (t) => {
  const text = formatSummary(hostileReport());
  t.regex(text, /^2 documents, 1 pairs with reuse \(1 uncredited\), 1 story\./);
  t.regex(text, /UNCREDITED/);
  t.is(terminalText('a\u001b[31mred\u0007'), 'a\\u001b[31mred\\u0007');
  // eslint-disable-next-line no-control-regex -- the property is that no control character reaches the terminal
  t.false(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(text), 'no control character reaches the terminal');
});

test('scan and compare summaries: ids, direction and credit pass through the terminal sanitiser', (t) => {
  const base = hostileReport();
  const evil = (id: string) => `${id}\u001b[2J\u0007\n\u009b`;
  const pair = base.pairs[0]!;
  const hostilePair = {
    ...pair,
    a: { ...pair.a, id: evil(pair.a.id) },
    b: { ...pair.b, id: evil(pair.b.id) },
    ...(pair.direction ? { direction: { ...pair.direction, source: evil(pair.direction.source), copy: evil(pair.direction.copy) } } : {}),
    credit: { credited: true, phrases: [evil('told The Sun')] },
  } as typeof pair;
  const report = { ...base, pairs: [hostilePair], clusters: base.clusters.map((c) => ({ ...c, documents: c.documents.map(evil) })) };
  for (const text of [formatReportSummary(report), formatPairSummary(hostilePair)]) {
    // eslint-disable-next-line no-control-regex -- the property is that no control character reaches the terminal
    t.false(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/.test(text), JSON.stringify(text));
    t.true(text.includes(terminalText(evil(pair.a.id))), 'the id is shown, sanitised');
  }
  t.true(formatPairSummary(hostilePair).includes(`credited (${terminalText(evil('told The Sun'))})`));
});

test('property: any article text, id or title leaves the page with exactly its own tags', (t) => {
  const base = formatHtml(hostileReport(), { texts: HOSTILE_TEXTS });
  const tags = (html: string): string[] => [...html.replace(/<script type="application\/json" id="wt-data">[\s\S]*?<\/script>/, '').matchAll(/<\/?([a-zA-Z]+)/g)].map((m) => m[1]!);
  const expected = tags(base);
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary', maxLength: 40 }), (text, name) => {
      const report = hostileReport();
      const id = `x/${name}`;
      const doc = { ...report.documents[0]!, id, title: name, chars: text.length, boilerplate: [] };
      const pair = { ...report.pairs[0]!, a: { ...report.pairs[0]!.a, id }, passages: [] };
      const html = formatHtml({ ...report, documents: [doc, report.documents[1]!], pairs: [pair], clusters: [] }, { texts: new Map([[id, text]]), title: name });
      t.deepEqual(tags(html), expected);
    }),
    { numRuns: 150 },
  );
});
