/**
 * `wiretrace profiles show [FILE]`: what a profiles file (made by `wiretrace learn`) holds,
 * per source: how many stories, and each template with the share of stories it is in.
 */
import type { Argv } from 'yargs';
import type { Command } from './command.js';
import { emit, type CliIO } from '../io.js';
import { readProfiles, type ProfileSet } from '../../clean/index.js';

interface ProfilesArgs {
  readonly file?: string;
  readonly json?: boolean;
  readonly out?: string;
}

const KIND_WORDS = { line: 'line  ', prefix: 'prefix', tail: 'tail  ' } as const;

/** A readable listing of profiles (pure; sorted as stored). */
export function formatProfiles(profiles: ProfileSet): string {
  const out: string[] = [];
  const names = Object.keys(profiles.sources).sort();
  if (names.length === 0) out.push('no source has a learned template (each needs at least 3 stories with recurring lines)');
  for (const name of names) {
    const p = profiles.sources[name]!;
    out.push(`${name}: ${p.stories} stories, ${p.templates.length} ${p.templates.length === 1 ? 'template' : 'templates'}`);
    for (const t of p.templates) {
      const example = JSON.stringify(t.example.length > 80 ? `${t.example.slice(0, 79)}…` : t.example);
      out.push(`  ${KIND_WORDS[t.kind]}  in ${t.stories} of ${p.stories}  ${example}`);
    }
  }
  return `${out.join('\n')}\n`;
}

export const profilesCommand: Command<ProfilesArgs> = {
  command: 'profiles show [file]',
  describe: 'Show the publisher templates in a profiles file (made by `wiretrace learn`)',
  builder: (yargs: Argv) =>
    yargs
      .positional('file', { type: 'string', default: 'profiles.json', describe: 'The profiles file' })
      .option('json', { type: 'boolean', default: false, describe: 'Print the profiles as JSON' })
      .option('out', { type: 'string', describe: 'Write to FILE instead of stdout' })
      .example('$0 profiles show profiles.json', 'one line per template: kind, stories, example'),
  run: async (args: ProfilesArgs, io: CliIO) => {
    const profiles = readProfiles(args.file ?? 'profiles.json');
    emit(io, args.json ? `${JSON.stringify(profiles, null, 2)}\n` : formatProfiles(profiles), args.out);
    return 0;
  },
};
