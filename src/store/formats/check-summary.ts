/**
 * Plain-word summaries shared by the check formatters.
 */
import type { PassageKind } from '../../types.js';
import type { CheckMatch } from '../check-articles.js';
import { percent } from '../../report/escape.js';

/** `3 passages (2 verbatim, 1 light)`. */
export function passageCounts(match: CheckMatch): string {
  const counts = new Map<PassageKind, number>();
  for (const p of match.pair.passages) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  const n = match.pair.passages.length;
  const parts = (['verbatim', 'light', 'rewrite', 'template', 'stock'] as const).filter((k) => counts.has(k)).map((k) => `${counts.get(k)} ${k}`);
  return `${n} ${n === 1 ? 'passage' : 'passages'}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

/** `wholly derived from lbc/x.txt (lbc, 2024-05-01): 92% of its body` — the incoming side's verdict on one match. */
export function matchVerdict(match: CheckMatch): string {
  const { archived, pair } = match;
  const about = [archived.source, archived.published].filter(Boolean).join(', ');
  const verdict = pair.a.derivation === 'none' ? 'shares text with' : `${pair.a.derivation} derived from`;
  return `${verdict} archived ${archived.id}${about ? ` (${about})` : ''}: ${percent(pair.a.coverage)} of its body, ${passageCounts(match)}`;
}

/** `direction: lbc/x.txt → in/y.txt (confidence 0.80)`, or `direction: undecided`. */
export function directionText(match: CheckMatch): string {
  const d = match.pair.direction;
  return d ? `direction: ${d.source} → ${d.copy} (confidence ${d.confidence.toFixed(2)})` : 'direction: undecided';
}
