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

/**
 * The text stage: tokens (with offsets and matching forms), their hashes, and sentences of
 * an article's body and captions. Boilerplate never reaches this stage's output.
 */
export function analyzeText(article: Article, clean: CleanDoc): TextDoc {
  const text = article.text;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let bodyChars = 0;
  for (const { span, zone } of matchableZones(clean)) {
    if (zone === 'body') bodyChars += span.end - span.start;
    for (const sentence of splitSentences(text, span)) {
      const firstToken = tokens.length;
      tokenize(text, sentence, tokens);
      if (tokens.length > firstToken) {
        sentences.push({ start: sentence.start, end: sentence.end, firstToken, endToken: tokens.length, zone });
      }
    }
  }
  const wordHashes = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) wordHashes[i] = hashWord(tokens[i]!.norm);
  return { article, clean, tokens, sentences, bodyChars, wordHashes };
}
