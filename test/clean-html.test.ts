/**
 * HTML input: Readability over linkedom, serialised block by block into lines, hints from
 * markup, the fallback to the whole page, and `strip` on an .html file end to end.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import test from 'ava';
import { extractHtml } from '../src/ingest/html-extract.js';
import { serializeBlocks } from '../src/ingest/html/serialize.js';
import { parseDocument } from '../src/ingest/html/dom.js';
import { main } from '../src/cli/main.js';
import { memoryIO } from './helpers/memory-io.js';

const PARAS = [
  'Defence Secretary Ben Wallace has ruled himself out of the race to become the next boss of Nato, saying the United States wants the incumbent to stay.',
  'Rishi Sunak is thought to have lobbied on behalf of his defence secretary during a meeting with Joe Biden in Washington earlier this month.',
  'The top Tory has previously said he would like the role running the organisation but it is believed the United States wants Jens Stoltenberg to stay on.',
  'Mr Stoltenberg is due to step down in September after nine years as secretary general of the military alliance, but the bloc has struggled to decide.',
  'Joe Biden reportedly asked Mr Stoltenberg to stay on until next spring, when the pair met in the White House earlier this month.',
];

const PAGE = `<!doctype html><html><head><title>Wallace out of Nato race | LBC</title><style>p{color:red}</style></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li></ul></nav>
<article><h1>Wallace out of Nato race</h1>
<figure><img src="x.jpg"><figcaption>Ben Wallace in Downing Street. Picture: Alamy</figcaption></figure>
${PARAS.map((p) => `<p>${p.replace('Washington', '<a href="/dc">Washington</a>')}</p>`).join('\n')}
<script>var x = "not text";</script>
</article>
<aside><h3>More Latest News</h3><ul><li><a href="/a">Man charged after break-in</a></li><li><a href="/b">School closes for a week</a></li></ul></aside>
<footer><p>Copyright Global Media 2023. All rights reserved.</p></footer>
</body></html>`;

test('serialiser: one block a line, scripts dropped, roles and link density from markup', (t) => {
  const doc = parseDocument(PAGE);
  const { text, hints } = serializeBlocks(doc.body!);
  const lines = text.split('\n');
  t.true(lines.includes('Home'));
  t.true(lines.includes(PARAS[0]!));
  t.false(text.includes('not text'));
  const caption = hints.find((h) => h.role === 'caption')!;
  t.is(text.slice(caption.start, caption.end), 'Ben Wallace in Downing Street. Picture: Alamy');
  const nav = hints.find((h) => text.slice(h.start, h.end) === 'Home')!;
  t.is(nav.role, 'nav');
  t.is(nav.linkDensity, 1);
  const para = hints.find((h) => text.slice(h.start, h.end) === PARAS[1])!;
  t.true(para.linkDensity > 0 && para.linkDensity < 0.2);
});

test('extractHtml keeps the article (Readability) and offsets index the extracted text', (t) => {
  const e = extractHtml(PAGE, 'page.html');
  for (const p of PARAS) t.true(e.text.includes(p));
  t.false(e.text.includes('Copyright Global Media'));
  t.false(e.text.split('\n').includes('Home'));
  for (const h of e.hints) t.true(h.start >= 0 && h.end <= e.text.length && h.start <= h.end);
});

test('extractHtml falls back to the whole page when Readability keeps far less than it', (t) => {
  // A page of short fragments Readability cannot score, and prose spread across list items.
  const html = `<html><head><title>Notes</title></head><body><ul>${PARAS.map((p) => `<li>${p}</li>`).join('')}</ul><div>Menu</div></body></html>`;
  const e = extractHtml(html, 'notes.html');
  for (const p of PARAS) t.true(e.text.includes(p));
});

test('strip on an .html file: body is the paragraphs, without nav, caption, tail or footer', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-html-'));
  writeFileSync(path.join(dir, 'page.html'), PAGE);
  const io = memoryIO();
  t.is(await main(['strip', path.join(dir, 'page.html')], io), 0);
  const body = io.out.trim().split('\n');
  t.deepEqual(body, PARAS);
});
