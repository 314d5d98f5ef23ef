import type { TextDoc } from '../types.js';
import type { Draft } from './build-passages.js';

/**
 * Splits passage drafts that cross a segment boundary (removed boilerplate, or a switch
 * between body and caption) on either side, so that boilerplate never takes part in a
 * passage: the draft's aligned sentence pairs are grouped by the segments they lie in, and
 * each group becomes a draft of its own, clipped to the original token ranges.
 */
export function splitAtSegments(drafts: readonly Draft[], a: TextDoc, b: TextDoc, aSent: Int32Array, bSent: Int32Array): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const segA = (k: number) => a.sentences[k]!.segment;
    const segB = (k: number) => b.sentences[k]!.segment;
    if (segA(aSent[d.aFirst]!) === segA(aSent[d.aEnd - 1]!) && segB(bSent[d.bFirst]!) === segB(bSent[d.bEnd - 1]!)) {
      out.push(d);
      continue;
    }
    const groups = new Map<string, [number, number][]>();
    for (const link of d.links) {
      const key = `${segA(link[0])}:${segB(link[1])}`;
      const group = groups.get(key);
      if (group) group.push(link);
      else groups.set(key, [link]);
    }
    for (const links of groups.values()) {
      const aFirst = Math.max(d.aFirst, Math.min(...links.map(([ka]) => a.sentences[ka]!.firstToken)));
      const aEnd = Math.min(d.aEnd, Math.max(...links.map(([ka]) => a.sentences[ka]!.endToken)));
      const bFirst = Math.max(d.bFirst, Math.min(...links.map(([, kb]) => b.sentences[kb]!.firstToken)));
      const bEnd = Math.min(d.bEnd, Math.max(...links.map(([, kb]) => b.sentences[kb]!.endToken)));
      if (aEnd <= aFirst || bEnd <= bFirst) continue;
      out.push({ ...d, aFirst, aEnd, bFirst, bEnd, matched: Math.min(aEnd - aFirst, bEnd - bFirst), links });
    }
  }
  return out;
}
