/**
 * The synthetic document model: paragraphs of sentence units, each remembering which
 * source sentences it came from, so that rendering a derived text yields exact
 * character-offset truth. Templates (see stories.ts) are realised with a house style:
 * the wire and each paper name people, write numbers and quote marks their own way, which
 * is where most "light" differences between a wire story and its reprint come from.
 */
import type { Person, Topic } from './stories.js';
import { NUMBER_WORDS } from './vocab.js';

/** How a sentence came to be in a document. */
export type UnitTag = 'wire' | 'copy' | 'light' | 'rewrite' | 'split' | 'merged' | 'own' | 'independent';

/** One sentence of a synthetic document. */
export interface Unit {
  /** The template (stories.ts language) or, once edited, null: then `text` is final. */
  readonly tpl: string | null;
  /** Realised text (set by `realise`, or directly for edited units). */
  text: string;
  /** The fact it states, if any. */
  readonly factId: string | null;
  readonly variant: number;
  /** Indices of the source sentences it is taken from (empty: own material). */
  readonly origin: readonly number[];
  readonly tag: UnitTag;
  /** The edits applied, in plain words (for inspection). */
  readonly edits: string[];
}

/** A synthetic document: an optional headline and paragraphs of units. */
export interface Doc {
  headline: string | null;
  /** The headline's template, before realisation. */
  headlineTpl?: string;
  /** Which wording of a slot with alternatives (`a||b||c`) this writer uses: a derived text keeps its source's. */
  wording?: number;
  paragraphs: Unit[][];
}

/** A house style: how an outlet writes names, numbers and quotes. */
export interface HouseStyle {
  readonly name: string;
  /** Later mentions as "Mr Wallace" (true) or "Wallace" (false). */
  readonly honorific: boolean;
  /** Write 2–9 before a counted noun as digits ("6 years") rather than words. */
  readonly digits: boolean;
  /** "£1.2m" rather than "£1.2 million". */
  readonly shortMillions: boolean;
  /** "12%" rather than "12 per cent". */
  readonly percentSign: boolean;
  /** Curly quotes and apostrophes (“ ” ’) rather than straight ones. */
  readonly curlyQuotes: boolean;
}

export const WIRE_STYLE: HouseStyle = {
  name: 'wire',
  honorific: true,
  digits: false,
  shortMillions: false,
  percentSign: false,
  curlyQuotes: false,
};

/** Makes a unit from a template. */
export function unitFromTemplate(tpl: string, factId: string | null, variant: number, origin: readonly number[], tag: UnitTag): Unit {
  return { tpl, text: '', factId, variant, origin, tag, edits: [] };
}

/** Makes a unit from final text. */
export function unitFromText(text: string, from: Unit | null, origin: readonly number[], tag: UnitTag, edits: readonly string[] = []): Unit {
  return {
    tpl: null,
    text,
    factId: from?.factId ?? null,
    variant: from?.variant ?? -1,
    origin,
    tag,
    edits: [...(from?.edits ?? []), ...edits],
  };
}

/** All units of a document in reading order. */
export function units(doc: Doc): Unit[] {
  return doc.paragraphs.flat();
}

/** Full and short forms of a person's name under a style. */
export function nameForms(p: Person, style: HouseStyle): { full: string; short: string } {
  const full = `${p.role ? p.role + ' ' : ''}${p.first} ${p.last}`;
  let short: string;
  if (p.shortTitle) short = `${p.shortTitle} ${p.last}`;
  else if (p.honorific && style.honorific) short = `${p.sex === 'm' ? 'Mr' : 'Ms'} ${p.last}`;
  else short = p.last;
  return { full, short };
}

const PRONOUNS: Record<string, [string, string]> = {
  he: ['he', 'she'],
  He: ['He', 'She'],
  him: ['him', 'her'],
  his: ['his', 'her'],
  His: ['His', 'Her'],
  man: ['man', 'woman'],
  Man: ['Man', 'Woman'],
};

/**
 * Fills the templates of every unit that still has one, in reading order: the first
 * mention of a person gets the full form, later ones the short form.
 */
export function realise(doc: Doc, topic: Topic, style: HouseStyle): void {
  const mentioned = new Set<string>();
  const fill = (tpl: string, depth = 0): string =>
    tpl.replace(/\{(\w+)(?::(\w+))?\}/g, (whole, key: string, arg: string | undefined) => {
      if (depth > 4) return whole;
      if (arg === undefined) {
        const slot = topic.slots[key];
        if (slot === undefined) return whole;
        const alternatives = slot.split('||');
        return fill(alternatives[(doc.wording ?? 0) % alternatives.length]!, depth + 1);
      }
      if (key === 'Q') return topic.quotes[arg] ?? whole;
      const p = topic.people[arg];
      if (!p) return whole;
      if (key === 'P' || key === 'F') {
        const forms = nameForms(p, style);
        if (mentioned.has(arg)) return forms.short;
        mentioned.add(arg);
        return forms.full;
      }
      if (key in PRONOUNS) return PRONOUNS[key][p.sex === 'm' ? 0 : 1];
      if (key === 'age') return String(p.age);
      if (key === 'occ') return p.occupation;
      if (key === 'town') return p.town;
      if (key === 'role') return p.role ?? '';
      return whole;
    });
  if (doc.headline !== null && doc.headline.includes('{')) {
    doc.headlineTpl = doc.headline;
    const saved = new Set(mentioned);
    doc.headline = capitalise(applyStyle(fill(doc.headline), style));
    mentioned.clear();
    for (const m of saved) mentioned.add(m);
  }
  for (const unit of units(doc)) {
    if (unit.tpl !== null) unit.text = capitalise(applyStyle(fill(unit.tpl), style));
    else {
      // Already final text: still note who it mentions, so later units use short forms.
      for (const [id, p] of Object.entries(topic.people)) if (unit.text.includes(p.last)) mentioned.add(id);
    }
  }
}

const COUNTED = 'years?|months?|weeks?|days?|series|homes|people|children|times|hours|sites';

/** Applies a house style's number, currency and quote conventions to realised text. */
export function applyStyle(text: string, style: HouseStyle): string {
  let out = text;
  if (style.digits) {
    out = out.replace(new RegExp(`\\b(two|three|four|five|six|seven|eight|nine)( (?:${COUNTED})\\b)`, 'g'), (_, w: string, rest: string) =>
      String(NUMBER_WORDS.indexOf(w as (typeof NUMBER_WORDS)[number])) + rest);
  }
  if (style.shortMillions) out = out.replace(/(£\d+(?:\.\d+)?) million\b/g, '$1m');
  if (style.percentSign) out = out.replace(/(\d) per cent\b/g, '$1%');
  if (style.curlyQuotes) out = curlQuotes(out);
  // "a accountant", "a 84-year-old" → "an …".
  out = out.replace(/\b([Aa]) (?=[aeiou]|8|11-|18-)/g, '$1n ');
  return out;
}

/** Straight quotes to curly ones: “…” for double quotes, ’ for apostrophes. */
export function curlQuotes(text: string): string {
  let open = true;
  let out = '';
  for (const ch of text) {
    if (ch === '"') {
      out += open ? '\u201c' : '\u201d';
      open = !open;
    } else if (ch === "'") out += '\u2019';
    else out += ch;
  }
  return out;
}

/** Upper-cases the first letter (after any opening quote). */
export function capitalise(text: string): string {
  return text.replace(/^([“"']?)(\p{Ll})/u, (_, q: string, c: string) => q + c.toUpperCase());
}

/** Options for rendering a document to text. */
export interface RenderOptions {
  /** Hard-wrap lines at about this many characters (0: one paragraph per line). */
  readonly wrap?: number;
  /** Blank line between paragraphs (true) or a single newline. */
  readonly blankLines?: boolean;
}

/** A rendered document: its text and the span of every unit, in reading order. */
export interface Rendered {
  readonly text: string;
  readonly spans: readonly { readonly start: number; readonly end: number }[];
}

/**
 * Renders paragraphs joined by blank lines, sentences by a space. Hard wrapping replaces
 * a space with a newline, so it never moves an offset.
 */
export function render(doc: Doc, opts: RenderOptions = {}): Rendered {
  const sep = opts.blankLines === false ? '\n' : '\n\n';
  let text = doc.headline ? doc.headline + sep : '';
  const spans: { start: number; end: number }[] = [];
  doc.paragraphs.forEach((para, pi) => {
    if (para.length === 0) return;
    if (pi > 0 && text.length > 0 && !text.endsWith(sep)) text += sep;
    para.forEach((unit, ui) => {
      if (ui > 0) text += ' ';
      spans.push({ start: text.length, end: text.length + unit.text.length });
      text += unit.text;
    });
  });
  text += '\n';
  if (opts.wrap && opts.wrap > 0) text = hardWrap(text, opts.wrap);
  return { text, spans };
}

/** Replaces spaces by newlines so that no line is longer than `width` (where a space allows). */
export function hardWrap(text: string, width: number): string {
  const chars = text.split('');
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '\n') {
      lineStart = i + 1;
      lastSpace = -1;
      continue;
    }
    if (chars[i] === ' ') lastSpace = i;
    if (i - lineStart >= width && lastSpace > lineStart) {
      chars[lastSpace] = '\n';
      lineStart = lastSpace + 1;
      lastSpace = -1;
    }
  }
  return chars.join('');
}
