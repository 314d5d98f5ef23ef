/**
 * A small seeded pseudo-random generator (mulberry32) for the synthetic corpora: the same
 * seed always gives the same corpus, on every machine and Node version.
 *
 * `fork(label)` derives an independent stream, so adding a random call in one part of the
 * generator does not shift the choices made in another (corpora stay stable as the
 * generator grows).
 */
import { MULBERRY_INCREMENT, mulberry32Output } from '../lib/mulberry32.js';

export class Rng {
  private state: number;

  /** @param seed any string or number; equal seeds give equal streams. */
  constructor(seed: string | number) {
    this.state = hashSeed(String(seed));
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + MULBERRY_INCREMENT) >>> 0;
    return mulberry32Output(this.state);
  }

  /** An integer in [lo, hi] (both inclusive). */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick: empty array');
    return items[Math.floor(this.next() * items.length)];
  }

  /** One key chosen with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let x = this.next() * total;
    for (const [key, w] of entries) {
      x -= w;
      if (x < 0) return key;
    }
    return entries[entries.length - 1][0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** `k` distinct elements in random order (all of them when `k` ≥ length). */
  sample<T>(items: readonly T[], k: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, k));
  }

  /** An independent stream named `label`, derived from this one's current state. */
  fork(label: string | number): Rng {
    return new Rng(`${this.state}:${label}`);
  }
}

/** FNV-1a over the string, then one round of mixing: a 32-bit seed. */
function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
