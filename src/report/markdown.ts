/**
 * A Markdown summary of a report, for pasting into tickets and pull requests: stories
 * ranked by uncredited reuse, each with its root and who took from whom, then the top
 * pairs with their direction evidence. Pure; every piece of text is escaped for Markdown
 * (and for the HTML that Markdown renderers let through).
 */
import type { Report } from '../types.js';
import { escapeMarkdown } from './escape.js';
import { rankClusters } from './overview.js';

/** Options of the Markdown summary. */
export interface MarkdownContext {
  readonly title?: string;
  /** At most this many stories are listed. */
  readonly maxStories?: number;
  /** At most this many pairs per story are listed. */
  readonly maxPairs?: number;
}

const code = (id: string): string => escapeMarkdown(id);
const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** Formats a report as a Markdown summary. */
export function formatMarkdown(report: Report, ctx: MarkdownContext = {}): string {
  const maxStories = ctx.maxStories ?? 20;
  const maxPairs = ctx.maxPairs ?? 10;
  const lines: string[] = [];
  const uncredited = report.pairs.filter((p) => !p.credit?.credited).length;
  lines.push(`## ${escapeMarkdown(ctx.title ?? 'wiretrace: reused text')}`, '');
  lines.push(
    `${report.documents.length} documents, ${report.pairs.length} pairs with reuse (${uncredited} without credit), ${report.clusters.length} ${report.clusters.length === 1 ? 'story' : 'stories'}.`,
    '',
  );
  const ranked = rankClusters(report);
  for (const story of ranked.slice(0, maxStories)) {
    const c = story.cluster;
    lines.push(`### Story ${escapeMarkdown(c.id)}: ${c.documents.length} documents, root ${c.root ? code(c.root) : 'undecided'}`, '');
    if (c.edges && c.edges.length > 0) {
      for (const e of c.edges) {
        const credit = e.credited === true ? 'credited' : e.credited === false ? '**uncredited**' : 'credit unknown';
        lines.push(`- ${code(e.copy)} took ${e.passages} passage${e.passages === 1 ? '' : 's'} from ${code(e.source)} (${credit})`);
      }
      lines.push('');
    }
    lines.push('| copy | source | credit | passages | copy coverage | direction |', '| --- | --- | --- | --- | --- | --- |');
    for (const line of story.pairs.slice(0, maxPairs)) {
      const p = line.pair;
      const credit = line.credited === true ? `credited: ${p.credit!.phrases.map((x) => `“${escapeMarkdown(x)}”`).join(', ')}` : line.credited === false ? '**uncredited**' : 'unknown';
      const coverage = line.copy === p.a.id ? p.a.coverage : p.b.coverage;
      const direction = p.direction
        ? `${pct(p.direction.confidence)}: ${escapeMarkdown(p.direction.evidence[0] ?? '')}`
        : p.commonSource
          ? `none: both from ${code(p.commonSource)}`
          : 'undecided';
      lines.push(`| ${code(line.copy)} | ${code(line.source)} | ${credit} | ${p.passages.length} | ${pct(coverage)} | ${direction} |`);
    }
    if (story.pairs.length > maxPairs) lines.push('', `… and ${story.pairs.length - maxPairs} more pairs.`);
    lines.push('');
  }
  if (ranked.length > maxStories) lines.push(`… and ${ranked.length - maxStories} more stories.`, '');
  return `${lines.join('\n').trimEnd()}\n`;
}
