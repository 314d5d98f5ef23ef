/**
 * Mulberry32 (Tommy Ettinger, public domain): a small seeded PRNG giving floats in [0, 1),
 * so every generated corpus and training run is reproducible (Math.random cannot be
 * seeded). The one copy the scripts share: scripts/synth/rng.ts and scripts/bench/rng.ts
 * build their generators on it.
 */

/** mulberry32's step: the Weyl increment of its 32-bit state. */
export const MULBERRY_INCREMENT = 0x6d2b79f5;

/** mulberry32's output for a state (already stepped): a float in [0, 1). */
export function mulberry32Output(state: number): number {
  let t = state >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/**
 * A generator from a 32-bit seed. `increment` (made odd) steps the state: mulberry32's own
 * by default; streams with different increments never run in step.
 */
export function mulberry32(seed: number, increment = MULBERRY_INCREMENT): () => number {
  let s = seed >>> 0;
  const step = (increment | 1) >>> 0;
  return () => {
    s = (s + step) >>> 0;
    return mulberry32Output(s);
  };
}
