/**
 * Story clusters and derivation trees: a wire story copied by ten outlets is one tree
 * rooted at the wire; the tree does not depend on pair order; every copy has at most one
 * tree parent and there are no cycles.
 */
import test from 'ava';
import fc from 'fast-check';
import { buildClusters } from '../src/cluster/index.js';
import type { Pair } from '../src/types.js';

const pairOf = (source: string, copy: string, confidence: number | null, coverage: number, credited: boolean | null = false, swap = false): Pair => {
  const s = { id: source, coverage: coverage * 0.8, derivation: 'partially' as const };
  const c = { id: copy, coverage, derivation: 'partially' as const };
  const passages = [{ a: { start: 0, end: 10 }, b: { start: 0, end: 10 }, kind: 'verbatim' as const, similarity: 1, text: 'x' }];
  return {
    a: swap ? c : s,
    b: swap ? s : c,
    direction: confidence === null ? null : { source, copy, confidence, evidence: [] },
    passages,
    credit: credited === null ? null : { credited, phrases: credited ? ['(PA)'] : [] },
  };
};

/** A PA story copied by ten outlets, plus the sibling pairs between copies (later copy "from" earlier copy, weaker). */
function wireStory(): Pair[] {
  const copies = Array.from({ length: 10 }, (_, i) => `outlet-${i}/story.txt`);
  const pairs: Pair[] = copies.map((c, i) => pairOf('pa/story.txt', c, 0.97, 0.9, i % 3 === 0));
  for (let i = 0; i < copies.length; i++) {
    for (let j = i + 1; j < copies.length; j++) pairs.push(pairOf(copies[i]!, copies[j]!, 0.75, 0.7, false, (i + j) % 2 === 0));
  }
  return pairs;
}

test('a wire story copied by ten outlets is one tree rooted at the wire, not 55 pairs', (t) => {
  const [cluster, ...rest] = buildClusters(wireStory());
  t.is(rest.length, 0);
  t.is(cluster!.documents.length, 11);
  t.is(cluster!.root, 'pa/story.txt');
  const tree = cluster!.edges!.filter((e) => e.kind === 'tree');
  t.is(tree.length, 10);
  t.true(tree.every((e) => e.source === 'pa/story.txt'));
  t.is(cluster!.edges!.length, 10, 'sibling copies add nothing the wire did not explain');
  t.deepEqual(tree.filter((e) => e.credited).map((e) => e.copy), ['outlet-0/story.txt', 'outlet-3/story.txt', 'outlet-6/story.txt', 'outlet-9/story.txt']);
});

test('undecided pairs join the story but make no edge; the root is the root of the largest tree', (t) => {
  const pairs = [pairOf('a/1', 'b/1', 0.9, 0.8), pairOf('b/1', 'c/1', 0.9, 0.6), pairOf('d/1', 'c/1', null, 0.5)];
  const [c] = buildClusters(pairs);
  t.deepEqual(c!.documents, ['a/1', 'b/1', 'c/1', 'd/1']);
  t.is(c!.root, 'a/1');
  t.deepEqual(c!.edges!.map((e) => [e.source, e.copy]), [['a/1', 'b/1'], ['b/1', 'c/1']]);
  const [undecided] = buildClusters([pairOf('x/1', 'y/1', null, 0.5)]);
  t.is(undecided!.root, null);
  t.deepEqual(undecided!.edges, []);
});

test('a cycle of confident verdicts is broken at its weakest edge', (t) => {
  const pairs = [pairOf('a/1', 'b/1', 0.95, 0.9), pairOf('b/1', 'c/1', 0.9, 0.9), pairOf('c/1', 'a/1', 0.8, 0.9)];
  const [c] = buildClusters(pairs);
  t.deepEqual(c!.edges!.filter((e) => e.kind === 'tree').map((e) => [e.source, e.copy]), [['a/1', 'b/1'], ['b/1', 'c/1']]);
  t.is(c!.root, 'a/1');
});

test('property: clusters and trees do not depend on the order of pairs; one tree parent per copy; no cycles', (t) => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((x) => `${x}/doc.txt`);
  const arbPair = fc
    .record({
      s: fc.integer({ min: 0, max: ids.length - 1 }),
      c: fc.integer({ min: 0, max: ids.length - 1 }),
      conf: fc.option(fc.integer({ min: 50, max: 100 }), { nil: null }),
      cov: fc.integer({ min: 1, max: 100 }),
      swap: fc.boolean(),
    })
    .filter((x) => x.s !== x.c);
  fc.assert(
    fc.property(fc.uniqueArray(arbPair, { minLength: 1, maxLength: 15, selector: (x) => [x.s, x.c].sort().join() }), fc.integer(), (specs, shuffleSeed) => {
      const pairs = specs.map((x) => pairOf(ids[x.s]!, ids[x.c]!, x.conf === null ? null : x.conf / 100, x.cov / 100, false, x.swap));
      const shuffled = [...pairs].sort((x, y) => ((x.a.id.charCodeAt(0) * 31 + y.b.id.charCodeAt(0) + shuffleSeed) % 3) - 1);
      const one = buildClusters(pairs);
      t.deepEqual(buildClusters(shuffled), one);
      for (const c of one) {
        const parents = new Map<string, string>();
        for (const e of c.edges!.filter((x) => x.kind === 'tree')) {
          t.false(parents.has(e.copy));
          parents.set(e.copy, e.source);
        }
        for (const id of c.documents) {
          const seen = new Set<string>();
          for (let at: string | undefined = id; at; at = parents.get(at)) {
            t.false(seen.has(at), 'cycle');
            seen.add(at);
          }
        }
      }
    }),
    { numRuns: 200 },
  );
});
