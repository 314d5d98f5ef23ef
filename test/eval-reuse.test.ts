import test from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, writeCorpus } from '../scripts/gen-reuse.js';
import { readLabelledCorpus } from '../scripts/eval/layout.js';
import { runDetector } from '../scripts/eval/detectors.js';
import { score } from '../scripts/eval-reuse.js';

test('the library and the CLI (`compare --pairs --jsonl`) give the same verdicts and passages on a generated corpus', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-eval-test-'));
  try {
    const opts = { seed: 'eval-test', n: 8, balance: 'even' } as const;
    writeCorpus(generate('edited', opts), dir, opts);
    const corpus = readLabelledCorpus(dir);
    t.is(corpus.pairs.length, 8);
    t.truthy(corpus.spans);
    const lib = await runDetector('lib', corpus.pairs);
    const cli = await runDetector('cli', corpus.pairs);
    t.deepEqual(cli.map((v) => [v.derivation, v.coverage, v.passages]), lib.map((v) => [v.derivation, v.coverage, v.passages]));
    const result = score(corpus, lib, 'lib');
    t.truthy(result.ternary);
    t.truthy(result.pan);
    t.true(result.pan!.recall > 0.5, `char recall ${result.pan!.recall}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
