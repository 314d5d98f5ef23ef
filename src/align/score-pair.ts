import type { Derivation, Passage, Span, TextDoc } from '../types.js';
import { KIND_WEIGHT, PARTIALLY_MIN_CHARS, PARTIALLY_MIN_SHARE, QUOTATION_WEIGHT, WHOLLY_MIN_SHARE } from './constants.js';

/** Characters of the union of `spans` that lie inside the sorted, disjoint `zones`. */
function charsInside(spans: readonly Span[], zones: readonly Span[]): number {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  let total = 0;
  let zone = 0;
  let coveredTo = -1;
  for (const s of sorted) {
    const start = Math.max(s.start, coveredTo);
    if (s.end <= start) continue;
    coveredTo = s.end;
    while (zone < zones.length && zones[zone]!.end <= start) zone++;
    for (let z = zone; z < zones.length && zones[z]!.start < s.end; z++) {
      total += Math.max(0, Math.min(zones[z]!.end, s.end) - Math.max(zones[z]!.start, start));
    }
  }
  return total;
}

/** One side's scores in a pair. */
export interface SideScore {
  /** Share of the body inside passages, 0–1. */
  readonly coverage: number;
  /** Share of the body inside passages, weighted by kind and quotation, 0–1. */
  readonly weighted: number;
  /** Body characters inside passages. */
  readonly chars: number;
  readonly derivation: Derivation;
}

/**
 * Coverage and derivation of one side (`side` of each passage) of a pair: how much of
 * `doc`'s body (captions and boilerplate excluded) lies inside the passages, and the
 * verdict from that share weighted by passage kind (rewrites count less) and quotation.
 */
export function scoreSide(doc: TextDoc, passages: readonly Passage[], side: 'a' | 'b'): SideScore {
  const body = doc.clean.body;
  const spans = passages.map((p) => p[side]);
  const chars = charsInside(spans, body);
  const coverage = doc.bodyChars > 0 ? Math.min(1, chars / doc.bodyChars) : 0;
  let weightedChars = 0;
  for (const p of passages) {
    const inBody = charsInside([p[side]], body);
    weightedChars += inBody * KIND_WEIGHT[p.kind] * (p.quotation ? QUOTATION_WEIGHT : 1);
  }
  const weighted = doc.bodyChars > 0 ? Math.min(1, weightedChars / doc.bodyChars) : 0;
  const derivation: Derivation =
    weighted >= WHOLLY_MIN_SHARE ? 'wholly' : weighted >= PARTIALLY_MIN_SHARE && weightedChars >= PARTIALLY_MIN_CHARS ? 'partially' : 'none';
  return { coverage: Math.round(coverage * 1e4) / 1e4, weighted, chars, derivation };
}
