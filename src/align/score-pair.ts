import type { Derivation, Passage, Span, TextDoc } from '../types.js';
import { decideDerivation, type DerivationFeatures } from './derivation.js';
import { ngramContainments } from './ngram-containment.js';
import { readingFeatures } from './reading-features.js';

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
  /** Body characters inside passages. */
  readonly chars: number;
  readonly derivation: Derivation;
  /** What the derivation was decided from. */
  readonly features: DerivationFeatures;
  readonly probabilities: Readonly<Record<Derivation, number>>;
}

function share(chars: number, doc: TextDoc): number {
  return doc.bodyChars > 0 ? Math.min(1, chars / doc.bodyChars) : 0;
}

/** Coverage of `doc`'s body by the `side` of the passages. */
function coverageOf(doc: TextDoc, passages: readonly Passage[], side: 'a' | 'b'): number {
  return share(charsInside(passages.map((p) => p[side]), doc.clean.body), doc);
}

/** The features of one side's verdict (see `DerivationFeatures`). */
export function derivationFeatures(doc: TextDoc, other: TextDoc | null, passages: readonly Passage[], side: 'a' | 'b', all: readonly Passage[] = passages): DerivationFeatures {
  const body = doc.clean.body;
  const byKind = { verbatim: [] as Span[], light: [] as Span[], rewrite: [] as Span[], quotation: [] as Span[] };
  let longest = 0;
  let longestClose = 0;
  let evidence = 0;
  for (const p of passages) {
    // Stock and template passages are not evidence (formulaic.ts); callers pass evidence only, this keeps the kinds apart.
    if (p.kind === 'stock' || p.kind === 'template') continue;
    if (p.quotation) byKind.quotation.push(p[side]);
    else {
      byKind[p.kind].push(p[side]);
      evidence++;
      const chars = charsInside([p[side]], body);
      longest = Math.max(longest, chars);
      if (p.kind !== 'rewrite') longestClose = Math.max(longestClose, chars);
    }
  }
  const formulaic = all.filter((p) => p.kind === 'stock' || p.kind === 'template').map((p) => p[side]);
  const derivedChars = charsInside([...byKind.verbatim, ...byKind.light, ...byKind.rewrite], body);
  const otherSide = side === 'a' ? 'b' : 'a';
  const contained = other ? ngramContainments(doc, other) : [0, 0, 0];
  const lengthRatio = other ? Math.max(-3, Math.min(3, Math.log2((doc.bodyChars + 1) / (other.bodyChars + 1)))) : 0;
  return {
    coverage: coverageOf(doc, passages, side),
    verbatim: share(charsInside(byKind.verbatim, body), doc),
    light: share(charsInside(byKind.light, body), doc),
    close: share(charsInside([...byKind.verbatim, ...byKind.light], body), doc),
    rewrite: share(charsInside(byKind.rewrite, body), doc),
    quotation: share(charsInside(byKind.quotation, body), doc),
    longest: share(longest, doc),
    otherCoverage: other ? coverageOf(other, passages, otherSide) : 0,
    lengthRatio,
    containment1: contained[0]!,
    containment3: contained[1]!,
    containment5: contained[2]!,
    ...readingFeatures(doc, other),
    passages: Math.log2(1 + evidence),
    derivedChars,
    longestCloseChars: longestClose,
    formulaicChars: charsInside(formulaic, body),
  };
}

/**
 * Coverage and derivation of one side (`side` of each passage) of a pair: how much of
 * `doc`'s body (captions and boilerplate excluded) lies inside the passages, and the
 * verdict of the learned derivation model (`derivation.ts`) on how much of it is verbatim,
 * lightly edited, rewritten or quotation. `other` is the pair's other document; `all` the
 * pair's passages with the stock and template ones that are no evidence (they only keep
 * the "too little shared" floor in force: `applyFloors`).
 */
export function scoreSide(doc: TextDoc, passages: readonly Passage[], side: 'a' | 'b', other: TextDoc | null = null, all: readonly Passage[] = passages): SideScore {
  const features = derivationFeatures(doc, other, passages, side, all);
  const { derivation, probabilities } = decideDerivation(features);
  return {
    coverage: Math.round(features.coverage * 1e4) / 1e4,
    chars: charsInside(passages.map((p) => p[side]), doc.clean.body),
    derivation,
    features,
    probabilities,
  };
}
