import { mix32 } from '../text/hash.js';

/** Ints per entry of `keys`: hash, packed length (-1: not packed), two ints of packed characters. */
const KEY = 4;

/**
 * Strings (words, stems) as dense ids 0, 1, 2, … in the order first added, found by a 32-bit
 * hash the caller gives (`hashWord`) in an open-addressing table and confirmed by their
 * characters, so two strings with one hash never share an id. Up to 8 Latin-1 characters are
 * packed into the entry itself (most words: checked without reading a stored string); longer
 * strings are kept as flat copies, so a word sliced from an article never keeps the whole
 * article text alive. A lookup touches a slot and an entry: typed arrays, not a Map's strings.
 */
export class WordTable {
  private slots = new Int32Array(1 << 10);
  private keys = new Int32Array(KEY * 512);
  private strings: string[] = [];
  /** The slot where the last `find` stopped (where `add` puts a string not found). */
  private lastSlot = 0;
  private packedLength = -1;
  private packedLo = 0;
  private packedHi = 0;

  get size(): number {
    return this.strings.length;
  }

  /** Packs up to 8 Latin-1 characters of `s` into `packedLo`/`packedHi`; `packedLength` -1 when it does not fit. */
  private pack(s: string): void {
    this.packedLength = -1;
    if (s.length > 8) return;
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 0xff) return;
      if (i < 4) lo |= c << (8 * i);
      else hi |= c << (8 * (i - 4));
    }
    this.packedLength = s.length;
    this.packedLo = lo;
    this.packedHi = hi;
  }

  /** The id of `s` (whose hash is `hash`), or -1 when it has none yet. */
  find(s: string, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = mix32(hash) & mask;
    let packed = false;
    for (;;) {
      const e = this.slots[slot]!;
      if (e === 0) break;
      const base = (e - 1) * KEY;
      if (this.keys[base] === (hash | 0)) {
        const length = this.keys[base + 1]!;
        if (length < 0) {
          if (this.strings[e - 1] === s) return e - 1;
        } else if (s.length === length) {
          if (!packed) {
            this.pack(s);
            packed = true;
          }
          if (this.packedLength === length && this.packedLo === this.keys[base + 2] && this.packedHi === this.keys[base + 3]) return e - 1;
        }
      }
      slot = (slot + 1) & mask;
    }
    this.lastSlot = slot;
    return -1;
  }

  /** Adds `s` (just not found by `find(s, hash)`) and returns its id. */
  add(s: string, hash: number): number {
    const id = this.strings.length;
    if ((id + 1) * KEY > this.keys.length) {
      const grown = new Int32Array(2 * this.keys.length);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.pack(s);
    const base = id * KEY;
    this.keys[base] = hash | 0;
    this.keys[base + 1] = this.packedLength;
    this.keys[base + 2] = this.packedLength < 0 ? 0 : this.packedLo;
    this.keys[base + 3] = this.packedLength < 0 ? 0 : this.packedHi;
    // A flat copy (a slice of a concatenation), not a view into the text the string came from.
    this.strings.push(this.packedLength < 0 ? (' ' + s).slice(1) : '');
    this.slots[this.lastSlot] = id + 1;
    if (2 * this.strings.length > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(2 * this.slots.length);
    const mask = slots.length - 1;
    for (let e = 0; e < this.strings.length; e++) {
      let slot = mix32(this.keys[e * KEY]!) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = e + 1;
    }
    this.slots = slots;
  }
}
