/**
 * Skipped inputs: one line each, naming the file (and line) and what was done with it
 * (`corpus/logo.png: skipped: binary (PNG image)`), and the `--strict` variant that stops
 * the run instead.
 */
import { InputError } from '../errors.js';
import type { SkippedInput, SkipReason } from '../types.js';

/** Words for each reason, as they appear after `skipped:`. */
const REASON_WORDS: Readonly<Record<SkipReason, string>> = {
  binary: 'binary',
  empty: 'empty',
  'too-large': 'too large',
  unreadable: 'unreadable',
  unsupported: 'unsupported',
  'malformed-json': 'malformed JSON',
  'not-an-article': 'not an article',
  'duplicate-id': 'duplicate id',
  symlink: 'symbolic link',
  'outside-root': 'outside the corpus root',
  limit: 'limit reached',
  timeout: 'time limit',
};

/** Builds a skipped input: `PATH[:LINE]: skipped: REASON (DETAIL)`. */
export function skipInput(path: string, reason: SkipReason, detail?: string, line?: number): SkippedInput {
  const where = line === undefined ? path : `${path}:${line}`;
  const what = detail ? `${REASON_WORDS[reason]} (${detail})` : REASON_WORDS[reason];
  return {
    path,
    reason,
    message: `${where}: skipped: ${what}`,
    ...(line === undefined ? {} : { line }),
  };
}

/** The error `--strict` raises for a skipped input: same words, and says why the run stopped. */
export function strictError(skipped: SkippedInput): InputError {
  return new InputError(`${skipped.message.replace(': skipped: ', ': ')} (stopped: --strict)`, skipped.path);
}

/** Collects skipped inputs, reports each as it comes, and throws on the first one under `strict`. */
export class SkipSink {
  private readonly list: SkippedInput[] = [];

  constructor(private readonly options: { readonly strict?: boolean; readonly onSkip?: (skipped: SkippedInput) => void }) {}

  /** Records one skipped input (throws its InputError under `strict`). */
  add(skipped: SkippedInput): void {
    if (this.options.strict) throw strictError(skipped);
    this.list.push(skipped);
    this.options.onSkip?.(skipped);
  }

  /** Everything recorded, in the order found (files in id order, lines in file order). */
  get skipped(): readonly SkippedInput[] {
    return this.list;
  }
}

/** A short description of a file-system error (`permission denied`, `no longer exists`). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no longer exists: deleted during the run?';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error';
    default:
      return code ? `${code}: ${(error as Error).message}` : String((error as Error)?.message ?? error);
  }
}
