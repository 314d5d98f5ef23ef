import yargs, { type Argv } from 'yargs';
import { WiretraceError } from '../errors.js';
import { processIO, type CliIO } from './io.js';
import { commands } from './commands/index.js';

/**
 * Runs the CLI on `argv` (without `node` and the script) and resolves to the exit code:
 * 0 success, 1 `check` found reuse at or above its threshold, 2 bad usage or unreadable
 * input. Never calls `process.exit`; never prints a stack trace for a user error.
 */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  let exitCode = 0;
  let ran = false;
  let usageError: string | null = null;
  const parser: Argv = yargs([...argv])
    .scriptName('wiretrace')
    .usage('$0 <command> [options]\n\nFind reused text across news articles.')
    .strict()
    .demandCommand(1, 'Name a command: scan, compare, strip, … (see --help).')
    .recommendCommands()
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((message, error) => {
      if (error) throw error;
      usageError = message;
    })
    .help()
    .alias('help', 'h')
    .version();
  for (const command of commands) {
    parser.command({
      command: command.command,
      describe: command.describe,
      builder: command.builder,
      handler: async (args) => {
        ran = true;
        exitCode = await command.run(args as never, io);
      },
    });
  }
  try {
    await parser.parseAsync();
  } catch (error) {
    if (error instanceof WiretraceError) {
      io.stderr(`wiretrace: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
  const wantedHelp = argv.some((arg) => ['--help', '-h', '--version'].includes(arg));
  if (!ran && !usageError && !wantedHelp) usageError = `unknown command '${argv[0] ?? ''}'`;
  if (usageError) {
    io.stderr(`wiretrace: ${usageError}\nRun 'wiretrace --help' for usage.\n`);
    return 2;
  }
  return exitCode;
}
