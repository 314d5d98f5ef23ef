/**
 * Class and id names as hints (src/ingest/html/class-cues.ts): read before Readability
 * strips them, carried on text nodes into its article, one cue per serialised line.
 */
import test from 'ava';
import { classFlags, CLASS_BYLINE, CLASS_CAPTION, CLASS_FURNITURE } from '../src/ingest/html/class-cues.js';
import { extractHtml } from '../src/ingest/html-extract.js';
import { cleanArticle } from '../src/clean/index.js';
import type { Article } from '../src/types.js';

test('class names give cues by whole tokens or their parts, not by any substring', (t) => {
  t.is(classFlags('article__image-caption'), CLASS_CAPTION);
  t.is(classFlags('photo-credit small'), CLASS_CAPTION);
  t.is(classFlags('comments-area'), CLASS_FURNITURE);
  t.is(classFlags('related_posts widget'), CLASS_FURNITURE);
  t.is(classFlags('newsletter-signup'), CLASS_FURNITURE);
  t.is(classFlags('author-bio'), CLASS_FURNITURE | CLASS_BYLINE);
  t.is(classFlags('byline'), CLASS_BYLINE);
  t.is(classFlags('entry-content'), 0);
  t.is(classFlags('biology-feature'), 0, '"bio" only as a whole part');
  t.is(classFlags('uncommented'), 0, 'a cue inside a word is no cue');
  t.is(classFlags('x'.repeat(1_000_000) + ' comments'), 0, 'only the first characters of a huge attribute are read');
});

const PARAS = [
  'The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its supporting piers during a routine inspection.',
  'Repairs are expected to take most of next year, and the council said buses would be diverted through the town centre while the work goes on.',
  'Local businesses said they feared the closure would keep shoppers away, and asked the council to speed up the work wherever it could.',
  'The council leader said safety had to come first but promised regular updates and a dedicated phone line for anyone affected by the closure.',
];

test('cues survive Readability: a caption div, a newsletter box and a byline inside the article are hinted', (t) => {
  const html = `<html><head><title>Bridge closed</title></head><body><div id="main"><h1>Bridge closed to lorries</h1>
<div class="story-byline">By Jane Smith, Local Democracy Reporter</div>
<div class="inline-image"><img src="a.jpg"><div class="image-caption">The old bridge in the town centre, photographed last spring by the council.</div></div>
${PARAS.map((p) => `<p>${p}</p>`).join('\n')}
<div class="newsletter-box"><p>Get the latest local news in your inbox every morning. Sign up to our free daily newsletter today.</p></div>
</div></body></html>`;
  const e = extractHtml(html, 'bridge.html');
  t.is(e.method, 'readability');
  const cueOf = (needle: string) => e.hints.find((h) => h.tag !== 'readability' && e.text.slice(h.start, h.end).includes(needle))?.classCue;
  for (const p of PARAS) t.true(e.text.includes(p));
  t.is(cueOf('The old bridge in the town centre'), 'caption');
  t.is(cueOf('Sign up to our free daily newsletter'), 'furniture');
  t.is(cueOf(PARAS[0]!.slice(0, 30)), undefined, 'paragraphs carry no cue');
  if (e.text.includes('By Jane Smith')) t.is(cueOf('By Jane Smith'), 'byline');
});

/** The article ingest makes of extracted HTML. */
function htmlArticle(e: ReturnType<typeof extractHtml>): Article {
  return {
    id: 'bridge.html', path: 'bridge.html', format: 'html', encoding: 'utf-8', text: e.text, textOrigin: 'extracted',
    meta: { source: null, title: e.title, published: null, url: null }, frontMatter: null, htmlHints: e.hints,
  };
}

test('captions the markup names are captions, not body: a figcaption, and a "caption" block the model takes out', (t) => {
  const html = `<html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed to lorries</h1>
<figure><img src="a.jpg"><figcaption>Engineers inspecting the cracked pier on Monday, before the council meeting that decided to close the bridge.</figcaption></figure>
<div class="inline-image"><img src="b.jpg"><div class="image-caption">The old bridge in spring</div></div>
${PARAS.map((p) => `<p>${p}</p>`).join('\n')}
</article></body></html>`;
  const e = extractHtml(html, 'bridge.html');
  const clean = cleanArticle(htmlArticle(e));
  const slices = (spans: readonly { start: number; end: number }[]) => spans.map((s) => e.text.slice(s.start, s.end));
  const captions = slices(clean.captions);
  t.true(captions.some((c) => c.startsWith('Engineers inspecting the cracked pier')), 'the figcaption is a caption');
  t.true(captions.some((c) => c === "The old bridge in spring"), 'the class-named caption is a caption');
  t.deepEqual(slices(clean.body), PARAS);
});

test('an article inside a "credits" container is not all caption: class captions need to be a minority of the text', (t) => {
  const html = `<html><head><title>Bridge closed</title></head><body><div class="page-credits"><h1>Bridge closed to lorries</h1>
${PARAS.map((p) => `<p>${p}</p>`).join('\n')}
</div></body></html>`;
  const e = extractHtml(html, 'bridge.html');
  const clean = cleanArticle(htmlArticle(e));
  t.deepEqual(clean.body.map((s) => e.text.slice(s.start, s.end)), PARAS);
});
