/**
 * Provenance signals one by one: publisher names, attribution phrases, datelines, the
 * edit trail; and that none of their patterns backtracks on pathological text.
 */
import test from 'ava';
import { displayPublisher, editTrail, findAttributions, findDateline, nameMentions, parsePublished, samePublisher } from '../src/provenance/index.js';
import type { Passage } from '../src/types.js';

test('publisher names: folder ids, display names, domains and aliases compare equal', (t) => {
  t.true(samePublisher('the-sun', 'The Sun'));
  t.true(samePublisher('sky-news', 'Sky News'));
  t.true(samePublisher('sky-news', 'Sky'));
  t.true(samePublisher('lbc', 'LBC'));
  t.true(samePublisher('thesun.co.uk', 'the-sun'));
  t.true(samePublisher('pa', 'Press Association'));
  t.true(samePublisher('pa', 'PA Media'));
  t.true(samePublisher('daily-mail', 'MailOnline'));
  t.true(samePublisher('bbc-news', 'the BBC'));
  t.false(samePublisher('the-sun', 'The Sunday Times'));
  t.false(samePublisher('the-sun', 'The Economist'));
  t.false(samePublisher('sky-news', 'LBC'));
  t.false(samePublisher(null, 'LBC'));
});

test('a name found in running text mentions a publisher when a run of its words does', (t) => {
  t.true(nameMentions("The Sun's political editor", 'the-sun'));
  t.true(nameMentions('Yesterday Sky News', 'sky-news'));
  t.false(nameMentions('The Economist', 'the-sun'));
  t.false(nameMentions('Sunday Times', 'the-sun'));
});

test('publisher ids read as names', (t) => {
  t.is(displayPublisher('the-sun'), 'The Sun');
  t.is(displayPublisher('sky-news'), 'Sky News');
  t.is(displayPublisher('lbc'), 'LBC');
  t.is(displayPublisher('The Guardian'), 'The Guardian');
});

test('attribution phrases: credits and claims, with their names', (t) => {
  const text = [
    'However, sources have reportedly told The Sun that Mr Biden would prefer Mr Rutte.',
    'According to Sky News, the talks stalled.',
    'LONDON (Reuters) - Ministers met on Monday.',
    'Sky News understands the decision was made last week.',
    'Speaking to LBC, he said it was over.',
    'Mr Wallace told The Economist magazine in an interview.',
  ].join('\n');
  const found = findAttributions(text).map((a) => [a.cue, a.name, a.phrase]);
  t.deepEqual(found, [
    ['credit', 'The Sun', 'told The Sun'],
    ['credit', 'Sky News', 'According to Sky News'],
    ['credit', 'Reuters', '(Reuters)'],
    ['credit', 'Reuters', 'Reuters'],
    ['claim', 'Sky News', 'Sky News understands'],
    ['credit', 'LBC', 'Speaking to LBC'],
    ['credit', 'The Economist', 'told The Economist'],
  ]);
});

test('attributions inside navigation and promos are not the article’s', (t) => {
  const text = 'Body says nothing.\nRead more: Rutte told The Sun he was ready';
  const start = text.indexOf('Read more');
  t.is(findAttributions(text).length, 1);
  t.is(findAttributions(text, [{ start, end: text.length, role: 'teaser', reason: 'test' }]).length, 0);
});

test('datelines: day-month-year with time, month-day-year, ISO; updated times only as a fallback', (t) => {
  const at = (text: string): string | null => {
    const d = findDateline(text);
    return d ? `${new Date(d.ms).toISOString()} ${d.precision}` : null;
  };
  t.is(at('Headline\n\n22 June 2023, 06:21\n\nBody.'), '2023-06-22T06:21:00.000Z minute');
  t.is(at('Headline\nJune 22, 2023 6:21 pm\nBody.'), '2023-06-22T18:21:00.000Z minute');
  t.is(at('Headline\nPublished: 2023-06-22T06:21:00+01:00\nBody.'), '2023-06-22T05:21:00.000Z minute');
  t.is(at('Headline\nThursday 22nd June 2023\nBody.'), '2023-06-22T00:00:00.000Z day');
  t.is(at('Updated: 23 June 2023, 10:00\nPublished: 22 June 2023, 06:21\n'), '2023-06-22T06:21:00.000Z minute');
  t.is(at('A long sentence in the body that happens to mention 22 June 2023, 06:21 as the day of a meeting between the two leaders in Washington.'), null);
  t.is(at('No date here.'), null);
  t.is(parsePublished('2023-06-22')?.precision, 'day');
  t.is(parsePublished('2023-06-22T06:21:00Z')?.precision, 'minute');
  t.is(parsePublished('not a date'), null);
});

const sentencePassage = (a: string, b: string, diff: Passage['sentences'] extends readonly (infer S)[] | undefined ? S extends { diff?: infer D } ? D : never : never): Passage => ({
  a: { start: 0, end: a.length },
  b: { start: 0, end: b.length },
  kind: 'light',
  similarity: 0.9,
  text: a,
  sentences: [{ a: { start: 0, end: a.length }, b: { start: 0, end: b.length }, kind: 'light', similarity: 0.9, diff }],
});

test('edit trail: removing a repeated word is a fix by the later side; dropping words is a trim', (t) => {
  const fix = sentencePassage('However, he failed to win over the US commander-in-chief over.', 'However, he failed to win the US commander-in-chief over.', [
    { op: 'same', text: 'However, he failed to win' },
    { op: 'del', text: 'over' },
    { op: 'same', text: 'the US commander-in-chief over.' },
  ]);
  t.deepEqual(editTrail([fix]).map((e) => [e.kind, e.from]), [['fix', 'a']]);
  const trim = sentencePassage('The long-awaited plan was approved on Tuesday.', 'The plan was approved on Tuesday.', [
    { op: 'same', text: 'The' },
    { op: 'del', text: 'long-awaited' },
    { op: 'same', text: 'plan was approved on Tuesday.' },
  ]);
  t.deepEqual(editTrail([trim]).map((e) => [e.kind, e.from]), [['trim', 'a']]);
  const typo = sentencePassage('The goverment said so.', 'The government said so.', [
    { op: 'same', text: 'The' },
    { op: 'del', text: 'goverment' },
    { op: 'add', text: 'government' },
    { op: 'same', text: 'said so.' },
  ]);
  const counts = new Map([['government', 40], ['goverment', 1]]);
  t.deepEqual(editTrail([typo], counts).map((e) => [e.kind, e.from]), [['fix', 'a']]);
  t.deepEqual(editTrail([typo]), [], 'without word counts a substitution says nothing');
});

test('signal patterns run in linear time on pathological text', (t) => {
  const inputs = [
    'A'.repeat(100_000),
    'Aa '.repeat(50_000),
    'told '.repeat(30_000),
    'The Sun '.repeat(20_000),
    '('.repeat(100_000),
    '22 '.repeat(50_000),
    '1:1 '.repeat(40_000),
    `${'Sky News '.repeat(10_000)}x`,
  ];
  for (const text of inputs) {
    const started = performance.now();
    findAttributions(text);
    findDateline(text);
    const ms = performance.now() - started;
    t.true(ms < 1500, `${JSON.stringify(text.slice(0, 12))}… took ${ms.toFixed(0)} ms`);
  }
});
