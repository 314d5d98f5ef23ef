/**
 * Report formatters: pure `(report, ctx) => string` functions. The JSON report (json.ts,
 * written in chunks) is the contract's; the others are for people: the editor's HTML page,
 * a Markdown summary for tickets, the plain-text summaries `scan`, `compare` and `report`
 * print, all escaping through escape.ts. (`check`'s formats are still in store/formats/:
 * they read the check report's types, which live in store/.)
 */
export { formatHtml, escapeHtml, jsonForScript, reportPolicy, scriptHash, pageData, type HtmlContext } from './html.js';
export { formatMarkdown, type MarkdownContext } from './markdown.js';
export { formatSummary, type SummaryContext } from './summary.js';
export { formatReportSummary, formatPairSummary } from './scan-summary.js';
export { jsonChunks } from './json.js';
export { escapeMarkdown, terminalText, xmlEscape, clip, pathToUri, percent } from './escape.js';
export { rankClusters, pairLines, type ClusterLine, type PairLine } from './overview.js';
export { PAGE_SCRIPT } from './html-script.js';
