import type { Command } from './command.js';
import { compareCommand } from './compare.js';
import { scanCommand } from './scan.js';

/** Every CLI command, in the order `--help` lists them. */
export const commands: readonly Command<never>[] = [scanCommand, compareCommand] as readonly Command<never>[];
