/**
 * Issue 18: wire furniture as direction evidence, the erase rule (never on doubt), and
 * common sources (siblings of a third document) in both scans.
 */
import test from 'ava';
import { settleDerivations } from '../src/provenance/index.js';
import { markCommonSources, shareInside } from '../src/cluster/index.js';
import { loadArticles } from '../src/ingest/index.js';
import { scanArticles, scanCorpus } from '../src/pipeline.js';
import { inferDirection } from '../src/provenance/index.js';
import { formatMarkdown, formatSummary } from '../src/report/index.js';
import { formatReportSummary } from '../src/report/scan-summary.js';
import { wireMarks, wireScore } from '../src/provenance/wire-furniture.js';
import type { Direction, Pair } from '../src/types.js';
import { fixtureDoc, verbatim } from './fixtures/report-docs.js';

const BODY = 'Football fans who brought legal action against their club will be told the result tomorrow, a judge said today.';
const WIRE = [
  '  ------------------------------------------------------------------------',
  '                16:17 01/03/00: Page 1 (HHH) COURTS Football',
  '  ------------------------------------------------------------------------',
  'JUDGMENT DAY TOMORROW FOR SOCCER FANS<',
  '\x19By Dylan Dronfield, PA News<',
  `\x19${BODY}<`,
  '\x19end<',
].join('\n');
const PAPER = `SOCCER FANS WAIT ON SEATS RULING\nBy Staff Reporter\n${BODY}\nThe club declined to comment.`;

test('wire furniture: slug line, agency byline and sign-off on wire copy; none on the printed story', (t) => {
  t.deepEqual(wireMarks(WIRE).map((m) => m.kind).sort(), ['agency-byline', 'sign-off', 'slug']);
  t.deepEqual(wireMarks(PAPER), []);
  t.deepEqual(wireMarks('The judge said the case would end.\nMore later.'), []);
  t.is(wireScore(wireMarks(WIRE)), 1);
  t.is(wireScore(wireMarks('10:05 09/01/2024\nA web page with a bare dateline.\nMore')), 0, 'a bare dateline is no slug; a lone sign-off counts nothing');
  t.is(wireScore(wireMarks('EMBARGOED until 10am\nText.')), 0);
});

test('wire furniture names the wire copy as the source, either way round', (t) => {
  const wire = fixtureDoc({ id: 'x/wire.txt', text: WIRE });
  const paper = fixtureDoc({ id: 'y/paper.txt', text: PAPER });
  const passages = [verbatim(wire, paper, BODY)];
  const d = inferDirection(wire, paper, passages);
  t.is(d?.source, 'x/wire.txt');
  t.true(d!.confidence >= 0.85);
  t.true(d!.details!.some((e) => e.kind === 'wire' && e.favours === 'x/wire.txt'));
  const back = inferDirection(paper, wire, [verbatim(paper, wire, BODY)]);
  t.is(back?.source, 'x/wire.txt');
  t.is(back?.confidence, d!.confidence);
});

const side = (id: string, derivation: 'wholly' | 'partially' | 'none') => ({ id, coverage: 0.5, derivation });
const dir = (source: string, copy: string, confidence: number): Direction => ({ source, copy, confidence, evidence: [] });
const pairOf = (a: string, b: string, direction: Direction | null, spans: [number, number, number, number][]): Pair => ({
  a: side(a, 'partially'),
  b: side(b, 'partially'),
  direction,
  passages: spans.map(([as, ae, bs, be]) => ({ a: { start: as, end: ae }, b: { start: bs, end: be }, kind: 'verbatim', similarity: 1, text: '' })),
  credit: null,
  commonSource: null,
});

test('erase rule: only a decided direction sets the source side to none; doubt keeps both verdicts', (t) => {
  const decided = settleDerivations(pairOf('a', 'b', dir('a', 'b', 0.95), [[0, 10, 0, 10]]));
  t.is(decided.a.derivation, 'none');
  t.is(decided.b.derivation, 'partially');
  const doubtful = pairOf('a', 'b', dir('a', 'b', 0.6), [[0, 10, 0, 10]]);
  t.is(settleDerivations(doubtful), doubtful);
  const none = pairOf('a', 'b', null, [[0, 10, 0, 10]]);
  t.is(settleDerivations(none).a.derivation, 'partially');
});

test('common source: siblings whose shared text lies inside what each took from Z get commonSource Z and no direction', (t) => {
  const xz = pairOf('x', 'z', dir('z', 'x', 0.99), [[0, 100, 0, 100]]);
  const yz = pairOf('y', 'z', dir('z', 'y', 0.99), [[50, 150, 0, 100]]);
  const xy = pairOf('x', 'y', dir('x', 'y', 0.96), [[10, 60, 60, 110]]);
  const [, , marked] = markCommonSources([xz, yz, xy]);
  t.is(marked!.commonSource, 'z');
  t.is(marked!.direction, null);
  t.is(markCommonSources([xz, yz, xy])[0]!.commonSource, null);
  // Shared text outside what Y took from Z: not a sibling pair.
  const outside = pairOf('x', 'y', dir('x', 'y', 0.96), [[10, 60, 200, 250]]);
  t.is(markCommonSources([xz, yz, outside])[2]!.commonSource, null);
  t.is(markCommonSources([xz, yz, outside])[2]!.direction?.source, 'x');
  // Z must be the decided source of both.
  const undecided = pairOf('y', 'z', null, [[50, 150, 0, 100]]);
  t.is(markCommonSources([xz, undecided, xy])[2]!.commonSource, null);
  t.is(shareInside([{ start: 0, end: 10 }], [{ start: 5, end: 20 }]), 0.5);
});

test('common source: a sibling is not its siblings\' source once it is marked itself (the wire story is)', (t) => {
  // Z is the wire; W, X and Y all ran it. W looks like X's and Y's source until W–X and W–Y
  // are marked siblings under Z; then X–Y is judged against Z.
  const wz = pairOf('w', 'z', dir('z', 'w', 0.99), [[0, 200, 0, 200]]);
  const xz = pairOf('x', 'z', dir('z', 'x', 0.99), [[0, 100, 0, 100]]);
  const yz = pairOf('y', 'z', dir('z', 'y', 0.99), [[0, 100, 0, 100]]);
  const wx = pairOf('w', 'x', dir('w', 'x', 0.96), [[0, 100, 0, 100]]);
  const wy = pairOf('w', 'y', dir('w', 'y', 0.96), [[0, 100, 0, 100]]);
  const xy = pairOf('x', 'y', dir('x', 'y', 0.9), [[0, 100, 0, 100]]);
  const marked = markCommonSources([wz, xz, yz, wx, wy, xy]);
  t.deepEqual(
    marked.map((p) => p.commonSource),
    [null, null, null, 'z', 'z', 'z'],
  );
  t.true(marked.slice(3).every((p) => p.direction === null));
});

const ECHO = 'daily-echo/kendal-barrier.txt';
const HERALD = 'city-herald/kendal-scheme.txt';
const PA = 'pa-wire/flood-barrier.txt';

test('sample corpus: daily-echo and city-herald are siblings under pa-wire in the streamed scan and scanArticles alike', async (t) => {
  const streamed = (await scanCorpus(['corpus'], { jobs: 1 })).report;
  const { articles } = await loadArticles(['corpus']);
  const inMemory = scanArticles(articles).report;
  for (const report of [streamed, inMemory]) {
    const pair = report.pairs.find((p) => [p.a.id, p.b.id].sort().join() === [ECHO, HERALD].sort().join());
    t.truthy(pair);
    t.is(pair!.commonSource, PA);
    t.is(pair!.direction, null);
    t.is(pair!.credit, null);
    t.true(report.pairs.every((p) => p.commonSource === null || typeof p.commonSource === 'string'));
    const cluster = report.clusters.find((c) => c.documents.includes(ECHO))!;
    t.is(cluster.root, PA);
    const parents = new Map(cluster.edges!.filter((e) => e.kind === 'tree').map((e) => [e.copy, e.source]));
    t.is(parents.get(ECHO), PA);
    t.is(parents.get(HERALD), PA);
  }
  t.deepEqual(JSON.parse(JSON.stringify(streamed.pairs)), JSON.parse(JSON.stringify(inMemory.pairs)));
  t.regex(formatSummary(streamed), /<-> \S+ \(both from pa-wire\/flood-barrier\.txt\)/);
  t.regex(formatReportSummary(streamed), /direction: none between them, both from pa-wire\/flood-barrier\.txt/);
  t.regex(formatMarkdown(streamed), /none: both from pa-wire\/flood-barrier\.txt/);
});
