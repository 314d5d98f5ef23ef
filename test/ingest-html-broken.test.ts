/**
 * Broken HTML is still HTML (issue 17 item 4): pages that do not start with <html> (PHP
 * warnings, a stray <style>, a bare <head>), pages without <body>, a second <html>; declared
 * charsets of pages that are not UTF-8; the Readability/page fallback; comment threads.
 * Small hand-written pages, each checked through extraction (and the clean stage where the
 * body matters).
 */
import test from 'ava';
import { extractHtml, readHtml, useReadability } from '../src/ingest/html-extract.js';
import { parseDocument } from '../src/ingest/html/dom.js';
import { CLASS_COMMENT_THREAD, commentThreadFlag } from '../src/ingest/html/class-cues.js';
import { declaredCharset, decodeHtmlBytes } from '../src/ingest/decode.js';
import { cleanArticle, stripArticle } from '../src/clean/index.js';
import { loadArticles } from '../src/ingest/index.js';
import type { Article } from '../src/types.js';
import { bytes, tempCorpus } from './helpers/temp-corpus.js';

const PARAS = [
  'The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its supporting piers during a routine inspection.',
  'Repairs are expected to take most of next year, and the council said buses would be diverted through the town centre while the work goes on.',
  'Local businesses said they feared the closure would keep shoppers away, and asked the council to speed up the work wherever it could.',
  'The council leader said safety had to come first but promised regular updates and a dedicated phone line for anyone affected by the closure.',
];
const ARTICLE = `<article><h1>Bridge closed to lorries</h1>${PARAS.map((p) => `<p>${p}</p>`).join('\n')}</article>`;

function body(html: string): string {
  const e = extractHtml(html, 'page.html');
  const article: Article = {
    id: 'page.html', path: 'page.html', format: 'html', encoding: 'utf-8', text: e.text, textOrigin: 'extracted',
    meta: { source: null, title: e.title, published: null, url: null }, frontMatter: null, htmlHints: e.hints,
  };
  return stripArticle(article, cleanArticle(article)).body;
}

const BROKEN: ReadonlyArray<readonly [string, string]> = [
  ['PHP warnings before the doctype', `<br />\n<b>Warning</b>: include(header.php): failed to open stream in <b>/var/www/index.php</b> on line <b>3</b><br />\n<!DOCTYPE html><html><head><title>Bridge closed</title></head><body>${ARTICLE}</body></html>`],
  ['a <style> before <html>', `<style>body { margin: 0 }</style>\n<html><head><title>Bridge closed</title></head><body>${ARTICLE}</body></html>`],
  ['a bare <head>, no <html>', `<head><title>Bridge closed</title><script src="/js/app.js"></script></head><body>${ARTICLE}</body>`],
  ['no <html>, <head> or <body> at all', `<title>Bridge closed</title>\n<h1>Bridge closed to lorries</h1>${PARAS.map((p) => `<p>${p}`).join('\n')}`],
  ['<html><head> and no <body> tag', `<!doctype html><html><head><title>Bridge closed</title></head>${ARTICLE}</html>`],
  ['a stray <script src> in the head (its text runs on to the next </script>, as in a browser)', `<!DOCTYPE html><html><head><title>Bridge closed</title><script src="/js/app.js"></head><body><script>init()</script>${ARTICLE}</body></html>`],
  ['a damaged doctype', `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"\n<html><head><title>Bridge closed</title></head><body>${ARTICLE}</body></html>`],
];

for (const [what, html] of BROKEN) {
  test(`broken HTML is still HTML: ${what} — the article's paragraphs are read and kept`, (t) => {
    const doc = parseDocument(html) as unknown as { body: { textContent: string } | null; title: string };
    for (const p of PARAS) t.true(doc.body !== null && doc.body.textContent.includes(p), `in <body>: ${p.slice(0, 30)}`);
    t.is(doc.title, 'Bridge closed');
    const e = extractHtml(html, 'page.html');
    for (const p of PARAS) t.true(e.text.includes(p), `extracted: ${p.slice(0, 30)}`);
    const kept = body(html);
    for (const p of PARAS) t.true(kept.includes(p), `kept: ${p.slice(0, 30)}`);
  });
}

test('the repaired tree is one <html> with one <head> (the title) and one <body> (everything else, in order)', (t) => {
  const doc = parseDocument('<br><b>Warning</b>: oops<br>\n<html><head><title>T</title></head><body><p>one</p></body></html><p>two</p>') as unknown as {
    documentElement: { nodeName: string; childNodes: { nodeName: string }[] };
    body: { textContent: string };
    title: string;
  };
  t.is(doc.documentElement.nodeName, 'HTML');
  t.deepEqual(
    Array.from(doc.documentElement.childNodes).map((n) => n.nodeName),
    ['HEAD', 'BODY'],
  );
  t.is(doc.title, 'T');
  t.is(doc.body.textContent.replace(/\s+/g, ' ').trim(), 'Warning: oopsonetwo');
});

test('a page Readability reads as its headline alone falls back to the page text, which keeps the story', (t) => {
  // Readability's candidate is the one long <div>; the story is split into many short <td> cells it scores low.
  const html = `<html><head><title>Bridge closed</title></head><body><h1>Bridge closed to lorries</h1>
<table>${PARAS.map((p) => `<tr><td>${p}</td></tr>`).join('')}</table></body></html>`;
  const kept = body(html);
  t.true(PARAS.filter((p) => kept.includes(p)).length >= 3, kept);
});

test('the fallback rule: missing or a short fragment of the page prose → page; a longer article or enough prose → Readability', (t) => {
  t.false(useReadability({ keptProse: 0, pageProse: 0, articleLines: 0 }));
  t.false(useReadability({ keptProse: 10, pageProse: 400, articleLines: 2 }), 'a headline and a line of 400 words of prose');
  t.true(useReadability({ keptProse: 10, pageProse: 400, articleLines: 12 }), 'a recipe: many short lines, little prose');
  t.true(useReadability({ keptProse: 390, pageProse: 400, articleLines: 2 }));
  t.true(useReadability({ keptProse: 0, pageProse: 0, articleLines: 1 }), 'no prose anywhere: Readability');
});

test('comment threads are not body: a short post with a long comment thread keeps the post only', (t) => {
  const comments = Array.from({ length: 6 }, (_, i) =>
    `<li class="comment"><div class="comment-author vcard"><cite>Reader ${i}</cite> says:</div><div class="comment-meta">12 March 2021 at 10:0${i}</div><div class="comment-content"><p>I walk across that bridge every single morning with my dog and I have noticed the cracks getting worse for months now, so I am glad somebody finally did something about it.</p></div><div class="reply"><a href="#">Reply</a></div></li>`,
  ).join('\n');
  const html = `<!doctype html><html><head><title>Bridge closed</title></head><body><div class="site"><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main>${ARTICLE}</main>
<div id="comments" class="comments-area"><h2 class="comments-title">6 thoughts on “Bridge closed to lorries”</h2><ol class="comment-list">${comments}</ol>
<div id="respond" class="comment-respond"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked.</p></div></div>
<footer>© 2021 Town News</footer></div></body></html>`;
  const kept = body(html);
  for (const p of PARAS) t.true(kept.includes(p));
  t.false(kept.includes('I walk across that bridge'), 'comment text');
  t.false(kept.includes('Leave a Reply'));
});

test('declared charsets: GB2312, ISO-8859-2 and Windows-1250 pages are read in their charset', (t) => {
  const page = (charsetTag: string, text: readonly number[]) => bytes(`<html><head>${charsetTag}<title>t</title></head><body><p>`, text, '</p></body></html>');
  // "中文" in GB2312; "ąść" in ISO-8859-2; "łść" in Windows-1250.
  t.true(decodeHtmlBytes(page('<meta charset="gb2312">', [0xd6, 0xd0, 0xce, 0xc4])).text.includes('中文'));
  t.true(decodeHtmlBytes(page('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-2">', [0xb1, 0xb6, 0xe6])).text.includes('ąść'));
  const cp1250 = decodeHtmlBytes(page("<meta http-equiv='content-type' content='text/html;charset=windows-1250'>", [0xb3, 0x9c, 0xe6]));
  t.true(cp1250.text.includes('łść'));
  t.is(cp1250.encoding, 'windows-1250');
  // Declared ISO-8859-1 is Windows-1252 (curly quotes from 0x93/0x94), as browsers read it.
  t.true(decodeHtmlBytes(page('<meta charset=iso-8859-1>', [0x93, 0x61, 0x94])).text.includes('\u201ca\u201d'));
  // Valid UTF-8 stays UTF-8 whatever the page declares; no declaration keeps the UTF-8/Windows-1252 reading.
  t.true(decodeHtmlBytes(page('<meta charset="iso-8859-2">', [0xc5, 0x82])).text.includes('ł'));
  t.true(decodeHtmlBytes(page('', [0xe9])).text.includes('é'));
  t.is(declaredCharset(bytes('<meta name="description" content="charset=koi8-r is not a declaration here"><meta charset="utf-8">')), 'utf-8', 'a description mentioning a charset declares nothing');
  t.is(declaredCharset(bytes('<p>charset=gb2312</p>')), null, 'only <meta> tags declare');
});

test('an ISO-8859-2 .html file is read in its charset by ingest', async (t) => {
  const root = tempCorpus(t, {
    'pl/a.html': bytes('<html><head><meta charset="iso-8859-2"><title>Ziemniaki</title></head><body><article><p>', [0xa3, 0xb1, 0x6b, 0x61], ` ${PARAS[0]}</p><p>${PARAS[1]}</p></article></body></html>`),
  });
  const { articles } = await loadArticles([root]);
  t.is(articles.length, 1);
  t.true(articles[0]!.text.includes('Łąka'));
  t.is(articles[0]!.encoding, 'iso-8859-2');
});

test('comment threads are left out of the page text the fallback strips (class/id "comment…", "disqus…", id "respond")', (t) => {
  t.is(commentThreadFlag('comment-list', false), CLASS_COMMENT_THREAD);
  t.is(commentThreadFlag('commentlist clearfix', false), CLASS_COMMENT_THREAD);
  t.is(commentThreadFlag('disqus_thread', true), CLASS_COMMENT_THREAD);
  t.is(commentThreadFlag('respond', true), CLASS_COMMENT_THREAD);
  t.is(commentThreadFlag('respond', false), 0, 'a class "respond" is no reply form');
  t.is(commentThreadFlag('post has-comments', false), 0, 'an article wrapper that has comments is no thread');
  // The page reading (what the fallback strips when Readability's article is missing or a fragment) leaves the thread out.
  const thread = Array.from({ length: 4 }, (_, i) => `<div class="comment-body"><p>Reader ${i} wrote: I walk across that bridge every single morning with my dog and I have noticed the cracks getting worse for months now.</p></div>`).join('');
  const html = `<html><head><title>Bridge closed</title></head><body><h1>Bridge closed to lorries</h1>
<table>${PARAS.map((p) => `<tr><td>${p}</td></tr>`).join('')}</table><section id="comments">${thread}</section></body></html>`;
  const { page } = readHtml(html);
  t.false(page.text.includes('I walk across that bridge'));
  t.true(PARAS.every((p) => page.text.includes(p)));
  // A page that is mostly one "comment" wrapper keeps its text.
  const wrapped = `<html><head><title>Bridge closed</title></head><body><div class="comment-free-zone"><table>${PARAS.map((p) => `<tr><td>${p}</td></tr>`).join('')}</table></div></body></html>`;
  t.true(PARAS.every((p) => readHtml(wrapped).page.text.includes(p)));
});
