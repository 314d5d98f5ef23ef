/**
 * The short human summary that `scan` prints without `--json`: counts, then the stories
 * with the most uncredited reuse, one line per pair. Plain text; control characters in
 * ids are replaced so a hostile file name cannot drive the terminal.
 */
import type { Report } from '../types.js';
import { rankClusters } from './overview.js';

/** Options of the plain-text summary. */
export interface SummaryContext {
  /** At most this many stories are listed. */
  readonly maxStories?: number;
  /** At most this many pairs per story. */
  readonly maxPairs?: number;
}

/** Replaces control characters (ESC sequences, bells, line breaks) with U+FFFD. */
export function safeTerminalText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** Formats a report as a short plain-text summary. */
export function formatSummary(report: Report, ctx: SummaryContext = {}): string {
  const maxStories = ctx.maxStories ?? 10;
  const maxPairs = ctx.maxPairs ?? 5;
  const out: string[] = [];
  const uncredited = report.pairs.filter((p) => !p.credit?.credited).length;
  const skipped = report.skipped?.length ?? 0;
  out.push(
    `${report.documents.length} documents, ${report.pairs.length} pairs with reuse (${uncredited} uncredited), ${report.clusters.length} ${report.clusters.length === 1 ? 'story' : 'stories'}${skipped ? `, ${skipped} inputs skipped` : ''}.`,
  );
  const ranked = rankClusters(report);
  for (const story of ranked.slice(0, maxStories)) {
    const c = story.cluster;
    out.push('', `${c.id}: ${c.documents.length} documents, root ${c.root ? safeTerminalText(c.root) : 'undecided'}`);
    for (const line of story.pairs.slice(0, maxPairs)) {
      const p = line.pair;
      const coverage = line.copy === p.a.id ? p.a.coverage : p.b.coverage;
      const credit = line.credited === true ? `credited (${safeTerminalText(p.credit!.phrases[0] ?? '')})` : line.credited === false ? 'UNCREDITED' : 'credit unknown';
      const arrow = p.direction
        ? `<- ${safeTerminalText(line.source)} (${pct(p.direction.confidence)})`
        : p.commonSource
          ? `<-> ${safeTerminalText(line.source)} (both from ${safeTerminalText(p.commonSource)})`
          : `<-> ${safeTerminalText(line.source)} (direction undecided)`;
      out.push(`  ${safeTerminalText(line.copy)} ${arrow}: ${p.passages.length} passages, ${pct(coverage)} of the copy, ${credit}`);
    }
    if (story.pairs.length > maxPairs) out.push(`  … ${story.pairs.length - maxPairs} more pairs`);
  }
  if (ranked.length > maxStories) out.push('', `… ${ranked.length - maxStories} more stories (see --json or --html).`);
  return `${out.join('\n')}\n`;
}
