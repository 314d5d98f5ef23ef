/**
 * `npm run golden`: regenerates test/golden/ from the CLI's current output (see
 * scripts/lib/golden-cases.ts for what is pinned). Removes golden files no case writes any
 * more. Review the result with `git diff test/golden` before committing it.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GOLDEN_DIR, goldenOutputs } from './lib/golden-cases.js';

const outputs = await goldenOutputs();
const wanted = new Set(outputs.map((o) => o.name));
for (const dir of readdirSync(GOLDEN_DIR, { withFileTypes: true })) {
  if (!dir.isDirectory()) continue;
  for (const file of readdirSync(path.join(GOLDEN_DIR, dir.name))) {
    if (!wanted.has(`${dir.name}/${file}`)) rmSync(path.join(GOLDEN_DIR, dir.name, file));
  }
}
for (const { name, text } of outputs) {
  const file = path.join(GOLDEN_DIR, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
process.stdout.write(`wrote ${outputs.length} golden files to test/golden/; review them with: git diff --stat test/golden\n`);
