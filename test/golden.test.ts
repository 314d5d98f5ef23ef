/**
 * Golden files (issue 15 item 3): the CLI's JSON report, summary, Markdown, `strip --jsonl`
 * and SARIF for corpus/ and for the three seeds must match test/golden/ byte for byte. A
 * change on purpose is made by `npm run golden`, and the diff of test/golden/ is reviewed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import test from 'ava';
import { GOLDEN_DIR, goldenOutputs, type GoldenOutput } from '../scripts/lib/golden-cases.js';

const HINT = 'run `npm run golden` and review the diff (git diff test/golden)';

let outputs: Promise<GoldenOutput[]> | null = null;
const all = (): Promise<GoldenOutput[]> => (outputs ??= goldenOutputs());

/** Where two texts first differ, as a few readable lines. */
export function firstDifference(expected: string, actual: string): string {
  const e = expected.split('\n');
  const a = actual.split('\n');
  let line = 0;
  while (line < e.length && line < a.length && e[line] === a[line]) line++;
  const show = (s: string | undefined) => (s === undefined ? '(end of file)' : JSON.stringify(s.length > 200 ? `${s.slice(0, 200)}…` : s));
  return `first difference at line ${line + 1}:\n- golden: ${show(e[line])}\n+ now:    ${show(a[line])}`;
}

const NAMES = ['scan.json', 'summary.txt', 'report.md', 'strip.jsonl', 'check.sarif'];
for (const label of ['corpus', 'seeds']) {
  for (const file of NAMES) {
    const name = `${label}/${file}`;
    test(`golden: ${name}`, async (t) => {
      const output = (await all()).find((o) => o.name === name);
      if (!output) return t.fail(`no golden case makes ${name}`);
      const golden = path.join(GOLDEN_DIR, name);
      if (!existsSync(golden)) return t.fail(`test/golden/${name} is missing: ${HINT}`);
      const expected = readFileSync(golden, 'utf8');
      if (output.text === expected) return t.pass();
      t.fail(`test/golden/${name} differs from the CLI's output; ${firstDifference(expected, output.text)}\n${HINT}`);
    });
  }
}

test('golden: every file in test/golden/ is made by a case, and every case has its file', async (t) => {
  const onDisk = readdirSync(GOLDEN_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(path.join(GOLDEN_DIR, d.name)).map((f) => `${d.name}/${f}`))
    .sort();
  t.deepEqual(onDisk, (await all()).map((o) => o.name).sort(), HINT);
});

test('golden: the difference hint points at the first changed line', (t) => {
  t.is(firstDifference('a\nb\nc', 'a\nx\nc'), 'first difference at line 2:\n- golden: "b"\n+ now:    "x"');
  t.is(firstDifference('a', 'a\nb'), 'first difference at line 2:\n- golden: (end of file)\n+ now:    "b"');
});
