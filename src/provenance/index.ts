/**
 * Provenance: who copied whom, and whether the copy credits its source.
 * SEAM (first cut, replaced by the provenance work): decides nothing yet.
 */
import type { Credit, Direction, Passage, TextDoc } from '../types.js';

/** What the corpus knows beyond the pair (e.g. each source's history of being copied). */
export interface ProvenanceContext {
  /** For a source name: how often it was the earlier side of a pair so far, and how often the later. */
  readonly history?: ReadonlyMap<string, { readonly earlier: number; readonly later: number }>;
}

/** Infers which document of a pair is the source, with evidence; null when the evidence does not decide. */
export function inferDirection(
  a: TextDoc,
  b: TextDoc,
  passages: readonly Passage[],
  context: ProvenanceContext = {},
): Direction | null {
  void a, b, passages, context;
  return null;
}

/** Whether `copy` names `source`'s publisher ("sources told The Sun", "according to Sky News", "(PA)"). */
export function detectCredit(copy: TextDoc, source: TextDoc): Credit | null {
  void copy, source;
  return null;
}
