/**
 * The `--profiles FILE` / `--no-learn` options, for every command that cleans articles.
 * Publisher templates come from FILE when given (made by `wiretrace learn`), else they are
 * learned from the articles being read (counted per source, never across sources).
 *
 * Usage in a command: `builder: (y) => profilesOptions(y)…`, then
 * `const profiles = profilesFromArgs(args, articles)` and `cleanArticle(article, profiles)`.
 */
import type { Argv, Options } from 'yargs';
import type { Article } from '../types.js';
import { learnProfiles, readProfiles, type ProfileSet } from '../clean/profiles.js';

/** The yargs options. */
export const profileOptions = {
  profiles: {
    type: 'string',
    describe: 'Publisher templates to use (a file made by `wiretrace learn`); default: learn them from the input',
  },
  learn: {
    type: 'boolean',
    default: true,
    describe: 'Learn publisher templates from the input when --profiles is not given (--no-learn: generic model only)',
  },
} as const satisfies Record<string, Options>;

/** The parsed values. */
export interface ProfilesArgs {
  readonly profiles?: string;
  readonly learn?: boolean;
}

/** Adds `--profiles` and `--learn` to a command's yargs builder. */
export function profilesOptions<T>(yargs: Argv<T>): Argv<T> {
  return yargs.options(profileOptions) as unknown as Argv<T>;
}

/** The profiles to clean with: read from `--profiles`, learned from `articles`, or null with `--no-learn`. */
export function profilesFromArgs(args: ProfilesArgs, articles: readonly Article[]): ProfileSet | null {
  if (args.profiles) return readProfiles(args.profiles);
  if (args.learn === false) return null;
  return learnProfiles(articles);
}
