import type { Argv } from 'yargs';
import { readProfiles } from '../../clean/profiles.js';
import { scanCorpus } from '../../pipeline.js';
import { formatReportSummary } from '../../report/scan-summary.js';
import { formatHtml, formatMarkdown } from '../../report/index.js';
import { createSkipReporter, ingestOptionsFromArgs, withInputOptions, type InputArgs } from '../input-options.js';
import { ConfigError } from '../../errors.js';
import { jsonChunks } from '../../report/json.js';
import { emit, emitChunksAsync, type CliIO } from '../io.js';
import { createProgress } from '../progress.js';
import type { Command } from './command.js';

interface ScanArgs extends InputArgs {
  readonly paths: string[];
  readonly json?: boolean;
  readonly out?: string;
  readonly learn?: boolean;
  readonly profiles?: string;
  readonly stats?: boolean;
  readonly jobs?: number;
  readonly maxMemory?: number;
  readonly html?: string;
  readonly md?: string;
  readonly embedText?: boolean;
}

/** The chunks, then a final newline (streamed: a 100k report is never held whole). */
function* withNewline(chunks: Iterable<string | Uint8Array>): Generator<string | Uint8Array> {
  yield* chunks;
  yield '\n';
}

/** `wiretrace scan <dir|file|glob>…`: every reused passage between every pair of a corpus. */
export const scanCommand: Command<ScanArgs> = {
  command: 'scan <paths..>',
  describe: 'Find reused passages between every pair of documents in a corpus (directories, files, globs)',
  builder: (yargs: Argv) =>
    withInputOptions(yargs)
      .positional('paths', { type: 'string', array: true, describe: 'Corpus directories (walked recursively), files or globs' })
      .option('json', { type: 'boolean', default: false, describe: 'Print the JSON report (schema wiretrace/report@1) instead of a summary' })
      .option('out', { type: 'string', describe: 'Write the output to FILE instead of stdout' })
      .option('learn', { type: 'boolean', default: true, describe: 'Learn each publisher’s template from the corpus (--no-learn to use only the generic model)' })
      .option('profiles', { type: 'string', describe: 'Publisher templates to use (a file made by `wiretrace learn`) instead of learning them from the corpus' })
      .option('stats', { type: 'boolean', default: false, describe: 'Print counts (documents, anchors, candidate pairs) and seconds per pass on stderr' })
      .option('jobs', { type: 'number', describe: 'Worker threads [default: all cores]; the report is the same for any number' })
      .check((argv) => {
        const jobs = argv.jobs as number | undefined;
        if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new ConfigError(`--jobs must be a whole number of threads, 1 or more (got ${String(jobs)}); e.g. --jobs 2`);
        const maxMemory = argv.maxMemory as number | undefined;
        if (maxMemory !== undefined && !(Number.isFinite(maxMemory) && maxMemory >= 0)) throw new ConfigError(`--max-memory must be a number of megabytes, 0 or more (got ${String(maxMemory)}); e.g. --max-memory 512`);
        return true;
      })
      .option('max-memory', {
        type: 'number',
        describe:
          'Megabytes the scan may keep between passes beyond its per-document records (file bytes read once, passages of listed pairs); past it files are read again and passages spill to a temporary file. Same report for any value [default: 1024]',
      })
      .option('html', { type: 'string', describe: 'Also write the editor’s self-contained HTML report to FILE' })
      .option('md', { type: 'string', describe: 'Also write a Markdown summary (for tickets and PRs) to FILE' })
      .option('embed-text', { type: 'boolean', default: false, describe: 'Put each document’s text in the JSON report, so `wiretrace report` can show it without the corpus' })
      .example('$0 scan corpus --json', 'JSON report of the sample corpus')
      .example('$0 scan corpus --json --out report.json --html report.html', 'JSON report and the HTML page for editors')
      .example('$0 scan "wires/**/*.txt" papers --out report.txt', 'summary of two inputs, written to a file'),
  async run(args: ScanArgs, io: CliIO) {
    const reporter = createSkipReporter(io, args);
    const progress = createProgress(io, args.quiet);
    let result;
    try {
      result = await scanCorpus(args.paths, {
        ...ingestOptionsFromArgs(args, reporter),
        learn: args.learn !== false,
        ...(args.profiles ? { profiles: readProfiles(args.profiles) } : {}),
        ...(args.jobs !== undefined ? { jobs: args.jobs } : {}),
        ...(args.maxMemory !== undefined ? { maxMemoryBytes: Math.floor(args.maxMemory * 1024 * 1024) } : {}),
        onProgress: (stage, done, total) => progress.update(stage, done, total),
      });
    } finally {
      progress.stop();
    }
    const { report: scanned, stats, docs } = result;
    const report = args.embedText ? { ...scanned, documents: scanned.documents.map((d) => ({ ...d, text: docs.get(d.id)?.article.text ?? '' })) } : scanned;
    if (args.json) await emitChunksAsync(io, withNewline(jsonChunks(report)), args.out);
    else emit(io, formatReportSummary(report), args.out);
    if (args.html) emit(io, formatHtml(report, { texts: (id) => docs.get(id)?.article.text }), args.html);
    if (args.md) emit(io, formatMarkdown(report), args.md);
    if (args.stats) io.stderr(`wiretrace: stats ${JSON.stringify(stats)}\n`);
    reporter.summary();
    return 0;
  },
};
