/**
 * Issue 10, part 3: every regular expression in src/ is checked with recheck for
 * catastrophic backtracking. Exponential is never allowed. Polynomial (e.g. `\s+$`
 * searched over 100k spaces is quadratic) and regexes built at run time are allowed only
 * when listed below with the reason they cannot meet hostile article text of any length.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import test from 'ava';
import { check } from 'recheck';
import { findRegexes, sourceFiles, type RegexSite } from './helpers/regex-inventory.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Regexes that are polynomial, unknown or dynamic, and why that is fine. Key: file and
 * pattern source (or the code, for dynamic ones), not the line, so edits elsewhere in the
 * file do not invalidate an entry.
 */
const REVIEWED: readonly { readonly file: string; readonly pattern: string; readonly reason: string }[] = [
  {
    file: 'src/provenance/patterns.ts',
    pattern: 'new RegExp(source, flags)',
    reason: 'the one builder of provenance’s composed patterns; each built source is registered and checked with recheck in test/provenance-regex.test.ts',
  },
];

function reviewed(site: RegexSite): string | null {
  const key = site.source ?? site.code;
  return REVIEWED.find((r) => r.file === site.file && r.pattern === key)?.reason ?? null;
}

const sites = findRegexes(sourceFiles(path.join(repo, 'src')), repo);

test('the inventory finds the regexes in src/ (literals and new RegExp)', (t) => {
  t.true(sites.length >= 10, `found ${sites.length}`);
  t.true(sites.some((s) => s.file === 'src/ingest/published.ts' && s.source?.startsWith('^(\\d{4})-')));
  const probe = findRegexes([fileURLToPath(new URL('../../test/helpers/regex-probe.ts', import.meta.url))], repo);
  t.deepEqual(
    probe.map((s) => [s.source, s.flags]),
    [
      ['a+b', 'g'],
      ['^x\\d$', 'i'],
      [null, ''],
    ],
    'finds literals, constant new RegExp, and marks built ones dynamic; not strings or comments',
  );
});

test('no regular expression in src/ backtracks catastrophically', async (t) => {
  t.timeout(120_000);
  const problems: string[] = [];
  for (const site of sites) {
    if (site.source === null) {
      if (!reviewed(site)) problems.push(`${site.where}: regex built at run time (${site.code}); review it and list it in REVIEWED with a reason`);
      continue;
    }
    const diagnostics = await check(site.source, site.flags, { timeout: 10_000 });
    if (diagnostics.status === 'safe') continue;
    const what =
      diagnostics.status === 'vulnerable'
        ? `${diagnostics.complexity.type} backtracking, e.g. on ${JSON.stringify(diagnostics.attack.pattern).slice(0, 80)}`
        : `recheck could not decide (${diagnostics.status})`;
    if (diagnostics.status === 'vulnerable' && diagnostics.complexity.type === 'exponential') {
      problems.push(`${site.where}: /${site.source}/${site.flags}: ${what}`);
    } else if (!reviewed(site)) {
      problems.push(`${site.where}: /${site.source}/${site.flags}: ${what}; rewrite it, or list it in REVIEWED with the reason it is bounded`);
    }
  }
  t.deepEqual(problems, []);
});

test('recheck itself flags the classic bad patterns (so a pass above means something)', async (t) => {
  const exponential = await check('^(a+)+$', '');
  t.is(exponential.status, 'vulnerable');
  t.is(exponential.status === 'vulnerable' ? exponential.complexity.type : null, 'exponential');
  const quadratic = await check('\\s+$', '');
  t.is(quadratic.status === 'vulnerable' ? quadratic.complexity.type : null, 'polynomial');
});
