/**
 * The options shared by every command that reads articles (`scan`, `compare`, `strip`,
 * `check`, `index add` …), declared as data, plus the two pieces a command needs around
 * ingest: turning parsed arguments into {@link IngestOptions}, and a reporter that prints
 * each skipped input as one warning line on stderr and a summary count at the end.
 *
 * Usage in a command:
 * ```ts
 * builder: (y) => withInputOptions(y).positional(…),
 * run: async (args, io) => {
 *   const reporter = createSkipReporter(io, args);
 *   const result = await loadArticles(args.paths, ingestOptionsFromArgs(args, reporter));
 *   …
 *   reporter.summary();
 * }
 * ```
 */
import type { Argv, Options } from 'yargs';
import { DEFAULT_MAX_FILE_BYTES } from '../config.js';
import { ConfigError } from '../errors.js';
import type { IngestOptions } from '../ingest/index.js';
import type { SkippedInput } from '../types.js';
import type { CliIO } from './io.js';

/** The yargs options of every command that reads articles. */
export const inputOptions = {
  strict: {
    type: 'boolean',
    default: false,
    describe: 'Fail (exit 2) on the first unusable input instead of skipping it with a warning',
  },
  'max-file-size': {
    type: 'string',
    describe: `Skip files (JSON Lines: lines) larger than this: bytes, or with a unit (512k, 10MB, 1G) [default: ${formatBytes(DEFAULT_MAX_FILE_BYTES)}]`,
  },
  'max-docs': {
    type: 'number',
    describe: 'Read at most this many documents; the rest are reported as skipped',
  },
  'doc-timeout': {
    type: 'string',
    describe: 'Give up on a document that takes longer than this to process (ms, or 30s, 2m) and report it',
  },
  'follow-symlinks': {
    type: 'boolean',
    default: false,
    describe: 'Follow symbolic links that stay inside the corpus root (links out of it are never followed)',
  },
  quiet: {
    type: 'boolean',
    default: false,
    describe: 'No warning line per skipped input (the summary count is still printed)',
  },
} as const satisfies Record<string, Options>;

/** The parsed values of {@link inputOptions} (yargs gives both spellings; these are the camel-case ones). */
export interface InputArgs {
  readonly strict?: boolean;
  readonly maxFileSize?: string | number;
  readonly maxDocs?: number;
  readonly docTimeout?: string | number;
  readonly followSymlinks?: boolean;
  readonly quiet?: boolean;
}

/** Adds the shared input options to a command's yargs builder. */
export function withInputOptions<T>(yargs: Argv<T>): Argv<T> {
  return yargs.options(inputOptions) as unknown as Argv<T>;
}

const SIZE_UNITS: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};

/**
 * Parses a size such as `10MB`, `512k`, `1.5G` or `2048` into bytes (binary units: 1k = 1024).
 * Throws a ConfigError with an example for anything else.
 */
export function parseSize(value: string | number, option = '--max-file-size'): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value) && value > 0) return Math.floor(value);
  } else {
    const match = /^(\d+(?:\.\d+)?) ?([a-z]*)$/i.exec(value.trim());
    const unit = match ? SIZE_UNITS[match[2]!.toLowerCase()] : undefined;
    if (match && unit !== undefined) {
      const bytes = Math.floor(Number(match[1]) * unit);
      if (bytes > 0) return bytes;
    }
  }
  throw new ConfigError(`${option} must be a positive size such as 10MB, 512k or 1048576 (got '${String(value)}')`);
}

/** Parses a duration such as `30s`, `2m`, `1500ms` or `1500` (milliseconds) into milliseconds. */
export function parseDuration(value: string | number, option = '--doc-timeout'): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value) && value > 0) return Math.floor(value);
  } else {
    const match = /^(\d+(?:\.\d+)?) ?(ms|s|m|min)?$/i.exec(value.trim());
    if (match) {
      const factor = { ms: 1, s: 1000, m: 60_000, min: 60_000 }[(match[2] ?? 'ms').toLowerCase() as 'ms'];
      const ms = Math.floor(Number(match[1]) * factor);
      if (ms > 0) return ms;
    }
  }
  throw new ConfigError(`${option} must be a positive duration such as 30s, 2m or 1500 (ms) (got '${String(value)}')`);
}

/** Turns parsed input arguments into ingest options; `reporter` receives each skip as it is found. */
export function ingestOptionsFromArgs(args: InputArgs, reporter?: SkipReporter): IngestOptions {
  const maxDocs = args.maxDocs;
  if (maxDocs !== undefined && !(Number.isInteger(maxDocs) && maxDocs > 0)) {
    throw new ConfigError(`--max-docs must be a positive whole number such as 10000 (got '${String(maxDocs)}')`);
  }
  return {
    strict: Boolean(args.strict),
    followSymlinks: Boolean(args.followSymlinks),
    ...(args.maxFileSize !== undefined ? { maxFileBytes: parseSize(args.maxFileSize) } : {}),
    ...(maxDocs !== undefined ? { maxDocs } : {}),
    ...(args.docTimeout !== undefined ? { docTimeoutMs: parseDuration(args.docTimeout) } : {}),
    ...(reporter ? { onSkip: reporter.onSkip } : {}),
  };
}

/** Prints skipped inputs as warnings on stderr and a summary count at the end. */
export interface SkipReporter {
  /** Call for each skipped input (pass it as `IngestOptions.onSkip`). Prints `wiretrace: warning: …` unless quiet. */
  readonly onSkip: (skipped: SkippedInput) => void;
  /** Everything reported so far, in order. */
  readonly skipped: readonly SkippedInput[];
  /** Prints `wiretrace: 2 files skipped (1 binary, 1 empty)` when anything was skipped. Returns the line, or null. */
  summary(): string | null;
}

/** A reporter writing to `io.stderr`; `quiet` drops the per-input lines but keeps the summary. */
export function createSkipReporter(io: CliIO, options: { readonly quiet?: boolean } = {}): SkipReporter {
  const skipped: SkippedInput[] = [];
  return {
    skipped,
    onSkip(entry) {
      skipped.push(entry);
      if (!options.quiet) io.stderr(`wiretrace: warning: ${oneLine(entry.message)}\n`);
    },
    summary() {
      const line = summarizeSkipped(skipped);
      if (line) io.stderr(`wiretrace: ${line}\n`);
      return line;
    },
  };
}

/**
 * One line counting skipped inputs by reason: `2 files skipped (1 binary, 1 empty)`, or
 * `1 file and 3 lines skipped (1 binary, 3 malformed-json)` when JSONL lines were skipped.
 * Null when nothing was skipped.
 */
export function summarizeSkipped(skipped: readonly SkippedInput[]): string | null {
  if (skipped.length === 0) return null;
  const lines = skipped.filter((s) => s.line !== undefined).length;
  const files = skipped.length - lines;
  const byReason = new Map<string, number>();
  for (const s of skipped) byReason.set(s.reason, (byReason.get(s.reason) ?? 0) + 1);
  const reasons = [...byReason]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .map(([reason, n]) => `${n} ${reason}`)
    .join(', ');
  const parts = [];
  if (files > 0) parts.push(`${files} ${files === 1 ? 'file' : 'files'}`);
  if (lines > 0) parts.push(`${lines} ${lines === 1 ? 'line' : 'lines'}`);
  return `${parts.join(' and ')} skipped (${reasons})`;
}

/** Keeps a warning on one line: file names may contain newlines or control characters. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point: they are made visible
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : '?'));
}

function formatBytes(bytes: number): string {
  if (bytes % 1024 ** 3 === 0) return `${bytes / 1024 ** 3}G`;
  if (bytes % 1024 ** 2 === 0) return `${bytes / 1024 ** 2}MB`;
  if (bytes % 1024 === 0) return `${bytes / 1024}k`;
  return `${bytes}`;
}
