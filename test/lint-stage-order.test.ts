/**
 * The architecture lint (eslint.config.js, lint/stage-order.js) fails on a back-edge import
 * and on an eslint-disable without a reason, and lets forward imports through: linted as
 * text at made-up paths with the repository's own config, so the rule that `npm run lint`
 * applies is the one tested.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import test from 'ava';
import { ESLint } from 'eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: root });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`);
}

test('a stage importing a later stage is a lint error', async (t) => {
  const found = await problems('src/align/lint-probe.ts', "import { isListed } from '../report/listed.js';\nexport const probe = isListed;\n");
  t.is(found.length, 1, found.join('\n'));
  t.regex(found[0]!, /^wiretrace\/stage-order: 'src\/align\/lint-probe\.ts' \(layer align\) must not import 'src\/report\/listed\.js' \(layer report\)/);
});

test('back-edges are caught from nested folders, re-exports and dynamic imports', async (t) => {
  t.regex((await problems('src/ingest/html/lint-probe.ts', "export { cleanArticle } from '../../clean/index.js';\n")).join('\n'), /stage-order/);
  t.regex((await problems('src/store/lint-probe.ts', "export async function probe() {\n  return import('../cli/main.js');\n}\n")).join('\n'), /stage-order/);
  t.regex((await problems('src/text/lint-probe.ts', "export * from '../pipeline.js';\n")).join('\n'), /layer pipeline/);
});

test('earlier stages, shared types and the own folder are allowed', async (t) => {
  const code = "import type { Pair } from '../types.js';\nimport { analyzeText } from '../text/index.js';\nimport { ALIGN_PROBE } from './constants.js';\nexport const probe = (p: Pair) => [p, analyzeText, ALIGN_PROBE];\n";
  t.deepEqual(await problems('src/align/lint-probe.ts', code), []);
  t.deepEqual(await problems('src/cli/lint-probe.ts', "export { scanCorpus } from '../pipeline.js';\n"), []);
});

test('align never reaches into provenance: judging a pair is the provenance stage\'s own step', async (t) => {
  const code = "import { inferDirection } from '../provenance/index.js';\nexport const probe = inferDirection;\n";
  for (const file of ['src/align/align-pair.ts', 'src/align/compare-pair.ts', 'src/align/other.ts']) t.regex((await problems(file, code)).join('\n'), /stage-order/, file);
});

test('an eslint-disable comment needs a reason', async (t) => {
  const without = '// eslint-disable-next-line no-control-regex\nexport const probe = /[\\x00-\\x1f]/;\n';
  t.regex((await problems('test/lint-probe.ts', without)).join('\n'), /wiretrace\/disable-reason/);
  const withReason = '// eslint-disable-next-line no-control-regex -- control characters are the point here\nexport const probe = /[\\x00-\\x1f]/;\n';
  t.deepEqual(await problems('test/lint-probe.ts', withReason), []);
});
