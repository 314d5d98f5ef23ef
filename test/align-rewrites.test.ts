import test from 'ava';
import { comparePair } from '../src/provenance/index.js';
import { alignRewrites } from '../src/align/align-rewrites.js';
import { applyFloors, decideDerivation, type DerivationFeatures } from '../src/align/derivation.js';
import { MODEL_FLOOR_CONTAINMENT } from '../src/align/derivation-model.js';
import { quotedShare } from '../src/align/quoted-share.js';
import { quotedSpans } from '../src/align/quotes.js';
import { stem } from '../src/align/stem.js';
import { prepareDocument } from '../src/pipeline.js';
import type { TextDoc } from '../src/types.js';
import { textArticle } from './clean-helpers.js';

function doc(id: string, text: string): TextDoc {
  return prepareDocument(textArticle(text, id));
}

test('the Porter stemmer wrapper joins inflections and leaves numbers alone', (t) => {
  t.is(stem('jailed'), stem('jail'));
  t.is(stem('revealed'), stem('reveals'));
  t.is(stem('2023'), '2023');
});

const WIRE =
  'Sarah Mensah, 47, of Northampton, was jailed for ten years at Birmingham Crown Court on Friday after admitting grievous bodily harm. ' +
  'The court heard that Mensah had attacked Simon Bennett outside a pub in Northampton. ' +
  'Officers from Lancashire Police arrested Mensah in March following a tip-off from a member of the public.';
const REWORDED =
  'A jury heard the victim, Simon Bennett, was set upon outside a Northampton pub. ' +
  'Mensah was arrested in March after Lancashire Police officers were tipped off by a member of the public. ' +
  'Gardeners in the town are preparing for the annual flower show next week.';

test('reworded sentences are aligned with the sentences they state, and an unrelated one is not', (t) => {
  const a = doc('a', WIRE);
  const b = doc('b', REWORDED);
  const links = alignRewrites(a, b, new Set(), new Set());
  t.deepEqual(
    links.map((l) => [l.ka, l.kb]).sort(),
    [
      [1, 0],
      [2, 1],
    ],
  );
  t.true(links.every((l) => l.score >= 0.5 && l.score <= 1));
});

test('a shared quote with different attributions is quotation, judged on the words both sides share', (t) => {
  const x = 'Nicola Fairbairn, an analyst at Investec, said: "This is a business that has lost its way and needs a clear plan."';
  const y = '"This is a business that has lost its way and needs a clear plan," Fairbairn said.';
  const a = doc('a', x);
  const b = doc('b', y);
  const share = quotedShare(
    { tokens: a.tokens, first: 0, end: a.tokens.length, quotes: quotedSpans(x) },
    { tokens: b.tokens, first: 0, end: b.tokens.length, quotes: quotedSpans(y) },
  );
  t.true(share >= 0.8, `share ${share}`);
  // Alone, a shared quote is not reuse of the article: the pair is unrelated, with nothing listed.
  const alone = comparePair(a, b);
  t.is(alone.b.derivation, 'none');
  t.deepEqual(alone.passages, []);
  // Beside copied text, it is listed and marked as quotation.
  const copied =
    'The company said it would begin a consultation with staff and would try to redeploy as many workers as possible across its remaining sites in the north.';
  const x2 = `${copied} Shares fell sharply in early trading on Monday. Analysts had expected a loss. ${x}`;
  const y2 = `${copied} The union said it would fight the closures. Staff were told by email. ${y}`;
  const pair = comparePair(doc('a2', x2), doc('b2', y2));
  t.not(pair.b.derivation, 'none');
  t.deepEqual(
    pair.passages.map((p) => p.quotation === true),
    [false, true],
  );
});

const NO_REUSE: DerivationFeatures = {
  coverage: 0,
  verbatim: 0,
  light: 0,
  close: 0,
  rewrite: 0,
  quotation: 0,
  longest: 0,
  otherCoverage: 0,
  lengthRatio: 0,
  containment1: 0,
  containment3: 0,
  containment5: 0,
  narration3: 0,
  plain3: 0,
  lead3: 0,
  sentenceShare: 0,
  quotedShare: 0,
  passages: 0,
  derivedChars: 0,
  longestCloseChars: 0,
  formulaicChars: 0,
};

test('derivation floors: nothing shared is none; everything verbatim is wholly; one long close passage is at least partially', (t) => {
  t.is(decideDerivation(NO_REUSE).derivation, 'none');
  const all = { ...NO_REUSE, coverage: 1, verbatim: 1, close: 1, containment1: 1, containment3: 1, containment5: 1, narration3: 1, plain3: 1, lead3: 1, sentenceShare: 1, passages: 2, longest: 1, otherCoverage: 1, derivedChars: 2000, longestCloseChars: 2000 };
  t.is(decideDerivation(all).derivation, 'wholly');
  const small = { ...NO_REUSE, coverage: 0.05, light: 0.05, close: 0.05, longest: 0.05, otherCoverage: 0.05, derivedChars: 250, longestCloseChars: 250 };
  t.not(decideDerivation(small).derivation, 'none');
  const stock = { ...small, derivedChars: 60, longestCloseChars: 60 };
  t.is(decideDerivation(stock).derivation, 'none');
  const p = decideDerivation(all).probabilities;
  t.true(Math.abs(p.none + p.partially + p.wholly - 1) < 1e-9);
});

test('the too-little-shared floor spares a copy reworded throughout (no passage, its narration 3-grams contained), but not formulaic text', (t) => {
  const reworded = { ...NO_REUSE, containment1: 0.9, containment3: 0.5, containment5: 0.3, narration3: 0.5, plain3: 0.5, otherCoverage: 0 };
  t.true(MODEL_FLOOR_CONTAINMENT <= 0.5, 'the fitted floor containment');
  t.not(applyFloors('wholly', reworded), 'none');
  t.is(applyFloors('wholly', { ...reworded, narration3: 0 }), 'none');
  t.is(applyFloors('wholly', { ...reworded, formulaicChars: 120 }), 'none');
});

const REWORD_WIRE = [
  'Magistrates in Bristol jailed Darren Hollis for 18 months on Tuesday after he admitted stealing 42 paintings from the Arnolfini gallery.',
  'The court heard that Hollis, 34, sold the works through a dealer in Swindon for a total of £63,000.',
  'Detective Sergeant Alison Marsh said the recovery of 30 of the paintings had been a remarkable piece of police work.',
  'The gallery director, Tom Ellery, told the court the thefts had cost the charity its insurance cover.',
];
const REWORD_COPY = [
  'Darren Hollis was locked up for 18 months by Bristol magistrates yesterday when he confessed to taking 42 paintings from the Arnolfini.',
  'Hollis, 34, had sold the stolen works via a Swindon dealer, making £63,000 in all, the court was told.',
  'Det Sgt Alison Marsh praised the recovery of 30 of the paintings as remarkable police work.',
  'Tom Ellery, director of the gallery, said the charity had lost its insurance cover because of the thefts.',
];

function plainDoc(id: string, text: string, source: string) {
  return prepareDocument({ id, path: id, format: 'txt', encoding: 'utf-8', text, textOrigin: 'read', meta: { source, title: null, published: null, url: null }, frontMatter: null });
}

test('a copy reworded sentence by sentence, keeping the names, numbers and order, yields rewrite passages without any exact run (issue 16.4)', (t) => {
  const wire = plainDoc('pa/x.txt', REWORD_WIRE.join(' '), 'pa');
  const inOrder = comparePair(wire, plainDoc('sun/x.txt', REWORD_COPY.join(' '), 'sun'));
  t.true(inOrder.passages.length > 0);
  t.true(inOrder.passages.every((p) => p.kind === 'rewrite'));
  t.true(inOrder.b.coverage > 0.9, `coverage ${inOrder.b.coverage}`);
  // The same reworded sentences in reverse order are not a sentence-by-sentence rewrite:
  // only a statement close enough to stand alone is believed.
  const shuffled = comparePair(wire, plainDoc('sun/y.txt', [...REWORD_COPY].reverse().join(' '), 'sun'));
  t.true(shuffled.b.coverage < 0.5, `coverage ${shuffled.b.coverage}`);
});
