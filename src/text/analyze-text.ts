import type { Article, CleanDoc, Sentence, Span, TextDoc, Token } from '../types.js';
import { hashWord } from './hash.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

/** The zones of an article that take part in matching (body and captions), in text order. */
function matchableZones(clean: CleanDoc): { span: Span; zone: 'body' | 'caption' }[] {
  const zones = [
    ...clean.body.map((span) => ({ span, zone: 'body' as const })),
    ...clean.captions.map((span) => ({ span, zone: 'caption' as const })),
  ];
  return zones.sort((x, y) => x.span.start - y.span.start);
}

/** Whether any removed span lies (even partly) between `from` and `to`. Binary search: removed spans are sorted. */
function removedBetween(removed: readonly Span[], from: number, to: number): boolean {
  let lo = 0;
  let hi = removed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (removed[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < removed.length && removed[lo]!.start < to;
}

/**
 * The text stage: tokens (with offsets and matching forms), their hashes, and sentences of
 * an article's body and captions. Boilerplate never reaches this stage's output.
 */
export function analyzeText(article: Article, clean: CleanDoc): TextDoc {
  const text = article.text;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let bodyChars = 0;
  let segment = 0;
  const removed = [...clean.removed].sort((x, y) => x.start - y.start);
  let previous: { span: Span; zone: 'body' | 'caption' } | null = null;
  for (const current of matchableZones(clean)) {
    const { span, zone } = current;
    if (previous && (previous.zone !== zone || removedBetween(removed, previous.span.end, span.start))) segment++;
    previous = current;
    if (zone === 'body') bodyChars += span.end - span.start;
    for (const sentence of splitSentences(text, span)) {
      const firstToken = tokens.length;
      tokenize(text, sentence, tokens);
      if (tokens.length > firstToken) {
        sentences.push({ start: sentence.start, end: sentence.end, firstToken, endToken: tokens.length, zone, segment });
      }
    }
  }
  const wordHashes = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) wordHashes[i] = hashWord(tokens[i]!.norm);
  return { article, clean, tokens, sentences, bodyChars, wordHashes };
}
