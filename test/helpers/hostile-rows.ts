/**
 * The bad-input matrix as data (issue 10, part 1), shared by the end-to-end CLI test and
 * `scripts/hostile-matrix.ts`: each row is a small corpus and what the tool must do with
 * it. Every row also carries one good article so the run has something to report.
 */
import type { SkipReason } from '../../src/types.js';
import { bytes, type CorpusFiles } from './temp-corpus.js';

/** A usable article placed beside every row's bad input. */
export const GOOD_ARTICLE =
  'Wallace, a former Army officer, was among the favourites to succeed Jens Stoltenberg.\n\nFrance said it would not veto the bid, officials said on Monday.\n';

export interface HostileRow {
  readonly name: string;
  /** The row's files (besides `good.txt`). */
  readonly files: CorpusFiles;
  /** Files that must be reported as skipped, with the reason. */
  readonly skipped?: readonly (readonly [rel: string, reason: SkipReason])[];
  /** Ids that must be read as documents (besides `good.txt`), with text they must contain. */
  readonly read?: readonly (readonly [id: string, contains: string])[];
  /** Extra CLI arguments. */
  readonly args?: readonly string[];
}

const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 'IHDR', 0, 0, 1, 0);
const PDF = bytes('%PDF-1.4\n%', 0xe2, 0xe3, 0xcf, 0xd3, '\n1 0 obj << >> endobj\n');
const utf16le = (text: string): Uint8Array => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string): Uint8Array => {
  const b = Buffer.from(utf16le(text));
  b.swap16();
  return b;
};

export const HOSTILE_ROWS: readonly HostileRow[] = [
  { name: 'empty file', files: { 'empty.txt': '' }, skipped: [['empty.txt', 'empty']] },
  { name: 'whitespace only', files: { 'blank.md': '  \r\n\t\n' }, skipped: [['blank.md', 'empty']] },
  { name: 'binary with NUL bytes', files: { 'nul.txt': bytes('abc', 0, 0, 0, 'def') }, skipped: [['nul.txt', 'binary']] },
  { name: 'PNG image', files: { 'photo.png': PNG, 'photo-as.txt': PNG }, skipped: [['photo-as.txt', 'binary'], ['photo.png', 'binary']] },
  { name: 'PDF', files: { 'doc.pdf': PDF }, skipped: [['doc.pdf', 'binary']] },
  {
    name: 'invalid UTF-8 (Windows-1252)',
    files: { 'cp1252.txt': bytes('The minister said ', 0x93, 'never', 0x94, ' ', 0x96, ' twice.\n') },
    read: [['cp1252.txt', '“never” – twice']],
  },
  { name: 'Latin-1 text', files: { 'latin1.txt': bytes('Le pr', 0xe9, 'sident a parl', 0xe9, ' lundi.\n') }, read: [['latin1.txt', 'président a parlé']] },
  { name: 'UTF-16 LE with BOM', files: { 'le.txt': utf16le(GOOD_ARTICLE) }, read: [['le.txt', 'former Army officer']] },
  { name: 'UTF-16 BE with BOM', files: { 'be.txt': utf16be(GOOD_ARTICLE) }, read: [['be.txt', 'former Army officer']] },
  { name: 'UTF-8 BOM', files: { 'bom.txt': bytes(0xef, 0xbb, 0xbf, GOOD_ARTICLE) }, read: [['bom.txt', 'Wallace, a former']] },
  { name: 'CR-only line ends', files: { 'cr.txt': GOOD_ARTICLE.replace(/\n/g, '\r') }, read: [['cr.txt', 'officer']] },
  { name: 'CRLF line ends', files: { 'crlf.txt': GOOD_ARTICLE.replace(/\n/g, '\r\n') }, read: [['crlf.txt', 'officer']] },
  {
    name: 'malformed JSON and JSONL lines',
    files: { 'bad.json': '{"text": ', 'feed.jsonl': `${JSON.stringify({ text: 'A first good line of text.' })}\n{oops\n${JSON.stringify({ text: 'A third line.' })}\n` },
    skipped: [['bad.json', 'malformed-json'], ['feed.jsonl', 'malformed-json']],
    read: [['feed.jsonl#1', 'first good line'], ['feed.jsonl#3', 'third line']],
  },
  {
    name: 'JSON that is not an article',
    files: { 'list.json': '[1,2,3]', 'meta-only.json': '{"title":"x"}' },
    skipped: [['list.json', 'not-an-article'], ['meta-only.json', 'not-an-article']],
  },
  { name: 'unsupported extension', files: { 'data.csv': 'a,b\n' }, skipped: [['data.csv', 'unsupported']] },
  {
    name: 'non-ASCII and right-to-left text',
    files: { 'ar.txt': 'قال الوزير إن الخطة ستعلن الأسبوع المقبل.\n', 'he.txt': 'השר אמר כי התוכנית תוכרז בשבוע הבא.\n' },
    read: [['ar.txt', 'الوزير'], ['he.txt', 'התוכנית']],
  },
  { name: 'CJK without spaces', files: { 'ja.txt': '首相は来週計画を発表すると述べた。野党はこれを批判した。\n' }, read: [['ja.txt', '首相は']] },
  {
    name: 'duplicate ids',
    files: { 'a.jsonl': '{"id":"same","text":"First article text here."}\n{"id":"same","text":"Second article text."}\n' },
    skipped: [['a.jsonl', 'duplicate-id']],
    read: [['same', 'First article']],
  },
  { name: 'over --max-file-size', files: { 'big.txt': 'word '.repeat(1000) }, skipped: [['big.txt', 'too-large']], args: ['--max-file-size', '2k'] },
  { name: '--max-docs', files: { 'z1.txt': 'Later text one.', 'z2.txt': 'Later text two.' }, skipped: [['z1.txt', 'limit'], ['z2.txt', 'limit']], args: ['--max-docs', '1'] },
  {
    name: 'HTML with broken markup',
    files: { 'broken.html': '<html><body><div><p>The minister said the plan would work<p>and more <b>text</div></scr' },
  },
];
