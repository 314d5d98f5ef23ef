/**
 * The body zone (src/clean/zone.ts): the stretch of the page where prose outweighs
 * furniture, with cookie notices and legal boxes discounted by their furniture words.
 */
import test from 'ava';
import { bodyZone } from '../src/clean/zone.js';
import { textFeatures } from '../src/clean/features.js';
import { splitLines } from '../src/clean/lines.js';
import { groupUnits } from '../src/clean/blocks.js';

function zoneTexts(text: string): string[] {
  const units = groupUnits(splitLines(text));
  const feats = units.map((u) => textFeatures(u.text));
  const zone = bodyZone(feats, feats.map(() => false));
  return units.slice(zone.start, zone.end).map((u) => u.text);
}

const ARTICLE = [
  'Working on your own bike can be rewarding, and a good manual makes the job far easier for anyone who has the tools and a free weekend.',
  'The reviewer found the wiring diagrams clear, the torque tables complete and the step-by-step photographs useful even for an older model.',
  'He would still like a better index, but at this price it is a book that earns its place on the workshop shelf next to the spanners.',
];
const COOKIES = [
  'This website uses cookies to improve your experience while you navigate through the website and to remember your cookie settings and privacy choices.',
  'Necessary cookies are essential for the website to function, while other cookies help us understand how you use the website; you can accept or manage cookie settings.',
  'Any cookies that may not be necessary for the website to function are used to collect data via analytics, ads and other embedded content on this website.',
  'You can change your cookie settings and privacy consent at any time from the privacy policy page of the website, or disable cookies in your browser settings.',
];

test('a cookie notice longer than the article does not win the body zone', (t) => {
  const page = ['Home', 'Reviews', 'Clymer manual review', ...ARTICLE, 'Advert', 'Privacy Policy', 'Contact', 'Sitemap', 'Cookie settings', ...COOKIES].join('\n');
  t.deepEqual(zoneTexts(page), ARTICLE);
});

test('prose with a few furniture words still counts in full (an article about a website)', (t) => {
  const about = [
    'The company said its website was visited by more than a million people on the first day, far more than its engineers had planned for.',
    'Engineers worked through the night to keep the pages up, and the firm later apologised to customers who could not place their orders.',
    'Analysts said the outage showed how much shoppers now rely on a single site for their weekly groceries and household goods.',
  ];
  t.deepEqual(zoneTexts(['Menu', 'Business', ...about, 'Share', 'Comments'].join('\n')), about);
});
