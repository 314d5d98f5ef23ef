/**
 * Scores a scan report against a generated corpus's truth: pair precision and recall on
 * wholly and partially reused pairs. A pair counts as found when the report lists it (at
 * least one side's derivation is not `none`, as the contract says). `related` truth pairs
 * (two copies of one original) are neither rewarded nor punished.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** One line of truth.jsonl. */
export interface TruthPair {
  readonly a: string;
  readonly b: string;
  readonly class: 'wholly' | 'partially' | 'related';
  readonly source: string;
  readonly copy: string | null;
  readonly shared: number;
}

/** Precision and recall of a report's pairs. */
export interface PairScore {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly listed: number;
  readonly truth: number;
  readonly precision: number;
  readonly recall: number;
  readonly recallWholly: number;
  readonly recallPartially: number;
  /** Of the truth pairs found, the share where the copy's derivation matches the truth class. */
  readonly derivationAgreement: number;
  /** A few misses and false alarms, for looking at. */
  readonly examples: { readonly missed: readonly TruthPair[]; readonly falseAlarms: readonly string[] };
}

interface ReportPair {
  readonly a: { readonly id: string; readonly derivation: string };
  readonly b: { readonly id: string; readonly derivation: string };
}

const key = (a: string, b: string): string => (a < b ? `${a}\t${b}` : `${b}\t${a}`);

/** Reads truth.jsonl. */
export function readTruth(file: string): TruthPair[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as TruthPair);
}

/**
 * The pairs of a JSON report file (ids and derivations), read line by line: a 100k report
 * (~800 MB) is longer than the longest string V8 makes, so it cannot be `JSON.parse`d
 * whole. Relies on the layout `scan --json` writes (`JSON.stringify(report, null, 2)`).
 */
export function readReportPairs(file: string): ReportPair[] {
  const pairs: ReportPair[] = [];
  const fd = openSync(file, 'r');
  const chunk = Buffer.alloc(1 << 20);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let inPairs = false;
  let side: 'a' | 'b' | null = null;
  let current: { a: { id: string; derivation: string }; b: { id: string; derivation: string } } = { a: { id: '', derivation: '' }, b: { id: '', derivation: '' } };
  const onLine = (line: string): void => {
    if (!inPairs) {
      inPairs = line === '  "pairs": [';
      return;
    }
    if (line === '  ]' || line === '  ],') inPairs = false;
    else if (line === '      "a": {' || line === '      "b": {') side = line.includes('"a"') ? 'a' : 'b';
    else if (side && line.startsWith('        "id": ')) current[side].id = JSON.parse(line.slice(14).replace(/,$/, '')) as string;
    else if (side && line.startsWith('        "derivation": ')) {
      current[side].derivation = JSON.parse(line.slice(22).replace(/,$/, '')) as string;
      if (side === 'b') {
        pairs.push(current);
        current = { a: { id: '', derivation: '' }, b: { id: '', derivation: '' } };
      }
      side = null;
    }
  };
  try {
    for (let got = readSync(fd, chunk); got > 0; got = readSync(fd, chunk)) {
      const lines = (rest + decoder.write(chunk.subarray(0, got))).split('\n');
      rest = lines.pop()!;
      lines.forEach(onLine);
    }
    onLine(rest + decoder.end());
  } finally {
    closeSync(fd);
  }
  return pairs;
}

/** Scores the `pairs` of a report against the truth. */
export function scorePairs(pairs: readonly ReportPair[], truth: readonly TruthPair[]): PairScore {
  const truthByKey = new Map<string, TruthPair>();
  for (const t of truth) truthByKey.set(key(t.a, t.b), t);
  const listed = pairs.filter((p) => p.a.derivation !== 'none' || p.b.derivation !== 'none');
  let tp = 0;
  let fp = 0;
  let agree = 0;
  const found = new Set<string>();
  const falseAlarms: string[] = [];
  const foundByClass = { wholly: 0, partially: 0 };
  for (const p of listed) {
    const k = key(p.a.id, p.b.id);
    const t = truthByKey.get(k);
    if (!t) {
      fp++;
      if (falseAlarms.length < 10) falseAlarms.push(k);
      continue;
    }
    if (t.class === 'related' || found.has(k)) continue;
    found.add(k);
    tp++;
    foundByClass[t.class]++;
    const copySide = p.a.id === t.copy ? p.a : p.b;
    if (copySide.derivation === t.class) agree++;
  }
  const scored = truth.filter((t) => t.class !== 'related');
  const wholly = scored.filter((t) => t.class === 'wholly').length;
  const partially = scored.length - wholly;
  const missed = scored.filter((t) => !found.has(key(t.a, t.b))).slice(0, 10);
  const ratio = (x: number, y: number): number => (y === 0 ? 1 : x / y);
  return {
    truePositives: tp,
    falsePositives: fp,
    listed: listed.length,
    truth: scored.length,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, scored.length),
    recallWholly: ratio(foundByClass.wholly, wholly),
    recallPartially: ratio(foundByClass.partially, partially),
    derivationAgreement: ratio(agree, tp),
    examples: { missed, falseAlarms },
  };
}
