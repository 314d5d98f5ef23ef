/**
 * The editor's report: ONE self-contained HTML file (inline style and script, no network)
 * with a strict Content-Security-Policy. A pure formatter `(report, ctx) => string`.
 *
 * Safety: the page's own markup holds no article text. The report travels as JSON in a
 * `<script type="application/json">` block with `<`, `>`, `&` and the JavaScript line
 * separators escaped as `\uXXXX`, so no text can close the block; the inline script builds
 * the views with DOM calls only. The CSP allows that one script (by its SHA-256 hash) and
 * inline style, and nothing else: no network, no other script, no forms, no frames.
 */
import { createHash } from 'node:crypto';
import type { Report } from '../types.js';
import { PAGE_SCRIPT } from './html-script.js';
import { PAGE_STYLE } from './html-style.js';
import { rankClusters } from './overview.js';

/** Where the formatter finds each document's text (the report itself holds only offsets). */
export interface HtmlContext {
  /**
   * The text of a document by id, exactly as its offsets index it (`Article.text`); else a
   * report's embedded `documents[].text` (`scan --embed-text`) is used. A text whose length
   * is not the document's `chars` is ignored. Documents without text show passages only.
   */
  readonly texts?: ReadonlyMap<string, string> | ((id: string) => string | undefined);
  /** The page title. */
  readonly title?: string;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON that is safe inside a `<script>` element: nothing in it can end the element or open a comment. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The CSP `script-src` source for an inline script. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** The Content-Security-Policy of the report page. */
export function reportPolicy(script: string = PAGE_SCRIPT): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHash(script)}`,
    "style-src 'unsafe-inline'",
    "img-src 'none'",
    "connect-src 'none'",
    "font-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function textOf(ctx: HtmlContext, id: string): string | null {
  const texts = ctx.texts;
  if (!texts) return null;
  const text = typeof texts === 'function' ? texts(id) : texts.get(id);
  return text ?? null;
}

/** `drawsOn`, `reusedCoverage` and `derivation` of a report document, those present. */
function pickDocumentFields(d: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (Array.isArray(d.drawsOn)) out.drawsOn = d.drawsOn;
  if (typeof d.reusedCoverage === 'number') out.reusedCoverage = d.reusedCoverage;
  if (typeof d.derivation === 'string') out.derivation = d.derivation;
  return out;
}

/** The data the page script reads: documents with texts, stories ranked, pairs compacted. */
export function pageData(report: Report, ctx: HtmlContext = {}): unknown {
  const stories = rankClusters(report).map((line) => ({
    id: line.cluster.id,
    root: line.cluster.root ?? null,
    documents: line.cluster.documents,
    edges: line.cluster.edges ?? [],
    uncreditedChars: line.uncreditedChars,
    uncreditedPairs: line.uncreditedPairs,
    pairs: line.pairs.map((p) => ({ index: p.index, copy: p.copy, source: p.source })),
  }));
  const inPairs = new Set(report.pairs.flatMap((p) => [p.a.id, p.b.id]));
  const docs = report.documents
    .filter((d) => inPairs.has(d.id))
    .map((d) => {
      let text = textOf(ctx, d.id) ?? (typeof d.text === 'string' ? d.text : null);
      if (text !== null && text.length !== d.chars) text = null; // not the text the offsets index
      return {
        id: d.id,
        source: d.source,
        title: d.title,
        published: d.published,
        chars: d.chars,
        text,
        boilerplate: d.boilerplate.map((b) => [b.start, b.end, b.role, b.reason]),
        // Document-level verdicts (issue 16.6), when the report has them.
        ...pickDocumentFields(d as unknown as Record<string, unknown>),
      };
    });
  const pairs = report.pairs.map((p) => ({
    a: p.a,
    b: p.b,
    direction: p.direction,
    credit: p.credit ?? null,
    commonSource: p.commonSource ?? null,
    passages: p.passages.map((x) => ({
      a: [x.a.start, x.a.end],
      b: [x.b.start, x.b.end],
      kind: x.kind,
      similarity: x.similarity,
      text: x.text,
      sentences: (x.sentences ?? [])
        .filter((s) => s.diff && s.diff.length > 0)
        .map((s) => ({ a: [s.a.start, s.a.end], b: [s.b.start, s.b.end], diff: s.diff!.map((op) => [op.op, op.text]) })),
    })),
  }));
  return { title: ctx.title ?? 'wiretrace report', docs, stories, pairs };
}

/** Formats a report as one self-contained HTML page. */
export function formatHtml(report: Report, ctx: HtmlContext = {}): string {
  const title = ctx.title ?? 'wiretrace report';
  const documents = report.documents.length;
  const pairs = report.pairs.length;
  const uncredited = report.pairs.filter((p) => !p.credit?.credited).length;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${reportPolicy().replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<div class="muted">${documents} documents · ${pairs} pairs with reuse · ${uncredited} without credit · ${report.clusters.length} ${report.clusters.length === 1 ? 'story' : 'stories'}, most uncredited reuse first</div>
<details id="help" class="help"><summary>Keyboard and colours</summary>
<p><kbd>n</kbd> or <kbd>j</kbd> next passage · <kbd>p</kbd> or <kbd>k</kbd> previous passage · <kbd>]</kbd> / <kbd>[</kbd> next / previous pair · <kbd>b</kbd> show or hide removed boilerplate · <kbd>Esc</kbd> or <kbd>o</kbd> back to the stories · <kbd>?</kbd> this help.</p>
<p>Passages: <mark class="verbatim">verbatim</mark> same words, <mark class="light">light</mark> same sentence with small edits, <mark class="rewrite">rewrite</mark> same content reworded; <span class="chg">changed words</span> are marked inside edited sentences. Removed boilerplate (navigation, promos, captions credits …) is collapsed: click <span class="bp-toggle">⋯ removed</span> to expand it.</p>
</details>
</header>
<main>
<noscript><p>This report needs JavaScript to show its views; the data is in the page source.</p></noscript>
<section id="overview"></section>
<section id="pair-view" hidden></section>
</main>
<script type="application/json" id="wt-data">${jsonForScript(pageData(report, ctx))}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
