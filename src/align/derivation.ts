import type { Derivation } from '../types.js';
import { CLOSE_PASSAGE_MIN_CHARS, DERIVED_MIN_CHARS } from './constants.js';
import { DERIVATION_MODEL, MODEL_CLASSES, MODEL_FEATURES, MODEL_FLOOR_CONTAINMENT, MODEL_USES_FLOORS } from './derivation-model.js';

/** What a document's verdict is decided from: shares of its body, 0–1, unless said. */
export interface DerivationFeatures {
  /** Inside any passage. */
  readonly coverage: number;
  /** Inside verbatim / light / rewrite passages that are not mostly quotation. */
  readonly verbatim: number;
  readonly light: number;
  /** Inside verbatim or light passages together (on real wire copy the two differ mostly by the wire's typography: quotes, `#` for £). */
  readonly close: number;
  readonly rewrite: number;
  /** Inside passages that are mostly a third party's quoted words. */
  readonly quotation: number;
  /** The longest passage (not quotation). */
  readonly longest: number;
  /** The other document's coverage. */
  readonly otherCoverage: number;
  /** log2 of this body's length over the other's, clipped to ±3. */
  readonly lengthRatio: number;
  /** Share of this body's distinct word n-grams (n = 1, 3, 5) that the other body also has (`ngram-containment.ts`). */
  readonly containment1: number;
  readonly containment3: number;
  readonly containment5: number;
  /** How the body shares its words with the other (`reading-features.ts`): 3-gram containment outside quotation, outside quotation without names or numbers, of the lead; share of sentences matched; share of its 3-grams in quotation. */
  readonly narration3: number;
  readonly plain3: number;
  readonly lead3: number;
  readonly sentenceShare: number;
  readonly quotedShare: number;
  /** log2(1 + evidence passages that are not quotation). */
  readonly passages: number;
  /** Body characters inside passages that are not quotation (not a model feature: a floor). */
  readonly derivedChars: number;
  /** Body characters of the longest verbatim or light passage that is not quotation (not a model feature: a floor). */
  readonly longestCloseChars: number;
  /** Body characters inside stock or template passages, which are no evidence (not a model feature: a floor). */
  readonly formulaicChars: number;
}

/** The verdict and the model's probability of each class. */
export interface DerivationVerdict {
  readonly derivation: Derivation;
  readonly probabilities: Readonly<Record<Derivation, number>>;
}

/** Class probabilities of the derivation model for one feature vector. */
export function derivationProbabilities(features: DerivationFeatures): Record<Derivation, number> {
  const m = DERIVATION_MODEL;
  const x = MODEL_FEATURES.map((name, i) => (features[name] - m.mean[i]!) / m.scale[i]!);
  const logits = m.weights.map((row, c) => row.reduce((sum, w, i) => sum + w * x[i]!, m.bias[c]!));
  const top = Math.max(...logits);
  const exp = logits.map((l) => Math.exp(l - top));
  const total = exp.reduce((s, e) => s + e, 0);
  const out = {} as Record<Derivation, number>;
  MODEL_CLASSES.forEach((c, i) => (out[c] = exp[i]! / total));
  return out;
}

/**
 * The two character floors on a model verdict: a document sharing fewer than
 * `DERIVED_MIN_CHARS` characters outside quotations with the other is never derived (one
 * stock sentence or a shared quote is not a taken article), and one that carries a passage
 * of `CLOSE_PASSAGE_MIN_CHARS` or more taken verbatim or lightly edited is at least
 * partially derived, however long the rest of it is (two independent reporters do not
 * write the same two sentences). The first floor spares a document whose word 3-grams
 * outside quotation marks are contained in the other at least `floorContainment`
 * (`narration3`: a copy reworded throughout leaves no passage but keeps the narration's
 * 3-grams, and METER dev labels such copies derived; a shared quote alone does not count)
 * and that shares no stock or template passage (formulaic text shares 3-grams too, and is
 * no evidence): there the model decides.
 */
export function applyFloors(derivation: Derivation, features: DerivationFeatures, floorContainment: number = MODEL_FLOOR_CONTAINMENT): Derivation {
  let out = derivation;
  if (out === 'none' && features.longestCloseChars >= CLOSE_PASSAGE_MIN_CHARS) out = 'partially';
  if (features.derivedChars < DERIVED_MIN_CHARS && (features.narration3 < floorContainment || features.formulaicChars > 0)) out = 'none';
  return out;
}

/**
 * A document's derivation: the most probable class under the model fitted on real labelled
 * data (derivation-model.ts), with the floors of `applyFloors` where the fitting script's
 * cross-validation kept them (`MODEL_USES_FLOORS`).
 */
export function decideDerivation(features: DerivationFeatures): DerivationVerdict {
  const probabilities = derivationProbabilities(features);
  let derivation: Derivation = 'none';
  for (const c of MODEL_CLASSES) if (probabilities[c] > probabilities[derivation]) derivation = c;
  if (MODEL_USES_FLOORS) derivation = applyFloors(derivation, features);
  return { derivation, probabilities };
}
