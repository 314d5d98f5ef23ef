/**
 * A small seeded pseudo-random generator for the benchmark corpus: the same seed gives the
 * same corpus on every machine and Node version (Math.random cannot be seeded).
 * mulberry32 (scripts/lib/mulberry32.ts): 32-bit state, fast, good enough for text synthesis.
 */
import { MULBERRY_INCREMENT, mulberry32 } from '../lib/mulberry32.js';

/** A seeded random source. */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** Standard normal deviate (Box–Muller). */
  normal(): number;
  /**
   * A new generator whose stream is independent of this one's and of every other fork's
   * (per-document streams): it steps by an increment of its own. Forks that only started
   * elsewhere on mulberry32's one cycle shared long runs of draws whenever their starts
   * were a few thousand steps apart — about one pair in a million, so ~5,000 pairs of
   * articles with identical runs of random words in a 100,000-article corpus, reuse that
   * the truth did not list (most of the benchmark's false alarms at 100k).
   */
  fork(salt: number): Rng;
}


/**
 * Makes a generator from a 32-bit seed. `increment` (odd) steps the state: mulberry32's
 * own by default; streams with different increments never run in step.
 */
export function makeRng(seed: number, increment = MULBERRY_INCREMENT): Rng {
  const next = mulberry32(seed, increment);
  const rng: Rng = {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    normal: () => {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    fork: (salt) => makeRng(mix(seed, salt), mix(salt ^ FORK_INCREMENT_SALT, seed)),
  };
  return rng;
}

/** Salt of a fork's increment, so it is not its seed. */
const FORK_INCREMENT_SALT = 0x2545f491;

/** Mixes two 32-bit numbers into a new seed (murmur3 finaliser). */
export function mix(a: number, b: number): number {
  let h = (a ^ Math.imul(b, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
