/**
 * The golden outputs (issue 15 item 3): what the CLI prints for the shipped corpus/ and for
 * the three seed articles alone, run in-process exactly as a user would run it. One list,
 * used by `npm run golden` (scripts/update-golden.ts, which writes them into test/golden/)
 * and by test/golden.test.ts (which compares the CLI's output with them byte for byte).
 *
 * Files are kept reviewable: the JSON report and SARIF are pretty-printed by the tool itself,
 * `strip --jsonl` is one line per document, the summary and Markdown are plain text. When a
 * change alters an output on purpose, run `npm run golden` and review `git diff test/golden`.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

/** The repository root (this file runs as dist/scripts/lib/golden-cases.js). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where the golden files live, relative to the repository root. */
export const GOLDEN_DIR = path.join(REPO_ROOT, 'test', 'golden');

/** The seed articles, laid out by publisher as in corpus/ (the way test/golden-seeds.test.ts copies them). */
export const SEED_IDS = ['the-sun/wallace-nato.txt', 'sky-news/wallace-nato.txt', 'lbc/wallace-nato.txt'] as const;

/** One golden file: its name under test/golden/ and the command's output. */
export interface GoldenOutput {
  readonly name: string;
  readonly text: string;
}

async function run(args: readonly string[], okCodes: readonly number[] = [0]): Promise<string> {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    stderrIsTTY: false,
  };
  const code = await main([...args], io);
  if (!okCodes.includes(code)) throw new Error(`wiretrace ${args.join(' ')} exited ${code}: ${err}`);
  return out;
}

/** The outputs for one corpus directory, named `<label>/<file>`. */
async function corpusOutputs(label: string, root: string, work: string): Promise<GoldenOutput[]> {
  const md = path.join(work, `${label}.md`);
  const json = await run(['scan', root, '--json', '--md', md]);
  const summary = await run(['scan', root]);
  const strip = await run(['strip', root, '--jsonl']);
  const db = path.join(work, `${label}.sqlite`);
  await run(['index', 'add', root, '--db', db]);
  // Every article checked against an archive of them all (an article is never compared with itself): exit 1 means reuse was found.
  const sarif = await run(['check', root, '--db', db, '--format', 'sarif'], [0, 1]);
  return [
    { name: `${label}/scan.json`, text: json },
    { name: `${label}/summary.txt`, text: summary },
    { name: `${label}/report.md`, text: readFileSync(md, 'utf8') },
    { name: `${label}/strip.jsonl`, text: strip },
    { name: `${label}/check.sarif`, text: sarif },
  ];
}

/** Every golden output, in a fixed order: corpus/ first, then the seeds. */
export async function goldenOutputs(): Promise<GoldenOutput[]> {
  const work = mkdtempSync(path.join(tmpdir(), 'wiretrace-golden-'));
  const cwd = process.cwd();
  try {
    // Inputs are named by relative paths, as a user would (SARIF gives file paths relative to the working directory).
    process.chdir(REPO_ROOT);
    const corpus = await corpusOutputs('corpus', 'corpus', work);
    for (const id of SEED_IDS) {
      mkdirSync(path.dirname(path.join(work, 'seeds', id)), { recursive: true });
      cpSync(path.join(REPO_ROOT, 'corpus', id), path.join(work, 'seeds', id));
    }
    process.chdir(work);
    return [...corpus, ...(await corpusOutputs('seeds', 'seeds', work))];
  } finally {
    process.chdir(cwd);
    rmSync(work, { recursive: true, force: true });
  }
}
