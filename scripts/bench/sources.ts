/**
 * The publishers of the benchmark corpus, each with its own template: navigation line,
 * section labels, byline and dateline forms, rotating promo lines inside the body, a tail
 * marker followed by teaser headlines, a footer. Sizes are heavy-tailed (a few large
 * publishers, many small), as in a real archive.
 */
import type { Rng } from './rng.js';

/** One publisher's house template. */
export interface SourceStyle {
  readonly name: string;
  readonly display: string;
  /** Relative share of the archive's articles. */
  readonly weight: number;
  readonly format: 'txt' | 'md';
  /** Where this publisher's export puts metadata (in `mixed` mode). */
  readonly meta: 'sidecar' | 'frontmatter';
  /** Between paragraphs. */
  readonly paragraphBreak: string;
  readonly nav: string | null;
  readonly sections: readonly string[];
  readonly staff: readonly string[];
  readonly byline: (name: string, section: string) => string;
  readonly dateline: (date: Date) => string;
  /** Lines dropped into the body between paragraphs (several rotate). */
  readonly promos: readonly string[];
  /** Chance per paragraph break of a promo line. */
  readonly promoRate: number;
  /** Line after which teaser headlines follow ("More Latest News"), or null. */
  readonly tailMarker: string | null;
  readonly teasers: number;
  readonly footer: string | null;
}

const NAMES = [
  'the-daily-post', 'northern-echo', 'city-ledger', 'morning-star-news', 'the-courier', 'westside-gazette',
  'harbour-times', 'capital-wire', 'the-evening-standard-online', 'valley-herald', 'metro-bulletin', 'the-observer-online',
  'coastal-chronicle', 'national-dispatch', 'the-sentinel', 'riverside-press', 'highland-voice', 'lbc-radio-news',
  'sky-bulletin', 'the-sun-daily', 'the-independent-line', 'market-watch-uk', 'the-tribune', 'county-express',
  'union-journal', 'the-mirror-online', 'global-newswire', 'the-register-review', 'parkside-record', 'bay-area-digest',
];

const SECTIONS = ['News', 'Politics', 'UK', 'World', 'Business', 'Sport', 'Health', 'Science', 'Crime', 'Money', 'Local'];
const FIRST = ['James', 'Sarah', 'Tom', 'Priya', 'Ben', 'Aisha', 'Owen', 'Claire', 'Marcus', 'Elena', 'Rhys', 'Fatima', 'Joe', 'Hannah', 'Liam', 'Grace'];
const LAST = ['Ward', 'Patel', 'Hughes', 'Okafor', 'Clarke', 'Nowak', 'Evans', 'Rahman', 'Murphy', 'Stewart', 'Kaur', 'Bennett', 'Lloyd', 'Fischer', 'Doyle'];
const PROMOS = [
  'READ MORE: {teaser}', 'Listen to this article', 'Loading audio...', 'Please use Chrome browser for a more accessible video player',
  'Sign up to our free newsletter for the latest headlines', 'Advertisement', 'Click here to follow us on social media',
  'Most read in {display}', 'Watch: {teaser}', 'Download the app for breaking news alerts', 'Story continues below',
  'Read more on {section}', 'Get the latest {section} news sent to your inbox',
];
const TAILS = ['More Latest News', 'Related stories', 'READ MORE', 'You may also like', 'Top stories', 'More from {display}', 'Trending now'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number): string => String(n).padStart(2, '0');

const DATELINES: readonly ((d: Date) => string)[] = [
  (d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  (d) => `Published ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]!.slice(0, 3)} ${d.getUTCFullYear()}`,
  (d) => `${d.toISOString().slice(0, 10)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} GMT`,
  (d) => `Updated: ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
];

const BYLINES: readonly ((name: string, section: string) => string)[] = [
  (n) => `By ${n}`,
  (n, s) => `${n}, ${s} Correspondent`,
  (n) => `By ${n} | Staff reporter`,
  (n) => `Words: ${n}`,
];

/** Builds the publishers (deterministic from `rng`). */
export function makeSources(rng: Rng): SourceStyle[] {
  return NAMES.map((name, i) => {
    const display = name.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
    const sections = SECTIONS.filter(() => rng.chance(0.6));
    if (sections.length === 0) sections.push('News');
    const promos = PROMOS.filter(() => rng.chance(0.35)).map((p) => p.replace('{display}', display));
    const hasNav = rng.chance(0.7);
    const hasTail = rng.chance(0.8);
    return {
      name,
      display,
      weight: 1 / (i + 3),
      format: rng.chance(0.8) ? 'txt' : 'md',
      meta: rng.chance(0.6) ? 'sidecar' : 'frontmatter',
      paragraphBreak: rng.chance(0.7) ? '\n\n' : '\n',
      nav: hasNav ? ['Home', ...sections, 'Video', 'Opinion', 'Subscribe'].join(rng.chance(0.5) ? ' | ' : '  ') : null,
      sections,
      staff: Array.from({ length: 4 + rng.int(8) }, () => `${rng.pick(FIRST)} ${rng.pick(LAST)}`),
      byline: rng.pick(BYLINES),
      dateline: rng.pick(DATELINES),
      promos,
      promoRate: promos.length ? 0.05 + rng.next() * 0.15 : 0,
      tailMarker: hasTail ? rng.pick(TAILS).replace('{display}', display) : null,
      teasers: hasTail ? 3 + rng.int(4) : 0,
      footer: rng.chance(0.6) ? `© ${display} ${2024}. All rights reserved.` : null,
    };
  });
}
