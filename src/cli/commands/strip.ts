/**
 * `wiretrace strip <dir|file|glob>… [--jsonl]`: the article body with boilerplate removed.
 * With `--jsonl`, one line per document: `{ id, body, removed: [{start, end, role, reason}], captions }`
 * (offsets index the text as read, or the extracted text for HTML). Without it, a single
 * document's body as plain text.
 */
import type { Argv } from 'yargs';
import type { Command } from './command.js';
import { emit, type CliIO } from '../io.js';
import { createSkipReporter, ingestOptionsFromArgs, withInputOptions, type InputArgs } from '../input-options.js';
import { profilesOptions, profilesFromArgs, type ProfilesArgs } from '../profiles-option.js';
import { loadArticles } from '../../ingest/index.js';
import { cleanArticle, stripArticle } from '../../clean/index.js';
import { ConfigError } from '../../errors.js';

interface StripArgs extends InputArgs, ProfilesArgs {
  readonly paths: readonly string[];
  readonly jsonl?: boolean;
  readonly out?: string;
}

export const stripCommand: Command<StripArgs> = {
  command: 'strip <paths..>',
  describe: 'Print article bodies with boilerplate (nav, bylines, widgets, promos, teaser tails) removed',
  builder: (yargs: Argv) =>
    withInputOptions(profilesOptions(yargs))
      .positional('paths', { type: 'string', array: true, describe: 'Directories, files or globs to read' })
      .option('jsonl', { type: 'boolean', default: false, describe: 'One JSON object per document: {id, body, removed, captions}' })
      .option('out', { type: 'string', describe: 'Write to this file instead of stdout' })
      .example('$0 strip corpus/lbc/wallace-nato.txt', 'the body of one article as plain text')
      .example('$0 strip corpus --jsonl', 'one {id, body, removed} line per document'),
  run: async (args: StripArgs, io: CliIO) => {
    const reporter = createSkipReporter(io, args);
    const { articles } = await loadArticles(args.paths, ingestOptionsFromArgs(args, reporter));
    const profiles = profilesFromArgs(args, articles);
    if (!args.jsonl) {
      if (articles.length !== 1) {
        throw new ConfigError(`plain-text output takes exactly one document (got ${articles.length}); use --jsonl for several, e.g. wiretrace strip corpus --jsonl`);
      }
      const stripped = stripArticle(articles[0]!, cleanArticle(articles[0]!, profiles));
      emit(io, stripped.body.length > 0 ? `${stripped.body}\n` : '', args.out);
    } else {
      const out: string[] = [];
      for (const article of articles) {
        const stripped = stripArticle(article, cleanArticle(article, profiles));
        out.push(JSON.stringify({ id: article.id, ...stripped, textOrigin: article.textOrigin }));
      }
      emit(io, out.length > 0 ? `${out.join('\n')}\n` : '', args.out);
    }
    reporter.summary();
    return 0;
  },
};
