/**
 * The walker: command-line inputs (directories, files, globs) → the files to read, each
 * with its document id, in a deterministic order (by id). Directories are walked
 * recursively; globs are expanded with fast-glob. Symbolic links inside a directory are
 * not followed unless asked, and never when they lead out of the corpus root or back into
 * a folder being walked (a loop). Hidden files and folders (`.git`, `.DS_Store`) are not
 * articles and are passed over; sidecars (`NAME.meta.json`) likewise.
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { InputError } from '../errors.js';
import type { DocFormat, SkippedInput } from '../types.js';
import { FORMAT_BY_EXTENSION, MAX_SYMLINK_DEPTH, SIDECAR_SUFFIX } from './constants.js';
import { describeFsError, skipInput } from './skip.js';

/** One file to read. */
export interface InputFile {
  /** The path to open, also used in messages (`corpus/the-sun/wallace.txt`). */
  readonly path: string;
  /**
   * The document id (`/`-separated): with one input, the path relative to the directory (or
   * the glob's base) named on the command line, or the path as given for a file named
   * directly; with several inputs, the path relative to their common parent directory, so
   * `corpus/the-sun corpus/lbc` gives `the-sun/wallace.txt` and `lbc/wallace.txt`, the
   * same ids as `corpus` alone.
   */
  readonly id: string;
  /** The format its extension says, or null when the extension is not an article format (read only to say why it is skipped). */
  readonly format: DocFormat | null;
  /** The first directory under the corpus root (the contract's fallback for `source`; with several inputs the root is their common parent), or null. */
  readonly folderSource: string | null;
  /** Index of the command-line input it came from (ties between equal ids go to the earlier input). */
  readonly input: number;
  /** Its sidecar `NAME.meta.json` when the walk saw one; null when it saw none; absent when not known (then the reader looks). */
  readonly sidecar?: string | null;
}

/** Options of the walker. */
export interface WalkOptions {
  /** Follow symbolic links that stay inside the corpus root. */
  readonly followSymlinks?: boolean;
  /** Called with the number of files found so far each time the walk finds one (a scan starts its threads once there are enough). */
  readonly onFilesFound?: (count: number) => void;
}

/** The files found, sorted by id, and what the walk passed over with a reason. */
export interface InputListing {
  readonly files: readonly InputFile[];
  readonly skipped: readonly SkippedInput[];
}

/**
 * Lists the files named by `inputs`. Throws InputError (exit 2) for an input that does not
 * exist, cannot be read, or is a glob matching nothing: those are mistakes on the command
 * line, not bad files in a corpus.
 */
export async function listInputFiles(inputs: readonly string[], options: WalkOptions = {}): Promise<InputListing> {
  if (inputs.length === 0) throw new InputError('no input named: give a directory, file or glob');
  const files: InputFile[] = [];
  const skipped: SkippedInput[] = [];
  const common = inputs.length > 1 ? commonParent(inputs) : null;
  inputs.forEach((input, index) => {
    const walker = new Walker(index, options, files, skipped, common);
    walker.addInput(input);
  });
  skipped.sort((x, y) => compare(x.path, y.path));
  return { files: sortAndDedupe(files), skipped };
}

/** The format an article file name says (`.txt` → `txt`), or null. Sidecars are never articles. */
export function formatOf(fileName: string): DocFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(SIDECAR_SUFFIX)) return null;
  const dot = lower.lastIndexOf('.');
  if (dot <= 0) return null;
  return (FORMAT_BY_EXTENSION as Readonly<Record<string, DocFormat>>)[lower.slice(dot + 1)] ?? null;
}

/** The sidecar's file name for an article file name: `wallace.txt` → `wallace.meta.json`. */
export function sidecarName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return `${dot > 0 ? fileName.slice(0, dot) : fileName}${SIDECAR_SUFFIX}`;
}

/** True for a metadata sidecar (`NAME.meta.json`). */
export function isSidecar(fileName: string): boolean {
  return fileName.toLowerCase().endsWith(SIDECAR_SUFFIX);
}

/** What the walker needs of a directory entry (node's Dirent and fast-glob's both fit). */
interface EntryKind {
  readonly name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

interface Frame {
  /** Directory to read, as a path to open. */
  readonly dir: string;
  /** Its path relative to the corpus root, `/`-separated ('' for the root; with several inputs, an input's path below their common parent). */
  readonly rel: string;
  /** True for the directory named on the command line (an unreadable one is a command-line mistake, not a skip). */
  readonly top?: boolean;
  /** Real paths of the directories this one lies in, through followed links (for loop checks). */
  readonly chain: readonly string[];
  readonly links: number;
}

class Walker {
  constructor(
    private readonly input: number,
    private readonly options: WalkOptions,
    private readonly files: InputFile[],
    private readonly skipped: SkippedInput[],
    /** With several inputs, the absolute common parent directory that ids are relative to; null with one input. */
    private readonly common: string | null,
  ) {}

  /** The id prefix of a path (a directory named on the command line, or a glob's base): its place below the common parent, or '' with one input. */
  private prefixOf(dir: string): string {
    return this.common === null ? '' : toPosix(path.relative(this.common, path.resolve(dir)));
  }

  addInput(input: string): void {
    let stats;
    try {
      stats = statSync(input);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code === 'ENOENT' || code === 'ENOTDIR') && fg.isDynamicPattern(input)) return this.addGlob(input);
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(`${input}: no such file or directory`, input);
      throw new InputError(`${input}: cannot be read (${describeFsError(error)})`, input);
    }
    if (stats.isDirectory()) {
      const root = realRoot(input);
      return this.walk([{ dir: input, rel: this.prefixOf(input), chain: [root], links: 0, top: true }], root);
    }
    if (stats.isFile()) {
      if (this.common !== null) {
        const rel = toPosix(path.relative(this.common, path.resolve(input)));
        const slash = rel.indexOf('/');
        this.files.push({ path: input, id: rel, format: formatOf(input), folderSource: slash > 0 ? rel.slice(0, slash) : null, input: this.input });
        return;
      }
      this.files.push({ path: input, id: input, format: formatOf(input), folderSource: null, input: this.input });
      return;
    }
    throw new InputError(`${input}: not a regular file or directory`, input);
  }

  private addGlob(pattern: string): void {
    const base = fg.generateTasks([pattern])[0]?.base ?? '.';
    const entries = fg.sync(pattern, {
      onlyFiles: false,
      followSymbolicLinks: false,
      objectMode: true,
      suppressErrors: true,
      dot: false,
      unique: true,
    });
    if (entries.length === 0) throw new InputError(`${pattern}: no files match this pattern`, pattern);
    const root = realRoot(base);
    const dirs: Frame[] = [];
    const prefix = this.prefixOf(base);
    for (const entry of entries.sort((x, y) => compare(x.path, y.path))) {
      const below = path.posix.relative(base, entry.path);
      const rel = prefix === '' ? below : `${prefix}/${below}`;
      const parent: Frame = { dir: path.dirname(entry.path), rel: parentRel(rel), chain: [root], links: 0 };
      const dir = this.addEntry(entry.dirent, entry.path, rel, parent, root);
      if (dir) dirs.push(dir);
    }
    this.walk(dirs, root);
  }

  /** Walks directories (the frames given, and everything below them); `root` is the corpus root's real path. */
  private walk(stack: Frame[], root: string): void {
    while (stack.length > 0) {
      const frame = stack.pop()!;
      let entries: EntryKind[];
      try {
        entries = readdirSync(frame.dir, { withFileTypes: true });
      } catch (error) {
        if (frame.top) {
          throw new InputError(`${frame.dir}: cannot be read (${describeFsError(error)})`, frame.dir);
        }
        this.skipped.push(skipInput(`${frame.dir}/`, 'unreadable', `directory: ${describeFsError(error)}`));
        continue;
      }
      // Reverse order on the stack so that directories are visited in name order (output is sorted anyway).
      const sorted = entries.sort((x, y) => compare(y.name, x.name));
      const names = new Set(sorted.map((entry) => entry.name));
      // `path.join(frame.dir, name)` for every entry, its directory normalised once: an entry's name has no separator and is never `.` or `..`.
      const prefix = path.join(frame.dir, '_').slice(0, -1);
      for (const entry of sorted) {
        const childRel = frame.rel === '' ? entry.name : `${frame.rel}/${entry.name}`;
        const dirChild = this.addEntry(entry, prefix + entry.name, childRel, frame, root, names);
        if (dirChild) stack.push(dirChild);
      }
    }
  }

  /** Handles one directory entry; returns a frame when it is a directory to walk. */
  private addEntry(entry: EntryKind, full: string, rel: string, parent: Frame, root: string, siblings?: ReadonlySet<string>): Frame | null {
    if (entry.name.startsWith('.')) return null;
    if (entry.isDirectory()) {
      return { dir: full, rel, chain: parent.chain, links: parent.links };
    }
    if (entry.isFile()) {
      this.addFile(full, rel, siblings);
      return null;
    }
    if (entry.isSymbolicLink()) return this.followLink(full, rel, parent, root, siblings);
    this.skipped.push(skipInput(full, 'unsupported', 'not a regular file (a device, socket or pipe)'));
    return null;
  }

  private addFile(full: string, rel: string, siblings?: ReadonlySet<string>): void {
    const name = rel.slice(rel.lastIndexOf('/') + 1);
    if (isSidecar(name)) return;
    const slash = rel.indexOf('/');
    const sidecar = sidecarName(name);
    this.files.push({
      path: full,
      id: rel,
      format: formatOf(name),
      folderSource: slash > 0 ? rel.slice(0, slash) : null,
      input: this.input,
      ...(siblings ? { sidecar: siblings.has(sidecar) ? path.join(path.dirname(full), sidecar) : null } : {}),
    });
    this.options.onFilesFound?.(this.files.length);
  }

  private followLink(full: string, rel: string, parent: Frame, root: string, siblings?: ReadonlySet<string>): Frame | null {
    if (!this.options.followSymlinks) {
      this.skipped.push(skipInput(full, 'symlink', 'not followed; --follow-symlinks follows links inside the corpus root'));
      return null;
    }
    let target: string;
    try {
      target = realpathSync(full);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ELOOP' ? 'symbolic link loop' : code === 'ENOENT' ? 'broken symbolic link' : describeFsError(error);
      this.skipped.push(skipInput(full, code === 'ELOOP' ? 'symlink' : 'unreadable', reason));
      return null;
    }
    if (!isInside(root, target)) {
      this.skipped.push(skipInput(full, 'outside-root', 'a link to a path outside the corpus root is never followed'));
      return null;
    }
    let stats;
    try {
      stats = lstatSync(target);
    } catch (error) {
      this.skipped.push(skipInput(full, 'unreadable', describeFsError(error)));
      return null;
    }
    if (stats.isFile()) {
      this.addFile(full, rel, siblings);
      return null;
    }
    if (!stats.isDirectory()) {
      this.skipped.push(skipInput(full, 'unsupported', 'link to something that is not a file or directory'));
      return null;
    }
    const parentReal = safeRealpath(parent.dir);
    const chain = parentReal ? [...parent.chain, parentReal] : parent.chain;
    if (chain.some((dir) => dir === target || isInside(target, dir)) || parent.links >= MAX_SYMLINK_DEPTH) {
      this.skipped.push(skipInput(full, 'symlink', 'symbolic link loop: it leads back into a folder being read'));
      return null;
    }
    return { dir: full, rel, chain: [...chain, target], links: parent.links + 1 };
  }
}

/** Sorts by id (then input, then path) and drops exact repeats (the same file reached twice under the same id). */
function sortAndDedupe(files: InputFile[]): InputFile[] {
  files.sort((x, y) => compare(x.id, y.id) || x.input - y.input || compare(x.path, y.path));
  const out: InputFile[] = [];
  for (const file of files) {
    const last = out[out.length - 1];
    if (last && last.id === file.id && path.resolve(last.path) === path.resolve(file.path)) continue;
    out.push(file);
  }
  return out;
}

/** Code-unit order: the same on every machine and locale. */
export function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function realRoot(dir: string): string {
  return safeRealpath(dir) ?? path.resolve(dir);
}

function safeRealpath(p: string): string | null {
  try {
    return realpathSync(p);
  } catch {
    return null;
  }
}

/** True when `child` is `parent` or lies inside it (both real, absolute paths). */
function isInside(parent: string, child: string): boolean {
  if (child === parent) return true;
  const prefix = parent.endsWith(path.sep) ? parent : parent + path.sep;
  return child.startsWith(prefix);
}

/**
 * The deepest directory holding every input (absolute): a directory counts as itself, a
 * file as its folder, a glob as its base. `corpus/the-sun corpus/lbc` → `…/corpus`.
 */
function commonParent(inputs: readonly string[]): string {
  const dirs = inputs.map((input) => {
    let stats;
    try {
      stats = statSync(input);
    } catch {
      // A glob, or an input that does not exist (the walk reports it).
      return path.resolve(fg.isDynamicPattern(input) ? (fg.generateTasks([input])[0]?.base ?? '.') : path.dirname(input));
    }
    return path.resolve(stats.isDirectory() ? input : path.dirname(input));
  });
  let common = dirs[0]!.split(path.sep);
  for (const dir of dirs.slice(1)) {
    const parts = dir.split(path.sep);
    let n = 0;
    while (n < common.length && n < parts.length && common[n] === parts[n]) n++;
    common = common.slice(0, n);
  }
  return common.join(path.sep) || path.sep;
}

function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

function parentRel(rel: string): string {
  const slash = rel.lastIndexOf('/');
  return slash < 0 ? '' : rel.slice(0, slash);
}
