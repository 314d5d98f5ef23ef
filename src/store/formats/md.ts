/**
 * `check --format md`: a Markdown summary for a pull-request comment. Every piece of
 * article text is escaped: no HTML, links or emphasis can come from an article.
 */
import type { CheckReport } from '../check-articles.js';
import { directionText, passageCounts } from './check-summary.js';
import { clip, escapeMarkdown, percent } from '../../report/escape.js';

const QUOTE_CHARS = 160;

/** Formats a check report as Markdown. */
export function formatCheckMarkdown(report: CheckReport): string {
  const out: string[] = [];
  out.push(`## wiretrace check: ${report.failed} of ${report.documents.length} failed (fail on ${report.failOn})`, '');
  out.push('| article | verdict | archived source | coverage | passages |', '|---|---|---|---|---|');
  for (const doc of report.documents) {
    const verdict = doc.failed ? `**FAIL** ${doc.derivation}` : doc.derivation;
    if (doc.matches.length === 0) out.push(`| ${escapeMarkdown(doc.id)} | none | | | |`);
    for (const m of doc.matches) {
      out.push(`| ${escapeMarkdown(doc.id)} | ${verdict} | ${escapeMarkdown(m.archived.id)} | ${percent(m.pair.a.coverage)} | ${escapeMarkdown(passageCounts(m))} |`);
    }
  }
  for (const doc of report.documents) {
    for (const m of doc.matches) {
      out.push('', `### ${escapeMarkdown(doc.id)} ← ${escapeMarkdown(m.archived.id)}`, '', escapeMarkdown(directionText(m)), '');
      m.pair.passages.forEach((p, i) => {
        const r = m.regions[i]!;
        out.push(`- ${p.kind}, line ${r.a.startLine}: ${escapeMarkdown(clip(p.text.replace(/\s+/g, ' ').trim(), QUOTE_CHARS))}`);
      });
    }
  }
  return `${out.join('\n')}\n`;
}
