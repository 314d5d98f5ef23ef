import type { DocumentSummary, Pair, Report } from '../../types.js';

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** A short human-readable account of one pair. */
export function formatPairSummary(pair: Pair): string {
  const kinds = new Map<string, number>();
  for (const p of pair.passages) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
  const kindText = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ') || 'no passages';
  const lines = [
    `${pair.a.id} <> ${pair.b.id}: ${pair.passages.length} passage${pair.passages.length === 1 ? '' : 's'} (${kindText})`,
    `  ${pair.a.id}: ${percent(pair.a.coverage)} of body shared, derivation ${pair.a.derivation}`,
    `  ${pair.b.id}: ${percent(pair.b.coverage)} of body shared, derivation ${pair.b.derivation}`,
  ];
  if (pair.direction) {
    lines.push(`  direction: ${pair.direction.source} -> ${pair.direction.copy} (confidence ${pair.direction.confidence.toFixed(2)})`);
  }
  if (pair.credit) lines.push(`  credit: ${pair.credit.credited ? `credited (${pair.credit.phrases.join('; ')})` : 'not credited'}`);
  return `${lines.join('\n')}\n`;
}

/** Sources named in a document's summary line before the rest are counted only. */
const NAMED_SOURCES = 3;

/** One line on a document that draws on others: "82% from pa/a.txt, pa/b.txt: 2 sources, derivation wholly". */
export function formatDrawsOn(doc: DocumentSummary): string | null {
  const draws = doc.drawsOn ?? [];
  if (draws.length === 0) return null;
  const named = draws.slice(0, NAMED_SOURCES).map((d) => d.id).join(', ') + (draws.length > NAMED_SOURCES ? ', …' : '');
  const sources = `${draws.length} source${draws.length === 1 ? '' : 's'}`;
  return `${doc.id}: ${percent(doc.reusedCoverage ?? 0)} from ${named}: ${sources}, derivation ${doc.derivation ?? 'none'}\n`;
}

/** A short human-readable account of a scan: counts, then each listed pair. */
export function formatReportSummary(report: Report): string {
  const head = `${report.documents.length} documents, ${report.pairs.length} related pair${report.pairs.length === 1 ? '' : 's'}, ${report.clusters.length} cluster${report.clusters.length === 1 ? '' : 's'}\n`;
  const pairs = report.pairs.map(formatPairSummary).join('');
  const clusters = report.clusters.map((c) => `${c.id}: ${c.documents.join(', ')}\n`).join('');
  const drawing = report.documents.map(formatDrawsOn).filter((line): line is string => line !== null).join('');
  return head + (pairs ? `\n${pairs}` : '') + (drawing ? `\ndrawn from others (share of body, all sources together):\n${drawing}` : '') + (clusters ? `\nclusters:\n${clusters}` : '');
}
