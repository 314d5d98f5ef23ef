import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { Argv } from 'yargs';
import { comparePair } from '../../provenance/index.js';
import { ConfigError, InputError } from '../../errors.js';
import { loadOne, prepareDocument } from '../../pipeline.js';
import type { IngestOptions } from '../../ingest/index.js';
import type { TextDoc } from '../../types.js';
import { formatPairSummary } from '../../report/scan-summary.js';
import { createSkipReporter, ingestOptionsFromArgs, withInputOptions, type InputArgs } from '../input-options.js';
import { emit, type CliIO } from '../io.js';
import type { Command } from './command.js';

interface CompareArgs extends InputArgs {
  readonly files: string[];
  readonly pairs?: string;
  readonly json?: boolean;
  readonly jsonl?: boolean;
  readonly out?: string;
}

/** Documents kept while comparing many pairs (a source text is often compared with many others). */
const PAIRS_CACHE_DOCS = 256;

/** Loads and analyses a file once; ids are the paths as given (`readFrom` is where the file is read, when that differs). */
function documentCache(options: IngestOptions): (path: string, readFrom?: string) => Promise<TextDoc> {
  const cache = new Map<string, TextDoc>();
  return async (path, readFrom = path) => {
    const hit = cache.get(path);
    if (hit) {
      cache.delete(path);
      cache.set(path, hit);
      return hit;
    }
    const article = await loadOne(readFrom, { ...options, strict: true });
    const doc = prepareDocument({ ...article, id: path });
    cache.set(path, doc);
    if (cache.size > PAIRS_CACHE_DOCS) cache.delete(cache.keys().next().value!);
    return doc;
  };
}

/**
 * A path from a pair list as it can be read: as given (relative to the working directory)
 * when that exists, else relative to the list's own folder, so a list written beside its
 * corpus works from anywhere. The pair's ids stay the paths as given.
 */
function resolveListed(path: string, listFile: string): string {
  if (isAbsolute(path) || existsSync(path)) return path;
  const beside = join(dirname(listFile), path);
  return existsSync(beside) ? beside : path;
}

/**
 * Reads `pathA<TAB>pathB` lines; blank lines and `#` comments are ignored, and so are
 * further columns (a labelled list such as eval:reuse's pairs.tsv can be given as it is).
 */
function readPairList(file: string): [string, string][] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`${file}: cannot read the pair list (${(error as NodeJS.ErrnoException).code ?? 'error'})`, file);
  }
  const pairs: [string, string][] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const parts = line.split('\t');
    if (parts.length < 2 || !parts[0] || !parts[1]) {
      throw new InputError(`${file}:${i + 1}: expected 'pathA<TAB>pathB'`, file);
    }
    pairs.push([parts[0], parts[1]]);
  });
  return pairs;
}

/** `wiretrace compare A B` / `wiretrace compare --pairs FILE --jsonl`. */
export const compareCommand: Command<CompareArgs> = {
  command: 'compare [files..]',
  describe: 'Compare two documents (always prints the pair, also for unrelated texts), or many pairs from a list',
  builder: (yargs: Argv) =>
    withInputOptions(yargs)
      .positional('files', { type: 'string', array: true, describe: 'The two files to compare' })
      .option('pairs', { type: 'string', describe: 'Compare every pair listed in FILE (one `pathA<TAB>pathB` a line) in one process' })
      .option('json', { type: 'boolean', default: false, describe: 'Print the pair as JSON' })
      .option('jsonl', { type: 'boolean', default: false, describe: 'With --pairs: one JSON pair object a line, in the order of the list' })
      .option('out', { type: 'string', describe: 'Write the output to FILE instead of stdout' })
      .check((args) => {
        const files = (args.files as string[] | undefined) ?? [];
        if (args.pairs && files.length > 0) throw new ConfigError('give either two files or --pairs FILE, not both');
        if (!args.pairs && files.length !== 2) throw new ConfigError(`compare needs two files (got ${files.length}); e.g. wiretrace compare a.txt b.txt --json`);
        return true;
      })
      .example('$0 compare sun.txt lbc.txt --json', 'one pair object')
      .example('$0 compare --pairs pairs.tsv --jsonl', 'many pairs, one JSON line each'),
  async run(args: CompareArgs, io: CliIO) {
    const reporter = createSkipReporter(io, args);
    const load = documentCache(ingestOptionsFromArgs(args, reporter));
    const list: [string, string][] = args.pairs ? readPairList(args.pairs) : [[args.files[0]!, args.files[1]!]];
    const chunks: string[] = [];
    for (const [pathA, pathB] of list) {
      const from = (p: string) => (args.pairs ? resolveListed(p, args.pairs) : p);
      const pair = comparePair(await load(pathA, from(pathA)), await load(pathB, from(pathB)));
      if (args.jsonl) chunks.push(`${JSON.stringify(pair)}\n`);
      else if (args.json) chunks.push(`${JSON.stringify(pair, null, 2)}\n`);
      else chunks.push(formatPairSummary(pair));
    }
    emit(io, chunks.join(''), args.out);
    reporter.summary();
    return 0;
  },
};
