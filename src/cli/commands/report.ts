import { readFileSync } from 'node:fs';
import type { Argv } from 'yargs';
import { ConfigError, InputError } from '../../errors.js';
import { loadArticles } from '../../ingest/index.js';
import { formatHtml, formatMarkdown, formatSummary } from '../../report/index.js';
import type { Report } from '../../types.js';
import { createSkipReporter, ingestOptionsFromArgs, withInputOptions, type InputArgs } from '../input-options.js';
import { emit, type CliIO } from '../io.js';
import type { Command } from './command.js';

interface ReportArgs extends InputArgs {
  readonly report: string;
  readonly html?: string;
  readonly md?: string;
  readonly corpus?: string[];
  readonly title?: string;
  readonly out?: string;
}

/** Reads and checks a saved JSON report (`scan --json`). */
export function readReport(file: string): Report {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`${file}: cannot read the report (${(error as NodeJS.ErrnoException).code ?? 'error'})`, file);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new InputError(`${file}: not JSON (expected the output of 'wiretrace scan --json')`, file);
  }
  const r = parsed as Partial<Report> | null;
  if (!r || r.schema !== 'wiretrace/report@1' || !Array.isArray(r.documents) || !Array.isArray(r.pairs) || !Array.isArray(r.clusters)) {
    throw new InputError(`${file}: not a wiretrace report (expected schema 'wiretrace/report@1' from 'wiretrace scan --json')`, file);
  }
  return r as Report;
}

/**
 * The texts of a report's documents: embedded ones (`scan --embed-text`) first, else read
 * again from `--corpus` (the same paths that were scanned, so ids match). A text whose
 * length differs from the report's `chars` is not the scanned text and is left out.
 */
async function collectTexts(report: Report, args: ReportArgs, io: CliIO): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const d of report.documents) if (typeof d.text === 'string' && d.text.length === d.chars) texts.set(d.id, d.text);
  const wanted = new Set(report.pairs.flatMap((p) => [p.a.id, p.b.id]).filter((id) => !texts.has(id)));
  if (wanted.size > 0 && args.corpus && args.corpus.length > 0) {
    const reporter = createSkipReporter(io, args);
    const { articles } = await loadArticles(args.corpus, ingestOptionsFromArgs(args, reporter));
    const chars = new Map(report.documents.map((d) => [d.id, d.chars]));
    for (const a of articles) {
      if (!wanted.has(a.id)) continue;
      if (a.text.length !== chars.get(a.id)) {
        io.stderr(`wiretrace: ${a.id}: the file changed since the scan (${a.text.length} characters, report says ${chars.get(a.id)}); showing its passages only\n`);
        continue;
      }
      texts.set(a.id, a.text);
      wanted.delete(a.id);
    }
    reporter.summary();
  }
  if (wanted.size > 0 && args.html) {
    io.stderr(
      `wiretrace: ${wanted.size} document text${wanted.size === 1 ? '' : 's'} not available (e.g. ${[...wanted].sort()[0]}); the HTML shows their passages only. ` +
        `Pass --corpus with the paths that were scanned, or scan with --embed-text.\n`,
    );
  }
  return texts;
}

/** `wiretrace report <report.json> --html out.html [--md out.md]`: the editor's views of a saved report. */
export const reportCommand: Command<ReportArgs> = {
  command: 'report <report>',
  describe: 'Turn a saved JSON report (scan --json) into the editor’s HTML page and/or a Markdown summary',
  builder: (yargs: Argv) =>
    withInputOptions(yargs)
      .positional('report', { type: 'string', describe: 'A JSON report written by scan --json' })
      .option('html', { type: 'string', describe: 'Write the self-contained HTML report to FILE' })
      .option('md', { type: 'string', describe: 'Write a Markdown summary (for tickets and PRs) to FILE' })
      .option('corpus', { type: 'string', array: true, describe: 'The paths that were scanned, to show full texts (not needed after scan --embed-text)' })
      .option('title', { type: 'string', describe: 'Title of the HTML page / Markdown summary' })
      .option('out', { type: 'string', describe: 'Without --html/--md: write the plain summary to FILE instead of stdout' })
      .example('$0 report report.json --html report.html --corpus corpus', 'the HTML page of a scan of corpus/')
      .example('$0 report report.json --md summary.md', 'a Markdown summary'),
  async run(args: ReportArgs, io: CliIO) {
    if (args.out && (args.html || args.md)) throw new ConfigError('--out is for the plain summary; with --html/--md name the files there (e.g. --html report.html)');
    const report = readReport(args.report);
    const title = args.title;
    if (args.html) {
      const texts = await collectTexts(report, args, io);
      emit(io, formatHtml(report, { texts, ...(title ? { title } : {}) }), args.html);
    }
    if (args.md) emit(io, formatMarkdown(report, title ? { title } : {}), args.md);
    if (!args.html && !args.md) emit(io, formatSummary(report), args.out);
    return 0;
  },
};
