/**
 * `wiretrace check <files>… --db FILE --fail-on wholly|partially`: the CI gate. Exit 0 when
 * no incoming article is derived from an archived one at the `--fail-on` level, 1 when
 * one is, 2 on errors (including documents `--add` could not store).
 */
import type { Argv } from 'yargs';
import { ConfigError } from '../../errors.js';
import { loadArticles } from '../../ingest/index.js';
import { addArticles, type PriorAnalysis } from '../../store/add-articles.js';
import type { Article } from '../../types.js';
import { openArchive } from '../../store/archive.js';
import { checkArticles, type FailOn } from '../../store/check-articles.js';
import { CHECK_FORMATS, formatCheck, type CheckFormat } from '../../store/formats/index.js';
import { parseSince } from '../../store/since.js';
import { createSkipReporter, ingestOptionsFromArgs, withInputOptions, type InputArgs } from '../input-options.js';
import { emit } from '../io.js';
import type { Command } from './command.js';
import { warnNotStored } from './index-cmd.js';

interface CheckArgs extends InputArgs {
  readonly files: readonly string[];
  readonly db: string;
  readonly failOn: FailOn;
  readonly since?: string;
  readonly add?: boolean;
  readonly format: CheckFormat;
  readonly out?: string;
}

/** `wiretrace check`. */
export const checkCommand: Command<CheckArgs> = {
  command: 'check <files..>',
  describe: 'Check incoming articles against the archive; exit 1 when one is derived from an archived article',
  builder: (yargs: Argv) =>
    withInputOptions(yargs)
      .positional('files', { type: 'string', array: true, describe: 'Incoming articles: files, directories or globs' })
      .option('db', { type: 'string', demandOption: true, describe: 'The archive (made by index add): an SQLite file or a postgres:// URL' })
      .option('fail-on', { choices: ['wholly', 'partially'] as const, default: 'wholly' as const, describe: 'Fail (exit 1) when an article is derived from an archived one at this level or above' })
      .option('since', { type: 'string', describe: 'Only archived articles published in this window: 14d, 36h, 2w, or a date (2024-05-01)' })
      .option('add', { type: 'boolean', default: false, describe: 'Archive the checked articles after the check' })
      .option('format', { choices: CHECK_FORMATS, default: 'text' as const, describe: 'Output format' })
      .option('out', { type: 'string', describe: 'Write the report to this file instead of stdout' })
      .example('$0 check incoming/*.txt --db archive.sqlite --fail-on partially --format sarif --out check.sarif', 'A CI gate with inline annotations'),
  run: async (args, io) => {
    const sinceMs = args.since !== undefined ? parseSince(args.since) : null;
    if (args.files.length === 0) throw new ConfigError('check needs files to check, e.g. wiretrace check incoming/ --db archive.sqlite');
    const reporter = createSkipReporter(io, args);
    const { articles, skipped } = await loadArticles(args.files, ingestOptionsFromArgs(args, reporter));
    reporter.summary();
    const archive = await openArchive(args.db, { create: Boolean(args.add) });
    try {
      // check --add stores what the check analysed when the templates it was cleaned with still hold.
      const analysed = new Map<Article, PriorAnalysis>();
      const onAnalysed = args.add ? (article: Article, analysis: PriorAnalysis) => void analysed.set(article, analysis) : undefined;
      const report = await checkArticles(archive, articles, { failOn: args.failOn, sinceMs, ...(onAnalysed ? { onAnalysed } : {}) });
      const withSkipped = skipped.length > 0 ? { ...report, skipped } : report;
      emit(io, formatCheck(withSkipped, args.format, { cwd: process.cwd() }), args.out);
      let code = report.failed > 0 ? 1 : 0;
      if (args.add) {
        const added = await addArticles(archive, articles, { prior: (article) => analysed.get(article) });
        const counts = `archived: added ${added.added.length}, replaced ${added.replaced.length}, unchanged ${added.unchanged.length}, not stored ${added.notStored.length}`;
        if (warnNotStored(io, added)) code = 2;
        io.stderr(`wiretrace: ${counts}\n`);
      }
      return code;
    } finally {
      await archive.close();
    }
  },
};
