/**
 * A generated news corpus with known provenance, for fitting and evaluating the direction
 * model (scripts/fit-provenance.ts, scripts/eval-provenance.ts).
 *
 * Stories start at a root (a wire agency half the time, else an outlet) and are copied by
 * 1–8 outlets, each from the root or from an earlier copy. A copy keeps ~70% of its
 * parent's sentences, edits ~40% of them lightly (drops words, adds a word, swaps a word),
 * fixes most slips of its parent (doubled words, swapped letters), adds its own sentences
 * (a third of copies are fuller write-ups with 3–12 sentences of their own),
 * credits its parent's publisher 40% of the time, and appears minutes to hours later.
 * Timestamps: 55% in metadata, 25% as a dateline in the text, the rest missing; 5% of
 * documents carry a misleading (updated) time, 10% only a date.
 * Passages are known by construction (one per shared sentence), so this measures
 * provenance, not alignment.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Passage, TextDoc } from '../src/types.js';
import { fixtureDoc, light } from '../test/fixtures/report-docs.js';
import { mulberry32 } from './lib/mulberry32.js';

/** The shared seeded PRNG (mulberry32). */
export const rng = mulberry32;

interface Outlet {
  readonly id: string;
  readonly names: readonly string[];
  readonly wire: boolean;
}

const OUTLETS: readonly Outlet[] = [
  { id: 'pa', names: ['PA', 'the PA news agency', 'PA Media'], wire: true },
  { id: 'reuters', names: ['Reuters'], wire: true },
  { id: 'ap', names: ['the Associated Press', 'AP'], wire: true },
  { id: 'the-sun', names: ['The Sun'], wire: false },
  { id: 'sky-news', names: ['Sky News'], wire: false },
  { id: 'lbc', names: ['LBC'], wire: false },
  { id: 'bbc-news', names: ['the BBC', 'BBC News'], wire: false },
  { id: 'the-guardian', names: ['The Guardian'], wire: false },
  { id: 'daily-mail', names: ['MailOnline', 'the Daily Mail'], wire: false },
  { id: 'the-independent', names: ['The Independent'], wire: false },
  { id: 'itv-news', names: ['ITV News'], wire: false },
  { id: 'the-mirror', names: ['The Mirror'], wire: false },
];
const THIRD_PARTIES = ['The Economist', 'The New York Times', 'Politico', 'The Times', 'Channel 4 News'];

const PEOPLE = ['Mr Wallace', 'Ms Harper', 'Dr Okafor', 'Mr Lindqvist', 'Mrs Patel', 'Professor Hale', 'Ms Moreau', 'Mr Tanaka', 'the minister', 'the chief executive', 'a spokesman', 'the council leader'];
const VERBS = ['announced', 'confirmed', 'rejected', 'criticised', 'defended', 'approved', 'delayed', 'questioned', 'welcomed', 'condemned', 'reviewed', 'proposed'];
const THINGS = ['the housing scheme', 'the new budget', 'the railway upgrade', 'the hospital merger', 'the energy contract', 'the school closures', 'the water report', 'the pay settlement', 'the airport expansion', 'the flood defences', 'the police review', 'the tax changes'];
const ADJECTIVES = ['controversial', 'long-awaited', 'expensive', 'ambitious', 'delayed', 'popular', 'disputed', 'modest', 'sweeping', 'unexpected'];
const TAILS = ['on Tuesday', 'after weeks of talks', 'in a statement', 'despite strong opposition', 'earlier this month', 'at a meeting in Leeds', 'amid growing concern', 'following a public consultation', 'late last night', 'during a visit to Cardiff'];
const EXTRAS = ['The decision is expected to affect thousands of families across the region.', 'Critics said the plans had been rushed through without proper scrutiny.', 'Officials declined to comment on the timetable.', 'Campaigners have promised to continue their fight.', 'The figures will be published in full next week.', 'Opposition members called for an urgent debate.', 'Local businesses said they had not been consulted.', 'A final vote is due before the summer recess.'];
const FILLERS = ['reportedly', 'also', 'now', 'formally', 'finally'];

/** One sentence of a document, with the id of the sentence it descends from. */
interface GenSentence {
  readonly origin: number;
  readonly text: string;
  /** Slips the sentence carries (doubled word, swapped letters), fixable by a copy. */
  readonly slip: { readonly clean: string } | null;
  /** The publisher this sentence names as the one that reported it (a credit or a claim), travelling with the sentence. */
  readonly names?: string;
}

/** A generated document with its ground truth. */
export interface GenDoc {
  readonly id: string;
  readonly source: string;
  readonly story: number;
  /** The document it was copied from (null for a story's root). */
  readonly parent: string | null;
  readonly trueTime: number;
  readonly published: string | null;
  readonly text: string;
  /** Publishers this document credits by name. */
  readonly credits: readonly string[];
  readonly sentences: readonly GenSentence[];
}

/** A pair of documents of one story that share sentences, with the truth about them. */
export interface GenPair {
  readonly a: TextDoc;
  readonly b: TextDoc;
  readonly passages: Passage[];
  /** The true source when one of the two descends from the other; null for siblings. */
  readonly trueSource: string | null;
  /** Whether the true copy names the true source's publisher (null for siblings). */
  readonly trueCredited: boolean | null;
}

/** A generated corpus. */
export interface GenCorpus {
  readonly docs: readonly GenDoc[];
  readonly textDocs: ReadonlyMap<string, TextDoc>;
  readonly pairs: readonly GenPair[];
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function baseSentence(r: () => number): string {
  const who = pick(r, PEOPLE);
  const s = `${who} ${pick(r, VERBS)} ${pick(r, THINGS).replace('the ', `the ${pick(r, ADJECTIVES)} `)} ${pick(r, TAILS)}.`;
  return s[0]!.toUpperCase() + s.slice(1);
}

function addSlip(r: () => number, text: string): string {
  const words = text.split(' ');
  if (r() < 0.5) {
    const i = 1 + Math.floor(r() * (words.length - 2));
    words.splice(i, 0, words[i]!);
    return words.join(' ');
  }
  const long = words.map((w, i) => ({ w, i })).filter((x) => /^[a-z]{6,}$/.test(x.w));
  if (long.length === 0) return text;
  const { w, i } = pick(r, long);
  const k = 1 + Math.floor(r() * (w.length - 3));
  words[i] = w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2);
  return words.join(' ');
}

function lightEdit(r: () => number, text: string): string {
  const words = text.replace(/\.$/, '').split(' ');
  const roll = r();
  if (roll < 0.5 && words.length > 6) {
    const i = 2 + Math.floor(r() * (words.length - 3));
    words.splice(i, 1);
  } else if (roll < 0.75) {
    words.splice(2, 0, pick(r, FILLERS));
  } else {
    const i = words.findIndex((w) => VERBS.includes(w));
    if (i >= 0) words[i] = pick(r, VERBS);
  }
  return `${words.join(' ')}.`;
}

function creditSentence(r: () => number, outlet: Outlet): string {
  const name = pick(r, outlet.names);
  const cap = name[0]!.toUpperCase() + name.slice(1);
  if (outlet.wire && r() < 0.4) return `${pick(r, PEOPLE).replace(/^./, (c) => c.toUpperCase())} said more details would follow (${outlet.id === 'reuters' ? 'Reuters' : outlet.id.toUpperCase()}).`;
  return pick(r, [
    `The plans were first reported by ${name}.`,
    `According to ${name}, the talks had stalled for weeks.`,
    `Sources told ${name} that a deal was close.`,
    `${cap} reported that ministers were divided.`,
    `Speaking to ${name}, an insider said the timing was deliberate.`,
  ]);
}

function formatDateline(ms: number, dayOnly: boolean): string {
  const d = new Date(ms);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const date = `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  if (dayOnly) return date;
  return `${date}, ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/** Generates `stories` stories from `seed`. */
export function generateCorpus(seed: number, stories: number): GenCorpus {
  const r = rng(seed);
  const docs: GenDoc[] = [];
  let origin = 0;
  for (let story = 0; story < stories; story++) {
    const wireRoot = r() < 0.5;
    const rootOutlet = pick(r, OUTLETS.filter((o) => o.wire === wireRoot));
    const t0 = Date.UTC(2023, 0, 1) + Math.floor(r() * 300) * 86_400_000 + Math.floor(r() * 20 * 60) * 60_000;
    const rootSentences: GenSentence[] = [];
    const n = 8 + Math.floor(r() * 12);
    for (let i = 0; i < n; i++) {
      const clean = i === 2 && !rootOutlet.wire && r() < 0.3 ? `${pick(r, rootOutlet.names).replace(/^./, (c) => c.toUpperCase())} understands ${pick(r, PEOPLE)} ${pick(r, VERBS)} ${pick(r, THINGS)}.` : baseSentence(r);
      const slipped = r() < 0.08 ? addSlip(r, clean) : clean;
      const names = clean.includes(' understands ') ? rootOutlet.id : undefined;
      rootSentences.push({ origin: origin++, text: slipped, slip: slipped !== clean ? { clean } : null, names });
    }
    const family: { doc: GenDoc; outlet: Outlet }[] = [];
    const used = new Set<string>([rootOutlet.id]);
    const makeDoc = (outlet: Outlet, parent: GenDoc | null, trueTime: number, sentences: GenSentence[], credits: string[]): GenDoc => {
      const id = `${outlet.id}/story-${String(story).padStart(4, '0')}.txt`;
      const roll = r();
      const misleading = r() < 0.05 ? Math.floor(r() * 12 * 60) * 60_000 : 0;
      const dayOnly = r() < 0.1;
      const shown = trueTime + misleading;
      const published = roll < 0.55 ? (dayOnly ? new Date(shown).toISOString().slice(0, 10) : new Date(shown).toISOString()) : null;
      const dateline = roll >= 0.55 && roll < 0.8 ? formatDateline(shown, dayOnly) : null;
      const thirdParty = r() < 0.2 ? `${pick(r, PEOPLE).replace(/^./, (c) => c.toUpperCase())} told ${pick(r, THIRD_PARTIES)} the plan was sound.` : null;
      const lines = [`Story ${story}: ${pick(r, THINGS)} in the news`, ...(dateline ? [dateline] : []), ...sentences.map((s) => s.text), ...(thirdParty ? [thirdParty] : [])];
      return { id, source: outlet.id, story, parent: parent?.id ?? null, trueTime, published, text: lines.join('\n\n'), credits, sentences };
    };
    family.push({ doc: makeDoc(rootOutlet, null, t0, rootSentences, []), outlet: rootOutlet });
    const copies = 1 + Math.floor(r() * 8);
    for (let c = 0; c < copies; c++) {
      const outlet = OUTLETS.filter((o) => !o.wire && !used.has(o.id));
      if (outlet.length === 0) break;
      const me = pick(r, outlet);
      used.add(me.id);
      const parentEntry = r() < 0.75 || family.length === 1 ? family[0]! : pick(r, family.slice(1));
      const parent = parentEntry.doc;
      const delay = Math.max(2, Math.round(-Math.log(1 - r()) * 90)) * 60_000;
      const sentences: GenSentence[] = [];
      for (const s of parent.sentences) {
        if (r() > 0.7 && sentences.length + (parent.sentences.length - parent.sentences.indexOf(s)) > 3) continue;
        if (s.slip && r() < 0.7) {
          sentences.push({ origin: s.origin, text: s.slip.clean, slip: null, names: s.names });
          continue;
        }
        sentences.push(r() < 0.4 ? { origin: s.origin, text: lightEdit(r, s.text), slip: s.slip, names: s.names } : s);
        if (r() < 0.15) sentences.push({ origin: origin++, text: pick(r, EXTRAS), slip: null });
      }
      // Some copies are fuller write-ups: their own reporting around the taken sentences.
      const own = r() < 0.35 ? 3 + Math.floor(r() * 10) : 0;
      for (let k = 0; k < own; k++) {
        sentences.splice(Math.floor(r() * (sentences.length + 1)), 0, { origin: origin++, text: baseSentence(r), slip: null });
      }
      if (r() < 0.4) {
        const at = Math.min(sentences.length, 1 + Math.floor(r() * 3));
        sentences.splice(at, 0, { origin: origin++, text: creditSentence(r, parentEntry.outlet), slip: null, names: parentEntry.outlet.id });
      }
      const credits = [...new Set(sentences.flatMap((s) => (s.names && s.names !== me.id ? [s.names] : [])))];
      family.push({ doc: makeDoc(me, parent, parent.trueTime + delay, sentences, credits), outlet: me });
    }
    docs.push(...family.map((f) => f.doc));
  }
  const textDocs = new Map<string, TextDoc>();
  for (const d of docs) textDocs.set(d.id, fixtureDoc({ id: d.id, source: d.source, text: d.text, published: d.published }));
  const byId = new Map(docs.map((d) => [d.id, d]));
  const ancestors = (d: GenDoc): Set<string> => {
    const out = new Set<string>();
    for (let p = d.parent; p; p = byId.get(p)!.parent) out.add(p);
    return out;
  };
  const pairs: GenPair[] = [];
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length && docs[j]!.story === docs[i]!.story; j++) {
      const [x, y] = r() < 0.5 ? [docs[i]!, docs[j]!] : [docs[j]!, docs[i]!];
      const a = textDocs.get(x.id)!;
      const b = textDocs.get(y.id)!;
      const passages: Passage[] = [];
      for (const sx of x.sentences) {
        const sy = y.sentences.find((s) => s.origin === sx.origin);
        if (!sy) continue;
        const p = light(a, b, sx.text, sy.text);
        passages.push(sx.text === sy.text ? { a: p.a, b: p.b, kind: 'verbatim', similarity: 1, text: p.text } : p);
      }
      if (passages.length === 0) continue;
      const trueSource = ancestors(y).has(x.id) ? x : ancestors(x).has(y.id) ? y : null;
      const trueCopy = trueSource === x ? y : trueSource === y ? x : null;
      pairs.push({
        a,
        b,
        passages,
        trueSource: trueSource?.id ?? null,
        trueCredited: trueCopy && trueSource ? trueCopy.credits.includes(trueSource.source) : null,
      });
    }
  }
  return { docs, textDocs, pairs };
}

/** Writes a generated corpus as files (`SOURCE/story-N.txt` plus `.meta.json` sidecars) and the truth beside it (`DIR.truth.json`). */
export function writeCorpus(corpus: GenCorpus, dir: string): void {
  for (const d of corpus.docs) {
    const file = path.join(dir, d.id);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, d.text);
    if (d.published) writeFileSync(file.replace(/\.txt$/, '.meta.json'), JSON.stringify({ published: d.published }));
  }
  const truth = corpus.pairs.map((p) => ({ a: p.a.article.id, b: p.b.article.id, source: p.trueSource, credited: p.trueCredited }));
  writeFileSync(`${dir.replace(/\/+$/, '')}.truth.json`, JSON.stringify(truth, null, 1));
}
