/**
 * Typed errors with messages a user can act on. The library throws these; only `cli/`
 * turns them into exit codes and one-line messages (never a stack trace for a user error).
 */

/** Base class: every wiretrace error a user can cause. */
export class WiretraceError extends Error {
  /** Exit code the CLI should use. */
  readonly exitCode: number = 2;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** An input file or argument that cannot be used (names the file and the problem). */
export class InputError extends WiretraceError {
  constructor(
    message: string,
    /** The offending file, when there is one. */
    readonly path?: string,
  ) {
    super(message);
  }
}

/** A bad option or option combination. */
export class ConfigError extends WiretraceError {}

/** The archive could not be opened, read or written. */
export class StoreError extends WiretraceError {}
