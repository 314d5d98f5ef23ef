/**
 * The evidence about who copied whom, as signed features (positive favours document A as
 * the source) each with plain words for an editor. `infer-direction.ts` weighs them.
 */
import type { Passage, Span, TextDoc } from '../types.js';
import { findAttributions, type Attribution } from './attribution.js';
import { TIME_SATURATION_MINUTES } from './constants.js';
import { publicationTime, type PublicationTime } from './dateline.js';
import { lazyEditTrail } from './edit-trail.js';
import { displayPublisher, looksLikeOutlet, nameMentions, samePublisher } from './publisher.js';
import { wireMarks, wireScore, type WireMark } from './wire-furniture.js';

/** What the corpus knows beyond one pair. */
export interface ProvenanceContext {
  /** For a source name: how often it was the earlier side of a time-decided pair, and how often the later. */
  readonly history?: ReadonlyMap<string, { readonly earlier: number; readonly later: number }>;
  /** Corpus word frequencies (normalised lower-case words), to tell a typo from its fix. */
  readonly wordCounts?: ReadonlyMap<string, number>;
}

/** The features of the direction model, by name. */
export type FeatureName = 'timeMetadata' | 'timeDateline' | 'credit' | 'selfClaim' | 'containment' | 'fix' | 'trim' | 'history' | 'wire';

/** One feature's value (−1…1, positive favours A as source) with the words that explain it. */
export interface Feature {
  readonly name: FeatureName;
  readonly value: number;
  readonly kind: 'time' | 'attribution' | 'containment' | 'edit-trail' | 'history' | 'dateline' | 'wire';
  readonly text: string;
}

/**
 * The publisher of a document: its `source`, else the host of its URL, else the directory
 * its file lies in (`compare corpus/the-sun/x.txt …` names no corpus root, but the folder
 * still says who published it).
 */
export function publisherOf(doc: TextDoc): string | null {
  const meta = doc.article.meta;
  if (meta.source) return meta.source;
  const host = meta.url ? /^[a-z][a-z0-9+.-]*:\/\/(?:www\.)?([^/:?#]+)/i.exec(meta.url)?.[1] : undefined;
  if (host) return host;
  const parts = doc.article.path.split(/[\\/]/);
  return parts.length >= 2 && parts[parts.length - 2] ? parts[parts.length - 2]! : null;
}

const quote = (s: string): string => `“${s.length > 80 ? `${s.slice(0, 77)}…` : s}”`;

function label(doc: TextDoc): string {
  return doc.article.id;
}

function describeTime(t: PublicationTime): string {
  const iso = new Date(t.ms).toISOString();
  const shown = t.precision === 'minute' ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : iso.slice(0, 10);
  return t.from === 'metadata' ? `published ${shown}` : `dated ${quote(t.text)} in its text (${shown})`;
}

function timeFeature(a: TextDoc, b: TextDoc): Feature | null {
  const ta = timeOf(a);
  const tb = timeOf(b);
  if (!ta || !tb) return null;
  const dayPrecision = ta.precision === 'day' || tb.precision === 'day';
  const dayOf = (ms: number): number => Math.floor(ms / 86_400_000);
  const minutes = dayPrecision ? (dayOf(tb.ms) - dayOf(ta.ms)) * 24 * 60 : (tb.ms - ta.ms) / 60_000;
  const name: FeatureName = ta.from === 'metadata' && tb.from === 'metadata' ? 'timeMetadata' : 'timeDateline';
  const kind = name === 'timeMetadata' ? 'time' : 'dateline';
  if (minutes === 0) {
    const both = [`${label(a)} ${describeTime(ta)}`, `${label(b)} ${describeTime(tb)}`].sort();
    return { name, value: 0, kind, text: `Both appeared at the same time as far as known (${both.join('; ')}).` };
  }
  // Order matters more than the size of the gap (copies follow within minutes): half the
  // value is the sign, the other half grows with the log of the gap up to a day.
  const magnitude = 0.5 + 0.5 * Math.min(1, Math.log1p(Math.abs(minutes)) / Math.log1p(TIME_SATURATION_MINUTES));
  const [first, second, tf, ts] = minutes > 0 ? [a, b, ta, tb] : [b, a, tb, ta];
  const gap = Math.abs(minutes);
  const gapText = gap >= 2 * 24 * 60 ? `${Math.round(gap / (24 * 60))} days` : gap >= 120 ? `${Math.round(gap / 60)} hours` : `${Math.round(gap)} minutes`;
  return {
    name,
    value: Math.sign(minutes) * magnitude,
    kind,
    text: `${label(first)} came ${gapText} earlier: ${describeTime(tf)}; ${label(second)} ${describeTime(ts)}.`,
  };
}

/**
 * Per-document caches: a document takes part in many pairs, its attributions and time do
 * not change. Kept in one slot on the document (a symbol key: never in JSON or worker
 * messages) rather than in module-level `WeakMap`s, whose entries every minor garbage
 * collection must trace.
 */
interface ProvenanceMemo {
  attributions: Attribution[] | undefined;
  /** `undefined` until computed; `null` when the document has no known time. */
  time: PublicationTime | null | undefined;
  /** Wire furniture of the raw text, `undefined` until read. */
  wire: WireMark[] | undefined;
}

const PROVENANCE_MEMO = Symbol('wiretrace.provenanceMemo');

function memoOf(doc: TextDoc): ProvenanceMemo {
  const holder = doc as TextDoc & { [PROVENANCE_MEMO]?: ProvenanceMemo };
  let memo = holder[PROVENANCE_MEMO];
  if (memo === undefined) {
    memo = { attributions: undefined, time: undefined, wire: undefined };
    holder[PROVENANCE_MEMO] = memo;
  }
  return memo;
}

function attributionsOf(doc: TextDoc): Attribution[] {
  const memo = memoOf(doc);
  if (memo.attributions === undefined) memo.attributions = findAttributions(doc.article.text, doc.clean.removed);
  return memo.attributions;
}

function timeOf(doc: TextDoc): PublicationTime | null {
  const memo = memoOf(doc);
  if (memo.time === undefined) memo.time = publicationTime(doc.article, doc.clean.removed);
  return memo.time;
}

function wireOf(doc: TextDoc): WireMark[] {
  const memo = memoOf(doc);
  if (memo.wire === undefined) memo.wire = wireMarks(doc.article.text);
  return memo.wire;
}

/**
 * Wire furniture on one side and not (or less) on the other: the side that still carries
 * the agency's slug line, byline and sign-off is the wire copy a printed story was made from.
 */
function wireFeature(a: TextDoc, b: TextDoc): Feature | null {
  const ma = wireOf(a);
  const mb = wireOf(b);
  const value = wireScore(ma) - wireScore(mb);
  if (value === 0) return null;
  const [wire, other, marks] = value > 0 ? [a, b, ma] : [b, a, mb];
  const shown = marks.slice(0, 2).map((m) => quote(m.line)).join(', ');
  const lessOrNone = (value > 0 ? mb : ma).length > 0 ? 'less of it' : 'none';
  return {
    name: 'wire',
    value,
    kind: 'wire',
    text: `${label(wire)} carries wire-agency furniture (${shown}), ${label(other)} ${lessOrNone}: wire copy is where printed stories start.`,
  };
}

/** Phrases in `copy` that credit `source`'s publisher ("told The Sun"). */
export function creditPhrases(copy: TextDoc, source: TextDoc, found: readonly Attribution[] = attributionsOf(copy)): string[] {
  const publisher = publisherOf(source);
  if (!publisher || samePublisher(publisher, publisherOf(copy))) return [];
  const phrases: string[] = [];
  for (const attribution of found) {
    if (nameMentions(attribution.name, publisher) && !phrases.includes(attribution.phrase)) phrases.push(attribution.phrase);
  }
  return phrases;
}

function ownClaims(doc: TextDoc, found: readonly Attribution[]): string[] {
  const own = publisherOf(doc);
  if (!own) return [];
  return [...new Set(found.filter((x) => nameMentions(x.name, own)).map((x) => x.phrase))];
}

function attributionFeatures(a: TextDoc, b: TextDoc): { features: Feature[]; neutral: string[] } {
  const features: Feature[] = [];
  const neutral: string[] = [];
  const sa = publisherOf(a);
  const sb = publisherOf(b);
  if (!sa || !sb || samePublisher(sa, sb)) return { features, neutral };
  const foundA = attributionsOf(a);
  const foundB = attributionsOf(b);
  const creditAB = creditPhrases(a, b, foundA);
  const creditBA = creditPhrases(b, a, foundB);
  if (creditAB.length > 0 || creditBA.length > 0) {
    const value = (creditBA.length > 0 ? 1 : 0) - (creditAB.length > 0 ? 1 : 0);
    const parts: string[] = [];
    if (creditBA.length > 0) parts.push(`${label(b)} credits ${displayPublisher(sa)}: ${creditBA.map(quote).join(', ')}`);
    if (creditAB.length > 0) parts.push(`${label(a)} credits ${displayPublisher(sb)}: ${creditAB.map(quote).join(', ')}`);
    features.push({ name: 'credit', value, kind: 'attribution', text: `${parts.sort().join('; ')}.` });
  }
  const claimA = ownClaims(a, foundA);
  const claimB = ownClaims(b, foundB);
  if (claimA.length > 0 || claimB.length > 0) {
    const value = (claimA.length > 0 ? 1 : 0) - (claimB.length > 0 ? 1 : 0);
    const parts: string[] = [];
    if (claimA.length > 0) parts.push(`${label(a)} presents the reporting as its own: ${claimA.map(quote).join(', ')}`);
    if (claimB.length > 0) parts.push(`${label(b)} presents the reporting as its own: ${claimB.map(quote).join(', ')}`);
    features.push({ name: 'selfClaim', value, kind: 'attribution', text: `${parts.sort().join('; ')}.` });
  }
  const others = new Set<string>();
  const [first, second] = a.article.id <= b.article.id ? [foundA, foundB] : [foundB, foundA];
  for (const x of [...first, ...second]) {
    if (x.cue !== 'credit' || nameMentions(x.name, sa) || nameMentions(x.name, sb) || !looksLikeOutlet(x.name)) continue;
    others.add(x.phrase);
  }
  if (others.size > 0) {
    neutral.push(`Mentions of a third party credit neither document: ${[...others].slice(0, 3).map(quote).join(', ')}.`);
  }
  return { features, neutral };
}

function unionLength(spans: Span[]): number {
  spans.sort((x, y) => x.start - y.start);
  let total = 0;
  let end = -1;
  for (const s of spans) {
    if (s.end <= end) continue;
    total += s.end - Math.max(s.start, end);
    end = s.end;
  }
  return total;
}

/** Share of `doc`'s body inside `spans`, 0–1. */
export function bodyCoverage(doc: TextDoc, spans: readonly Span[]): number {
  if (doc.bodyChars <= 0) return 0;
  const clipped: Span[] = [];
  for (const s of spans) {
    for (const body of doc.clean.body) {
      const start = Math.max(s.start, body.start);
      const end = Math.min(s.end, body.end);
      if (end > start) clipped.push({ start, end });
    }
  }
  return Math.min(1, unionLength(clipped) / doc.bodyChars);
}

function containmentFeature(a: TextDoc, b: TextDoc, passages: readonly Passage[]): Feature | null {
  if (passages.length === 0) return null;
  const ca = bodyCoverage(a, passages.map((p) => p.a));
  const cb = bodyCoverage(b, passages.map((p) => p.b));
  const value = cb - ca;
  const pct = (x: number): string => `${Math.round(x * 100)}%`;
  const bInner = value > 0 || (value === 0 && b.article.id < a.article.id);
  const [inner, outer, ci, co] = bInner ? [b, a, cb, ca] : [a, b, ca, cb];
  return {
    name: 'containment',
    value,
    kind: 'containment',
    text: `${pct(ci)} of ${label(inner)} lies inside ${label(outer)}, but only ${pct(co)} of ${label(outer)} inside ${label(inner)}: the shorter piece looks cut from the longer.`,
  };
}

function editFeatures(a: TextDoc, b: TextDoc, passages: readonly Passage[], context: ProvenanceContext): Feature[] {
  const edits = lazyEditTrail(passages, context.wordCounts);
  const features: Feature[] = [];
  for (const kind of ['fix', 'trim'] as const) {
    const ofKind = edits.filter((e) => e.kind === kind);
    if (ofKind.length === 0) continue;
    const fromA = ofKind.filter((e) => e.from === 'a').length;
    const fromB = ofKind.length - fromA;
    const net = fromA - fromB;
    const value = Math.tanh(kind === 'fix' ? net : net / 2);
    const fromSide: 'a' | 'b' = net > 0 || (net === 0 && a.article.id < b.article.id) ? 'a' : 'b';
    const example = ofKind.find((e) => e.from === fromSide) ?? ofKind[0]!;
    const texts = example.texts();
    const [src, cp] = example.from === 'a' ? [a, b] : [b, a];
    const verb = kind === 'fix' ? 'fixes a slip in' : 'trims words from';
    const [thisWay, otherWay] = example.from === 'a' ? [fromA, fromB] : [fromB, fromA];
    const tally = otherWay > 0 ? ` (${thisWay} such edits this way, ${otherWay} the other way)` : ofKind.length > 1 ? ` (${ofKind.length} such edits)` : '';
    features.push({
      name: kind,
      value,
      kind: 'edit-trail',
      text: `${label(cp)} ${verb} ${label(src)}${tally}: ${quote(texts.before)} → ${quote(texts.after)}.`,
    });
  }
  return features;
}

function historyFeature(a: TextDoc, b: TextDoc, context: ProvenanceContext, minPairs: number): Feature | null {
  const history = context.history;
  const sa = a.article.meta.source;
  const sb = b.article.meta.source;
  if (!history || !sa || !sb || samePublisher(sa, sb)) return null;
  const ha = history.get(sa);
  const hb = history.get(sb);
  const seen = (h?: { earlier: number; later: number }): boolean => !!h && h.earlier + h.later >= minPairs;
  if (!seen(ha) && !seen(hb)) return null;
  const score = (h?: { earlier: number; later: number }): number => Math.log(((h?.earlier ?? 0) + 1) / ((h?.later ?? 0) + 1));
  const value = Math.tanh((score(ha) - score(hb)) / 2);
  if (value === 0) return null;
  const describe = (name: string, h?: { earlier: number; later: number }): string =>
    `${displayPublisher(name)} was the earlier side in ${h?.earlier ?? 0} of ${(h?.earlier ?? 0) + (h?.later ?? 0)} dated pairs`;
  return { name: 'history', value, kind: 'history', text: `In this corpus, ${[describe(sa, ha), describe(sb, hb)].sort().join('; ')}.` };
}

/** Every feature of the pair, and neutral observations (weight 0) worth showing an editor. */
export function directionFeatures(
  a: TextDoc,
  b: TextDoc,
  passages: readonly Passage[],
  context: ProvenanceContext = {},
  historyMinPairs = 2,
): { features: Feature[]; neutral: string[] } {
  const features: Feature[] = [];
  const time = timeFeature(a, b);
  if (time) features.push(time);
  const attribution = attributionFeatures(a, b);
  features.push(...attribution.features);
  const wire = wireFeature(a, b);
  if (wire) features.push(wire);
  const containment = containmentFeature(a, b, passages);
  if (containment) features.push(containment);
  features.push(...editFeatures(a, b, passages, context));
  const history = time && time.value !== 0 ? null : historyFeature(a, b, context, historyMinPairs);
  if (history) features.push(history);
  return { features, neutral: attribution.neutral };
}
