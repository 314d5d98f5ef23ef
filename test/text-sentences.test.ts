import test from 'ava';
import { splitSentences, tokenize, normalizeWord } from '../src/text/index.js';
import type { Token } from '../src/types.js';

const sentences = (text: string): string[] => splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

test('closing quotes stay with their sentence', (t) => {
  t.deepEqual(sentences('“It’s not going to happen,” he said. “Maybe they want a prime minister.” He left.'), [
    '“It’s not going to happen,” he said.',
    '“Maybe they want a prime minister.”',
    'He left.',
  ]);
});

test('titles, abbreviations and initials do not end sentences', (t) => {
  t.deepEqual(sentences('Mr. Wallace met Dr. Jones at 10 a.m. on Friday. J. K. Rowling was not there.'), [
    'Mr. Wallace met Dr. Jones at 10 a.m. on Friday.',
    'J. K. Rowling was not there.',
  ]);
  t.deepEqual(sentences('The U.S. envoy arrived. Talks began.'), ['The U.S. envoy arrived.', 'Talks began.']);
});

test('a dotted abbreviation followed by a sentence opener ends the sentence', (t) => {
  t.deepEqual(sentences('Sanctions were lifted by the U.S. The move surprised Moscow.'), ['Sanctions were lifted by the U.S.', 'The move surprised Moscow.']);
});

test('headlines without final punctuation end at a blank line, with any line ending', (t) => {
  for (const eol of ['\n', '\r\n', '\r']) {
    const text = `Wallace out of Nato race${eol}${eol}The defence secretary said so.${eol}`;
    t.deepEqual(sentences(text), ['Wallace out of Nato race', 'The defence secretary said so.'], JSON.stringify(eol));
  }
});

test('a single line break inside a paragraph is a space (hard-wrapped text)', (t) => {
  t.deepEqual(sentences('The committee met on\nTuesday and agreed. Then it\nadjourned.'), ['The committee met on\nTuesday and agreed.', 'Then it\nadjourned.']);
});

test('CJK full stops end sentences without a space', (t) => {
  t.deepEqual(sentences('北约秘书长今天发表讲话。他说乌克兰将成为成员！'), ['北约秘书长今天发表讲话。', '他说乌克兰将成为成员！']);
});

test('a sentence lowercase after a full stop continues (no split on "e.g. the")', (t) => {
  t.deepEqual(sentences('Prices rose 2.5 per cent. in March, officials said.'), ['Prices rose 2.5 per cent. in March, officials said.']);
});

test('unpunctuated text is cut into bounded sentences', (t) => {
  const text = 'word '.repeat(2000);
  const parts = splitSentences(text, { start: 0, end: text.length });
  t.true(parts.length > 1);
  for (const p of parts) t.true(p.end - p.start <= 2000);
});

const tokens = (text: string): Token[] => {
  const out: Token[] = [];
  tokenize(text, { start: 0, end: text.length }, out);
  return out;
};

test('tokens normalise case, curly apostrophes and diacritics, with offsets into the text', (t) => {
  const text = 'Britain’s Café, 1,000 NLAW shoulder-launched — “Zoë”';
  const toks = tokens(text);
  t.deepEqual(toks.map((x) => x.norm), ["britain's", 'cafe', '1,000', 'nlaw', 'shoulder', 'launched', 'zoe']);
  for (const tok of toks) t.is(normalizeWord(text.slice(tok.start, tok.end)), tok.norm);
});

test('scripts without spaces are tokenised by character', (t) => {
  t.deepEqual(tokens('北约 NATO 東京').map((x) => x.norm), ['北', '约', 'nato', '東', '京']);
});

test('astral characters keep their offsets whole', (t) => {
  const text = '𠀀𠀁 ok';
  const toks = tokens(text);
  t.deepEqual(toks.map((x) => text.slice(x.start, x.end)), ['𠀀', '𠀁', 'ok']);
});
