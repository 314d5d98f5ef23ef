/**
 * A model of how newsrooms reuse wire copy, for generating labelled reuse with exact
 * truth. Each operation mirrors something subs do to agency copy:
 * - verbatim copy, with the paper's house style (names, numbers, quote marks);
 * - trimming (whole sentences and paragraphs dropped, mostly from the end: wire copy is
 *   written so it can be cut from the bottom);
 * - light edits: synonyms, "Mr" added or removed, names shortened, tense, contractions,
 *   punctuation, filler words dropped or added;
 * - rewrites: another wording of the same fact (clauses reordered, voice changed),
 *   quote frames turned round ("X said: …" ↔ "…," X said);
 * - split and merged sentences; reordered paragraphs; the paper's own material inserted.
 * The result keeps, per sentence, which source sentences it came from (`Unit.origin`).
 * All randomness comes from the `Rng` passed in, so equal seeds give equal corpora.
 */
import type { Rng } from './rng.js';
import type { Topic, Fact } from './stories.js';
import { type Doc, type HouseStyle, type Unit, nameForms, realise, unitFromTemplate, unitFromText, units, capitalise } from './doc.js';
import { CONTRACTIONS, SYNONYM_GROUPS, TENSE_SWAPS } from './vocab.js';

/** How heavily a derived text reuses its source. Probabilities are per sentence unless said. */
export interface EditProfile {
  /** Share of source sentences kept, drawn uniformly from [min, max]; the rest are cut from the end. */
  readonly keep: readonly [number, number];
  /** Probability that a kept sentence (not the first) is cut anyway. */
  readonly dropMiddle: number;
  /** Probability of a light edit; 1–`lightOps` word-level operations. */
  readonly light: number;
  readonly lightOps: number;
  /** Probability that a sentence is rewritten (another wording of the same fact). */
  readonly rewrite: number;
  /** Probability of splitting a sentence in two / merging it with the next. */
  readonly split: number;
  readonly merge: number;
  /** Number of paragraph moves (drawn from 0..reorder). */
  readonly reorder: number;
  /** Own sentences added, as a share of the kept sentences. */
  readonly own: number;
  /** Probability of rewriting the wire's intro in the paper's own words (and sometimes adding an own first line). */
  readonly ownLead: number;
  /** Probability that a wire fact the paper did not take is reported anyway from its own reporting (independent wording, not derived). */
  readonly restate?: number;
}

/** Profiles for the kinds of reuse the generator produces. */
export const PROFILES = {
  verbatim: { keep: [1, 1], dropMiddle: 0, light: 0, lightOps: 0, rewrite: 0, split: 0, merge: 0, reorder: 0, own: 0, ownLead: 0 },
  trimmed: { keep: [0.45, 0.9], dropMiddle: 0.08, light: 0.15, lightOps: 1, rewrite: 0, split: 0, merge: 0, reorder: 0, own: 0, ownLead: 0 },
  wholly: { keep: [0.5, 1], dropMiddle: 0.1, light: 0.45, lightOps: 3, rewrite: 0.2, split: 0.08, merge: 0.08, reorder: 1, own: 0.05, ownLead: 0.3 },
  whollyHeavy: { keep: [0.5, 0.95], dropMiddle: 0.15, light: 0.6, lightOps: 3, rewrite: 0.45, split: 0.12, merge: 0.12, reorder: 2, own: 0.1, ownLead: 0.5 },
  partially: { keep: [0.2, 0.6], dropMiddle: 0.2, light: 0.45, lightOps: 3, rewrite: 0.25, split: 0.08, merge: 0.06, reorder: 2, own: 0.7, ownLead: 0.6, restate: 0.5 },
  edited: { keep: [0.6, 1], dropMiddle: 0.12, light: 0.6, lightOps: 3, rewrite: 0.05, split: 0.15, merge: 0.1, reorder: 2, own: 0.25, ownLead: 0.3 },
  near: { keep: [0.7, 1], dropMiddle: 0.05, light: 0.1, lightOps: 1, rewrite: 0, split: 0, merge: 0, reorder: 0, own: 0, ownLead: 0 },
  lightRevision: { keep: [0.6, 1], dropMiddle: 0.1, light: 0.85, lightOps: 3, rewrite: 0.1, split: 0.1, merge: 0.1, reorder: 1, own: 0.1, ownLead: 0 },
  heavyRevision: { keep: [0.5, 0.9], dropMiddle: 0.15, light: 0.7, lightOps: 4, rewrite: 0.75, split: 0.2, merge: 0.2, reorder: 3, own: 0.3, ownLead: 0.4 },
} as const satisfies Record<string, EditProfile>;

/** What the light edits need to know about the story. */
export interface EditContext {
  readonly topic: Topic;
  readonly style: HouseStyle;
}

// ---------------------------------------------------------------------------------------
// Word-level (light) edits on realised text.

/** Character ranges inside quotation marks (straight or curly), where subs rarely edit. */
export function quoteRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\u201c' || (c === '"' && open < 0)) open = i;
    else if ((c === '\u201d' || c === '"') && open >= 0) {
      out.push([open, i + 1]);
      open = -1;
    }
  }
  if (open >= 0) out.push([open, text.length]);
  return out;
}

function inRanges(pos: number, ranges: readonly [number, number][]): boolean {
  return ranges.some(([s, e]) => pos >= s && pos < e);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Occurrences of `phrase` as whole words, outside quotes. */
function findPhrase(text: string, phrase: string, quotes: readonly [number, number][]): number[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}'’])${escapeRe(phrase)}(?![\\p{L}\\p{N}])`, 'gu');
  const out: number[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) if (!inRanges(m.index, quotes)) out.push(m.index);
  return out;
}

interface Replacement {
  readonly at: number;
  readonly from: string;
  readonly to: string;
  readonly what: string;
}

/** Every phrase-swap a light edit could make in `text`. */
function swapCandidates(text: string, ctx: EditContext): Replacement[] {
  const quotes = quoteRanges(text);
  const out: Replacement[] = [];
  for (const group of SYNONYM_GROUPS) {
    for (const from of group) {
      for (const at of findPhrase(text, from, quotes)) {
        for (const to of group) if (to !== from) out.push({ at, from, to, what: `synonym '${from}'→'${to}'` });
      }
    }
  }
  const pairs: [readonly (readonly [string, string])[], string][] = [
    [CONTRACTIONS, 'contraction'],
    [TENSE_SWAPS, 'tense'],
  ];
  for (const [table, what] of pairs) {
    for (const [a, b] of table) {
      for (const at of findPhrase(text, a, [])) out.push({ at, from: a, to: b, what: `${what} '${a}'→'${b}'` });
      // Contractions go both ways; tense only from the wire's form (the reverse can break agreement).
      if (what === 'contraction') for (const at of findPhrase(text, b, [])) out.push({ at, from: b, to: a, what: `${what} '${b}'→'${a}'` });
    }
  }
  for (const p of Object.values(ctx.topic.people)) {
    const { full, short } = nameForms(p, ctx.style);
    const bare = p.last;
    const honor = `${p.sex === 'm' ? 'Mr' : 'Ms'} ${p.last}`;
    for (const at of findPhrase(text, full, quotes)) {
      out.push({ at, from: full, to: short, what: 'name shortened' });
      if (p.role) out.push({ at, from: full, to: `${p.first} ${p.last}`, what: 'title dropped' });
    }
    if (p.honorific) {
      for (const at of findPhrase(text, honor, quotes)) out.push({ at, from: honor, to: bare, what: "'Mr' removed" });
      for (const at of findPhrase(text, bare, quotes)) {
        const before = text.slice(Math.max(0, at - 12), at);
        if (!/(?:Mr|Ms|\p{Lu}\p{Ll}+) $/u.test(before)) out.push({ at, from: bare, to: honor, what: "'Mr' added" });
      }
    }
  }
  const punct: [RegExp, string, string][] = [
    [/, (but|and|while|as) /g, ' $1 ', 'comma dropped'],
    [/: "/g, ', "', 'colon to comma'],
    [/, of /g, ', from ', "'of' to 'from'"],
    [/, from /g, ', of ', "'from' to 'of'"],
    [/ per cent\b/g, '%', 'per cent sign'],
    [/(\d)%/g, '$1 per cent', 'per cent spelled'],
    [/ million\b/g, 'm', 'million shortened'],
    [/\b(also|still|just|very|reportedly|initially|later|recently|now|currently) /g, '', 'filler dropped'],
    [/\b(was|has|had|is|will) (?!also)/g, '$1 also ', "'also' added"],
  ];
  for (const [re, to, what] of punct) {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (inRanges(m.index, quotes) && what !== 'colon to comma') continue;
      out.push({ at: m.index, from: m[0], to: m[0].replace(new RegExp(re.source), to), what });
    }
  }
  return out;
}

/**
 * Applies 1–`maxOps` light edits (word swaps, names, tense, punctuation) at random
 * places. Returns the new text and the edits in plain words.
 */
export function lightEdit(text: string, rng: Rng, ctx: EditContext, maxOps: number): { text: string; edits: string[] } {
  const edits: string[] = [];
  let out = text;
  const ops = rng.int(1, Math.max(1, maxOps));
  for (let k = 0; k < ops; k++) {
    const cands = swapCandidates(out, ctx);
    if (cands.length === 0) break;
    const r = rng.pick(cands);
    out = out.slice(0, r.at) + r.to + out.slice(r.at + r.from.length);
    edits.push(r.what);
  }
  return { text: capitalise(out.replace(/\s{2,}/g, ' ')), edits };
}

/**
 * PAN's "random obfuscation": words shuffled, deleted, inserted and replaced at random,
 * with `rate` of the words touched. Not how people write, but what PAN corpora contain.
 */
export function randomObfuscation(text: string, rng: Rng, rate: number, vocabulary: readonly string[]): string {
  const words = text.split(/ +/);
  for (let k = Math.round(words.length * rate); k > 0; k--) {
    const i = rng.int(0, words.length - 1);
    switch (rng.int(0, 3)) {
      case 0:
        if (words.length > 3) words.splice(i, 1);
        break;
      case 1:
        words.splice(i, 0, rng.pick(vocabulary));
        break;
      case 2:
        words[i] = rng.pick(vocabulary);
        break;
      default: {
        const j = Math.min(words.length - 1, i + 1);
        [words[i], words[j]] = [words[j], words[i]];
      }
    }
  }
  return words.join(' ');
}

// ---------------------------------------------------------------------------------------
// Sentence-level edits.

const SUBJECT_START = /^(?:the|a|an|he|she|it|they|we|police|officers|\p{Lu})/u;
const SPLIT_POINTS = [', and ', ', but ', '; ', ', while ', ', as '] as const;

/** Splits a sentence at a clause boundary outside quotes (at least 15 characters each side), or returns null. */
export function splitSentence(text: string, rng: Rng): [string, string] | null {
  const quotes = quoteRanges(text);
  const options: [number, string][] = [];
  for (const p of SPLIT_POINTS) {
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
      // Only where the second clause can stand alone (starts with a subject), so the split reads as news.
      const standsAlone = p !== ', and ' || SUBJECT_START.test(text.slice(at + p.length));
      if (at >= 15 && at <= text.length - 20 && !inRanges(at, quotes) && standsAlone) options.push([at, p]);
    }
  }
  if (options.length === 0) return null;
  const [at, p] = rng.pick(options);
  const rest = text.slice(at + p.length);
  return [text.slice(0, at) + '.', capitalise(p === ', but ' ? 'But ' + rest : rest)];
}

/** Merges two sentences into one ("A, and b." / "A; b."), or returns null when unsuitable. */
export function mergeSentences(a: string, b: string, rng: Rng): string | null {
  if (!a.endsWith('.') || /["”]$/.test(a) || /^["“]/.test(b)) return null;
  const joiner = rng.pick([', and ', '; ', ', while ']);
  const lowered = /^(The|A|An|It|He|She|They|This|There|Police|Officers|However|But)\b/.test(b)
    ? b[0].toLowerCase() + b.slice(1)
    : b;
  const tail = lowered.replace(/^however,?\s*/i, '').replace(/^but\s+/i, '');
  return a.slice(0, -1) + joiner + tail;
}

/**
 * Turns a sentence's clauses round without changing its words much: a fronted adverbial
 * moved to the end, or a quote frame reversed.
 */
export function reorderClauses(text: string): string | null {
  let m = /^"([^"]+)," (said|says) (.+)\.$/.exec(text);
  if (m) return `${capitalise(m[3])} ${m[2]}: "${m[1]}."`;
  m = /^"([^"]+)," ([^"]+?) (said|told [^"]+?|wrote|added)\.$/.exec(text);
  if (m) return `${capitalise(m[2])} ${m[3]}: "${m[1]}."`;
  m = /^([^"]+?) (said|told [^":]+?|wrote|added): "([^"]+)\."$/.exec(text);
  if (m) return `"${m[3]}," ${m[1][0].toLowerCase() === m[1][0] ? m[1] : lowerFirstWord(m[1])} ${m[2]}.`;
  m = /^(On \w+|Earlier this \w+|Last \w+|In \w+|After the hearing|Speaking after the case|In a statement|Sentencing|Prosecuting|Defending), (.+)\.$/.exec(text);
  if (m) return `${capitalise(m[2])}, ${lowerFirstWord(m[1])}.`;
  return null;
}

function lowerFirstWord(s: string): string {
  return /^(The|A|An|In|On|Last|Earlier|After|Speaking|Sentencing|Prosecuting|Defending)\b/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

// ---------------------------------------------------------------------------------------
// Document-level derivation.

/** Own material an outlet adds when the story's extra facts run out. */
const GENERIC_OWN = [
  'It is not the first time the issue has made headlines in the area.',
  'Readers have contacted us to share their own experiences.',
  'The full details are expected to emerge in the coming weeks.',
  'We have contacted those involved for further comment.',
  'The story has been widely shared on social media.',
  'It remains unclear what will happen next.',
] as const;

/**
 * Derives a text from `source` (written from `topic`) under `profile`, in the house
 * `style`. Returns the derived document; each unit's `origin` names the source sentence
 * indices it came from.
 */
export function deriveDoc(source: Doc, topic: Topic, profile: EditProfile, rng: Rng, style: HouseStyle): Doc {
  const srcUnits = units(source);
  const n = srcUnits.length;
  // 1. Trim: keep a prefix, cut a few inside.
  const keepN = Math.max(1, Math.round(n * (profile.keep[0] + rng.next() * (profile.keep[1] - profile.keep[0]))));
  const kept = new Set<number>();
  for (let i = 0; i < keepN; i++) if (i === 0 || !rng.chance(profile.dropMiddle)) kept.add(i);
  // 2. Paragraphs of kept units, as templates to be realised in the paper's style.
  let index = 0;
  const paragraphs: Unit[][] = [];
  for (const para of source.paragraphs) {
    const out: Unit[] = [];
    for (const u of para) {
      if (kept.has(index)) {
        const rewrite = u.tpl !== null && rng.chance(profile.rewrite) ? otherVariant(topic, u, rng) : null;
        out.push(rewrite
          ? unitFromTemplate(rewrite.tpl, u.factId, rewrite.variant, [index], 'rewrite')
          : u.tpl !== null
            ? unitFromTemplate(u.tpl, u.factId, u.variant, [index], 'copy')
            : unitFromText(u.text, u, [index], 'copy'));
      }
      index++;
    }
    if (out.length > 0) paragraphs.push(out);
  }
  // 3. Reorder: move paragraphs (never the first one, which carries the news).
  for (let k = rng.int(0, profile.reorder); k > 0 && paragraphs.length > 2; k--) {
    const from = rng.int(1, paragraphs.length - 1);
    const [moved] = paragraphs.splice(from, 1);
    paragraphs.splice(rng.int(1, paragraphs.length), 0, moved);
  }
  // 4. Own material: the intro in the paper's words, facts from its own reporting, own sentences.
  const first = paragraphs[0]?.[0];
  if (first && first.origin[0] === 0 && first.tag === 'copy' && rng.chance(profile.ownLead)) {
    const rewrite = otherVariant(topic, first, rng);
    if (rewrite) paragraphs[0][0] = unitFromTemplate(rewrite.tpl, first.factId, rewrite.variant, [0], 'rewrite');
    if (rng.chance(0.5)) paragraphs.unshift(ownUnits(topic, rng, 1));
  }
  const own = ownUnits(topic, rng, Math.round(kept.size * profile.own * (0.5 + rng.next())));
  if (profile.restate) {
    srcUnits.forEach((u, i) => {
      if (kept.has(i) || !u.factId || !rng.chance(profile.restate!)) return;
      const v = otherVariant(topic, u, rng);
      if (v) own.push(unitFromTemplate(v.tpl, u.factId, v.variant, [], 'own'));
    });
  }
  for (const u of rng.shuffle(own)) paragraphs.splice(rng.int(1, paragraphs.length), 0, [u]);
  const doc: Doc = { headline: otherHeadline(topic, source, rng), paragraphs, wording: source.wording ?? 0 };
  // 5. Realise in the paper's style, then edit the text.
  realise(doc, topic, style);
  const ctx: EditContext = { topic, style };
  for (const para of doc.paragraphs) {
    for (let i = 0; i < para.length; i++) {
      const u = para[i];
      if (u.origin.length === 0) continue;
      let text = u.text;
      const edits: string[] = [];
      if (u.tag === 'rewrite' && rng.chance(0.5)) {
        const turned = reorderClauses(text);
        if (turned) {
          text = turned;
          edits.push('clauses reordered');
        }
      }
      if (rng.chance(profile.light)) {
        const e = lightEdit(text, rng, ctx, profile.lightOps);
        text = e.text;
        edits.push(...e.edits);
      }
      if (edits.length > 0) para[i] = unitFromText(text, u, u.origin, u.tag === 'rewrite' ? 'rewrite' : 'light', edits);
    }
  }
  splitAndMerge(doc, profile, rng);
  doc.paragraphs = doc.paragraphs.filter((p) => p.length > 0);
  return doc;
}

/** A headline template other than the source's: papers write their own headlines. */
export function otherHeadline(topic: Topic, source: Doc, rng: Rng): string {
  const others = topic.headlines.filter((h) => h !== source.headlineTpl);
  return rng.pick(others.length > 0 ? others : topic.headlines);
}

/** Another variant of the unit's fact, if it has one. */
function otherVariant(topic: Topic, u: Unit, rng: Rng): { tpl: string; variant: number } | null {
  const f = [...topic.facts, ...topic.extras].find((x) => x.id === u.factId);
  if (!f || f.variants.length < 2) return null;
  let v = rng.int(0, f.variants.length - 2);
  if (v >= u.variant) v++;
  return { tpl: f.variants[v], variant: v };
}

/** `count` own sentences: the topic's extra facts first, then generic ones. */
function ownUnits(topic: Topic, rng: Rng, count: number): Unit[] {
  const out: Unit[] = [];
  const extras: Fact[] = rng.shuffle(topic.extras);
  for (let i = 0; i < count; i++) {
    if (i < extras.length) {
      const f = extras[i];
      const v = rng.int(0, f.variants.length - 1);
      out.push(unitFromTemplate(f.variants[v], f.id, v, [], 'own'));
    } else {
      out.push(unitFromTemplate(rng.pick(GENERIC_OWN), null, -1, [], 'own'));
    }
  }
  return out;
}

/** Splits and merges derived sentences in place, keeping their origins. */
function splitAndMerge(doc: Doc, profile: EditProfile, rng: Rng): void {
  for (const para of doc.paragraphs) {
    for (let i = 0; i < para.length; i++) {
      const u = para[i];
      if (u.origin.length === 0) continue;
      if (rng.chance(profile.split)) {
        const parts = splitSentence(u.text, rng);
        if (parts) {
          para.splice(i, 1, unitFromText(parts[0], u, u.origin, 'split', ['split']), unitFromText(parts[1], u, u.origin, 'split', ['split']));
          i++;
          continue;
        }
      }
      const next = para[i + 1];
      if (next && next.origin.length > 0 && rng.chance(profile.merge)) {
        const merged = mergeSentences(u.text, next.text, rng);
        if (merged) para.splice(i, 2, unitFromText(merged, u, [...u.origin, ...next.origin], 'merged', ['merged']));
      }
    }
  }
  // Subs also re-break paragraphs: merge a one-sentence paragraph into the previous one now and then.
  for (let p = doc.paragraphs.length - 1; p > 0; p--) {
    if (doc.paragraphs[p].length === 1 && doc.paragraphs[p - 1].length === 1 && rng.chance(profile.merge)) {
      doc.paragraphs[p - 1].push(...doc.paragraphs[p]);
      doc.paragraphs.splice(p, 1);
    }
  }
}
