import type { Command } from './command.js';
import { checkCommand } from './check.js';
import { compareCommand } from './compare.js';
import { indexCommand } from './index-cmd.js';
import { reportCommand } from './report.js';
import { scanCommand } from './scan.js';
import { stripCommand } from './strip.js';
import { learnCommand } from './learn.js';
import { profilesCommand } from './profiles.js';

/** Every CLI command, in the order `--help` lists them. */
export const commands: readonly Command<never>[] = [scanCommand, compareCommand, stripCommand, learnCommand, profilesCommand, indexCommand, checkCommand, reportCommand] as readonly Command<never>[];
