/**
 * `published` → ISO 8601, the same on every machine. A time with a zone becomes UTC
 * (`2023-07-10T08:00:00.000Z`); a time without a zone is taken as UTC (never the local
 * zone of whoever runs the tool, so output does not depend on the machine); a bare date
 * stays a date (`2023-07-10`). Anything that does not parse is kept as given.
 */

/** Longest `published` value parsed; longer values are kept as given. Characters. */
const MAX_DATE_CHARS = 100;

/** Epoch numbers below this are seconds, above it milliseconds (1e11 s is the year 5138). */
const EPOCH_SECONDS_LIMIT = 1e11;

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?[ ]?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const HAS_ZONE = /(?:\b(?:Z|GMT|UTC|UT)\b|[+-]\d{2}:?\d{2}\b)/i;
const HAS_TIME = /\d:\d\d/;

/** Normalises a publication date; returns the input (trimmed) when it does not parse. */
export function normalizePublished(value: string): string {
  const text = value.trim();
  if (text.length > MAX_DATE_CHARS) return text;
  if (/^\d{9,13}$/.test(text)) {
    const n = Number(text);
    return new Date(n < EPOCH_SECONDS_LIMIT ? n * 1000 : n).toISOString();
  }
  const iso = ISO_DATE_TIME.exec(text);
  if (iso) return fromIsoParts(iso) ?? text;
  return fromFreeText(text) ?? text;
}

function fromIsoParts(m: RegExpExecArray): string | null {
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (!validDate(year, month, day)) return null;
  if (h === undefined) {
    return zone === undefined ? `${y}-${mo}-${d}` : null;
  }
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 24 || minute > 59 || second > 60) return null;
  const millis = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis) - zoneOffsetMinutes(zone) * 60_000;
  const date = new Date(utc);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function zoneOffsetMinutes(zone: string | undefined): number {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

/** RFC 2822 and other forms `Date.parse` knows (`Mon, 10 Jul 2023 09:00:00 +0100`, `July 10, 2023`). */
function fromFreeText(text: string): string | null {
  if (!/[a-z]/i.test(text) && !/\//.test(text)) return null;
  const zoned = HAS_ZONE.test(text);
  const ms = Date.parse(zoned ? text : `${text} UTC`);
  if (Number.isNaN(ms)) return null;
  const iso = new Date(ms).toISOString();
  return HAS_TIME.test(text) ? iso : iso.slice(0, 10);
}

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}
