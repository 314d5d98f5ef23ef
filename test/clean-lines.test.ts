/**
 * Invariants of the clean stage: offsets index the text as read (LF, CRLF, CR), spans are
 * disjoint and sorted, every non-blank character is body, caption or removed, front matter
 * is metadata, the 25-word rule, and idempotence.
 */
import test from 'ava';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { cleanArticle } from '../src/clean/index.js';
import { splitLines } from '../src/clean/lines.js';
import type { CleanDoc, Span } from '../src/types.js';
import { textArticle } from './clean-helpers.js';

function allSpans(doc: CleanDoc): Span[] {
  return [...doc.body, ...doc.captions, ...doc.removed].sort((a, b) => a.start - b.start);
}

function checkCover(t: { true(v: boolean, m?: string): void }, text: string, doc: CleanDoc): void {
  const spans = allSpans(doc);
  let at = 0;
  for (const s of spans) {
    t.true(s.start >= at && s.end > s.start && s.end <= text.length, `span ${s.start}-${s.end} in order`);
    t.true(text.slice(at, s.start).trim() === '', `only whitespace between spans at ${at}`);
    at = s.end;
  }
  t.true(text.slice(at).trim() === '', 'only whitespace after the last span');
}

test('splitLines handles LF, CRLF and CR-only line ends with offsets into the text as read', (t) => {
  const text = 'one\r\ntwo\rthree\n\n  four  \r\n';
  const lines = splitLines(text);
  t.deepEqual(lines.map((l) => l.text), ['one', 'two', 'three', 'four']);
  for (const l of lines) t.is(text.slice(l.start, l.end), l.text);
  t.deepEqual(lines.map((l) => l.blankBefore), [false, false, false, true]);
});

test('the seeds give the same roles with CRLF and CR line ends, and offsets still round-trip', (t) => {
  const lf = readFileSync(new URL('../../corpus/lbc/wallace-nato.txt', import.meta.url), 'utf8');
  const base = cleanArticle(textArticle(lf));
  for (const eol of ['\r\n', '\r']) {
    const text = lf.replace(/\n/g, eol);
    const doc = cleanArticle(textArticle(text));
    t.deepEqual(doc.removed.map((r) => [text.slice(r.start, r.end), r.role]), base.removed.map((r) => [lf.slice(r.start, r.end), r.role]));
    t.deepEqual(doc.body.map((s) => text.slice(s.start, s.end)), base.body.map((s) => lf.slice(s.start, s.end)));
    checkCover(t, text, doc);
  }
});

test('front matter is reported as removed metadata and never read as body', (t) => {
  const fm = '---\ntitle: Nato boss\nsource: lbc\n---\n';
  const text = `${fm}Defence Secretary Ben Wallace has ruled himself out of the race to become the next boss of Nato.\n`;
  const doc = cleanArticle(textArticle(text, 'x.md', 'lbc', { start: 0, end: fm.length }));
  t.is(doc.removed[0]!.role, 'metadata');
  t.deepEqual([doc.removed[0]!.start, doc.removed[0]!.end], [0, fm.length]);
  t.is(doc.body.length, 1);
  t.true(text.slice(doc.body[0]!.start, doc.body[0]!.end).startsWith('Defence Secretary'));
});

test('the 25-word rule: a long punctuated line is kept even where a weak cue fires', (t) => {
  const long =
    'Related to the talks, ministers said on Tuesday that the government would publish its full plan for the regional rail network before the summer recess begins in July.';
  const byLine =
    'By the end of the week the committee expects to have heard from every regional mayor, every union leader and every operator that has a stake in the network.';
  const text = `Rail Plan For Leeds Delayed Again\n\n${long}\n\n${byLine}\n\nMore news\n\n${long} Again and again it was said.\n`;
  const doc = cleanArticle(textArticle(text));
  const body = doc.body.map((s) => text.slice(s.start, s.end));
  t.true(body.includes(long));
  t.true(body.includes(byLine));
  t.is(body.length, 3);
});

test('cleaning is idempotent on the seeds: the stripped body loses nothing more', (t) => {
  for (const name of ['the-sun', 'sky-news', 'lbc']) {
    const text = readFileSync(new URL(`../../corpus/${name}/wallace-nato.txt`, import.meta.url), 'utf8');
    const doc = cleanArticle(textArticle(text));
    const stripped = doc.body.map((s) => text.slice(s.start, s.end)).join('\n');
    const again = cleanArticle(textArticle(stripped));
    t.deepEqual(again.removed, [], name);
    t.is(again.body.map((s) => stripped.slice(s.start, s.end)).join('\n'), stripped);
  }
});

test('property: body, captions and removed spans are sorted, disjoint and cover every non-blank character', (t) => {
  const lineArb = fc.oneof(
    fc.constantFrom('Politics', 'By EJ Ward', '22 June 2023, 06:21', '0:30', 'Read more: a thing', 'More Latest News', 'Most read in The Sun', 'A caption here. Picture: Alamy', ''),
    fc.string({ maxLength: 60 }),
    fc.lorem({ maxCount: 30, mode: 'sentences' }),
  );
  fc.assert(
    fc.property(fc.array(fc.tuple(lineArb, fc.constantFrom('\n', '\r\n', '\r', '\n\n')), { maxLength: 30 }), (parts) => {
      const text = parts.map(([l, e]) => l + e).join('');
      const doc = cleanArticle(textArticle(text));
      let ok = true;
      const spans = allSpans(doc);
      let at = 0;
      for (const s of spans) {
        if (s.start < at || s.end <= s.start || s.end > text.length || text.slice(at, s.start).trim() !== '') ok = false;
        at = s.end;
      }
      if (text.slice(at).trim() !== '') ok = false;
      return ok;
    }),
    { numRuns: 300 },
  );
  t.pass();
});

test('hard-wrapped plain text (Gutenberg / PAN style) is kept whole: wrapped lines are grouped into blocks', (t) => {
  const para = (n: number) =>
    `It was the ${n}th day of the voyage, and the captain had not yet come up from his cabin, though the wind had dropped in the night and the sea lay flat and grey under a low sky that seemed to press upon the masts; the men talked in low voices of the harbour they had left, of wives and debts and the price of bread, and of the strange light they had seen on the water two evenings before`;
  const wrap = (s: string) => {
    const out: string[] = [];
    let line = '';
    for (const w of s.split(' ')) {
      if (line && line.length + w.length + 1 > 70) {
        out.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    out.push(line);
    return out.join('\n');
  };
  const paragraphs = Array.from({ length: 12 }, (_, i) => wrap(`${para(i + 1)}.`));
  const text = `THE VOYAGE\n\nCHAPTER I\n\n${paragraphs.join('\n\n')}\n`;
  const doc = cleanArticle(textArticle(text));
  const kept = doc.body.map((s) => text.slice(s.start, s.end)).join('\n');
  for (const p of paragraphs) t.true(kept.includes(p), 'every wrapped paragraph is body, line for line');
});

test('the 25-word rule holds against the model: a lone long punctuated line among furniture stays', (t) => {
  const long = 'The council confirmed on Tuesday that the new flood barrier would be finished before the winter, after two years of delays that left hundreds of homes at risk.';
  const text = ['Home', 'News', 'Sport', 'Weather', long, 'Share', 'Tweet', 'Email', 'Advertisement'].join('\n');
  const doc = cleanArticle(textArticle(text));
  t.deepEqual(doc.body.map((s) => text.slice(s.start, s.end)), [long]);
});

test('keep prose: a standfirst sentence between the headline and the article is body, not "above the body" (issue 17)', (t) => {
  const standfirst = 'Weltweit finanzieren Banken und Investoren Unternehmungen, die dem Klima schaden.';
  const paras = [
    'Touristen und Börsenhändler waren überrascht, als sich plötzlich mit Kunstblut besudelte Gestalten auf dem Platz vor der Börse in New York auf den Boden warfen und minutenlang liegen blieben.',
    'Die Aktivisten wollten damit vor zwei Wochen die Verbindung zwischen der Wall Street und der Förderung von Öl und Gas sichtbar machen, die nach ihren Worten das Klima zerstört.',
    'Die großen Banken des Landes haben seit dem Pariser Abkommen Hunderte Milliarden Dollar an Unternehmen verliehen, die fossile Brennstoffe fördern, zeigen die Zahlen einer Studie.',
  ];
  const text = ['Klimaschutz: Bohren, bis es heiß wird | ZEIT ONLINE', 'Zum Inhalt springen', 'Politik', 'Wirtschaft', 'Kultur', 'Wissen', 'Klimaschutz: Bohren, bis es heiß wird', standfirst, 'Von Heike Buchter', '19. Oktober 2019, 19:08 Uhr', 'Exklusiv für Abonnenten', ...paras].join('\n');
  const doc = cleanArticle(textArticle(text));
  const body = doc.body.map((s) => text.slice(s.start, s.end));
  t.deepEqual(body, [standfirst, ...paras]);
});
