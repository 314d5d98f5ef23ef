/**
 * Wire copy (issue 17): Press Association text as the METER corpus holds it: header rules,
 * a time/catchline line, hard-wrapped paragraphs opened by a 0x19 control character and
 * closed by `<`, editor's notes in brackets, `ends`. The furniture goes, the prose stays:
 * every paragraph whole, the lead included, on the first look and on the second.
 */
import test from 'ava';
import { cleanArticle } from '../src/clean/index.js';
import { groupUnits } from '../src/clean/blocks.js';
import { splitLines } from '../src/clean/lines.js';
import { textArticle } from './clean-helpers.js';

const RULE = '  ------------------------------------------------------------------------';
const HEADER = [RULE, '', RULE, '', '                16:17 01/03/00: Page 1 (HHH) COURTS Football', RULE];
const P = '\u0019';

/** A PA text: header, `head` lines as given, then paragraphs of wrapped lines (opened by 0x19 but the very first, closed by `<`). */
function pa(head: readonly string[], paras: readonly (readonly string[])[]): string {
  const lines = [...HEADER, ...head];
  paras.forEach((para, k) => {
    para.forEach((line, j) => {
      const mark = j === 0 && (k > 0 || head.length > 0) ? P : '';
      lines.push(`${mark}${line}${j === para.length - 1 ? '<' : ''}`);
    });
  });
  return `${lines.join('\n')}\n`;
}

const LEAD = ['Football fans who brought legal action against their club claiming they are', 'being unlawfully moved from their seats will be told the result tomorrow, a', 'judge said today.'];
const SECOND = ['Sitting at Newcastle High Court, Mr Justice Blackburne said he would make his', 'judgment at noon tomorrow in the case which six Newcastle United fans have', 'brought against the club.'];
const QUOTE = ['He said: ``For these fans this is their life. They want the seats where they', "are.''"];
const LAST = ['The case adjourned until noon tomorrow.'];

const joined = (para: readonly string[]): string => para.join(' ');

test('PA copy: header, headline, byline, note and "ends" are removed; every paragraph is kept whole', (t) => {
  const text = pa(['(Corrected repetition. Amends name of defendant in first para.)<', `${P}JUDGMENT DAY TOMORROW FOR SOCCER FANS IN SEATS ROW<`, `${P}By Dylan Dronfield, PA News<`], [LEAD, SECOND, QUOTE, LAST, ['ends']]);
  const doc = cleanArticle(textArticle(text, 'pa/football1.txt', 'pa'));
  const body = doc.body.map((s) => text.slice(s.start, s.end));
  // Body spans are lines; a paragraph's lines are consecutive body lines.
  const paragraphs = [LEAD, SECOND, QUOTE, LAST].map((p) => p.map((l, j) => (j === p.length - 1 ? `${l}<` : l)));
  t.deepEqual(body, paragraphs.flat());
  const removed = doc.removed.map((r) => text.slice(r.start, r.end));
  t.true(removed.includes('(Corrected repetition. Amends name of defendant in first para.)<'));
  t.true(removed.includes('By Dylan Dronfield, PA News<'));
  t.true(removed.includes('ends<'));
  t.true(removed.includes('16:17 01/03/00: Page 1 (HHH) COURTS Football'));
  // No span starts on a paragraph mark.
  for (const s of doc.body) t.not(text.charCodeAt(s.start), 0x19);
});

test('PA copy: wrapped lines are grouped into one unit per paragraph, from mark to mark', (t) => {
  const text = pa([`${P}HEADLINE OF THE STORY<`], [LEAD, SECOND, QUOTE]);
  const units = groupUnits(splitLines(text)).map((u) => u.text);
  t.true(units.includes(`${joined(LEAD)}<`));
  t.true(units.includes(`${joined(SECOND)}<`));
  t.true(units.includes(`${joined(QUOTE)}<`));
});

test('a one-paragraph PA snap keeps its paragraph: the first line of a wrapped paragraph is not "the headline" (no cascade)', (t) => {
  const snap = ['Lorry driver David Smith was jailed for life at the Old Bailey today for the', "``perverted'' murder of 21-year-old vice girl Amanda Walker."];
  const text = pa([], [snap, ['end']]);
  const doc = cleanArticle(textArticle(text, 'pa/body1sn.txt', 'pa'));
  t.deepEqual(
    doc.body.map((s) => text.slice(s.start, s.end)),
    [snap[0], `${snap[1]}<`],
  );
});
