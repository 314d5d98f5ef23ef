/**
 * `check --format text` (the default): one line per incoming article, the passages of each
 * match indented below, and a summary line. Article text is shown on one line with control
 * characters escaped, so a hostile article cannot drive the terminal.
 */
import type { CheckReport } from '../check-articles.js';
import { directionText, matchVerdict } from './check-summary.js';
import { clip, terminalText } from '../../report/escape.js';

/** Characters of passage text quoted per passage line. */
const QUOTE_CHARS = 100;

/** Formats a check report for people. */
export function formatCheckText(report: CheckReport): string {
  const lines: string[] = [];
  for (const doc of report.documents) {
    const tag = doc.failed ? 'FAIL' : doc.derivation === 'none' ? 'ok  ' : 'warn';
    if (doc.matches.length === 0) {
      lines.push(`${tag}  ${terminalText(doc.id)}: no reuse found (${doc.compared} archived ${doc.compared === 1 ? 'document' : 'documents'} compared)`);
      continue;
    }
    lines.push(`${tag}  ${terminalText(doc.id)}: ${doc.derivation === 'none' ? 'shares text with the archive' : `${doc.derivation} derived`}`);
    for (const m of doc.matches) {
      lines.push(`      ${terminalText(matchVerdict(m))}; ${terminalText(directionText(m))}`);
      m.pair.passages.forEach((p, i) => {
        const r = m.regions[i]!;
        const where = doc.textOrigin === 'read' ? `${r.a.startLine}:${r.a.startColumn}-${r.a.endLine}:${r.a.endColumn}` : `@${p.a.start}-${p.a.end}`;
        lines.push(`        ${where}  ${p.kind.padEnd(8)} "${clip(terminalText(p.text.replace(/\s+/g, ' ').trim()), QUOTE_CHARS)}"`);
      });
    }
  }
  const n = report.documents.length;
  const since = report.since ? `, archive since ${report.since}` : '';
  lines.push(`${n} ${n === 1 ? 'article' : 'articles'} checked, ${report.failed} failed (fail on ${report.failOn}${since})`);
  return `${lines.join('\n')}\n`;
}
