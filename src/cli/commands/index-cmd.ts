/**
 * `wiretrace index add|remove|list|stats --db FILE|URL`: builds and inspects the persistent
 * archive that `check` looks up.
 */
import { existsSync } from 'node:fs';
import type { Argv } from 'yargs';
import { ConfigError } from '../../errors.js';
import { loadArticles } from '../../ingest/index.js';
import { addArticles, type AddReport } from '../../store/add-articles.js';
import { openArchive, type Archive } from '../../store/archive.js';
import { terminalText } from '../../report/escape.js';
import { createSkipReporter, ingestOptionsFromArgs, withInputOptions, type InputArgs } from '../input-options.js';
import { emit, type CliIO } from '../io.js';
import type { Command } from './command.js';

/** The actions of `index`. */
export const INDEX_ACTIONS = ['add', 'remove', 'list', 'stats'] as const;

interface IndexArgs extends InputArgs {
  readonly action: (typeof INDEX_ACTIONS)[number];
  readonly targets?: readonly string[];
  readonly db: string;
  readonly batchSize?: number;
  readonly workers?: number;
  readonly json?: boolean;
  readonly out?: string;
}

/** Most "not stored" lines printed one by one; the rest are counted. */
const MAX_NOT_STORED_LINES = 20;

/** Prints on stderr each document that was not stored and the error that stopped the run. True when anything was not stored. */
export function warnNotStored(io: CliIO, report: AddReport): boolean {
  for (const n of report.notStored.slice(0, MAX_NOT_STORED_LINES)) io.stderr(`wiretrace: not stored: ${terminalText(n.id)}: ${terminalText(n.reason)}\n`);
  if (report.notStored.length > MAX_NOT_STORED_LINES) io.stderr(`wiretrace: … and ${report.notStored.length - MAX_NOT_STORED_LINES} more not stored\n`);
  if (report.error) io.stderr(`wiretrace: ${terminalText(report.error.message)}\n`);
  return report.notStored.length > 0 || report.error !== null;
}

/** Prints what `index add` stored and what it did not. Returns the exit code: 2 when anything was not stored. */
export function reportAdd(io: CliIO, report: AddReport, json: boolean, out?: string): number {
  const counts = {
    added: report.added.length,
    replaced: report.replaced.length,
    unchanged: report.unchanged.length,
    notStored: report.notStored.length,
  };
  const failed = warnNotStored(io, report);
  if (json) emit(io, `${JSON.stringify({ ...counts, notStoredIds: report.notStored.map((n) => n.id) })}\n`, out);
  else emit(io, `added ${counts.added}, replaced ${counts.replaced}, unchanged ${counts.unchanged}, not stored ${counts.notStored}\n`, out);
  return failed ? 2 : 0;
}

async function withArchive<T>(db: string, create: boolean, fn: (archive: Archive) => Promise<T>): Promise<T> {
  const archive = await openArchive(db, { create });
  try {
    return await fn(archive);
  } finally {
    await archive.close();
  }
}

async function runAdd(args: IndexArgs, io: CliIO): Promise<number> {
  const targets = args.targets ?? [];
  if (targets.length === 0) throw new ConfigError('index add needs paths to add, e.g. wiretrace index add corpus/ --db archive.sqlite');
  const reporter = createSkipReporter(io, args);
  const { articles } = await loadArticles(targets, ingestOptionsFromArgs(args, reporter));
  reporter.summary();
  return withArchive(args.db, true, async (archive) => {
    const report = await addArticles(archive, articles, {
      ...(args.batchSize ? { batchSize: args.batchSize } : {}),
      ...(args.workers !== undefined ? { workers: args.workers } : {}),
      onBatch: io.stderrIsTTY ? (done, total) => io.stderr(`\rindexed ${done}/${total}`) : undefined,
    });
    if (io.stderrIsTTY) io.stderr('\n');
    return reportAdd(io, report, Boolean(args.json), args.out);
  });
}

async function runRemove(args: IndexArgs, io: CliIO): Promise<number> {
  const targets = args.targets ?? [];
  if (targets.length === 0) throw new ConfigError('index remove needs ids or paths, e.g. wiretrace index remove sun/wallace.txt --db archive.sqlite');
  const ids: string[] = [];
  for (const target of targets) {
    if (existsSync(target)) {
      const { articles } = await loadArticles([target], ingestOptionsFromArgs(args));
      ids.push(...articles.map((a) => a.id));
    } else ids.push(target);
  }
  return withArchive(args.db, false, async (archive) => {
    const removed = await archive.remove(ids);
    const gone = new Set(removed);
    for (const id of ids) if (!gone.has(id)) io.stderr(`wiretrace: warning: not in the archive: ${terminalText(id)}\n`);
    emit(io, args.json ? `${JSON.stringify({ removed })}\n` : `removed ${removed.length}\n`, args.out);
    return 0;
  });
}

async function runList(args: IndexArgs, io: CliIO): Promise<number> {
  return withArchive(args.db, false, async (archive) => {
    const docs = await archive.list();
    const text = args.json
      ? docs.map((d) => JSON.stringify(d)).join('\n')
      : docs.map((d) => [d.id, d.source ?? '-', d.published ?? '-', d.chars, d.title ?? ''].map((v) => terminalText(String(v))).join('\t')).join('\n');
    emit(io, docs.length ? `${text}\n` : '', args.out);
    return 0;
  });
}

async function runStats(args: IndexArgs, io: CliIO): Promise<number> {
  return withArchive(args.db, false, async (archive) => {
    const s = await archive.stats();
    const perDoc = s.documents ? Math.round(s.bytes / s.documents) : 0;
    const text = args.json
      ? JSON.stringify({ ...s, bytesPerDocument: perDoc })
      : [
          `backend      ${s.backend} (schema v${s.schemaVersion})`,
          `documents    ${s.documents}`,
          `sources      ${s.sources}`,
          `postings     ${s.postings}${s.documents ? ` (${(s.postings / s.documents).toFixed(1)} per document)` : ''}`,
          `profiles     ${s.profiles}`,
          `size         ${s.bytes} bytes${s.documents ? ` (${perDoc} per document)` : ''}`,
        ].join('\n');
    emit(io, `${text}\n`, args.out);
    return 0;
  });
}

/** `wiretrace index add|remove|list|stats`. */
export const indexCommand: Command<IndexArgs> = {
  command: 'index <action> [targets..]',
  describe: 'Build and inspect the archive that check uses: add paths, remove ids or paths, list, stats',
  builder: (yargs: Argv) =>
    withInputOptions(yargs)
      .positional('action', { choices: INDEX_ACTIONS, describe: 'add: archive articles; remove: drop ids or paths; list; stats' })
      .positional('targets', { type: 'string', array: true, describe: 'add: files, directories or globs; remove: document ids or paths' })
      .option('db', { type: 'string', demandOption: true, describe: 'The archive: an SQLite file (made if missing) or a postgres:// URL' })
      .option('batch-size', { type: 'number', describe: 'Documents per transaction (index add) [default: 1000]' })
      .option('workers', { type: 'number', describe: 'Threads that analyse articles while batches are written (0: none) [default: one per core, at most 4, for 400+ articles]' })
      .option('json', { type: 'boolean', default: false, describe: 'Machine output: JSON (stats, add, remove) or JSON Lines (list)' })
      .option('out', { type: 'string', describe: 'Write machine output to this file instead of stdout' })
      .example('$0 index add corpus/ --db archive.sqlite', 'Archive every article under corpus/')
      .example('$0 index stats --db archive.sqlite', 'Documents, sources, postings and size'),
  run: async (args, io) => {
    if (args.batchSize !== undefined && !(Number.isInteger(args.batchSize) && args.batchSize > 0)) {
      throw new ConfigError(`--batch-size must be a positive whole number such as 500 (got '${String(args.batchSize)}')`);
    }
    if (args.workers !== undefined && !(Number.isInteger(args.workers) && args.workers >= 0 && args.workers <= 64)) {
      throw new ConfigError(`--workers must be a whole number from 0 to 64 such as 2 (got '${String(args.workers)}')`);
    }
    switch (args.action) {
      case 'add':
        return runAdd(args, io);
      case 'remove':
        return runRemove(args, io);
      case 'list':
        return runList(args, io);
      case 'stats':
        return runStats(args, io);
    }
  },
};
