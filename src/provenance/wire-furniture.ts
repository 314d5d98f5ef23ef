/**
 * Wire furniture: the marks a news agency's copy carries in its own text and a newspaper's
 * printed story drops — the slug line (time, date, page and catchline at the head), an
 * agency byline ("By Jane Doe, PA News", "Reuters"), notes to editors ("Memo to news
 * desks", "Embargoed"), and the sign-off on a line of its own at the end ("ends", "more",
 * "mfl"). A text that carries them is wire copy, the upstream of a story, not its reprint.
 * Read from the raw text (the cleaner removes some of these lines from the body).
 * Line-based, anchored patterns without nested quantifiers (regex-safety).
 */
import { WIRE_HEAD_CHARS, WIRE_TAIL_CHARS } from './constants.js';

/** One kind of wire furniture found, with the line that shows it. */
export interface WireMark {
  readonly kind: 'slug' | 'agency-byline' | 'editors-note' | 'sign-off';
  readonly line: string;
}

/**
 * A slug line: a time and a numeric date at the start of a line, then a colon or a page
 * ("16:17 01/03/00: Page 1 (HHH) COURTS Football"); a bare "10:05 09/01/2024" dateline of a
 * web page is not one.
 */
const SLUG = /^[ \t]{0,40}\d{1,2}[:.]\d{2}[ \t]{1,4}\d{1,2}\/\d{1,2}\/\d{2,4}(?::|[ \t]{1,4}Page\b)/;
/** Agency names as they appear in bylines and credits of wire copy. */
const AGENCY = /\b(?:PA News|Press Association|PA Reporter|PA Sport|Reuters|Associated Press|AP|AFP|Agence France[- ]Presse|Bloomberg News|dpa|ANP|EFE|ANSA|Canadian Press|AAP)\b/;
/** A byline: a short line starting "By" (wire lines carry the agency after a comma). */
// eslint-disable-next-line no-control-regex -- wire copy opens paragraphs with the 0x19 control character
const BYLINE = /^[\s\x19]{0,4}By [^\n]{2,120}$/;
/** Notes to the desks that take the copy. */
// eslint-disable-next-line no-control-regex -- wire copy opens paragraphs with the 0x19 control character
const EDITORS_NOTE = /^[\s\x19(]{0,4}(?:Memo to\b|Editors?(?:'|’)?s? note\b|Eds:|Embargoed\b|EMBARGOED\b|Note to editors\b|Attention (?:news|picture) desks\b)/i;
/** A sign-off on a line of its own: "ends", "end", "-ends-", "more", "mfl", "more follows". */
// eslint-disable-next-line no-control-regex -- wire copy opens paragraphs with the 0x19 control character
const SIGN_OFF = /^[\s\x19<>-]{0,6}(?:ends?|ENDS?|End|more|MORE|mfl|MFL|more follows|MORE FOLLOWS)[\s<>-]{0,6}$/;

function lines(text: string): string[] {
  return text.split(/\r?\n/);
}

/**
 * The wire furniture of a raw text: at most one mark of each kind (head lines for the slug,
 * byline and notes; the last non-empty lines for the sign-off).
 */
export function wireMarks(text: string): WireMark[] {
  const marks: WireMark[] = [];
  const seen = new Set<WireMark['kind']>();
  const add = (kind: WireMark['kind'], line: string): void => {
    if (seen.has(kind)) return;
    seen.add(kind);
    // eslint-disable-next-line no-control-regex -- control characters (wire paragraph marks) are blanked for the evidence line
    marks.push({ kind, line: line.replace(/[\x00-\x1f<]/g, ' ').replace(/\s+/g, ' ').trim() });
  };
  for (const line of lines(text.slice(0, WIRE_HEAD_CHARS))) {
    if (line.length > 200) continue;
    if (SLUG.test(line)) add('slug', line);
    if (BYLINE.test(line) && AGENCY.test(line)) add('agency-byline', line);
    if (EDITORS_NOTE.test(line)) add('editors-note', line);
  }
  const tail = lines(text.slice(Math.max(0, text.length - WIRE_TAIL_CHARS)))
    // eslint-disable-next-line no-control-regex -- control characters (wire paragraph marks) are dropped before the sign-off test
    .map((l) => l.replace(/[\x00-\x1f]/g, '').trim())
    .filter((l) => l.length > 0 && l !== '<');
  const last = tail.slice(-2);
  for (const line of last) if (line.length <= 20 && SIGN_OFF.test(line)) add('sign-off', line);
  return marks;
}

/**
 * How strongly a text reads as wire copy, 0–1: each kind of mark counts a half, capped at 1.
 * A sign-off or a note to desks counts only beside a slug line or an agency byline (a lone
 * "More" or "Embargoed" line ends or heads plenty of web pages).
 */
export function wireScore(marks: readonly WireMark[]): number {
  const strong = marks.filter((m) => m.kind === 'slug' || m.kind === 'agency-byline').length;
  const weak = marks.length - strong;
  return Math.min(1, (strong + (strong > 0 ? weak : 0)) / 2);
}
