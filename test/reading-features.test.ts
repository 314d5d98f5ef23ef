import test from 'ava';
import { readingFeatures } from '../src/align/reading-features.js';
import { prepareDocument } from '../src/pipeline.js';
import type { TextDoc } from '../src/types.js';
import { textArticle } from './clean-helpers.js';

function doc(id: string, text: string): TextDoc {
  return prepareDocument(textArticle(text, id));
}

const QUOTE = 'it was the worst thing that could ever have happened to our family';
const WIRE =
  `Sarah Mensah was jailed for ten years on Friday after the attack on her neighbour. ` +
  `The victim's mother told the court: \`\`${QUOTE}.'' ` +
  'The judge said the sentence reflected the gravity of the offence and the harm done.';
const INDEPENDENT =
  `A woman who left her neighbour badly hurt has been locked up, with relatives in tears at the hearing. ` +
  `The victim's mother said: "${QUOTE}." ` +
  'Locals described a quiet street shaken by the events of last summer.';
const COPY =
  'Sarah Mensah was jailed for ten years on Friday after the attack on her neighbour. ' +
  'The judge said the sentence reflected the gravity of the offence and the harm done. ' +
  'Her family declined to comment.';

test('reading features: a report sharing only the quote shares no narration; a copy shares narration and lead', (t) => {
  const wire = doc('pa/wire.txt', WIRE);
  const independent = readingFeatures(doc('paper/independent.txt', INDEPENDENT), wire);
  const copy = readingFeatures(doc('paper/copy.txt', COPY), wire);
  t.true(independent.quotedShare > 0.3, 'the shared quote lies in quotation marks');
  t.true(independent.narration3 < 0.1, `narration3 ${independent.narration3}`);
  t.true(copy.narration3 > 0.6, `narration3 ${copy.narration3}`);
  t.true(copy.lead3 > 0.9, `lead3 ${copy.lead3}`);
  t.true(independent.lead3 < copy.lead3);
  t.true(copy.sentenceShare > independent.sentenceShare);
  t.true(copy.plain3 > independent.plain3);
});

test("reading features: the wire's ``…'' quotation is quotation, and there is nothing to share without another document", (t) => {
  const wire = doc('pa/wire.txt', WIRE);
  const mirror = readingFeatures(wire, doc('paper/independent.txt', INDEPENDENT));
  t.true(mirror.quotedShare > 0.2, `quotedShare ${mirror.quotedShare}`);
  t.deepEqual(readingFeatures(wire, null), { narration3: 0, plain3: 0, lead3: 0, sentenceShare: 0, quotedShare: 0 });
});
