/**
 * Lists every regular expression in src/ with recheck's verdict (safe, polynomial,
 * exponential) — the same check `test/regex-safety.test.ts` runs, printed for review.
 * Run: `npm run build && node dist/scripts/regex-report.js`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from 'recheck';
import { findRegexes, sourceFiles } from '../test/helpers/regex-inventory.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sites = findRegexes(sourceFiles(path.join(repo, 'src')), repo);
for (const site of sites) {
  if (site.source === null) {
    console.log(`${site.where}\tdynamic\t${site.code}`);
    continue;
  }
  const d = await check(site.source, site.flags, { timeout: 10_000 });
  const verdict = d.status === 'vulnerable' ? d.complexity.type : d.status;
  console.log(`${site.where}\t${verdict}\t/${site.source}/${site.flags}`);
}
