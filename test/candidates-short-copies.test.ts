import test from 'ava';
import fc from 'fast-check';
import { CandidateIndex, selectAnchors } from '../src/candidates/index.js';
import { prepareDocument } from '../src/pipeline.js';
import { textArticle } from './clean-helpers.js';

const SYLLABLES = ['ka', 'lo', 'mir', 'sen', 'tu', 'var', 'del', 'ph', 'ro', 'ash', 'quin', 'bel'];
/** A word of 2–3 syllables (a name-like content word, never a stopword). */
const word = fc.array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 3 }).map((s) => s.join(''));
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max });
/** Prose-like paragraphs of two 8-word sentences-ish: capitalised, "the" before every third word, a paragraph break after every 8th. */
const sentences = (w: readonly string[]) =>
  w
    .map((x, i) => (i % 8 === 0 ? x[0]!.toUpperCase() + x.slice(1) : i % 8 === 7 ? `${x}.\n\n` : i % 3 === 1 ? `the ${x}` : x))
    .join(' ')
    .trim()
    .replace(/([^.])$/, '$1.');
/** A story as a page has it: a headline line, then the body (a lone short line would be taken for a headline). */
const story = (headline: string, body: readonly string[]) => `${headline}\n\n${sentences(body)}`;

function candidates(texts: readonly string[]): Set<string> {
  const index = new CandidateIndex();
  texts.forEach((text, i) => index.add(i, i, selectAnchors(prepareDocument(textArticle(text, `doc${i}`)))));
  return new Set(index.pairs().pairs.map((p) => `${p.a}-${p.b}`));
}

test('a short item cut from the lead of a longer story is always a candidate pair with it', (t) => {
  fc.assert(
    fc.property(words(150, 300), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 16, max: 40 }), words(100, 200), ([...source], from, length, other) => {
      // Words of the lead: the source's first 80 tokens (DENSE_LEAD_WORDS) hold its headline and about 55 of these words ("the" added).
      const start = Math.min(from, 56 - length);
      const item = source.slice(start, start + length);
      // The item, the story it was cut from, and an unrelated story.
      const pairs = candidates([story('Court hears case', item), story('Trial opens', source), story('Weather', other)]);
      t.true(pairs.has('0-1'), `${length}-word item from word ${start}`);
    }),
    { numRuns: 60 },
  );
});

test('a short wholly copied story (under 80 words) is always a candidate pair with its copy', (t) => {
  fc.assert(
    fc.property(words(16, 79), words(0, 30), words(100, 200), (body, extra, other) => {
      // The copy adds a line of its own at the end; an unrelated story sits beside them.
      const pairs = candidates([story('Court hears case', body), story('Man in court', [...body, ...extra]), story('Weather', other)]);
      t.true(pairs.has('0-1'));
    }),
    { numRuns: 60 },
  );
});
