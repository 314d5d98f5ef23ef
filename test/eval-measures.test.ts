import test from 'ava';
import { binaryF1, classification, panCounts, panScores, plagdet, spearman, union } from '../scripts/eval/measures.js';

const span = (s0: number, s1: number, d0: number, d1: number) => ({ source: { start: s0, end: s1 }, derived: { start: d0, end: d1 } });

test('one case found in two pieces: precision and recall 1, granularity 2', (t) => {
  const scores = panScores([panCounts([span(0, 10, 100, 110)], [span(0, 5, 100, 105), span(5, 10, 105, 110)])]);
  t.is(scores.precision, 1);
  t.is(scores.recall, 1);
  t.is(scores.granularity, 2);
  t.is(scores.plagdet, 1 / Math.log2(3));
});

test('a detection reaching past its case loses precision on the extra characters (micro: both documents)', (t) => {
  const scores = panScores([panCounts([span(0, 10, 0, 10)], [span(0, 10, 0, 20)])]);
  t.is(scores.recall, 1);
  t.is(scores.precision, 20 / 30);
  t.is(scores.granularity, 1);
});

test('a detection that overlaps a case in only one document detects nothing', (t) => {
  const scores = panScores([panCounts([span(0, 10, 0, 10)], [span(50, 60, 0, 10)])]);
  t.is(scores.recall, 0);
  t.is(scores.precision, 0);
  t.is(scores.detectedCases, 0);
});

test('micro averages weigh characters, macro averages weigh cases', (t) => {
  const counts = [panCounts([span(0, 100, 0, 100)], [span(0, 100, 0, 100)]), panCounts([span(0, 10, 0, 10)], [])];
  const s = panScores(counts);
  t.is(s.recall, 200 / 220);
  t.is(s.macroRecall, 0.5);
});

test('PAN conventions: no cases and no detections is perfect; detections without cases score 0', (t) => {
  t.is(panScores([panCounts([], [])]).plagdet, 1);
  t.is(panScores([panCounts([], [span(0, 5, 0, 5)])]).precision, 0);
  t.is(plagdet(1, 1, 1), 1);
});

test('union merges overlapping and touching ranges', (t) => {
  t.deepEqual(union([{ start: 5, end: 8 }, { start: 0, end: 3 }, { start: 3, end: 4 }, { start: 7, end: 9 }]), [
    { start: 0, end: 4 },
    { start: 5, end: 9 },
  ]);
});

test('confusion matrix, per-class F1 and macro-F1', (t) => {
  const c = classification(['wholly', 'wholly', 'partially', 'none'], ['wholly', 'partially', 'partially', 'partially'], ['wholly', 'partially', 'none']);
  t.deepEqual(c.matrix, [[1, 1, 0], [0, 1, 0], [0, 1, 0]]);
  t.is(c.perClass.wholly!.f1, 2 / 3);
  t.is(c.perClass.partially!.precision, 1 / 3);
  t.is(c.perClass.none!.f1, 0);
  t.is(c.macroF1, (2 / 3 + 0.5 + 0) / 3);
  t.is(binaryF1([true, true, false], [true, false, true]).f1, 0.5);
});

test('Spearman is 1 for any increasing relation and averages ties', (t) => {
  t.is(spearman([1, 2, 3, 4], [10, 20, 35, 1000]), 1);
  t.is(spearman([1, 2, 3, 4], [4, 3, 2, 1]), -1);
  t.true(Math.abs(spearman([0, 0, 1, 1], [0.1, 0.2, 0.3, 0.4]) - 0.8944) < 1e-4);
});
