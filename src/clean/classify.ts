/**
 * Classifies the units (lines, or blocks of hard-wrapped lines) of one text: cues and
 * learned templates first, then the body zone, the line model and Viterbi smoothing, then
 * roles and reasons for what the model took out.
 */
import type { HtmlHint, LineRole } from '../types.js';
import { READABILITY_HINT_TAG } from './html-hints.js';
import { splitLines, type Line } from './lines.js';
import { groupUnits, layoutOf, type Layout, type Unit } from './blocks.js';
import { firstLowerWord, furnitureShareOf, lineMemo, textFeatures, textFeaturesIn, type TextFeatures } from './features.js';
import { cueVerdict, isProtected, isStrongBody, quote } from './cue-verdict.js';
import { markTails } from './tail.js';
import { isIngredientLabel, mayOpenCue, tailCue } from './cues.js';
import { bodyZone, type Zone } from './zone.js';
import { featureVectors } from './model-features.js';
import { packedArray, packedMap } from './arrays.js';
import { BODY, GAP, bodyProbabilities, viterbi, type Transitions } from './model.js';
import { normalizedLineHash, normalizedPrefixHash, normalizeLine } from './normalize.js';
import type { TemplateEntry, TemplateIndex } from './profiles.js';
import { isSpeechPrefix, linePrefix } from './profiles.js';
import type { LineVerdict } from './verdict.js';
import {
  MAX_INGREDIENT_LABEL_WORDS,
  MAX_INGREDIENT_LINES,
  MAX_INGREDIENT_LINE_WORDS,
  BYLINE_NAME_REACH,
  HEADLINE_REPEAT_REACH,
  HEADLINE_SEARCH_LINES,
  MAX_HEADLINE_WORDS,
  MAX_CLASS_CAPTION_SHARE,
  MAX_MARKER_WORDS,
  MIN_REPEATED_HEADLINE_WORDS,
  MAX_NAV_WORDS,
  MAX_SUBHEAD_WORDS,
  NORM_PREFIX_UNITS,
  MIN_UNMARKED_TAIL_LINES,
  MIN_HEADLINE_CAP_SHARE,
  MIN_TEASER_WORDS,
  UNMARKED_TAIL_SHARE,
  MIN_PROTECTED_TEMPLATE_SHARE,
  PROTECTED_LINE_WORDS,
  PROTECTED_MAX_BODY_P,
} from './constants.js';

/** Everything the classifier computed for one text (the training script reads it too). */
export interface Analysis {
  readonly lines: readonly Line[];
  readonly units: readonly Unit[];
  readonly feats: readonly TextFeatures[];
  readonly zone: Zone;
  /** Flat feature matrix, FEATURE_NAMES.length per unit. */
  readonly x: Float64Array;
  /** P(body) per unit. */
  readonly p: Float64Array;
  /** Viterbi states per unit (indices into STATES: pre, body, gap, post). */
  readonly states: Uint8Array;
  /** The final verdict per unit. */
  readonly verdicts: readonly LineVerdict[];
  /** The layout the lines were grouped by (wrap width, wire marks). */
  readonly layout: Layout;
}

/** Per line text: its features and cue verdict (both functions of the text alone). */
export type LineCache = Map<string, { readonly feats: TextFeatures; readonly cue: LineVerdict | null }>;

/** Options for training and evaluation. */
export interface ClassifyOptions {
  readonly weights?: Float64Array;
  readonly transitions?: Transitions;
  /** Remove short unpunctuated lines inside the body as subheads (default true). */
  readonly subheads?: boolean;
  /** Remove a run of headline-like lines after the last paragraph as a teaser tail (default true). */
  readonly unmarkedTails?: boolean;
  /** Per line text: its features and cue verdict, shared between passes over one article (and between cleans of one article: no template changes them). */
  readonly cache?: LineCache;
  /** Structural hints from HTML extraction (spans of `text`). */
  readonly hints?: readonly HtmlHint[];
  /**
   * Per unit, by the offset of its first line in the article: its text, features and cue
   * verdict, shared between the looks at one article when no `cache` is given (keyed by a
   * number, not the line's text: no string is hashed).
   */
  readonly unitCache?: UnitCache;
  /** Group lines by this layout instead of the lines' own (for callers that know a document's layout; the looks of `cleanArticle` find their own). */
  readonly layout?: Layout;
}

/** See `ClassifyOptions.unitCache`. */
export type UnitCache = Map<number, { readonly text: string; readonly feats: TextFeatures; readonly cue: LineVerdict | null }>;

/** Per unit: the hint role, link density and class cue of the hint covering its first line. */
function unitHints(lines: readonly Line[], units: readonly Unit[], hints: readonly HtmlHint[] | undefined): { roles: (string | null)[]; density: number[]; classCues: (string | null)[] } {
  const roles: (string | null)[] = packedArray(units.length, () => null);
  const density: number[] = packedArray(units.length, () => 0);
  const classCues: (string | null)[] = packedArray(units.length, () => null);
  if (!hints || hints.length === 0) return { roles, density, classCues };
  const sorted = [...hints].filter((h) => h.tag !== READABILITY_HINT_TAG).sort((a, b) => a.start - b.start);
  let h = 0;
  for (let u = 0; u < units.length; u++) {
    const at = lines[units[u]!.first]!.start;
    while (h < sorted.length && sorted[h]!.end <= at) h++;
    const hint = sorted[h];
    if (hint && hint.start <= at && at < hint.end) {
      roles[u] = hint.role === 'promo' ? null : hint.role;
      density[u] = hint.linkDensity;
      classCues[u] = hint.classCue ?? null;
    }
  }
  return { roles, density, classCues };
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** Plain words describing a unit's shape, for reasons. */
function shape(f: TextFeatures): string {
  const parts = [`${Math.round(f.words)} ${f.words === 1 ? 'word' : 'words'}`];
  if (f.terminal !== 'sentence') parts.push('no sentence punctuation');
  if (f.capShare >= 0.6 && f.words >= 2) parts.push(`${pct(f.capShare)} capitalised words`);
  return parts.join(', ');
}

/** Template decisions from the source's learned profile. */
function templateVerdicts(units: readonly Unit[], feats: readonly TextFeatures[], lineEntry: (i: number) => TemplateEntry | undefined, index: TemplateIndex | null, source: string | null): { verdicts: (LineVerdict | null)[]; markers: (string | null)[] } {
  const verdicts: (LineVerdict | null)[] = packedArray(units.length, () => null);
  const markers: (string | null)[] = packedArray(units.length, () => null);
  if (!index) return { verdicts, markers };
  for (let i = 0; i < units.length; i++) {
    const text = units[i]!.text;
    const f = feats[i]!;
    const entry = lineEntry(i);
    const where = (stories: number) => `in ${stories} of ${index.stories} ${source} stories`;
    if (entry) {
      if (isProtected(f) && entry.stories < MIN_PROTECTED_TEMPLATE_SHARE * index.stories) continue;
      if (entry.kind === 'tail') markers[i] = where(entry.stories);
      const role: LineRole = f.words <= MAX_NAV_WORDS ? 'nav' : 'widget';
      verdicts[i] = { role: role as Exclude<LineRole, 'body'>, reason: `a template line of ${source}: ${where(entry.stories)}` };
      continue;
    }
    if (isProtected(f)) continue;
    const prefix = linePrefixOf(f, text);
    // Reported speech ("He said: …") is prose whatever a profiles file says.
    const pre = prefix && !isSpeechPrefix(prefix) ? index.prefixes.get(prefix) : undefined;
    if (pre) verdicts[i] = { role: 'promo', reason: `starts with ${quote(pre.example.slice(0, prefix!.length + 2))} like lines ${where(pre.stories)}` };
  }
  return { verdicts, markers };
}

/**
 * The unit that is the article's own headline: the first line when it is unpunctuated and
 * headline-sized, or a later line that repeats it (web pages open with the page title, then
 * menus, then the headline again above the article). -1 when there is none.
 */
function findHeadline(texts: readonly string[], feats: readonly TextFeatures[]): number {
  // The title: the first headline-sized unpunctuated line among the first few (nav labels such as "News | Cumbria" come before it).
  let first = -1;
  for (let i = 0; i < Math.min(texts.length, HEADLINE_SEARCH_LINES); i++) {
    const f = feats[i]!;
    if (f.terminal === 'sentence') return -1;
    if (f.words > MAX_NAV_WORDS && f.words <= MAX_HEADLINE_WORDS) {
      first = i;
      break;
    }
  }
  if (first < 0) return -1;
  const title = feats[first]!.lower.join(' ');
  const titleFirst = firstLowerWord(feats[first]!);
  for (let i = first + 1; i < Math.min(texts.length, HEADLINE_REPEAT_REACH); i++) {
    const f = feats[i]!;
    if (f.words < MIN_REPEATED_HEADLINE_WORDS || f.terminal === 'sentence') continue;
    // Two word lists joined by spaces, one starting with the other, have first words one starting with the other.
    const w = firstLowerWord(f);
    if (w !== undefined && titleFirst !== undefined && !w.startsWith(titleFirst) && !titleFirst.startsWith(w)) continue;
    const norm = f.lower.join(' ');
    if (norm.length > 0 && (title.startsWith(norm) || norm.startsWith(title))) return i;
  }
  return first;
}

/** `normalizeLine(text)`, once per line text (features objects are shared between passes). */
function normOf(f: TextFeatures, text: string): string {
  const memo = lineMemo(f);
  if (!memo) return normalizeLine(text);
  if (memo.norm === undefined) memo.norm = normalizeLine(text);
  return memo.norm;
}

/** `linePrefix(text)`, once per line text. */
function linePrefixOf(f: TextFeatures, text: string): string | null {
  const memo = lineMemo(f);
  if (!memo) return linePrefix(text);
  if (memo.linePrefix === undefined) memo.linePrefix = linePrefix(text);
  return memo.linePrefix;
}

/** `normalizedLineHash(text)` (= `hashString(normOf(…))`), once per line text. */
function normHashOf(f: TextFeatures, text: string): number {
  const memo = lineMemo(f);
  if (!memo) return normalizedLineHash(text);
  if (memo.normHash === undefined) memo.normHash = normalizedLineHash(text);
  return memo.normHash;
}

/** `normalizedPrefixHash(text, NORM_PREFIX_UNITS)`, once per line text. */
function normPrefixHashOf(f: TextFeatures, text: string): number {
  const memo = lineMemo(f);
  if (!memo) return normalizedPrefixHash(text, NORM_PREFIX_UNITS);
  if (memo.normPrefixHash === undefined) memo.normPrefixHash = normalizedPrefixHash(text, NORM_PREFIX_UNITS);
  return memo.normPrefixHash;
}

/**
 * Per unit: whether another unit has the same key. Keys are normalised lines: compared by
 * the hash of their first NORM_PREFIX_UNITS units first (equal keys have equal prefixes),
 * and only units whose prefix hash recurs have their normal form made and compared.
 */
function repeatedNorms(feats: readonly TextFeatures[], texts: readonly string[], prefixes: readonly number[]): boolean[] {
  const byPrefix = new Map<number, number>();
  for (const h of prefixes) byPrefix.set(h, (byPrefix.get(h) ?? 0) + 1);
  const counts = new Map<string, number>();
  const norms: (string | null)[] = packedMap(prefixes, (h, i) => (byPrefix.get(h)! > 1 ? normOf(feats[i]!, texts[i]!) : null));
  for (const k of norms) if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  return packedMap(norms, (k) => k !== null && counts.get(k)! > 1);
}

/** Classifies the lines of `text[from, …)` (body, boilerplate, caption …; not the text stage's `analyzeText`, which tokenises a cleaned article); `index` holds the source's learned templates, if any. */
export function classifyText(text: string, from: number, index: TemplateIndex | null, source: string | null, options: ClassifyOptions = {}): Analysis {
  return classifyLines(splitLines(text, from), index, source, options, text);
}

/**
 * Classifies `lines` (non-blank, trimmed lines as `splitLines` makes them); `classifyText`
 * of a text is `classifyLines` of its lines. Hints, if any, must index the same text as the lines' offsets.
 * `linesOf`: the text the lines' offsets index (each line's `text` is its slice), read
 * instead of the slices when given.
 */
export function classifyLines(lines: readonly Line[], index: TemplateIndex | null, source: string | null, options: ClassifyOptions = {}, linesOf?: string): Analysis {
  const layout = options.layout ?? layoutOf(lines);
  const units = groupUnits(lines, layout);
  const n = units.length;
  const texts = packedMap(units, (u) => u.text);
  // A one-line unit's features are read from the text its line is a slice of.
  const featuresOf = (i: number, t: string): TextFeatures => {
    const unit = units[i]!;
    const line = lines[unit.first]!;
    return linesOf !== undefined && unit.end === unit.first + 1 && t.length === line.end - line.start ? textFeaturesIn(linesOf, line.start, t) : textFeatures(t);
  };
  const cache = options.cache;
  const unitCache = options.unitCache;
  // Each unit's features and cue verdict: from the caller's cache by text, else from the
  // article's cache by first-line offset (text compared), else computed.
  const cues: (LineVerdict | null)[] = [];
  const feats: TextFeatures[] = [];
  for (let i = 0; i < n; i++) {
    const t = texts[i]!;
    let hit = cache ? cache.get(t) : undefined;
    if (!hit && !cache && unitCache) {
      const at = lines[units[i]!.first]!.start;
      const cached = unitCache.get(at);
      if (cached && cached.text === t) hit = cached;
      else {
        const f = featuresOf(i, t);
        const entry = { text: t, feats: f, cue: cueVerdict(t, f) };
        unitCache.set(at, entry);
        hit = entry;
      }
    }
    if (!hit) {
      const f = featuresOf(i, t);
      if (!cache) {
        feats.push(f);
        cues.push(cueVerdict(t, f));
        continue;
      }
      hit = { feats: f, cue: cueVerdict(t, f) };
      cache.set(t, hit);
    }
    feats.push(hit.feats);
    cues.push(hit.cue);
  }
  // Template keys are normalised lines (as profiles count them), looked up by hash first;
  // without templates the lower-case words are the keys.
  // A line's prefix hash rules out nearly every template and every repeat; its whole
  // normal form is hashed (and then made) only when the prefix matches.
  const prefixes = index ? packedMap(feats, (f, i) => normPrefixHashOf(f, texts[i]!)) : null;
  const norms = index ? null : packedMap(feats, (f) => f.lower.join(' '));
  const lineEntry = (i: number): TemplateEntry | undefined =>
    index!.linePrefixes.has(prefixes![i]!) && index!.lineHashes.has(normHashOf(feats[i]!, texts[i]!)) ? index!.lines.get(normOf(feats[i]!, texts[i]!)) : undefined;
  const templ = templateVerdicts(units, feats, lineEntry, index, source);
  const decided: (LineVerdict | null)[] = packedArray(n, (i) => templ.verdicts[i] ?? cues[i]!);
  markTails({ texts, feats, learnedMarkers: templ.markers }, decided);

  let repeated: boolean[];
  if (norms) {
    const counts = new Map<string, number>();
    for (const k of norms) counts.set(k, (counts.get(k) ?? 0) + 1);
    repeated = packedMap(norms, (k) => (counts.get(k) ?? 0) > 1);
  } else repeated = repeatedNorms(feats, texts, prefixes!);
  const zone = bodyZone(feats, packedMap(decided, (d) => d !== null));
  const hinted = unitHints(lines, units, options.hints);
  const headlineAt = findHeadline(texts, feats);
  let tailCueAt = -1;
  for (let i = zone.start; i < n && tailCueAt < 0; i++) if (feats[i]!.words <= MAX_MARKER_WORDS && mayOpenCue(feats[i]!) && tailCue(feats[i]!.lower)) tailCueAt = i;
  const x = featureVectors({
    texts,
    feats,
    decided,
    template: packedMap(templ.verdicts, (v) => v !== null),
    blankBefore: packedMap(units, (u) => u.blankBefore),
    repeated,
    zone,
    headlineAt,
    tailCueAt,
    hintRole: hinted.roles,
    linkDensity: hinted.density,
    classCue: hinted.classCues,
  });
  const p = bodyProbabilities(x, options.weights);
  const states = viterbi(p, options.transitions);
  const verdicts = finalVerdicts(feats, decided, zone, p, states, options.subheads ?? true, headlineAt, options.unmarkedTails ?? true, texts);
  markupCaptions(verdicts, feats, hinted);
  return { lines, units, feats, zone, x, p, states, verdicts, layout };
}

/**
 * Captions the page's markup names (HTML): a figcaption or table caption, or a block in a
 * "caption" or "credit" class, is a caption wherever the model put it: captions stay out
 * of the body but are still matched. Class names are trusted only while such blocks hold
 * under MAX_CLASS_CAPTION_SHARE of the text's words (a page whose whole article sits in a
 * "credits" container is not all caption).
 */
function markupCaptions(verdicts: LineVerdict[], feats: readonly TextFeatures[], hinted: { roles: readonly (string | null)[]; classCues: readonly (string | null)[] }): void {
  let all = 0;
  let classed = 0;
  for (let i = 0; i < verdicts.length; i++) {
    all += feats[i]!.words;
    if (hinted.classCues[i] === 'caption') classed += feats[i]!.words;
  }
  const trustClasses = classed < MAX_CLASS_CAPTION_SHARE * all;
  for (let i = 0; i < verdicts.length; i++) {
    const v = verdicts[i]!;
    if (v.role === 'caption' || v.role === 'credit' || v.creditAt !== undefined) continue;
    if (hinted.roles[i] === 'caption') verdicts[i] = { role: 'caption', reason: 'a caption in the page markup (figcaption)' };
    else if (trustClasses && hinted.classCues[i] === 'caption') verdicts[i] = { role: 'caption', reason: "a caption by the page's class names" };
  }
}

/**
 * A teaser headline: unpunctuated, headline-sized, not a list item (no leading number or
 * bullet) and not a link or handle. Lists that end an article are body; teaser runs are not.
 */
function isTeaserLike(f: TextFeatures, text: string): boolean {
  if (f.terminal === 'sentence' || f.words < MIN_TEASER_WORDS || f.words > MAX_HEADLINE_WORDS) return false;
  const c = text.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 0x2022 || c === 45 || c === 0x2013 || c === 0x2014 || c === 42) return false;
  return text.indexOf('http') < 0 && text.indexOf('@') < 0;
}

/**
 * A subhead: a short unpunctuated line standing alone between paragraphs: the next unit is
 * a strong body line and the previous one is not another short line (runs of short lines
 * are lists, kept as body).
 */
function isolatedShortLine(feats: readonly TextFeatures[], decided: readonly (LineVerdict | null)[], i: number): boolean {
  const f = feats[i]!;
  if (f.terminal !== 'none' || f.words < 2 || f.words > MAX_SUBHEAD_WORDS) return false;
  const next = feats[i + 1];
  if (!next || decided[i + 1] || !isStrongBody(next)) return false;
  const prev = feats[i - 1];
  if (!prev) return false;
  return decided[i - 1] !== null || isStrongBody(prev);
}

function finalVerdicts(
  feats: readonly TextFeatures[],
  decided: readonly (LineVerdict | null)[],
  zone: Zone,
  p: Float64Array,
  states: Uint8Array,
  subheads: boolean,
  headlineAt: number,
  tailRule: boolean,
  texts: readonly string[],
): LineVerdict[] {
  const n = feats.length;
  const out: LineVerdict[] = new Array(n);
  let headlineSeen = false;
  for (let i = 0; i < n; i++) {
    const f = feats[i]!;
    const d = decided[i];
    if (d) {
      out[i] = d;
      if (d.role === 'headline') headlineSeen = true;
      continue;
    }
    if (headlineAt >= 0 && (i === 0 || i === headlineAt) && feats[i]!.words > MAX_NAV_WORDS && f.terminal !== "sentence" && f.terminal !== "colon" && (f.capShare >= MIN_HEADLINE_CAP_SHARE || i < zone.start)) {
      headlineSeen = true;
      out[i] = { role: 'headline', reason: i === 0 ? `the headline: the first line, ${shape(f)}` : `the headline: the title line above the article, ${shape(f)}` };
      continue;
    }
    const model = `model ${pct(p[i]!)} body`;
    const inZone = i >= zone.start && i < zone.end;
    const sentence = f.terminal === 'sentence';
    let body = states[i] === BODY;
    // The 25-word rule: a long punctuated line leaves only when the sequence puts it outside
    // the article (above or after it, not between paragraphs) and the model agrees.
    if (!body && isProtected(f) && (states[i] === GAP || p[i]! >= PROTECTED_MAX_BODY_P)) body = true;
    if (body) {
      if (subheads && inZone && isolatedShortLine(feats, decided, i)) {
        out[i] = { role: 'subhead', reason: `a subhead: ${shape(f)}, inside the body` };
      } else out[i] = { role: 'body', reason: '' };
      continue;
    }
    // Keep prose: a sentence of prose between the headline and the body zone (a standfirst,
    // the article's first paragraph above a byline or a caption) stays, unless a cue took it
    // or it is made of furniture words (a cookie or newsletter notice). Issue 17.
    if (i < zone.start && headlineAt >= 0 && i > headlineAt && isStrongBody(f) && furnitureShareOf(f) === 0) {
      out[i] = { role: 'body', reason: '' };
      continue;
    }
    if (i < zone.start) {
      if (!headlineSeen && !sentence && f.words > MAX_NAV_WORDS && f.words <= MAX_HEADLINE_WORDS) {
        headlineSeen = true;
        out[i] = { role: 'headline', reason: `the headline: first ${shape(f)}, above the body (${model})` };
      } else if (f.words <= MAX_NAV_WORDS) {
        out[i] = { role: 'nav', reason: `a label above the body: ${shape(f)} (${model})` };
      } else {
        out[i] = { role: sentence ? 'widget' : 'nav', reason: `above the body: ${shape(f)} (${model})` };
      }
    } else if (i >= zone.end) {
      out[i] = { role: sentence && f.words >= PROTECTED_LINE_WORDS / 2 ? 'widget' : 'teaser', reason: `after the body: ${shape(f)} (${model})` };
    } else {
      out[i] = { role: sentence ? 'widget' : 'subhead', reason: `inside the body but ${shape(f)} (${model})` };
    }
  }
  // A teaser tail without a marker: after the last strong body line, most of the rest of
  // the page looks like headlines.
  if (tailRule) {
    let last = -1;
    for (let i = 0; i < n; i++) if (out[i]!.role === 'body' && isStrongBody(feats[i]!)) last = i;
    const rest = n - last - 1;
    let headlineLike = 0;
    for (let i = last + 1; i < n; i++) if (isTeaserLike(feats[i]!, texts[i]!)) headlineLike++;
    if (last >= 0 && headlineLike >= MIN_UNMARKED_TAIL_LINES && headlineLike >= UNMARKED_TAIL_SHARE * rest) {
      for (let i = last + 1; i < n; i++) {
        if (out[i]!.role === 'body') out[i] = { role: 'teaser', reason: `after the last paragraph: ${headlineLike} of the ${rest} lines after it look like teaser headlines` };
      }
    }
  }
  // A recipe's ingredients list is article text, though its lines are short and unpunctuated
  // like a menu's ("200 g Zucker"): an ingredients label and the short lines after it, up
  // to the first sentence (the method), are body wherever the zone lies (issue 17).
  for (let i = 0; i < n; i++) {
    const f = feats[i]!;
    if (f.words === 0 || f.words > MAX_INGREDIENT_LABEL_WORDS || f.terminal === 'sentence' || !isIngredientLabel(f.lower)) continue;
    out[i] = { role: 'body', reason: '' };
    let j = i + 1;
    for (; j < n && j <= i + MAX_INGREDIENT_LINES; j++) {
      const g = feats[j]!;
      if (g.words === 0) continue;
      if (g.terminal === 'sentence' || g.words > MAX_INGREDIENT_LINE_WORDS) break;
      out[j] = { role: 'body', reason: '' };
    }
    i = j - 1;
  }
  // Never an empty body when the zone held text: keep the zone's undecided units.
  if (!out.some((v) => v.role === 'body')) {
    for (let i = zone.start; i < zone.end; i++) if (!decided[i] && out[i]!.role !== 'headline') out[i] = { role: 'body', reason: '' };
  }
  // A caption right after a video duration ("0:30"); a bare name next to a byline.
  for (let i = 1; i < n; i++) {
    if (out[i]!.role !== 'body') continue;
    if (feats[i - 1]!.isDuration && feats[i]!.words <= PROTECTED_LINE_WORDS) {
      out[i] = { role: 'caption', reason: 'the title of the video player above' };
    }
  }
  for (let i = 0; i < n; i++) {
    const f = feats[i]!;
    if (out[i]!.role === 'byline' || f.terminal !== 'none' || f.words < 2 || f.words > 4 || f.capShare < 1 || f.stopShare > 0) continue;
    for (let d = -BYLINE_NAME_REACH; d <= BYLINE_NAME_REACH; d++) {
      const v = out[i + d];
      if (d !== 0 && v && v.role === 'byline') {
        out[i] = { role: 'byline', reason: `a ${f.words}-word name next to the byline` };
        break;
      }
    }
  }
  return out;
}
