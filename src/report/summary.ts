/**
 * The short human summary that `wiretrace report` prints: counts, then the stories
 * with the most uncredited reuse, one line per pair. Plain text; ids and phrases pass
 * through `terminalText`, so a hostile file name cannot drive the terminal.
 */
import type { Report } from '../types.js';
import { terminalText } from './escape.js';
import { rankClusters } from './overview.js';

/** Options of the plain-text summary. */
export interface SummaryContext {
  /** At most this many stories are listed. */
  readonly maxStories?: number;
  /** At most this many pairs per story. */
  readonly maxPairs?: number;
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
    out.push('', `${c.id}: ${c.documents.length} documents, root ${c.root ? terminalText(c.root) : 'undecided'}`);
    for (const line of story.pairs.slice(0, maxPairs)) {
      const p = line.pair;
      const coverage = line.copy === p.a.id ? p.a.coverage : p.b.coverage;
      const credit = line.credited === true ? `credited (${terminalText(p.credit!.phrases[0] ?? '')})` : line.credited === false ? 'UNCREDITED' : 'credit unknown';
      const arrow = p.direction
        ? `<- ${terminalText(line.source)} (${pct(p.direction.confidence)})`
        : p.commonSource
          ? `<-> ${terminalText(line.source)} (both from ${terminalText(p.commonSource)})`
          : `<-> ${terminalText(line.source)} (direction undecided)`;
      out.push(`  ${terminalText(line.copy)} ${arrow}: ${p.passages.length} passages, ${pct(coverage)} of the copy, ${credit}`);
    }
    if (story.pairs.length > maxPairs) out.push(`  … ${story.pairs.length - maxPairs} more pairs`);
  }
  if (ranked.length > maxStories) out.push('', `… ${ranked.length - maxStories} more stories (see --json or --html).`);
  return `${out.join('\n')}\n`;
}
