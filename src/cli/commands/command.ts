import type { Argv } from 'yargs';
import type { CliIO } from '../io.js';

/**
 * A CLI command declared as data: its yargs options and a `run` that returns the exit
 * code. Commands are thin: they parse options, call the library, format, and write.
 */
export interface Command<A = Record<string, unknown>> {
  readonly command: string | readonly string[];
  readonly describe: string;
  readonly builder: (yargs: Argv) => Argv;
  readonly run: (args: A, io: CliIO) => Promise<number>;
}
