import type { TextDoc } from '../types.js';
import type { Chain } from './chain-runs.js';
import type { Run } from './find-runs.js';
import { INSERTED_SENTENCE_MIN_WORDS, INSERTION_OTHER_GAP_WORDS } from './constants.js';

/** Whether tokens `[from, to)` of `doc` hold at least one whole sentence of `INSERTED_SENTENCE_MIN_WORDS` or more (a real line, not a mangled fragment). */
function holdsSentence(doc: TextDoc, sentOf: Int32Array, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = sentOf[from]!; k < doc.sentences.length; k++) {
    const s = doc.sentences[k]!;
    if (s.firstToken >= to) return false;
    if (s.firstToken >= from && s.endToken <= to && s.endToken - s.firstToken >= INSERTED_SENTENCE_MIN_WORDS) return true;
  }
  return false;
}

function chainOf(runs: Run[]): Chain {
  let matched = 0;
  let aEnd = 0;
  let bEnd = 0;
  for (const r of runs) {
    matched += r.length - Math.max(0, aEnd - r.ai);
    aEnd = Math.max(aEnd, r.ai + r.length);
    bEnd = Math.max(bEnd, r.bi + r.length);
  }
  return { runs, aStart: runs[0]!.ai, aEnd, bStart: runs[0]!.bi, bEnd, matched };
}

/**
 * Splits chains where one text has a whole sentence the other lacks between two runs (the
 * paper's own line inserted into wire copy, or a wire sentence it cut) while the other text
 * runs on with at most `INSERTION_OTHER_GAP_WORDS` words: the copied text ends there, so the
 * passage does too. Gaps with unmatched words on both sides (a reworded clause) still chain.
 */
export function splitAtInsertions(chains: readonly Chain[], a: TextDoc, b: TextDoc, aSent: Int32Array, bSent: Int32Array): Chain[] {
  const out: Chain[] = [];
  for (const chain of chains) {
    const runs = [...chain.runs].sort((x, y) => x.ai - y.ai || x.bi - y.bi);
    let piece: Run[] = [runs[0]!];
    let aEnd = runs[0]!.ai + runs[0]!.length;
    let bEnd = runs[0]!.bi + runs[0]!.length;
    for (let i = 1; i < runs.length; i++) {
      const r = runs[i]!;
      const aGap = r.ai - aEnd;
      const bGap = r.bi - bEnd;
      const inserted =
        (aGap <= INSERTION_OTHER_GAP_WORDS && holdsSentence(b, bSent, bEnd, r.bi)) ||
        (bGap <= INSERTION_OTHER_GAP_WORDS && holdsSentence(a, aSent, aEnd, r.ai));
      if (inserted) {
        out.push(chainOf(piece));
        piece = [];
      }
      piece.push(r);
      aEnd = Math.max(aEnd, r.ai + r.length);
      bEnd = Math.max(bEnd, r.bi + r.length);
    }
    out.push(piece.length === chain.runs.length ? chain : chainOf(piece));
  }
  return out;
}
