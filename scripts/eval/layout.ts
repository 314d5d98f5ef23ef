/**
 * Reads a labelled reuse corpus in the layout `gen-reuse` writes and README documents
 * ("Evaluating reuse detection"): `pairs.tsv` (source, derived, label; paths relative to
 * the corpus directory; `#` comments) and optional `spans.jsonl` (character-offset truth).
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

/** A half-open character range. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** One labelled pair. */
export interface LabelledPair {
  /** Paths as resolved (absolute when the corpus directory is). */
  readonly source: string;
  readonly derived: string;
  /** wholly | partially | none, or near | light | heavy | none for graded data, or '' when unlabelled. */
  readonly label: string;
}

/** One copied passage of the truth. */
export interface TruthSpan {
  readonly source: Range;
  readonly derived: Range;
}

/** A labelled corpus. `spans` is null when the corpus has no span truth. */
export interface LabelledCorpus {
  readonly dir: string;
  readonly pairs: readonly LabelledPair[];
  readonly spans: readonly (readonly TruthSpan[])[] | null;
}

export const TERNARY_LABELS = ['wholly', 'partially', 'none'] as const;
export const GRADED_LABELS = ['near', 'light', 'heavy', 'none'] as const;

/** Reads `dir/pairs.tsv` and, when present, `dir/spans.jsonl`. Throws with the file and line on a malformed line. */
export function readLabelledCorpus(dir: string): LabelledCorpus {
  const tsv = join(dir, 'pairs.tsv');
  const pairs: LabelledPair[] = [];
  readFileSync(tsv, 'utf8').split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [source, derived, label = ''] = line.split('\t');
    if (!source || !derived) throw new Error(`${tsv}:${i + 1}: expected source<TAB>derived<TAB>label`);
    const resolve = (p: string) => (isAbsolute(p) ? p : join(dir, p));
    pairs.push({ source: resolve(source), derived: resolve(derived), label: label.trim() });
  });
  const spansFile = join(dir, 'spans.jsonl');
  let spans: TruthSpan[][] | null = null;
  if (existsSync(spansFile)) {
    spans = pairs.map(() => []);
    readFileSync(spansFile, 'utf8').split(/\r?\n/).forEach((line, i) => {
      if (line.trim() === '') return;
      const rec = JSON.parse(line) as { pair: number; source: Range; derived: Range };
      if (!Number.isInteger(rec.pair) || rec.pair < 0 || rec.pair >= pairs.length) {
        throw new Error(`${spansFile}:${i + 1}: pair ${rec.pair} is not a line of pairs.tsv (0–${pairs.length - 1})`);
      }
      spans![rec.pair]!.push({ source: rec.source, derived: rec.derived });
    });
  }
  return { dir, pairs, spans };
}
