import test from 'ava';
import { comparePair } from '../src/provenance/index.js';
import { factClass, isTemplateSentence } from '../src/align/formulaic.js';
import { CandidateIndex, everyShingle, selectAnchors, ShingleCounts } from '../src/candidates/index.js';
import { prepareDocument } from '../src/pipeline.js';
import type { AlignedSentences, TextDoc } from '../src/types.js';
import { textArticle } from './clean-helpers.js';

function doc(id: string, text: string): TextDoc {
  return prepareDocument(textArticle(text, id));
}

function aligned(diff: AlignedSentences['diff']): AlignedSentences {
  return { a: { start: 0, end: 1 }, b: { start: 0, end: 1 }, kind: 'light', similarity: 0.85, diff };
}

test('fact words: numbers, names, days; not pronouns, titles or wording', (t) => {
  t.is(factClass('1,500'), 'number');
  t.is(factClass('Harrogate,'), 'name');
  t.is(factClass('Tuesday'), 'date');
  t.is(factClass('She'), null);
  t.is(factClass('Mr'), null);
  t.is(factClass('sold'), null);
});

test('a sentence with a number replaced is a template; wording changes, added facts and a pronoun for a name are not', (t) => {
  const same = (text: string) => ({ op: 'same' as const, text });
  t.true(isTemplateSentence(aligned([same('NYFE seat sold for'), { op: 'del', text: '1,500' }, { op: 'add', text: '200' }, same('dlrs, the exchange said.')])));
  t.false(isTemplateSentence(aligned([same('NYFE seat sold for'), { op: 'del', text: 'about 1,500' }, { op: 'add', text: '200' }, same('dlrs, the exchange said.')])));
  t.false(isTemplateSentence(aligned([same('Kevan Roberts, 52, of Eccles,'), { op: 'add', text: 'Norfolk' }, same('was jailed for life')])));
  t.false(isTemplateSentence(aligned([{ op: 'del', text: 'She' }, { op: 'add', text: 'Ms Evans' }, same('told the jury she had heard of him.')])));
  // One name for another is how a paper rewrites wire copy ("BA" / "British Airways").
  t.false(isTemplateSentence(aligned([{ op: 'del', text: 'BA' }, { op: 'add', text: 'British Airways' }, same('immediately announced that it would appeal')])));
});

const TEMPLATE_A =
  'Magistrates in Harrogate fined Peter Loxley 1,200 pounds on Monday and ordered him to pay 85 pounds costs for the offence.\n\n' +
  'Shares in Ardent Mining rose 4.2 per cent to 318 pence in early trading on Monday after the company reported its results.\n\n' +
  'Unemployment in Harrogate fell to 3.1 per cent in the three months to March, according to official figures published this week.';
const TEMPLATE_B =
  'Magistrates in Selby fined Dawn Hurst 450 pounds on Friday and ordered him to pay 60 pounds costs for the offence.\n\n' +
  'Shares in Coldwater Foods rose 1.7 per cent to 96 pence in early trading on Friday after the company reported its results.\n\n' +
  'Unemployment in Selby fell to 4.8 per cent in the three months to June, according to official figures published this week.';
const COPY_B =
  'Magistrates in Harrogate fined Peter Loxley 1,200 pounds on Monday and told him to pay 85 pounds costs for the offence.\n\n' +
  'Shares in Ardent Mining climbed 4.2 per cent to 318 pence in early trading on Monday after the company reported its results.\n\n' +
  'Unemployment in Harrogate fell to 3.1 per cent in the three months to March, according to figures published this week.';

test('the same sentences around other names and numbers are a template match, not derived', (t) => {
  const pair = comparePair(doc('a.txt', TEMPLATE_A), doc('b.txt', TEMPLATE_B));
  t.is(pair.a.derivation, 'none');
  t.is(pair.b.derivation, 'none');
});

test('a light edit keeps the facts: the same text with its wording touched is still derived', (t) => {
  const pair = comparePair(doc('a.txt', TEMPLATE_A), doc('b.txt', COPY_B));
  t.not(pair.b.derivation, 'none');
  t.true(pair.passages.every((p) => p.kind !== 'template' && p.kind !== 'stock'));
});

test('a passage whose shared anchors are all common in the corpus is stock and no evidence', (t) => {
  const a = doc('a.txt', TEMPLATE_A);
  const b = doc('b.txt', COPY_B);
  const plain = comparePair(a, b);
  t.not(plain.b.derivation, 'none');
  // Every anchor of A common in the corpus: what they share is stock phrasing.
  const stock = comparePair(a, b, {}, { common: selectAnchors(a) });
  t.is(stock.a.derivation, 'none');
  t.is(stock.b.derivation, 'none');
  // No anchor common: the same verdict as without the corpus.
  t.deepEqual(comparePair(a, b, {}, { common: new Uint32Array(0) }), plain);
});

test('the candidate index lists the anchors found in at least stockDocs documents, sorted', (t) => {
  const index = new CandidateIndex();
  const shared = Uint32Array.of(7, 0x80000001);
  index.add(0, 0, Uint32Array.of(7, 9, 0x80000001));
  index.add(1, 1, Uint32Array.of(7, 0x80000001));
  index.add(2, 2, Uint32Array.of(7, 11, 0x80000001));
  index.add(3, 3, Uint32Array.of(9, 11));
  const { common } = index.pairs({ stockDocs: 3 });
  t.deepEqual([...common], [...shared]);
  t.deepEqual([...index.pairs({ stockDocs: 2 }).common], [7, 9, 11, 0x80000001]);
});

test('bounded candidates: pairs sharing only common anchors are kept among each document\'s top k; a rare anchor always makes a pair', (t) => {
  const index = new CandidateIndex();
  for (let d = 0; d < 10; d++) index.add(d, d, d >= 8 ? Uint32Array.of(1, 2, 3, 100) : Uint32Array.of(1, 2, 3));
  const all = index.pairs({ topK: 100 });
  t.is(all.pairs.length, 45);
  const { pairs, stats } = index.pairs({ topK: 2 });
  t.true(pairs.some((p) => p.a === 8 && p.b === 9), 'the pair sharing a rare anchor');
  // Ties go to the partners first in order: every document keeps 0 and 1 (or each other).
  const kept = new Set(pairs.map((p) => `${p.a}-${p.b}`));
  t.deepEqual([...kept].sort(), ['0-1', '0-2', '0-3', '0-4', '0-5', '0-6', '0-7', '0-8', '0-9', '1-2', '1-3', '1-4', '1-5', '1-6', '1-7', '1-8', '1-9', '8-9'].sort());
  t.is(stats.beyondTopK, 45 - 18);
  t.is(stats.candidates, 18);
  t.is(stats.candidatesPerDocument.max, 9);
  // Another tie order keeps other partners: the order of the scan's ids, not of arrival.
  const reversed = index.pairs({ topK: 2, order: Uint32Array.from({ length: 10 }, (_, d) => 9 - d) }).pairs;
  t.true(reversed.some((p) => p.a === 7 && p.b === 9));
  t.false(reversed.some((p) => p.a === 0 && p.b === 2));
});

test('one name for another is a template only where the corpus says the sentence form is not rare', (t) => {
  const text = (place: string) =>
    `The ${place} exchange rate stood at 10.5 against the dollar at the close on Thursday, the central bank said in its weekly report on the markets.\n\n`;
  const a = doc('a.txt', text('Turla'));
  const b = doc('b.txt', text('Jeaalva'));
  // No corpus, or a corpus in which the shared anchors are rare: a light edit, derived.
  t.not(comparePair(a, b).b.derivation, 'none');
  t.not(comparePair(a, b, {}, { common: Uint32Array.of(1), frequent: Uint32Array.of(1) }).b.derivation, 'none');
  // Every shared anchor found in more than a story's few documents: a template.
  const pair = comparePair(a, b, {}, { common: Uint32Array.of(1), frequent: selectAnchors(a) });
  t.is(pair.b.derivation, 'none');
  t.is(pair.a.derivation, 'none');
});

/** Deterministic made-up words (a different story for each seed). */
function words(seed: number, n: number): string {
  const syllables = ('harbour grain ferry lantern orchard copper meadow signal timber quarry pillar basket violin marble candle walrus ' +
    'anchor beetle cabbage dolphin engine falcon garlic hammer island jacket kettle ladder magnet needle oyster pepper ' +
    'rabbit saddle tunnel umbrella valley wagon yogurt zipper acorn bridge castle desert forest glacier helmet igloo ' +
    'jungle kiosk lemon mirror napkin olive parrot quilt river salmon tiger velvet walnut button cactus donkey ember ' +
    'feather goblet hornet iris jasmine koala lobster mango nutmeg otter pebble raven spider tulip vulture').split(' ');
  let x = seed * 2654435761 + 1;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = '';
    for (let k = 0; k < 1; k++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      w += syllables[(x >>> 16) % syllables.length];
    }
    out.push(i % 12 === 0 ? w[0]!.toUpperCase() + w.slice(1) : w);
    if (i % 12 === 11) out[out.length - 1] += '.';
  }
  return out.join(' ').replace(/\.?$/, '');
}

test('a stock sentence in the body of unrelated stories is stock, judged on the anchors the corpus counts (not a lead\'s dense ones)', (t) => {
  const stockSentence = 'The council said it would not be commenting further while the matter was under review.';
  // Unrelated stories, each with a lead of its own longer than the densely anchored one, the stock sentence further down.
  const docs = Array.from({ length: 6 }, (_, d) => doc(`d${d}.txt`, `${words(d + 1, 60)}.\n\n${words(d + 101, 60)}.\n\n${stockSentence}\n\n${words(d + 201, 40)}.`));
  const index = new CandidateIndex();
  docs.forEach((x, d) => index.add(d, d, selectAnchors(x)));
  const { common, frequent } = index.pairs({ stockDocs: 5, rareDocs: 2 });
  const pair = comparePair(docs[0]!, docs[1]!, {}, { common, frequent });
  // (Stock passages are reported only beside evidence.)
  t.true(pair.passages.every((p) => p.kind === 'stock'), JSON.stringify(pair.passages.map((p) => [p.kind, p.text])));
  t.is(pair.a.derivation, 'none');
  t.is(pair.b.derivation, 'none');
  // In the corpus of the two alone it is shared by no one else: evidence.
  const two = new CandidateIndex();
  docs.slice(0, 2).forEach((x, d) => two.add(d, d, selectAnchors(x)));
  const alone = two.pairs({ stockDocs: 5, rareDocs: 2 });
  const plain = comparePair(docs[0]!, docs[1]!, {}, { common: alone.common, frequent: alone.frequent });
  t.true(plain.passages.some((p) => p.kind !== 'stock' && p.text.includes('commenting further')));
  t.not(plain.b.derivation, 'none');
});

test('shingle counts: every shingle of a document once, never below the truth, the same in any order, saturating', (t) => {
  const docs = [Uint32Array.of(1, 2, 3), Uint32Array.of(2, 3), Uint32Array.of(3, 0xfffffff0)];
  const forward = new ShingleCounts(new Uint8Array(1 << 10));
  for (const d of docs) forward.addDocument(d);
  const backward = new ShingleCounts(new Uint8Array(1 << 10));
  for (const d of [...docs].reverse()) backward.addDocument(d);
  t.deepEqual(forward.cells, backward.cells);
  t.true(forward.documents(1) >= 1);
  t.true(forward.documents(2) >= 2);
  t.is(forward.documents(3), 3);
  for (let i = 0; i < 300; i++) forward.addDocument(Uint32Array.of(3));
  t.is(forward.documents(3), 255);
  // everyShingle: each word 5-gram once, sorted.
  const hashes = Uint32Array.of(1, 2, 3, 4, 5, 1, 2, 3, 4, 5);
  const shingles = everyShingle(hashes);
  t.is(shingles.length, 5);
  t.deepEqual([...shingles], [...shingles].sort((x, y) => x - y));
});

test('with every shingle counted, a stock sentence with a word changed is stock, and a copied story sentence holding a stock phrase is evidence', (t) => {
  const stockSentence = 'The hospital trust said it had seen a significant increase in demand over the winter.';
  const story = 'Harbour pilots refused to guide the grain ferry past the copper quarry, according to local records.';
  const body = (d: number, stock: string, extra = ''): string => `${words(d + 1, 60)}.\n\n${words(d + 101, 60)}.\n\n${stock}\n\n${words(d + 201, 40)}.\n\n${extra}${words(d + 301, 24)}.`;
  const docs = Array.from({ length: 8 }, (_, d) => doc(`d${d}.txt`, body(d, d < 2 ? stockSentence.replace('said', 'says') : stockSentence, d < 2 ? story + '\n\n' : '')));
  const shingles = new ShingleCounts(new Uint8Array(1 << 16));
  const index = new CandidateIndex();
  docs.forEach((x, d) => {
    index.add(d, d, selectAnchors(x));
    shingles.addDocument(everyShingle(x.wordHashes));
  });
  const { common, frequent } = index.pairs({ stockDocs: 5, rareDocs: 2 });
  // d0 and d1 share the edited stock sentence (stock) and the story sentence (evidence).
  const both = comparePair(docs[0]!, docs[1]!, {}, { common, frequent, shingles, stockDocs: 5 });
  t.not(both.b.derivation, 'none');
  t.true(both.passages.some((p) => p.kind === 'stock' && p.text.includes('hospital trust')), JSON.stringify(both.passages.map((p) => [p.kind, p.text])));
  t.true(both.passages.some((p) => p.kind !== 'stock' && p.text.includes('Harbour pilots')));
  // d2 and d3 share only the stock sentence: no evidence.
  const stock = comparePair(docs[2]!, docs[3]!, {}, { common, frequent, shingles, stockDocs: 5 });
  t.is(stock.a.derivation, 'none');
  t.is(stock.b.derivation, 'none');
});
