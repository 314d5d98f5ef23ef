/**
 * The floor of issue 9: a bare single-threaded pass that reads every file of a corpus,
 * lower-cases it, splits it into words, hashes every word 5-gram and counts the hashes in
 * a typed-array hash table. Nothing that finds reuse can be cheaper than this, so `scan`
 * is measured against it (the target: within 4× of this pass, in the same run).
 *
 *   node dist/scripts/bench/bare-pass.js DIR [--json]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Words per shingle (the word 5-grams). */
const SHINGLE_WORDS = 5;
/** Initial slots of the count table (grows ×2 at half load, linear probing). */
const INITIAL_SLOTS = 1 << 22;
/** Multiplier of the polynomial rolling hash over word hashes. */
const ROLL = 0x01000193;

/** What the bare pass measured. */
export interface BarePassResult {
  readonly docs: number;
  readonly bytes: number;
  readonly tokens: number;
  readonly shingles: number;
  readonly distinct: number;
  readonly seconds: number;
}

/** Files of a corpus directory, sorted; `NAME.meta.json` sidecars are metadata, not articles. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && !entry.name.endsWith('.meta.json')) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

/** An open-addressing table of 32-bit hash → count, in two typed arrays. 0 marks an empty slot. */
class CountTable {
  private keys = new Uint32Array(INITIAL_SLOTS);
  private counts = new Uint32Array(INITIAL_SLOTS);
  private mask = INITIAL_SLOTS - 1;
  size = 0;

  add(hash: number): void {
    const key = hash === 0 ? 1 : hash;
    let slot = key & this.mask;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === key) {
        this.counts[slot]!++;
        return;
      }
      if (k === 0) {
        this.keys[slot] = key;
        this.counts[slot] = 1;
        if (++this.size * 2 > this.mask) this.grow();
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const { keys, counts } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.counts = new Uint32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key === 0) continue;
      let slot = key & this.mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.counts[slot] = counts[i]!;
    }
  }
}

/** Spreads the bits of a 32-bit hash (murmur3 finaliser), so low bits index the table well. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Runs the bare pass over every file under `dir`. */
export function barePass(dir: string): BarePassResult {
  const started = performance.now();
  const files = listFiles(dir);
  const table = new CountTable();
  const ring = new Uint32Array(SHINGLE_WORDS);
  let rollOut = 1; // ROLL^SHINGLE_WORDS mod 2^32: weight of the word leaving the window
  for (let i = 0; i < SHINGLE_WORDS; i++) rollOut = Math.imul(rollOut, ROLL);
  let bytes = 0;
  let tokens = 0;
  let shingles = 0;
  for (const file of files) {
    const buf = readFileSync(file);
    bytes += buf.length;
    const text = buf.toString('utf8').toLowerCase();
    let inWord = false;
    let wordHash = 0;
    let roll = 0;
    let words = 0;
    for (let c = 0, n = text.length; c <= n; c++) {
      const code = c < n ? text.charCodeAt(c) : 32;
      const wordChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code >= 0xc0 || (inWord && code === 39);
      if (wordChar) {
        if (!inWord) {
          inWord = true;
          wordHash = 0x811c9dc5;
        }
        wordHash = Math.imul(wordHash ^ code, 0x01000193);
      } else if (inWord) {
        inWord = false;
        const slot = words % SHINGLE_WORDS;
        roll = (Math.imul(roll, ROLL) + wordHash - Math.imul(words >= SHINGLE_WORDS ? ring[slot]! : 0, rollOut)) | 0;
        ring[slot] = wordHash;
        words++;
        if (words >= SHINGLE_WORDS) {
          table.add(fmix(roll));
          shingles++;
        }
      }
    }
    tokens += words;
  }
  return { docs: files.length, bytes, tokens, shingles, distinct: table.size, seconds: (performance.now() - started) / 1000 };
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    process.stderr.write('usage: bare-pass DIR [--json]\n');
    process.exitCode = 2;
    return;
  }
  const result = barePass(dir);
  if (args.includes('--json')) process.stdout.write(JSON.stringify(result) + '\n');
  else {
    process.stdout.write(
      `bare pass: ${result.docs} docs, ${(result.bytes / 1e6).toFixed(1)} MB, ${result.tokens} words, ` +
        `${result.shingles} 5-grams (${result.distinct} distinct) in ${result.seconds.toFixed(2)} s\n`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
