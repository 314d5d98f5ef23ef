/**
 * Publication times: from metadata (`Article.meta.published`), else from a dateline in the
 * article head ("22 June 2023, 06:21", "June 22, 2023 6:21 am", "2023-06-22T06:21Z").
 */
import type { Article, RemovedSpan, Span } from '../types.js';
import { DATELINE_HEAD_CHARS, DATELINE_MAX_LINE_CHARS } from './constants.js';
import { composed } from './patterns.js';

/** A point in time as far as it is known. */
export interface PublicationTime {
  /** Milliseconds since the epoch (UTC; a dateline without a zone is read as UTC). */
  readonly ms: number;
  /** `minute` when a time of day is known, `day` when only the date is. */
  readonly precision: 'minute' | 'day';
  readonly from: 'metadata' | 'dateline';
  /** The words it was read from, for the evidence text. */
  readonly text: string;
  /** Where in the text a dateline was found. */
  readonly span?: Span;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;
const TIME = String.raw`(\d{1,2})[:.](\d{2})(?::\d{2})?\s?([AaPp]\.?[Mm]\.?)?`;
const ZONE = String.raw`(?:\s?(BST|GMT|UTC|CET|CEST|EST|EDT|PST|PDT|Z))?`;
/** Zone abbreviations → minutes east of UTC. */
const ZONES: Readonly<Record<string, number>> = { BST: 60, GMT: 0, UTC: 0, Z: 0, CET: 60, CEST: 120, EST: -300, EDT: -240, PST: -480, PDT: -420 };

/** "22 June 2023, 06:21", "Thursday 22nd June 2023 at 6.21am BST", "06:21, 22 June 2023". */
const DAY_MONTH_YEAR = composed(
  'day-month-year',
  String.raw`(?:${TIME},?\s)?\b(\d{1,2})(?:st|nd|rd|th)?\s${MONTH},?\s(\d{4})(?:,?\s(?:at\s)?${TIME}${ZONE})?`,
  'g',
);
/** "June 22, 2023 6:21 AM". */
const MONTH_DAY_YEAR = composed('month-day-year', String.raw`\b${MONTH}\s(\d{1,2})(?:st|nd|rd|th)?,?\s(\d{4})(?:,?\s(?:at\s)?${TIME}${ZONE})?`, 'g');
/** "2023-06-22", "2023-06-22T06:21:00Z", "2023-06-22 06:21". */
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?/g;
/** Words before a date that say it is not the first publication. */
const UPDATED = /(?:updated|modified|amended|edited)[:\s]*$/i;

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function toMs(year: number, month: number, day: number, hour: number | null, minute: number, ampm: string | undefined, zone: string | undefined): number | null {
  if (month < 0 || month > 11 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  let h = hour ?? 0;
  if (ampm) {
    const pm = ampm[0]!.toLowerCase() === 'p';
    if (h === 12) h = pm ? 12 : 0;
    else if (pm) h += 12;
  }
  if (h > 23 || minute > 59) return null;
  let offset = 0;
  if (zone) {
    if (/^[+-]/.test(zone)) {
      const digits = zone.replace(':', '');
      offset = (zone[0] === '-' ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
    } else offset = ZONES[zone] ?? 0;
  }
  return Date.UTC(year, month, day, h, minute) - offset * 60_000;
}

/** Reads an ISO-like `published` value from metadata. */
export function parsePublished(value: string | null | undefined): PublicationTime | null {
  if (!value) return null;
  const trimmed = value.trim();
  const ms = Date.parse(trimmed);
  if (Number.isNaN(ms)) {
    const fromText = findDatelineIn(trimmed, 0, trimmed.length, true);
    return fromText ? { ...fromText, from: 'metadata', text: trimmed, span: undefined } : null;
  }
  const precision = /\d[T ]\d{1,2}:\d{2}/.test(trimmed) ? 'minute' : 'day';
  return { ms, precision, from: 'metadata', text: trimmed };
}

interface Found {
  readonly ms: number;
  readonly precision: 'minute' | 'day';
  readonly start: number;
  readonly end: number;
}

function candidates(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const [, bh, bm, bap, d, mon, y, ah, am, aap, zone] = m;
    const hour = ah ?? bh;
    const ms = toMs(Number(y), monthIndex(mon!), Number(d), hour === undefined ? null : Number(hour), Number(am ?? bm ?? 0), aap ?? bap, zone);
    if (ms !== null) out.push({ ms, precision: hour === undefined ? 'day' : 'minute', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const [, mon, d, y, h, mi, ap, zone] = m;
    const ms = toMs(Number(y), monthIndex(mon!), Number(d), h === undefined ? null : Number(h), Number(mi ?? 0), ap, zone);
    if (ms !== null) out.push({ ms, precision: h === undefined ? 'day' : 'minute', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(ISO)) {
    const [, y, mo, d, h, mi, zone] = m;
    const ms = toMs(Number(y), Number(mo) - 1, Number(d), h === undefined ? null : Number(h), Number(mi ?? 0), undefined, zone);
    if (ms !== null) out.push({ ms, precision: h === undefined ? 'day' : 'minute', start: m.index, end: m.index + m[0].length });
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

/** The first dateline-like date in `text[from, to)` on a short line of its own, not an "Updated" time. */
function findDatelineIn(text: string, from: number, to: number, anyLine = false): Omit<PublicationTime, 'from'> | null {
  const window = text.slice(from, to);
  let fallback: Omit<PublicationTime, 'from'> | null = null;
  for (const found of candidates(window)) {
    const start = from + found.start;
    const end = from + found.end;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    let lineEnd = text.indexOf('\n', end);
    if (lineEnd < 0) lineEnd = text.length;
    const before = text.slice(lineStart, start);
    const short = lineEnd - lineStart <= DATELINE_MAX_LINE_CHARS || /(?:published|posted|first published)[:\s]*$/i.test(before);
    if (!anyLine && !short) continue;
    const result = { ms: found.ms, precision: found.precision, text: text.slice(start, end).trim(), span: { start, end } };
    if (UPDATED.test(before)) {
      fallback ??= result;
      continue;
    }
    return result;
  }
  return fallback;
}

/** A dateline in the article head, or in spans clean labelled as dateline or metadata. */
export function findDateline(text: string, removed: readonly RemovedSpan[] = []): PublicationTime | null {
  for (const span of removed) {
    if (span.role !== 'dateline' && span.role !== 'metadata') continue;
    const found = findDatelineIn(text, span.start, span.end, true);
    if (found) return { ...found, from: 'dateline' };
  }
  const found = findDatelineIn(text, 0, Math.min(text.length, DATELINE_HEAD_CHARS));
  return found ? { ...found, from: 'dateline' } : null;
}

/** When an article was published: metadata first, else a dateline in its text; null when neither says. */
export function publicationTime(article: Article, removed: readonly RemovedSpan[] = []): PublicationTime | null {
  return parsePublished(article.meta.published) ?? findDateline(article.text, removed);
}
