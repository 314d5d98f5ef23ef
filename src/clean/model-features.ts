/**
 * The line model's inputs: a fixed, named feature vector per unit (line or block of
 * hard-wrapped lines), from the unit itself and its context (body zone, neighbours).
 */
import type { TextFeatures } from './features.js';
import type { LineVerdict } from './verdict.js';
import type { Zone } from './zone.js';
import { isDateline, isHeadlineLike, isProtected, isStrongBody } from './cue-verdict.js';
import { furnitureShareOf, lineMemo, symbolShareOf } from './features.js';
import { MAX_NAV_WORDS, MAX_SUBHEAD_WORDS } from './constants.js';

/** Feature names, in vector order. Weights are stored by name (model-weights.ts). */
export const FEATURE_NAMES = [
  'bias',
  'logWords',
  'sentenceEnd',
  'colonEnd',
  'commaEnd',
  'stopShare',
  'capShare',
  'allCaps',
  'digitShare',
  'dateline',
  'cueWidget',
  'cuePromo',
  'cueByline',
  'cueCaption',
  'tailRun',
  'template',
  'strong',
  'short',
  'protected',
  'symbolShare',
  'link',
  'repeated',
  'inZone',
  'beforeZone',
  'afterZone',
  'logZoneDistance',
  'relativePosition',
  'firstLine',
  'prevStrong',
  'nextStrong',
  'windowStrong',
  'windowLogWords',
  'blankBefore',
  'zoneShortUnpunctuated',
  'outsideUnpunctuated',
  'zoneShare',
  'furniture',
  'beforeHeadline',
  'atHeadline',
  'afterTailCue',
  'prevHeadlineLike',
  'nextHeadlineLike',
  'localStrong',
  'logGapBefore',
  'logGapAfter',
  'hintCaption',
  'hintNav',
  'hintHeading',
  'linkDensity',
  'classCaption',
  'classFurniture',
  'classByline',
  'headlineRun',
  'restHeadlineLike',
  'afterLastStrong',
  'shapeRun',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Index of each feature in the vector. */
export const FEATURE_INDEX: Readonly<Record<FeatureName, number>> = Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, i])) as Record<FeatureName, number>;

/** What the feature builder needs to know about a document's units. */
export interface ModelInput {
  readonly texts: readonly string[];
  readonly feats: readonly TextFeatures[];
  /** Cue / tail / template decisions already made (null where none). */
  readonly decided: readonly (LineVerdict | null)[];
  /** True where the unit matched a learned template of its source. */
  readonly template: readonly boolean[];
  readonly blankBefore: readonly boolean[];
  readonly repeated: readonly boolean[];
  readonly zone: Zone;
  /** Index of the unit that repeats the page title (the article's own headline), or -1. */
  readonly headlineAt: number;
  /** Per unit: the role HTML markup gave it (figcaption, nav, aside, heading), or null. */
  readonly hintRole?: readonly (string | null)[];
  /** Per unit: share of its characters inside links, 0–1 (HTML only). */
  readonly linkDensity?: readonly number[];
  /** Per unit: what the page's class/id names say of it (`caption`, `furniture`, `byline`), or null (HTML only). */
  readonly classCue?: readonly (string | null)[];
  /** Index of the first unit that is a tail cue ("Related", "More from …"), or -1. */
  readonly tailCueAt: number;
}

const WINDOW = 3;
/** Neighbours looked at on each side for local body density. Units. */
const LOCAL = 1;
/** Gaps to the nearest strong unit are capped here. Units. */
const MAX_GAP = 50;

/** Per-text extras, computed once per line text (features objects are shared between passes). */
interface Extras {
  readonly symbols: number;
  readonly link: number;
  readonly furniture: number;
}
function extrasOf(f: TextFeatures, text: string): Extras {
  const memo = lineMemo(f);
  if (memo?.extras) return memo.extras as Extras;
  const e: Extras = { symbols: symbolShareOf(f, text), link: text.length <= MAX_LINK_LINE_CHARS && hasLink(text) ? 1 : 0, furniture: furnitureShareOf(f) };
  if (memo) memo.extras = e;
  return e;
}

/** Similar-length runs shorter than this are chance. Units. */
const MIN_SHAPE_RUN_UNITS = 3;
/** Two units have a similar shape when their word counts are within this ratio and they end alike. */
const SHAPE_RATIO = 1.3;

function similarShape(a: TextFeatures, b: TextFeatures): boolean {
  if (a.terminal !== b.terminal || a.words === 0 || b.words === 0) return false;
  const r = a.words > b.words ? a.words / b.words : b.words / a.words;
  return r <= SHAPE_RATIO;
}

/** Lines longer than this are prose, not links or handles (a paragraph may mention a .com). Characters. */
const MAX_LINK_LINE_CHARS = 200;

function hasLink(text: string): boolean {
  return text.indexOf('http') >= 0 || text.indexOf('www.') >= 0 || text.charCodeAt(0) === 64 || text.indexOf('.com') >= 0;
}

/** `Math.log1p(k)` for k = 0 … LOG1P_TABLE_SIZE - 1, made by Math.log1p (so a look-up gives the same double). */
const LOG1P_TABLE_SIZE = 1024;
const LOG1P = Float64Array.from({ length: LOG1P_TABLE_SIZE }, (_, k) => Math.log1p(k));

/** `Math.log1p(v)`; counts (small whole numbers, nearly every argument here) from the table. */
function log1pOf(v: number): number {
  return v >= 0 && v < LOG1P_TABLE_SIZE && (v | 0) === v ? LOG1P[v]! : Math.log1p(v);
}

/** Per-unit rows featureVectors fills before reading (every entry written), reused from call to call (typed arrays are costly to allocate per document). */
let rows: Float64Array[] = [];
/** Rows per call: strong, logWords, headlineLike, runLength, restShare, shapeRunLen, gapBefore, gapAfter. */
const SCRATCH_ROWS = 8;

function scratchRows(n: number): Float64Array[] {
  if (rows.length === 0 || rows[0]!.length < n) rows = Array.from({ length: SCRATCH_ROWS }, () => new Float64Array(Math.max(n, 2 * (rows[0]?.length ?? 64))));
  return rows;
}

/** Builds one feature vector per unit (a flat Float64Array, `FEATURE_NAMES.length` per unit). */
export function featureVectors(input: ModelInput): Float64Array {
  const { feats, decided, zone } = input;
  const n = feats.length;
  const k = FEATURE_NAMES.length;
  const x = new Float64Array(n * k);
  // Per-unit numbers in typed rows (not `feats.map`, whose result is packed or holey depending on whether it ran optimised: one shape for every call).
  const [strong, logWords, headlineLike, runLength, restShare, shapeRunLen, gapBefore, gapAfter] = scratchRows(n) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
  for (let i = 0; i < n; i++) {
    const f = feats[i]!;
    strong[i] = isStrongBody(f) && !decided[i] ? 1 : 0;
    logWords[i] = log1pOf(f.words);
    // Runs of headline-like units (teaser tails, menus), and the share of them in the rest of the page.
    headlineLike[i] = isHeadlineLike(f) ? 1 : 0;
  }
  const zoneUnits = Math.max(0, zone.end - zone.start);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && headlineLike[j] === headlineLike[i]) j++;
    for (let q = i; q < j; q++) runLength[q] = j - i;
    i = j;
  }
  let restCount = 0;
  for (let i = n - 1; i >= 0; i--) {
    restCount += headlineLike[i]!;
    restShare[i] = restCount / (n - i);
  }
  // Runs of units of similar length (menus, related-story summaries of one template):
  // consecutive units whose word counts differ by at most SHAPE_RATIO.
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && similarShape(feats[j - 1]!, feats[j]!)) j++;
    for (let q = i; q < j; q++) shapeRunLen[q] = j - i;
    i = j;
  }
  let lastStrong = -1;
  for (let i = 0; i < n; i++) if (strong[i]) lastStrong = i;
  // Units since the previous strong unit / until the next one (MAX_GAP when there is none).
  let last = -MAX_GAP;
  for (let i = 0; i < n; i++) {
    gapBefore[i] = i - last - 1;
    if (strong[i]) last = i;
  }
  last = n + MAX_GAP;
  for (let i = n - 1; i >= 0; i--) {
    gapAfter[i] = last - i - 1;
    if (strong[i]) last = i;
  }
  for (let i = 0; i < n; i++) {
    const f = feats[i]!;
    const d = decided[i];
    const o = i * k;
    const sentence = f.terminal === 'sentence';
    const inZone = i >= zone.start && i < zone.end;
    x[o + FEATURE_INDEX.bias] = 1;
    x[o + FEATURE_INDEX.logWords] = logWords[i]!;
    x[o + FEATURE_INDEX.sentenceEnd] = sentence ? 1 : 0;
    x[o + FEATURE_INDEX.colonEnd] = f.terminal === 'colon' ? 1 : 0;
    x[o + FEATURE_INDEX.commaEnd] = f.terminal === 'comma' ? 1 : 0;
    x[o + FEATURE_INDEX.stopShare] = f.stopShare;
    x[o + FEATURE_INDEX.capShare] = f.capShare;
    x[o + FEATURE_INDEX.allCaps] = f.allCaps ? 1 : 0;
    x[o + FEATURE_INDEX.digitShare] = f.digitShare;
    x[o + FEATURE_INDEX.dateline] = isDateline(f) ? 1 : 0;
    if (d) {
      const role = d.role;
      if (role === 'widget' || role === 'nav' || role === 'credit') x[o + FEATURE_INDEX.cueWidget] = 1;
      else if (role === 'promo') x[o + FEATURE_INDEX.cuePromo] = 1;
      else if (role === 'byline' || role === 'dateline') x[o + FEATURE_INDEX.cueByline] = 1;
      else if (role === 'caption') x[o + FEATURE_INDEX.cueCaption] = 1;
      else if (role === 'teaser') x[o + FEATURE_INDEX.tailRun] = 1;
    }
    x[o + FEATURE_INDEX.template] = input.template[i] ? 1 : 0;
    x[o + FEATURE_INDEX.strong] = strong[i]!;
    x[o + FEATURE_INDEX.short] = f.words <= MAX_NAV_WORDS ? 1 : 0;
    x[o + FEATURE_INDEX.protected] = isProtected(f) ? 1 : 0;
    const extras = extrasOf(f, input.texts[i]!);
    x[o + FEATURE_INDEX.symbolShare] = extras.symbols;
    x[o + FEATURE_INDEX.link] = extras.link;
    x[o + FEATURE_INDEX.repeated] = input.repeated[i] ? 1 : 0;
    x[o + FEATURE_INDEX.inZone] = inZone ? 1 : 0;
    x[o + FEATURE_INDEX.beforeZone] = i < zone.start ? 1 : 0;
    x[o + FEATURE_INDEX.afterZone] = i >= zone.end ? 1 : 0;
    const dist = inZone ? 0 : i < zone.start ? zone.start - i : i - zone.end + 1;
    x[o + FEATURE_INDEX.logZoneDistance] = log1pOf(dist);
    x[o + FEATURE_INDEX.relativePosition] = n <= 1 ? 0 : i / (n - 1);
    x[o + FEATURE_INDEX.firstLine] = i === 0 ? 1 : 0;
    x[o + FEATURE_INDEX.prevStrong] = i > 0 ? strong[i - 1]! : 0;
    x[o + FEATURE_INDEX.nextStrong] = i + 1 < n ? strong[i + 1]! : 0;
    let s = 0;
    let w = 0;
    let c = 0;
    for (let j = Math.max(0, i - WINDOW); j <= Math.min(n - 1, i + WINDOW); j++) {
      if (j === i) continue;
      s += strong[j]!;
      w += logWords[j]!;
      c++;
    }
    x[o + FEATURE_INDEX.windowStrong] = c === 0 ? 0 : s / c;
    x[o + FEATURE_INDEX.windowLogWords] = c === 0 ? 0 : w / c;
    x[o + FEATURE_INDEX.blankBefore] = input.blankBefore[i] ? 1 : 0;
    x[o + FEATURE_INDEX.zoneShortUnpunctuated] = inZone && !sentence && f.words <= MAX_SUBHEAD_WORDS ? 1 : 0;
    x[o + FEATURE_INDEX.outsideUnpunctuated] = !inZone && !sentence ? 1 : 0;
    x[o + FEATURE_INDEX.zoneShare] = n === 0 ? 0 : zoneUnits / n;
    x[o + FEATURE_INDEX.furniture] = extras.furniture;
    x[o + FEATURE_INDEX.beforeHeadline] = i < input.headlineAt ? 1 : 0;
    x[o + FEATURE_INDEX.atHeadline] = i === input.headlineAt ? 1 : 0;
    x[o + FEATURE_INDEX.afterTailCue] = input.tailCueAt >= 0 && i > input.tailCueAt ? 1 : 0;
    x[o + FEATURE_INDEX.prevHeadlineLike] = i > 0 && isHeadlineLike(feats[i - 1]!) ? 1 : 0;
    x[o + FEATURE_INDEX.nextHeadlineLike] = i + 1 < n && isHeadlineLike(feats[i + 1]!) ? 1 : 0;
    let ls = 0;
    let lc = 0;
    for (let j = Math.max(0, i - LOCAL); j <= Math.min(n - 1, i + LOCAL); j++) {
      if (j === i) continue;
      ls += strong[j]!;
      lc++;
    }
    x[o + FEATURE_INDEX.localStrong] = lc === 0 ? 0 : ls / lc;
    x[o + FEATURE_INDEX.logGapBefore] = log1pOf(Math.min(gapBefore[i]!, MAX_GAP));
    x[o + FEATURE_INDEX.logGapAfter] = log1pOf(Math.min(gapAfter[i]!, MAX_GAP));
    x[o + FEATURE_INDEX.headlineRun] = headlineLike[i] ? log1pOf(runLength[i]!) : 0;
    x[o + FEATURE_INDEX.restHeadlineLike] = restShare[i]!;
    x[o + FEATURE_INDEX.afterLastStrong] = i > lastStrong ? 1 : 0;
    x[o + FEATURE_INDEX.shapeRun] = shapeRunLen[i]! >= MIN_SHAPE_RUN_UNITS ? log1pOf(shapeRunLen[i]!) : 0;
    const hint = input.hintRole?.[i] ?? null;
    x[o + FEATURE_INDEX.hintCaption] = hint === 'caption' ? 1 : 0;
    x[o + FEATURE_INDEX.hintNav] = hint === 'nav' || hint === 'widget' ? 1 : 0;
    x[o + FEATURE_INDEX.hintHeading] = hint === 'headline' || hint === 'subhead' ? 1 : 0;
    x[o + FEATURE_INDEX.linkDensity] = input.linkDensity?.[i] ?? 0;
    const cls = input.classCue?.[i] ?? null;
    x[o + FEATURE_INDEX.classCaption] = cls === 'caption' ? 1 : 0;
    x[o + FEATURE_INDEX.classFurniture] = cls === 'furniture' ? 1 : 0;
    x[o + FEATURE_INDEX.classByline] = cls === 'byline' ? 1 : 0;
  }
  return x;
}
