/**
 * Per-document values the align stage computes once however many pairs a document is in
 * (sentence profiles, quoted spans, the token→sentence index), kept in one slot on the
 * document itself rather than in module-level `WeakMap`s: a `WeakMap` entry is an
 * ephemeron every minor garbage collection must trace (clean's line caches made its
 * scavenges 15 ms; memo slots made them 1.7 ms). The slot's key is a symbol, so
 * `JSON.stringify` and structured clones (worker messages) never see it.
 */
import type { Span, TextDoc } from '../types.js';
import type { SentenceProfile } from './sentence-profile.js';

/** What align remembers about one document. */
export interface AlignMemo {
  /** Sentence profiles and the vocabulary generation they were made in. */
  profiles: SentenceProfile[] | undefined;
  generation: number;
  /** Quoted spans of the article text. */
  quotes: readonly Span[] | undefined;
  /** For every token, the index of its sentence. */
  sentenceIndex: Int32Array | undefined;
}

const ALIGN_MEMO = Symbol('wiretrace.alignMemo');

type WithMemo = TextDoc & { [ALIGN_MEMO]?: AlignMemo };

/** The align memo of `doc`, made empty on first use. */
export function alignMemo(doc: TextDoc): AlignMemo {
  const holder = doc as WithMemo;
  let memo = holder[ALIGN_MEMO];
  if (memo === undefined) {
    memo = { profiles: undefined, generation: -1, quotes: undefined, sentenceIndex: undefined };
    holder[ALIGN_MEMO] = memo;
  }
  return memo;
}
