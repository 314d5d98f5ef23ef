/**
 * Golden tests on the three seed articles (The Sun, Sky News, LBC on Ben Wallace and NATO)
 * laid out by publisher in corpus/. They pin what the foundation promised.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import test from 'ava';
import { comparePair } from '../src/provenance/index.js';
import { prepareDocument, scanArticles, scanCorpus } from '../src/pipeline.js';
import type { Pair, Passage, Report } from '../src/types.js';

const SUN = 'the-sun/wallace-nato.txt';
const SKY = 'sky-news/wallace-nato.txt';
const LBC = 'lbc/wallace-nato.txt';

/** The three seeds alone, laid out by publisher as in corpus/. */
const SEEDS = mkdtempSync(path.join(tmpdir(), 'wiretrace-seeds-'));
for (const id of [SUN, SKY, LBC]) cpSync(path.join('corpus', id), path.join(SEEDS, id));

const texts: Record<string, string> = Object.fromEntries([SUN, SKY, LBC].map((id) => [id, readFileSync(path.join(SEEDS, id), 'utf8')]));

let reportPromise: Promise<Report> | null = null;
function report(): Promise<Report> {
  reportPromise ??= scanCorpus([SEEDS]).then((r) => r.report);
  return reportPromise;
}

/** The pair of two seeds, oriented so that `x` is side a. */
function pairOf(r: Report, x: string, y: string): { pair: Pair; side: (p: Pick<Passage, 'a' | 'b'>, id: string) => { start: number; end: number } } | null {
  const pair = r.pairs.find((p) => (p.a.id === x && p.b.id === y) || (p.a.id === y && p.b.id === x));
  if (!pair) return null;
  return { pair, side: (p, id) => (pair.a.id === id ? p.a : p.b) };
}

const PARAGRAPH = 'Wallace, a former Army officer, was among the favourites to succeed Stoltenberg after rallying global support for Ukraine and leading the charge on weapon donations, from Challenger 2 tanks to NLAW shoulder-launched missiles.';

test('Sun ↔ LBC: the Wallace paragraph is one verbatim passage at its place in LBC\'s body, the caption that repeats it an alternate, without the photo credit', async (t) => {
  const found = pairOf(await report(), SUN, LBC);
  if (!found) return t.fail('no Sun ↔ LBC pair');
  const verbatim = found.pair.passages.filter((p) => p.kind === 'verbatim' && texts[SUN]!.slice(found.side(p, SUN).start, found.side(p, SUN).end) === PARAGRAPH);
  t.is(verbatim.length, 1, 'one passage for one copied paragraph');
  const passage = verbatim[0]!;
  const lbc = found.side(passage, LBC);
  t.is(texts[LBC]!.slice(lbc.start, lbc.end), PARAGRAPH);
  t.is(lbc.start, texts[LBC]!.indexOf(PARAGRAPH), 'the body place, not the caption');
  t.falsy(passage.caption);
  t.is(passage.alternates?.length, 1);
  const alternate = found.side(passage.alternates![0]!, LBC);
  t.is(alternate.start, texts[LBC]!.indexOf(`${PARAGRAPH} Picture: Alamy`), 'the caption place is the alternate');
  t.is(texts[LBC]!.slice(alternate.start, alternate.end), PARAGRAPH);
});

test('Sun ↔ LBC: the reworded "no formal process" and France veto sentences are light or rewrite', async (t) => {
  const found = pairOf(await report(), SUN, LBC);
  if (!found) return t.fail('no Sun ↔ LBC pair');
  for (const needle of ['There is no formal process for picking the leader', "France said it wanted an EU candidate, but Paris had signalled to allies it would not veto Wallace's bid."]) {
    const at = texts[SUN]!.indexOf(needle);
    const passage = found.pair.passages.find((p) => found.side(p, SUN).start <= at && found.side(p, SUN).end >= at + needle.length);
    t.truthy(passage, `a passage covers "${needle}"`);
    t.true(passage!.kind === 'light' || passage!.kind === 'rewrite', `"${needle}" is ${passage?.kind}`);
    const sentence = passage!.sentences?.find((s) => found.pair.a.id === SUN ? s.a.start <= at && s.a.end > at : s.b.start <= at && s.b.end > at);
    t.truthy(sentence, 'the sentence is aligned');
    t.not(sentence!.kind, 'verbatim');
  }
});

test('Sky ↔ LBC: "Rishi Sunak is thought to have lobbied…" is a light match, and the shared Wallace quotes are found', async (t) => {
  const found = pairOf(await report(), SKY, LBC);
  if (!found) return t.fail('no Sky ↔ LBC pair');
  const covers = (id: string, needle: string): Passage | undefined => {
    const at = texts[id]!.indexOf(needle);
    return found.pair.passages.find((p) => found.side(p, id).start <= at && found.side(p, id).end >= at + needle.length);
  };
  const sunak = covers(SKY, 'Rishi Sunak is thought to have lobbied on behalf of his defence secretary');
  t.is(sunak?.kind, 'light');
  t.truthy(covers(SKY, 'However, he failed to win over the US commander-in-chief over.'));
  t.truthy(covers(LBC, 'However, he failed to win the US commander-in-chief over.'));
  for (const quote of ['Mr Wallace told The Economist magazine', 'Maybe they want a prime minister']) {
    t.truthy(covers(SKY, quote), `Sky's "${quote}"`);
    t.truthy(covers(LBC, quote), `LBC's "${quote}"`);
  }
});

test('Sun ↔ Sky: neither is wholly derived from the other', async (t) => {
  const found = pairOf(await report(), SUN, SKY);
  if (!found) return t.pass();
  t.not(found.pair.a.derivation, 'wholly');
  t.not(found.pair.b.derivation, 'wholly');
});

test('the related seed pairs are partially derived and cluster together', async (t) => {
  const r = await report();
  for (const [x, y] of [[SUN, LBC], [SKY, LBC]] as const) {
    const found = pairOf(r, x, y);
    t.truthy(found);
    t.true(found!.pair.a.derivation !== 'none' || found!.pair.b.derivation !== 'none');
  }
  t.deepEqual(r.clusters.map((c) => [...c.documents].sort()), [[LBC, SKY, SUN]]);
});

test('no passage overlaps a removed boilerplate span, and every offset round-trips', async (t) => {
  const r = await report();
  const removed = new Map(r.documents.map((d) => [d.id, d.boilerplate]));
  for (const pair of r.pairs) {
    for (const p of pair.passages) {
      t.is(texts[pair.a.id]!.slice(p.a.start, p.a.end), p.text);
      for (const [id, span] of [[pair.a.id, p.a], [pair.b.id, p.b]] as const) {
        t.true(span.start >= 0 && span.end <= texts[id]!.length && span.start < span.end);
        for (const b of removed.get(id)!) t.false(b.start < span.end && span.start < b.end, `passage ${JSON.stringify(span)} overlaps ${b.role} ${JSON.stringify(b)} in ${id}`);
      }
      for (const s of p.sentences ?? []) {
        t.true(s.a.start >= p.a.start && s.a.end <= p.a.end);
        t.true(s.b.start >= p.b.start && s.b.end <= p.b.end);
      }
    }
  }
});

test('compare(B, A) is the mirror of compare(A, B) on the seeds', async (t) => {
  const r = await scanCorpus([SEEDS]);
  const docs = [...r.docs.values()].map((d) => prepareDocument(d.article));
  for (const x of docs) {
    for (const y of docs) {
      if (x === y) continue;
      const xy = comparePair(x, y);
      const yx = comparePair(y, x);
      t.deepEqual(yx.a, xy.b);
      t.deepEqual(yx.b, xy.a);
      t.deepEqual(
        yx.passages.map((p) => [p.b, p.a, p.kind, p.similarity]).sort((m, n) => JSON.stringify(m) < JSON.stringify(n) ? -1 : 1),
        xy.passages.map((p) => [p.a, p.b, p.kind, p.similarity]).sort((m, n) => JSON.stringify(m) < JSON.stringify(n) ? -1 : 1),
      );
    }
  }
});

test('the JSON report does not depend on the order documents come in', async (t) => {
  const { docs, report: first } = await scanCorpus(['corpus']);
  const articles = [...docs.values()].map((d) => d.article);
  t.is(JSON.stringify(scanArticles([...articles].reverse()).report), JSON.stringify(first));
  const rotated = [...articles.slice(2), ...articles.slice(0, 2)];
  t.is(JSON.stringify(scanArticles(rotated).report), JSON.stringify(first));
});
