/**
 * `editTrail` makes each diff's side texts and words only when an edit needs them (issue 9:
 * it was a fifth of the cost of comparing a pair). It must read exactly the edits the
 * eager version read, on arbitrary diffs with repeats, typos and mirrored substitutions.
 */
import test from 'ava';
import fc from 'fast-check';
import { editTrail } from '../src/provenance/edit-trail.js';
import type { Passage, WordDiffOp } from '../src/types.js';
import * as reference from './helpers/provenance-reference.js';

const WORDS = fc.constantFrom('over', 'the', 'the the', 'commander', 'comander', 'goverment', 'government', 'win', 'a', 'It’s', "it's", 'Wallace', 'x', '2', 'over over', 'ΟΔΟΣ', 'Σ', 'ΟΔΟΣ-Σ', 'o’neill');
const OP = fc.record({ op: fc.constantFrom<WordDiffOp['op']>('same', 'del', 'add'), text: fc.array(WORDS, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')) });

function passage(diffs: WordDiffOp[][]): Passage {
  return {
    a: { start: 0, end: 1 },
    b: { start: 0, end: 1 },
    kind: 'light',
    similarity: 0.9,
    text: 'x',
    sentences: diffs.map((diff) => ({ a: { start: 0, end: 1 }, b: { start: 0, end: 1 }, kind: 'light' as const, similarity: 0.9, diff })),
  };
}

test('editTrail with lazy texts and words reads the edits of the eager reference', (t) => {
  const counts = new Map([['government', 100], ['goverment', 1], ['commander', 50], ['comander', 2]]);
  let nonEmpty = 0;
  fc.assert(
    fc.property(fc.array(fc.array(OP, { maxLength: 8 }), { maxLength: 4 }), fc.boolean(), (diffs, withCounts) => {
      const passages = [passage(diffs)];
      const fast = editTrail(passages, withCounts ? counts : undefined);
      if (fast.length > 0) nonEmpty++;
      t.deepEqual(fast, reference.editTrail(passages, withCounts ? counts : undefined));
    }),
    { numRuns: 1000 },
  );
  t.true(nonEmpty > 100);
});

test('editTrail reads the edits of the reference on arbitrary ASCII and Unicode text (words split by character codes)', (t) => {
  const text = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom('over', "don't", 'well-known', 'A1', 'x--y', 'Straße'));
  const op = fc.record({ op: fc.constantFrom<WordDiffOp['op']>('same', 'del', 'add'), text });
  const counts = new Map([['over', 9]]);
  fc.assert(
    fc.property(fc.array(op, { maxLength: 8 }), (diff) => {
      const passages = [passage([diff])];
      t.deepEqual(editTrail(passages, counts), reference.editTrail(passages, counts));
      t.deepEqual(editTrail(passages), reference.editTrail(passages));
    }),
    { numRuns: 1000 },
  );
});
