/**
 * The plain-text account `scan` prints without `--json` (counts, each listed pair, the
 * clusters) and `compare` prints for one pair. Ids, direction ends and credit phrases pass
 * through `terminalText`, so a hostile file name or article cannot drive the terminal.
 */
import type { DocumentSummary, Pair, Report } from '../types.js';
import { percent, terminalText } from './escape.js';

/** A short human-readable account of one pair. */
export function formatPairSummary(pair: Pair): string {
  const kinds = new Map<string, number>();
  for (const p of pair.passages) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
  const kindText = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ') || 'no passages';
  const a = terminalText(pair.a.id);
  const b = terminalText(pair.b.id);
  const lines = [
    `${a} <> ${b}: ${pair.passages.length} passage${pair.passages.length === 1 ? '' : 's'} (${kindText})`,
    `  ${a}: ${percent(pair.a.coverage)} of body shared, derivation ${pair.a.derivation}`,
    `  ${b}: ${percent(pair.b.coverage)} of body shared, derivation ${pair.b.derivation}`,
  ];
  if (pair.direction) {
    lines.push(`  direction: ${terminalText(pair.direction.source)} -> ${terminalText(pair.direction.copy)} (confidence ${pair.direction.confidence.toFixed(2)})`);
  } else if (pair.commonSource) {
    lines.push(`  direction: none between them, both from ${terminalText(pair.commonSource)}`);
  }
  if (pair.credit) lines.push(`  credit: ${pair.credit.credited ? `credited (${terminalText(pair.credit.phrases.join('; '))})` : 'not credited'}`);
  return `${lines.join('\n')}\n`;
}

/** Sources named in a document's summary line before the rest are counted only. */
const NAMED_SOURCES = 3;

/** One line on a document that draws on others: "82% from pa/a.txt, pa/b.txt: 2 sources, derivation wholly". */
export function formatDrawsOn(doc: DocumentSummary): string | null {
  const draws = doc.drawsOn ?? [];
  if (draws.length === 0) return null;
  const named = draws.slice(0, NAMED_SOURCES).map((d) => terminalText(d.id)).join(', ') + (draws.length > NAMED_SOURCES ? ', …' : '');
  const sources = `${draws.length} source${draws.length === 1 ? '' : 's'}`;
  return `${terminalText(doc.id)}: ${percent(doc.reusedCoverage ?? 0)} from ${named}: ${sources}, derivation ${doc.derivation ?? 'none'}\n`;
}

/** A short human-readable account of a scan: counts, then each listed pair, what each document draws on, then the clusters. */
export function formatReportSummary(report: Report): string {
  const head = `${report.documents.length} documents, ${report.pairs.length} related pair${report.pairs.length === 1 ? '' : 's'}, ${report.clusters.length} cluster${report.clusters.length === 1 ? '' : 's'}\n`;
  const pairs = report.pairs.map(formatPairSummary).join('');
  const clusters = report.clusters.map((c) => `${terminalText(c.id)}: ${c.documents.map(terminalText).join(', ')}\n`).join('');
  const drawing = report.documents.map(formatDrawsOn).filter((line): line is string => line !== null).join('');
  return head + (pairs ? `\n${pairs}` : '') + (drawing ? `\ndrawn from others (share of body, all sources together):\n${drawing}` : '') + (clusters ? `\nclusters:\n${clusters}` : '');
}
