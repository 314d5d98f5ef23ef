/**
 * The typed data that flows between wiretrace's stages.
 *
 * ingest → clean → text → candidates → align → provenance → cluster → report.
 * Every span is `{ start, end }` in JavaScript string indices (UTF-16 code units) into
 * `Article.text`, the text exactly as read (after decoding), so `text.slice(start, end)`
 * is the span.
 */

/** A half-open range `[start, end)` of UTF-16 code units into an article's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** File formats that ingest understands. */
export type DocFormat = 'txt' | 'md' | 'html' | 'json' | 'jsonl';

/** How the bytes of a file were decoded. */
/** How a file was decoded; for an HTML page that is not valid UTF-8, also the WHATWG name of the charset it declares (`gbk`, `iso-8859-2`, `windows-1250`). */
export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be' | (string & {});

/** Publisher metadata of an article; `null` where unknown. */
export interface ArticleMeta {
  /** The publisher, e.g. `the-sun`. */
  readonly source: string | null;
  readonly title: string | null;
  /** ISO 8601 date-time as given (normalised to ISO where it parses), or null. */
  readonly published: string | null;
  readonly url: string | null;
}

/**
 * One article as read by ingest. `text` is the text every offset refers to: the decoded
 * file for `.txt`/`.md`, the `text` field for JSON articles, and for HTML the text that
 * extraction produced (`textOrigin: 'extracted'`).
 */
export interface Article {
  /** Path relative to the root named on the command line (`sun/wallace.txt`), `FILE#N` for JSONL, or the object's own `id`. */
  readonly id: string;
  /** The file the article came from, as found on disk. */
  readonly path: string;
  /** For JSON Lines: the 1-based line of `path` the article came from. */
  readonly line?: number;
  readonly format: DocFormat;
  readonly encoding: TextEncoding;
  readonly text: string;
  /** `read` when offsets index the file's decoded text; `extracted` when they index text extracted from HTML. */
  readonly textOrigin: 'read' | 'extracted';
  readonly meta: ArticleMeta;
  /** A front-matter block at the top of a `.md`/`.txt` file, if any (never body). */
  readonly frontMatter: Span | null;
  /** Raw HTML when the article came as HTML (for the clean stage's structural signals). */
  readonly html?: string;
  /** Spans of `text` known from HTML structure (figcaption, nav, aside …): hints for clean. */
  readonly htmlHints?: readonly HtmlHint[];
}

/** A structural hint from HTML extraction: the role that markup gave a span of the extracted text. */
export interface HtmlHint extends Span {
  readonly tag: string;
  readonly role: LineRole;
  /** Share of the block's characters inside links, 0–1. */
  readonly linkDensity: number;
  /** What the class/id names around most of the block say: a caption, page furniture (comments, related, newsletter, sharing) or a byline. */
  readonly classCue?: 'caption' | 'furniture' | 'byline';
}

/**
 * Tag of the whole-text {@link HtmlHint} that HTML extraction (ingest) sets when Readability
 * chose the article, and cleaning reads (`isReadabilityText`): a convention between two
 * stages, so it lives here rather than in either.
 */
export const READABILITY_HINT_TAG = 'readability';

/** Something ingest could not use: reported by name, skipped (or fatal with `--strict`). */
export interface SkippedInput {
  readonly path: string;
  /** Short machine-friendly reason, e.g. `binary`, `empty`, `too-large`, `malformed-json`. */
  readonly reason: SkipReason;
  /** One line a person can act on. */
  readonly message: string;
  /** 1-based line for JSONL problems. */
  readonly line?: number;
}

export type SkipReason =
  | 'binary'
  | 'empty'
  | 'too-large'
  | 'unreadable'
  | 'unsupported'
  | 'malformed-json'
  | 'not-an-article'
  | 'duplicate-id'
  | 'symlink'
  | 'outside-root'
  | 'limit'
  | 'timeout';

/** Roles a line (or part of one) of an article can play. Everything but `body` is boilerplate, except captions (see `CleanDoc.captions`). */
export type LineRole =
  | 'body'
  | 'headline'
  | 'subhead'
  | 'caption'
  | 'byline'
  | 'dateline'
  | 'nav'
  | 'widget'
  | 'promo'
  | 'teaser'
  | 'credit'
  | 'metadata';

/** A span the clean stage took out of the body, with a reason a person understands. */
export interface RemovedSpan extends Span {
  readonly role: Exclude<LineRole, 'body'>;
  /** Plain words with numbers: "in 14 of 17 lbc stories", "after tail marker 'More Latest News'". */
  readonly reason: string;
}

/**
 * The clean stage's verdict on one article.
 * - `body`: spans of article body (sorted, disjoint), usually one per line.
 * - `captions`: photo captions. Not body (they do not count for coverage) but still
 *   matched, at lower weight, since a caption may itself be the reused sentence.
 * - `removed`: everything else that is not whitespace, with role and reason. Captions do
 *   not appear here: they are not boilerplate for the contract ("boilerplate spans never
 *   take part in passages").
 * `body`, `captions` and `removed` are disjoint.
 */
export interface CleanDoc {
  readonly body: readonly Span[];
  readonly captions: readonly Span[];
  readonly removed: readonly RemovedSpan[];
  /** The article's headline as detected in the text, if any. */
  readonly headline: Span | null;
}

/** A word token: `norm` is the matching form (lower case, no diacritics, straight quotes). */
export interface Token extends Span {
  readonly norm: string;
}

/** A sentence, with the range of its tokens in the document's token list. */
export interface Sentence extends Span {
  /** Index of its first token in `TextDoc.tokens`. */
  readonly firstToken: number;
  /** One past its last token. */
  readonly endToken: number;
  /** The zone the sentence lies in. */
  readonly zone: 'body' | 'caption';
  /**
   * Stretches of matchable text that no boilerplate interrupts share a segment number; it
   * grows by one wherever removed text (or a switch between body and caption) lies between
   * two sentences. Passages never cross a segment boundary, so boilerplate never takes part
   * in a passage.
   */
  readonly segment: number;
}

/**
 * An article after the text stage: the tokens and sentences of its matchable zones (body
 * and captions, never boilerplate), in text order.
 */
export interface TextDoc {
  readonly article: Article;
  readonly clean: CleanDoc;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Characters of body (captions excluded), the denominator of coverage. */
  readonly bodyChars: number;
  /** `hashWord(token.norm)` for every token, for shingling and seeding. */
  readonly wordHashes: Uint32Array;
}

/** How a passage (or an aligned sentence pair) was changed on its way. */
export type ReuseKind = 'verbatim' | 'light' | 'rewrite';

/**
 * A passage's kind: how it was changed, or (issue 19) why it is not evidence of reuse:
 * `stock` (made only of phrasing common in the corpus) and `template` (sentences identical
 * except for names, numbers and dates).
 */
export type PassageKind = ReuseKind | 'stock' | 'template';

/** A document's verdict on how much of it is taken from the other document of a pair. */
export type Derivation = 'wholly' | 'partially' | 'none';

/** One word-level edit operation between aligned sentences. */
export interface WordDiffOp {
  readonly op: 'same' | 'add' | 'del';
  /** The words, as written (from A for `same`/`del`, from B for `add`). */
  readonly text: string;
}

/** Two sentences (or sentence groups, when one was split or merged) aligned inside a passage. */
export interface AlignedSentences {
  readonly a: Span;
  readonly b: Span;
  readonly kind: ReuseKind;
  /** 0–1 similarity of the two (string-similarity's Dice coefficient on normalised text). */
  readonly similarity: number;
  /** Word-level diff from A to B (omitted for verbatim pairs). */
  readonly diff?: readonly WordDiffOp[];
}

/** A reused passage: the same content at `a` in one document and `b` in the other. */
export interface Passage {
  readonly a: Span;
  readonly b: Span;
  readonly kind: PassageKind;
  /** 0–1: how alike the two sides are (1 for verbatim). */
  readonly similarity: number;
  /** The passage as it reads in document A. */
  readonly text: string;
  /** True when most of the passage is quotation of a third party (reuse of a quote, not of the article). */
  readonly quotation?: boolean;
  /** Which sides lie in a photo caption. */
  readonly caption?: { readonly a: boolean; readonly b: boolean };
  readonly sentences?: readonly AlignedSentences[];
  /**
   * Other placements of the same copied words (text printed twice in one document): spans
   * of `a` and `b` that align as well as this passage's but reuse one of its sides. Only
   * present when there are some; sorted by `a.start`, then `b.start`.
   */
  readonly alternates?: readonly { readonly a: Span; readonly b: Span }[];
}

/** One document's side of a pair. */
export interface PairSide {
  readonly id: string;
  /** Share of this document's body (boilerplate and captions removed) inside the pair's passages, 0–1. */
  readonly coverage: number;
  readonly derivation: Derivation;
}

/** One piece of evidence about who copied whom. */
export interface Evidence {
  /** What kind of evidence this is. */
  readonly kind: 'time' | 'attribution' | 'containment' | 'edit-trail' | 'history' | 'dateline' | 'wire';
  /** Which document this evidence points to as the source, or null when it does not lean. */
  readonly favours: string | null;
  /** Weight in log-odds units (positive = toward `favours`). */
  readonly weight: number;
  /** Plain words for an editor. */
  readonly text: string;
}

/** The direction verdict of a pair. `null` in `Pair.direction` when the evidence does not decide. */
export interface Direction {
  readonly source: string;
  readonly copy: string;
  /** Calibrated probability that this direction is right, 0.5–1. */
  readonly confidence: number;
  /** Plain words, strongest first (the contract's field). */
  readonly evidence: readonly string[];
  /** The same evidence, structured. */
  readonly details?: readonly Evidence[];
}

/** Whether the copy names its source. */
export interface Credit {
  readonly credited: boolean;
  readonly phrases: readonly string[];
}

/** One pair of documents and the text they share. */
export interface Pair {
  readonly a: PairSide;
  readonly b: PairSide;
  readonly direction: Direction | null;
  readonly passages: readonly Passage[];
  readonly credit?: Credit | null;
  /**
   * Id of a third corpus document both sides copy, when the text they share lies inside
   * what each took from it (the pair's `direction` is then `null`); `null` otherwise, and
   * always `null` from `compare` (issue 18).
   */
  readonly commonSource?: string | null;
}

/** A story: documents connected by reuse. */
export interface Cluster {
  /** `c1`, `c2` … in a deterministic order (largest first, then by first id). */
  readonly id: string;
  readonly documents: readonly string[];
  /** The earliest / root source, when direction evidence names one. */
  readonly root?: string | null;
  /** Who took from whom: edges of the derivation tree. */
  readonly edges?: readonly ClusterEdge[];
}

export interface ClusterEdge {
  readonly source: string;
  readonly copy: string;
  readonly passages: number;
  readonly credited: boolean | null;
  /** The direction confidence of the pair behind this edge. */
  readonly confidence?: number;
  /** Share of the copy's body taken along this edge, 0–1. */
  readonly coverage?: number;
  /** `tree`: the copy's most likely source (one per copy); `also`: a further source the copy took other text from. */
  readonly kind?: 'tree' | 'also';
}

/** One document's entry in a report. */
export interface DocumentSummary {
  readonly id: string;
  readonly source: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly url?: string | null;
  /** Length of `text` in UTF-16 code units. */
  readonly chars: number;
  readonly boilerplate: readonly RemovedSpan[];
  readonly captions?: readonly Span[];
  /** `read` or `extracted` (HTML): what the offsets of this document index. */
  readonly textOrigin?: 'read' | 'extracted';
  /** The text the offsets index, only with `scan --embed-text` (so `wiretrace report` can show it without the corpus). */
  readonly text?: string;
  /** Every document this one draws on (its side of a listed pair is derived), by coverage descending, then id (`scan` only). */
  readonly drawsOn?: readonly DrawsOn[];
  /** Share (0–1) of its body inside the passages of all the pairs in `drawsOn` together (their union) (`scan` only). */
  readonly reusedCoverage?: number;
  /** Its overall verdict: the strongest of its derivations in the pairs of `drawsOn`, `none` when it draws on nothing (`scan` only). */
  readonly derivation?: Derivation;
}

/** A document another one draws on, with that one's coverage and derivation in their pair. */
export interface DrawsOn {
  readonly id: string;
  readonly coverage: number;
  readonly derivation: Derivation;
}

/** The output of `scan --json`. */
export interface Report {
  readonly schema: 'wiretrace/report@1';
  readonly documents: readonly DocumentSummary[];
  readonly pairs: readonly Pair[];
  readonly clusters: readonly Cluster[];
  readonly skipped?: readonly SkippedInput[];
}
