/**
 * Issue 10, part 3: pathological inputs (100k repeated characters, deeply nested quotes,
 * endless lines …) go through ingest, clean, text and align via their public functions
 * and finish in about linear time. Not a benchmark: the bound is loose on purpose (time
 * at 100k ≤ GROWTH_LIMIT × time at 10k, where linear is 10× and quadratic 100×), and
 * anything under ABSOLUTE_FLOOR_MS passes outright, so a busy CI machine cannot flake it.
 */
import test from 'ava';
import { performance } from 'node:perf_hooks';
import { comparePair } from '../src/provenance/index.js';
import { cleanArticle } from '../src/clean/index.js';
import { decodeBytes, parseFrontMatter } from '../src/ingest/index.js';
import { prepareDocument } from '../src/pipeline.js';
import { splitSentences, tokenize } from '../src/text/index.js';
import type { Article, Token } from '../src/types.js';
import { textArticle } from './clean-helpers.js';

/** Allowed growth of time from 10k to 100k characters. 10× is linear, 100× quadratic; 35× leaves room for GC and noise. */
const GROWTH_LIMIT = 35;
/** A run at 100k characters faster than this passes whatever its growth (a quadratic step on 100k characters takes seconds; GC pauses and a busy CI machine take hundreds of milliseconds). Milliseconds. */
const ABSOLUTE_FLOOR_MS = 2000;
/** Small runs are timed as at least this long, so a 3 ms run does not make any pause look like growth. Milliseconds. */
const SMALL_RUN_FLOOR_MS = 20;

function article(id: string, text: string): Article {
  return textArticle(text, id);
}

function nestedQuotes(depth: number): string {
  const open = ['“', '‘', '"', "'", '«', '„'];
  const close = ['”', '’', '"', "'", '»', '“'];
  let s = 'He said ';
  for (let i = 0; i < depth; i++) s += `${open[i % open.length]}she said `;
  s += 'nothing';
  for (let i = depth - 1; i >= 0; i--) s += close[i % close.length];
  return `${s}.`;
}

/** Inputs of about `n` characters. */
const INPUTS: Readonly<Record<string, (n: number) => string>> = {
  'one repeated letter': (n) => 'a'.repeat(n),
  'spaces then a letter': (n) => `${' '.repeat(n - 1)}x`,
  'repeated dots': (n) => '.'.repeat(n),
  'repeated straight quotes': (n) => '"'.repeat(n),
  'deeply nested quotes': (n) => nestedQuotes(Math.floor(n / 12)),
  'line feeds only': (n) => `${'\n'.repeat(n - 1)}x`,
  'CR-only line ends': (n) => 'x\r'.repeat(n / 2),
  'CRLF blank lines': (n) => '\r\n'.repeat(n / 2),
  'one-letter words': (n) => 'a '.repeat(n / 2),
  'Mr. Mr. Mr.': (n) => 'Mr. '.repeat(n / 4),
  'U.S. U.S.': (n) => 'U.S. '.repeat(n / 5),
  'combining marks on one letter': (n) => `e${'\u0301'.repeat(n - 1)}`,
  'CJK without spaces': (n) => '首相は来週計画を発表すると述べた'.repeat(Math.ceil(n / 16)),
  'emoji surrogate pairs': (n) => '😀'.repeat(n / 2),
  'one sentence with no full stop': (n) => 'the minister said the plan would work '.repeat(Math.ceil(n / 38)),
  'digits and punctuation': (n) => '1,2.3-4:5;'.repeat(n / 10),
  'lone surrogates': (n) => '\ud800a\udc00'.repeat(n / 3),
  'right-to-left marks': (n) => 'قال\u200f '.repeat(n / 5),
};

function time(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** Every stage's public function once on `text`. */
function allStages(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  decodeBytes(bytes);
  parseFrontMatter(`---\n${text}`);
  const a = article('a', text);
  cleanArticle(a);
  const span = { start: 0, end: text.length };
  splitSentences(text, span);
  tokenize(text, span, [] as Token[]);
  const doc = prepareDocument(a);
  comparePair(doc, prepareDocument(article('b', text)));
}

for (const [name, make] of Object.entries(INPUTS)) {
  test(`pathological input, about linear: ${name}`, (t) => {
    const small = make(10_000);
    const large = make(100_000);
    allStages(small); // warm up the JIT so the small run is not mostly compilation
    const tSmall = Math.min(time(() => allStages(small)), time(() => allStages(small)));
    let tLarge = time(() => allStages(large));
    if (tLarge >= ABSOLUTE_FLOOR_MS) tLarge = Math.min(tLarge, time(() => allStages(large)));
    t.log(`10k: ${tSmall.toFixed(1)} ms, 100k: ${tLarge.toFixed(1)} ms`);
    if (tLarge < ABSOLUTE_FLOOR_MS) {
      t.pass();
      return;
    }
    const growth = tLarge / Math.max(tSmall, SMALL_RUN_FLOOR_MS);
    t.true(growth <= GROWTH_LIMIT, `grew ${growth.toFixed(1)}× for 10× the input`);
  });
}
