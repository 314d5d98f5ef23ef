/**
 * Per-publisher templates learned from a corpus: lines and line prefixes that recur across
 * different stories of one source, and tail markers after which that source's pages are
 * teasers. Counted per source, never across sources: a paragraph several publishers share
 * is the reuse wiretrace looks for, not boilerplate, so a prose line (punctuated, 8+ words)
 * that also occurs in another source's stories is never made a template.
 *
 * Learning works from compact per-document summaries (hashes of normalised lines), so a
 * streaming scan over 100k documents can learn without keeping texts: `summarizeForProfiles`
 * per article (in any worker), `ProfileLearner.add` per summary, `finish` once.
 *
 * A corpus is learned from a bounded sample: per source, the PROFILE_SAMPLE_STORIES
 * stories with the smallest ids (`ProfileSample`), so the profiles of a corpus are the same
 * whatever the order of its documents, and a scan summarises only the sample.
 */
import { readFileSync } from 'node:fs';
import type { Article } from '../types.js';
import { InputError } from '../errors.js';
import { splitLines } from './lines.js';
import { lineShape } from './features.js';
import { hashString, normalizedLineHash, normalizeLine } from './normalize.js';
import {
  MAX_MARKER_WORDS,
  MAX_PROFILE_KEYS_PER_SOURCE,
  MAX_TEMPLATE_EXAMPLE_CHARS,
  MAX_TEMPLATE_PREFIX_WORDS,
  MIN_PROFILE_STORIES,
  MIN_PROTECTED_TEMPLATE_SHARE,
  MIN_TAIL_MARKER_SHARE,
  MIN_TEMPLATE_SHARE,
  MIN_TEMPLATE_STORIES,
  NORM_PREFIX_UNITS,
  PROFILE_SAMPLE_STORIES,
  PROTECTED_LINE_WORDS,
  STRONG_BODY_WORDS,
  TAIL_HEADLINE_SHARE,
  TAIL_LOOKAHEAD_LINES,
} from './constants.js';

/** One learned template of a source. */
export interface TemplateEntry {
  /** `line`: the whole line recurs; `prefix`: lines start with it; `tail`: after it come teasers. */
  readonly kind: 'line' | 'prefix' | 'tail';
  /** The normalised text (see `normalizeLine`), the lookup key. */
  readonly key: string;
  /** The line as first seen, for people. */
  readonly example: string;
  /** In how many stories of the source it occurs. */
  readonly stories: number;
}

/** The templates of one source. */
export interface SourceProfile {
  /** Stories of this source the profile was learned from. */
  readonly stories: number;
  readonly templates: readonly TemplateEntry[];
}

/** Per-publisher templates learned from a corpus (the `profiles.json` of `wiretrace learn`). */
export interface ProfileSet {
  readonly version: 1;
  readonly sources: Readonly<Record<string, SourceProfile>>;
}

/** What learning needs of one document: hashes of its normalised lines and prefixes, and line shapes. */
export interface ProfileSummary {
  readonly source: string | null;
  /** Per non-blank line: hash of its normalised text. */
  readonly lines: readonly number[];
  /** Per line: hash of its normalised prefix (before ':' '|' '–' '-'), or 0. */
  readonly prefixes: readonly number[];
  /** Per line: 1 when it looks like a headline (no sentence punctuation), else 0. */
  readonly headlineLike: Uint8Array;
  /** Per line: 2 for a long punctuated line (PROTECTED_LINE_WORDS+ words), 1 for other prose (STRONG_BODY_WORDS+ words, punctuated), else 0. */
  readonly protectedLine: Uint8Array;
  /** Per line: its normalised text when short enough to keep as an example, else null. */
  readonly norms: readonly (string | null)[];
  /** Per line: the prefix's normalised text, or null. */
  readonly prefixNorms: readonly (string | null)[];
  /** Per line: the original text when short enough, else null. */
  readonly examples: readonly (string | null)[];
}

/** Where a line's prefix ends: `:` `|` `–` `—` `-` `»` `>` (by code: every character of a line's first words is checked). */
function isPrefixEnd(c: number): boolean {
  return c === 58 || c === 124 || c === 0x2013 || c === 0x2014 || c === 45 || c === 0xbb || c === 62;
}

/**
 * Verbs that introduce a quotation. A line prefix with one ("He said:", "Mr Jones added:",
 * "Er sagte:") opens a paragraph of reported speech: prose, which recurs across a wire
 * service's stories because every story quotes someone, never a template (issue 17: a
 * learned "He said:" removed PA paragraphs). Lower-case, as `normalizeLine` makes them.
 */
const SPEECH_VERBS = new Set([
  'said', 'says', 'added', 'adds', 'told', 'tells', 'continued', 'explained', 'asked', 'replied', 'stated', 'insisted', 'warned', 'wrote', 'writes',
  'declared', 'concluded', 'commented', 'agreed', 'admitted', 'claimed', 'argued', 'announced', 'recalled', 'urged', 'sagte', 'sagt', 'erklärte', 'betonte',
  'dit', 'déclaré', 'ajouté', 'dijo', 'afirmó', 'disse',
]);

/** Whether a normalised line prefix opens reported speech ("he said", "mr jones added"): prose, never a template. */
export function isSpeechPrefix(key: string): boolean {
  for (const word of key.split(' ')) if (SPEECH_VERBS.has(word)) return true;
  return false;
}

/** The normalised prefix of a line ending at a separator within its first few words, or null. */
export function linePrefix(text: string): string | null {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && i < 80; i++) {
    const c = text.charCodeAt(i);
    if (isPrefixEnd(c) && words >= 1 && (c !== 45 || text.charCodeAt(i - 1) === 32)) {
      if (text.slice(i + 1).trim().length === 0) return null;
      const norm = normalizeLine(text.slice(0, i));
      return norm.length > 0 ? norm : null;
    }
    const space = c === 32;
    if (!space && !inWord) {
      words++;
      if (words > MAX_TEMPLATE_PREFIX_WORDS) return null;
    }
    inWord = !space;
  }
  return null;
}

/** Summarises one article for profile learning (cheap; keeps no long text). */
export function summarizeForProfiles(article: Article): ProfileSummary {
  const from = article.frontMatter ? article.frontMatter.end : 0;
  const lines = splitLines(article.text, from);
  const n = lines.length;
  const hashes: number[] = new Array(n);
  const prefixes: number[] = new Array(n);
  const headlineLike = new Uint8Array(n);
  const protectedLine = new Uint8Array(n);
  const norms: (string | null)[] = new Array(n);
  const prefixNorms: (string | null)[] = new Array(n);
  const examples: (string | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const text = lines[i]!.text;
    const short = text.length <= MAX_TEMPLATE_EXAMPLE_CHARS;
    // Long lines (paragraphs) are only counted, never kept: hash them without making their normal form.
    const norm = short ? normalizeLine(text) : null;
    const f = lineShape(text);
    hashes[i] = norm !== null ? hashString(norm) : normalizedLineHash(text);
    const prefix = linePrefix(text);
    prefixes[i] = prefix ? hashString(prefix) : 0;
    prefixNorms[i] = prefix;
    headlineLike[i] = f.terminal !== 'sentence' || f.words < 5 ? 1 : 0;
    protectedLine[i] = f.terminal !== 'sentence' ? 0 : f.words >= PROTECTED_LINE_WORDS ? 2 : f.words >= STRONG_BODY_WORDS ? 1 : 0;
    norms[i] = norm;
    examples[i] = short ? text : null;
  }
  return { source: article.meta.source, lines: hashes, prefixes, headlineLike, protectedLine, norms, prefixNorms, examples };
}

interface Count {
  stories: number;
  lastStory: number;
  tailHits: number;
  /** 2 protected, 1 prose, 0 other (see ProfileSummary.protectedLine). */
  prose: number;
  key: string | null;
  example: string | null;
}

class SourceCounts {
  stories = 0;
  readonly lines = new Map<number, Count>();
  readonly prefixes = new Map<number, Count>();

  bump(map: Map<number, Count>, hash: number, key: string | null, example: string | null, prose: number): Count {
    let c = map.get(hash);
    if (!c) {
      c = { stories: 0, lastStory: -1, tailHits: 0, prose, key: null, example: null };
      map.set(hash, c);
    }
    if (c.lastStory !== this.stories) {
      c.lastStory = this.stories;
      c.stories++;
      // Keep text only once a key recurs (singletons cost a number, not a string); the
      // example is the smallest seen, so it does not depend on the order of documents.
      if (c.stories >= 2 && key !== null) {
        if (c.key === null) c.key = key;
        if (example !== null && (c.example === null || example < c.example)) c.example = example;
      }
    }
    if (map.size > MAX_PROFILE_KEYS_PER_SOURCE) prune(map);
    return c;
  }
}

function prune(map: Map<number, Count>): void {
  for (const [hash, c] of map) if (c.stories <= 1) map.delete(hash);
}

/** Learns templates from documents one at a time (streaming). */
export class ProfileLearner {
  private readonly sources = new Map<string, SourceCounts>();

  /** Adds one document (an article, or a summary made by `summarizeForProfiles`). */
  add(doc: Article | ProfileSummary): void {
    const summary = 'text' in doc ? summarizeForProfiles(doc) : doc;
    if (summary.source === null) return;
    let counts = this.sources.get(summary.source);
    if (!counts) {
      counts = new SourceCounts();
      this.sources.set(summary.source, counts);
    }
    counts.stories++;
    const n = summary.lines.length;
    // Prefix counts of headline-like lines, to tell tail markers: the lines after them (as
    // far as the clean stage looks ahead) look like headlines.
    const before = new Uint32Array(n + 1);
    for (let i = 0; i < n; i++) before[i + 1] = before[i]! + summary.headlineLike[i]!;
    for (let i = 0; i < n; i++) {
      const c = counts.bump(counts.lines, summary.lines[i]!, summary.norms[i]!, summary.examples[i]!, summary.protectedLine[i]!);
      const end = Math.min(n, i + 1 + TAIL_LOOKAHEAD_LINES);
      const looked = end - i - 1;
      if (c.lastStory === counts.stories && looked >= 2 && (before[end]! - before[i + 1]!) / looked >= TAIL_HEADLINE_SHARE) c.tailHits++;
      if (summary.prefixes[i]! !== 0) counts.bump(counts.prefixes, summary.prefixes[i]!, summary.prefixNorms[i]!, summary.examples[i]!, 0);
    }
  }

  /** The learned profiles, sources in name order, templates by stories then key (deterministic). */
  finish(): ProfileSet {
    const out: Record<string, SourceProfile> = {};
    for (const name of [...this.sources.keys()].sort()) {
      const counts = this.sources.get(name)!;
      if (counts.stories < MIN_PROFILE_STORIES) continue;
      const templates: TemplateEntry[] = [];
      const minStories = Math.max(MIN_TEMPLATE_STORIES, Math.ceil(MIN_TEMPLATE_SHARE * counts.stories));
      for (const [hash, c] of counts.lines) {
        if (c.stories < minStories || c.key === null || c.key.length === 0) continue;
        // Prose that another source also printed is shared copy (the reuse we look for), never template.
        if (c.prose > 0 && this.inOtherSource(name, hash)) continue;
        if (c.prose === 2 && c.stories < MIN_PROTECTED_TEMPLATE_SHARE * counts.stories) continue;
        const words = c.key.split(' ').length;
        const isTail = words <= MAX_MARKER_WORDS && c.tailHits >= MIN_TAIL_MARKER_SHARE * c.stories;
        templates.push({ kind: isTail ? 'tail' : 'line', key: c.key, example: c.example ?? c.key, stories: c.stories });
      }
      for (const [, c] of counts.prefixes) {
        if (c.stories < minStories || c.key === null || c.key.length === 0 || isSpeechPrefix(c.key)) continue;
        templates.push({ kind: 'prefix', key: c.key, example: c.example ?? c.key, stories: c.stories });
      }
      templates.sort((a, b) => b.stories - a.stories || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      if (templates.length > 0) out[name] = { stories: counts.stories, templates };
    }
    return { version: 1, sources: out };
  }

  /**
   * Whether another source's stories (as added: with a sampled corpus, only that source's
   * sample) hold the line. A sample can miss a paragraph another source printed outside
   * its own sample; such a paragraph is template only if it is on MIN_TEMPLATE_SHARE of
   * this source's sampled stories (MIN_PROTECTED_TEMPLATE_SHARE when long): furniture of
   * this source, whoever else printed it. Checking every story of every source would
   * need every article summarised, which the sample exists to avoid.
   */
  private inOtherSource(source: string, hash: number): boolean {
    for (const [name, counts] of this.sources) if (name !== source && counts.lines.has(hash)) return true;
    return false;
  }
}

/** Id order (code units), the order the sample is taken in. */
function compareIds(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** One sampled document. */
export interface SampleEntry<T> {
  readonly id: string;
  readonly source: string;
  /** What the caller keeps for it (an article, or a summary made later). */
  value: T;
}

/**
 * The documents a corpus's templates are learned from: per source, the `size` with the
 * smallest ids, whatever order they are offered in (documents without a source are never
 * learned from, so never kept). Bounded: at most `size` entries a source. Offered in
 * increasing id order (a sorted listing), a full source's later documents are turned away
 * after one comparison.
 */
export class ProfileSample<T> {
  private readonly bySource = new Map<string, SampleEntry<T>[]>();

  /** @param size stories per source (PROFILE_SAMPLE_STORIES unless a test says otherwise). */
  constructor(readonly size: number = PROFILE_SAMPLE_STORIES) {}

  /**
   * Offers a document; true when it is (for now) in its source's sample. Ids are unique in
   * a corpus; for equal ids the first offered stays first.
   */
  offer(id: string, source: string | null, value: T): boolean {
    if (source === null || this.size <= 0) return false;
    let kept = this.bySource.get(source);
    if (!kept) this.bySource.set(source, (kept = []));
    if (kept.length >= this.size && compareIds(id, kept[kept.length - 1]!.id) >= 0) return false;
    // Binary search for the first entry with a larger id.
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareIds(kept[mid]!.id, id) <= 0) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, { id, source, value });
    if (kept.length > this.size) kept.pop();
    return true;
  }

  /** Whether `source` already holds `size` documents (a later one gets in only with a smaller id). */
  isFull(source: string): boolean {
    return (this.bySource.get(source)?.length ?? 0) >= this.size;
  }

  /** Documents sampled so far from `source`. */
  count(source: string): number {
    return this.bySource.get(source)?.length ?? 0;
  }

  /** Every source's sample, sources in name order, documents in id order. */
  *entries(): Generator<SampleEntry<T>> {
    for (const source of [...this.bySource.keys()].sort(compareIds)) yield* this.bySource.get(source)!;
  }
}

/**
 * Learns per-source templates from a corpus (counted per source, never across sources),
 * from each source's sample (`ProfileSample`: its `sampleSize` stories with the smallest
 * ids), so the result does not depend on the order of `articles`.
 */
export function learnProfiles(articles: Iterable<Article>, sampleSize: number = PROFILE_SAMPLE_STORIES): ProfileSet {
  const sample = new ProfileSample<Article>(sampleSize);
  for (const article of articles) sample.offer(article.id, article.meta.source, article);
  const learner = new ProfileLearner();
  for (const { value } of sample.entries()) learner.add(value);
  return learner.finish();
}

/** Reads and checks a profiles file made by `wiretrace learn`. */
export function readProfiles(file: string): ProfileSet {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(`${file}: cannot read profiles (${(error as Error).message}); make one with: wiretrace learn corpus --out ${file}`, file);
  }
  return parseProfiles(data, file);
}

/** Checks the shape of parsed profiles JSON. */
export function parseProfiles(data: unknown, file = 'profiles'): ProfileSet {
  const bad = (why: string): never => {
    throw new InputError(`${file}: not a wiretrace profiles file (${why}); make one with: wiretrace learn corpus --out profiles.json`, file);
  };
  if (typeof data !== 'object' || data === null) return bad('not an object');
  const d = data as { version?: unknown; sources?: unknown };
  if (d.version !== 1) return bad(`version ${String(d.version)}, expected 1`);
  if (typeof d.sources !== 'object' || d.sources === null || Array.isArray(d.sources)) return bad('no sources object');
  const sources: Record<string, SourceProfile> = {};
  for (const [name, value] of Object.entries(d.sources as Record<string, unknown>)) {
    const p = value as { stories?: unknown; templates?: unknown };
    if (typeof p !== 'object' || p === null || typeof p.stories !== 'number' || !Array.isArray(p.templates)) return bad(`source '${name}' has no stories/templates`);
    const templates: TemplateEntry[] = [];
    for (const t of p.templates as unknown[]) {
      const e = t as Partial<TemplateEntry>;
      if (typeof e !== 'object' || e === null || (e.kind !== 'line' && e.kind !== 'prefix' && e.kind !== 'tail') || typeof e.key !== 'string' || typeof e.stories !== 'number') {
        return bad(`a template of '${name}' is malformed`);
      }
      templates.push({ kind: e.kind, key: e.key, example: typeof e.example === 'string' ? e.example : e.key, stories: e.stories });
    }
    sources[name] = { stories: p.stories, templates };
  }
  return { version: 1, sources };
}

/** Lookup tables of one source's templates, built once per profile. */
export interface TemplateIndex {
  readonly stories: number;
  readonly lines: ReadonlyMap<string, TemplateEntry>;
  /** `hashString` of every key of `lines`: a line whose normalised hash is not here matches no template (most lines). */
  readonly lineHashes: ReadonlySet<number>;
  /** `hashString` of the first NORM_PREFIX_UNITS units of every key of `lines`: checked first, it spares most lines hashing their whole normal form. */
  readonly linePrefixes: ReadonlySet<number>;
  readonly prefixes: ReadonlyMap<string, TemplateEntry>;
}

const INDEXES = new WeakMap<SourceProfile, TemplateIndex>();

/** The lookup tables for `source` in `profiles`, or null when that source has no profile. */
export function templateIndex(profiles: ProfileSet | null, source: string | null): TemplateIndex | null {
  if (!profiles || source === null) return null;
  const profile = Object.prototype.hasOwnProperty.call(profiles.sources, source) ? profiles.sources[source] : undefined;
  if (!profile) return null;
  let index = INDEXES.get(profile);
  if (!index) {
    const lines = new Map<string, TemplateEntry>();
    const prefixes = new Map<string, TemplateEntry>();
    for (const t of profile.templates) (t.kind === 'prefix' ? prefixes : lines).set(t.key, t);
    const lineHashes = new Set<number>();
    const linePrefixes = new Set<number>();
    for (const key of lines.keys()) {
      lineHashes.add(hashString(key));
      linePrefixes.add(hashString(key.slice(0, NORM_PREFIX_UNITS)));
    }
    index = { stories: profile.stories, lines, lineHashes, linePrefixes, prefixes };
    INDEXES.set(profile, index);
  }
  return index;
}
