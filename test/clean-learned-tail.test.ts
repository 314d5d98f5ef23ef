import test from 'ava';
import { cleanArticle, learnProfiles } from '../src/clean/index.js';
import { textArticle } from './clean-helpers.js';

const article = (id: string, text: string) => textArticle(text, id, 'ledger');

const TOPICS = ['harbour', 'library', 'bypass', 'stadium', 'hospital', 'tram line', 'school', 'market', 'bridge', 'park', 'museum', 'pier'];
const PEOPLE = ['Ann Ward', 'Tom Hale', 'Priya Shah', 'Ben Cole', 'Joe Marsh', 'Amy Lowe', 'Sam Reid', 'Kate Moss', 'Ian Bell', 'Zoe Hart', 'Raj Patel', 'Lucy Fox'];
const BODY = (n: number) =>
  `Council members voted to approve the ${TOPICS[n]} plan after ${PEOPLE[n]} led a long debate about its costs.\n\n` +
  `${PEOPLE[(n + 5) % 12]} said the ${TOPICS[(n + 3) % 12]} scheme would bring jobs to the town and that work could begin soon.\n\n`;

test('a learned "READ MORE" tail marker removes the teaser headlines after it, although "read more" is also a promo cue', (t) => {
  const teasers = ['Storm closes coastal road for third night', 'Mayor opens new library wing in city centre', 'Rail strike dates announced for next month', 'School wins national chess title again'];
  const docs = Array.from({ length: 12 }, (_, i) =>
    article(`ledger/${i}.txt`, `Harbour plan approved ${i}\n\n${BODY(i)}READ MORE\n${teasers[i % 4]}\n${teasers[(i + 1) % 4]}\n${teasers[(i + 2) % 4]}\n`),
  );
  const profiles = learnProfiles(docs);
  const doc = docs[5]!;
  const clean = cleanArticle(doc, profiles);
  const bodyText = clean.body.map((s) => doc.text.slice(s.start, s.end)).join('\n');
  for (const teaser of teasers) t.false(bodyText.includes(teaser), `teaser kept as body: ${teaser}`);
  t.true(bodyText.includes('Council members voted'), bodyText);
  const marker = clean.removed.find((r) => doc.text.slice(r.start, r.end) === 'READ MORE');
  t.is(marker?.role, 'teaser');
});
