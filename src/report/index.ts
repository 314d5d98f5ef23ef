/**
 * Report formatters: pure `(report, ctx) => string` functions. The JSON report is the
 * contract's; these are for people: the editor's HTML page, a Markdown summary for
 * tickets, and the plain-text summary `scan` prints without `--json`.
 */
export { formatHtml, escapeHtml, jsonForScript, reportPolicy, scriptHash, pageData, type HtmlContext } from './html.js';
export { formatMarkdown, escapeMarkdown, type MarkdownContext } from './markdown.js';
export { formatSummary, safeTerminalText, type SummaryContext } from './summary.js';
export { rankClusters, pairLines, type ClusterLine, type PairLine } from './overview.js';
export { PAGE_SCRIPT } from './html-script.js';
