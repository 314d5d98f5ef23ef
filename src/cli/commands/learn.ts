/**
 * `wiretrace learn <corpus>… [--out profiles.json]`: learns each publisher's template
 * (recurring lines, prefixes and tail markers, counted per source) and writes the profiles
 * as JSON, for `--profiles FILE` on other commands and `wiretrace profiles show`. Each
 * source is learned from its PROFILE_SAMPLE_STORIES stories with the smallest ids.
 */
import type { Argv } from 'yargs';
import type { Command } from './command.js';
import { emit, type CliIO } from '../io.js';
import { createSkipReporter, ingestOptionsFromArgs, withInputOptions, type InputArgs } from '../input-options.js';
import { loadArticles } from '../../ingest/index.js';
import { learnProfiles, PROFILE_SAMPLE_STORIES } from '../../clean/index.js';

interface LearnArgs extends InputArgs {
  readonly paths: readonly string[];
  readonly out?: string;
}

export const learnCommand: Command<LearnArgs> = {
  command: 'learn <paths..>',
  describe: 'Learn each publisher’s page template (recurring lines, promos, tail markers) from a corpus',
  builder: (yargs: Argv) =>
    withInputOptions(yargs)
      .positional('paths', { type: 'string', array: true, describe: 'Corpus directories, files or globs (source = first folder, sidecar or front matter)' })
      .option('out', { type: 'string', describe: 'Write the profiles JSON to FILE instead of stdout' })
      .example('$0 learn corpus --out profiles.json', 'then: wiretrace scan corpus --profiles profiles.json'),
  run: async (args: LearnArgs, io: CliIO) => {
    const reporter = createSkipReporter(io, args);
    const { articles } = await loadArticles(args.paths, ingestOptionsFromArgs(args, reporter));
    const profiles = learnProfiles(articles);
    emit(io, `${JSON.stringify(profiles, null, 2)}\n`, args.out);
    const sources = Object.keys(profiles.sources).length;
    if (args.out) io.stderr(`wiretrace: learned templates of ${sources} ${sources === 1 ? 'source' : 'sources'} from ${articles.length} documents (at most ${PROFILE_SAMPLE_STORIES} a source) into ${args.out}\n`);
    reporter.summary();
    return 0;
  },
};
