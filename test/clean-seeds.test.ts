/**
 * Golden tests: every boilerplate line of the three seed articles, with its role. The
 * expectations are written by hand from reading the seeds, not generated from the output.
 */
import test from 'ava';
import { readFileSync } from 'node:fs';
import { cleanArticle } from '../src/clean/index.js';
import type { CleanDoc } from '../src/types.js';
import { textArticle } from './clean-helpers.js';

const SEEDS = new URL('../../corpus/', import.meta.url);

function seed(name: string): string {
  return readFileSync(new URL(`${name}/wallace-nato.txt`, SEEDS), 'utf8');
}

/** Lines of `text` (trimmed, non-blank) that the clean doc took out, with their roles. */
function removedLines(text: string, doc: CleanDoc): Array<[string, string]> {
  return doc.removed.map((r) => [text.slice(r.start, r.end), r.role]);
}

function bodyLines(text: string, doc: CleanDoc): string[] {
  return doc.body.map((s) => text.slice(s.start, s.end));
}

test('The Sun: headline and widgets removed; the mid-article "Most read" label does not cut the body', (t) => {
  const text = seed('the-sun');
  const doc = cleanArticle(textArticle(text, 'the-sun/wallace-nato.txt', 'the-sun'));
  t.deepEqual(removedLines(text, doc), [
    ['Joe Biden blocks Britain’s bid to lead Nato by rejecting plans to make Ben Wallace the next Secretary-General', 'headline'],
    ['READ MORE ON POLITICS', 'promo'],
    ['Most read in The Sun', 'widget'],
  ]);
  const body = bodyLines(text, doc);
  t.is(body.length, 17);
  t.true(body.includes('China painted the failure to find a new Secretary General as a sign of divisions undermining the alliance.'));
  t.true(body[body.length - 1]!.startsWith('They said: “It is too early'));
  t.deepEqual(doc.captions, []);
  t.deepEqual(doc.headline, { start: 0, end: text.indexOf('\n') });
});

test('Sky News: nav, headline, widgets, video caption, subheads and the teaser tail removed', (t) => {
  const text = seed('sky-news');
  const doc = cleanArticle(textArticle(text, 'sky-news/wallace-nato.txt', 'sky-news'));
  t.deepEqual(removedLines(text, doc), [
    ['Politics', 'nav'],
    ['Defence secretary says he is out of race to become next NATO head', 'headline'],
    ['More on Ben Wallace', 'promo'],
    ['Please use Chrome browser for a more accessible video player', 'widget'],
    ['0:30', 'widget'],
    ['Stoltenberg could stay on as head', 'subhead'],
    ['‘Bonus points’ if new boss is female', 'subhead'],
    ['Articles You May Like', 'teaser'],
    ['Trump avoids jail – as sentencing in hush money case makes him officially a felon', 'teaser'],
    ['US increases reward for information leading to arrest of Venezuelan president – as he begins third term', 'teaser'],
    ['New Orleans pays tribute to New Year’s attack victims with ‘outpouring of love’ at vigil', 'teaser'],
    ['CES2025 | John Deere autonomous mower promises a perfect cut, every time', 'teaser'],
    ['Anti-corruption minister refers herself to ethics watchdog', 'teaser'],
  ]);
  t.deepEqual(
    doc.captions.map((s) => text.slice(s.start, s.end)),
    ['Ukraine joining NATO is ‘part of our defence’, says Zelenskyy to European leaders in Moldova.'],
  );
  const body = bodyLines(text, doc);
  t.is(body.length, 17);
  t.is(body[0], 'The UK’s defence secretary has revealed he is out of the race to become the next head of NATO, saying the United States wants the incumbent to stay in post until next year.');
  t.true(body[body.length - 1]!.startsWith('By delaying the decision'));
});

test('LBC: headline, dateline, bylines, widgets, promos and the whole teaser tail removed; caption kept apart, credit split off', (t) => {
  const text = seed('lbc');
  const doc = cleanArticle(textArticle(text, 'lbc/wallace-nato.txt', 'lbc'));
  const removed = removedLines(text, doc);
  const tailAt = removed.findIndex(([line]) => line === 'More Latest News');
  t.deepEqual(removed.slice(0, tailAt), [
    ["'It's not going to happen': Defence Secretary Ben Wallace says he's not going to be the next Nato boss", 'headline'],
    ['22 June 2023, 06:21', 'dateline'],
    ['Picture: Alamy', 'credit'],
    ['EJ Ward', 'byline'],
    ['By EJ Ward', 'byline'],
    ['Listen to this article', 'widget'],
    ['Loading audio...', 'widget'],
    ['Read more: Tories turn on Bank of England over mortgage crisis as interest rates to be hiked again', 'promo'],
    ['Read more: Nato debates ways to boost ties with Ukraine as war grinds on', 'promo'],
    ['Stoltenberg says all NATO allies agreed that Ukraine should become a member', 'subhead'],
  ]);
  // Everything from the tail marker to the end of the page is teasers.
  const tail = removed.slice(tailAt);
  t.true(tail.every(([, role]) => role === 'teaser'));
  const tailStart = text.indexOf('More Latest News');
  const tailLines = text.slice(tailStart).split('\n').filter((l) => l.trim().length > 0);
  t.is(tail.length, tailLines.length);
  t.true(tail.some(([line]) => line === 'Chris Kaba.'));
  t.true(tail.some(([line]) => line === 'The 37-year-old has said the Egyptian businessman groped her while she worked at Harrods.'));

  const wallace = 'Wallace, a former Army officer, was among the favourites to succeed Stoltenberg after rallying global support for Ukraine and leading the charge on weapon donations, from Challenger 2 tanks to NLAW shoulder-launched missiles.';
  t.deepEqual(doc.captions.map((s) => text.slice(s.start, s.end)), [wallace]);
  const body = bodyLines(text, doc);
  t.is(body[0], wallace, 'the standfirst is body');
  t.is(body[body.length - 1], "France believes Nato's secretary general should come from within the European Union.");
  t.is(body.length, 16);
  for (const r of doc.removed) t.true(r.reason.length > 0, `a reason for ${text.slice(r.start, r.end)}`);
});

test('every removed seed span has a role and a plain-words reason, and spans round-trip', (t) => {
  for (const name of ['the-sun', 'sky-news', 'lbc']) {
    const text = seed(name);
    const doc = cleanArticle(textArticle(text));
    for (const r of doc.removed) {
      t.true(r.reason.length > 5);
      t.is(text.slice(r.start, r.end).trim(), text.slice(r.start, r.end));
    }
  }
});
