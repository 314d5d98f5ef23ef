/**
 * Writers of whole synthetic stories: the wire's original, an independent reporter's
 * version of the same event (the hard negative), and the house styles of the papers.
 */
import type { Rng } from './rng.js';
import type { Topic } from './stories.js';
import { type Doc, type HouseStyle, type Unit, WIRE_STYLE, realise, unitFromTemplate, unitFromText, units } from './doc.js';
import { lightEdit, otherHeadline, reorderClauses } from './edits.js';

/** House styles of the (invented) papers that take the wire. */
export const PAPER_STYLES: readonly HouseStyle[] = [
  { name: 'daily-courier', honorific: false, digits: true, shortMillions: true, percentSign: true, curlyQuotes: false },
  { name: 'the-chronicle', honorific: true, digits: false, shortMillions: false, percentSign: false, curlyQuotes: true },
  { name: 'evening-post', honorific: true, digits: true, shortMillions: true, percentSign: false, curlyQuotes: false },
  { name: 'morning-star-herald', honorific: false, digits: false, shortMillions: false, percentSign: true, curlyQuotes: true },
  { name: 'northern-echo-times', honorific: true, digits: false, shortMillions: true, percentSign: false, curlyQuotes: false },
];

/** Share of the wire's facts an independent report also has (times the fact's own probability). */
const INDEPENDENT_FACT_SHARE = 0.65;
/** Probability that an independent reporter happens on the wire's very wording of a fact (stock sentences). */
const SAME_WORDING = 0.05;

/** Groups units into news paragraphs: mostly one sentence, sometimes two. */
function paragraphsOf(list: Unit[], rng: Rng, pairChance: number): Unit[][] {
  const out: Unit[][] = [];
  for (let i = 0; i < list.length; i++) {
    if (i > 0 && rng.chance(pairChance) && out[out.length - 1].length === 1) out[out.length - 1].push(list[i]);
    else out.push([list[i]]);
  }
  return out;
}

/** The wire's story: each fact included with its probability, one variant each, in order. */
export function writeWire(topic: Topic, rng: Rng, style: HouseStyle = WIRE_STYLE): Doc {
  const list: Unit[] = [];
  for (const f of topic.facts) {
    if (f.p < 1 && !rng.chance(f.p)) continue;
    const v = rng.int(0, f.variants.length - 1);
    list.push(unitFromTemplate(f.variants[v], f.id, v, [], 'wire'));
  }
  const doc: Doc = { headline: rng.pick(topic.headlines), paragraphs: paragraphsOf(list, rng, 0.2) };
  realise(doc, topic, style);
  return doc;
}

/**
 * An independent report of the same event: the same facts (a different selection, in a
 * slightly different order), mostly other wordings, the same quoted words, some facts of
 * its own. Nothing in it is taken from `wire`, so every unit has an empty origin.
 */
export function writeIndependent(topic: Topic, wire: Doc, rng: Rng, style: HouseStyle): Doc {
  const wireVariant = new Map<string, number>();
  for (const u of units(wire)) if (u.factId) wireVariant.set(u.factId, u.variant);
  const chosen: { key: number; unit: Unit }[] = [];
  topic.facts.forEach((f, i) => {
    if (i > 0 && !rng.chance(f.p * INDEPENDENT_FACT_SHARE)) return;
    let v = rng.int(0, f.variants.length - 1);
    const wv = wireVariant.get(f.id);
    // Another reporter words a fact their own way; only now and then the same stock sentence.
    if (v === wv && f.variants.length > 1 && !rng.chance(SAME_WORDING)) v = (v + rng.int(1, f.variants.length - 1)) % f.variants.length;
    chosen.push({ key: i === 0 ? -1 : i + rng.next() * 6, unit: unitFromTemplate(f.variants[v], f.id, v, [], 'independent') });
  });
  for (const f of rng.sample(topic.extras, rng.int(2, Math.min(5, topic.extras.length)))) {
    const v = rng.int(0, f.variants.length - 1);
    chosen.push({ key: 1 + rng.next() * topic.facts.length, unit: unitFromTemplate(f.variants[v], f.id, v, [], 'independent') });
  }
  chosen.sort((x, y) => x.key - y.key);
  // Another reporter describes what happened in their own words too (slot alternatives).
  const doc: Doc = { headline: otherHeadline(topic, wire, rng), paragraphs: paragraphsOf(chosen.map((c) => c.unit), rng, 0.3), wording: 1 + rng.int(0, 5) };
  realise(doc, topic, style);
  for (const para of doc.paragraphs) {
    for (let i = 0; i < para.length; i++) {
      let text = para[i].text;
      if (rng.chance(0.5)) text = reorderClauses(text) ?? text;
      if (rng.chance(0.85)) text = lightEdit(text, rng, { topic, style }, 4).text;
      if (text !== para[i].text) para[i] = unitFromText(text, para[i], [], 'independent');
    }
  }
  return doc;
}
