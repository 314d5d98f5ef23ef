/**
 * The regexes provenance composes at run time (src/provenance/patterns.ts), checked with
 * recheck on their built source, as test/regex-safety.test.ts does for literals; plus
 * pathological inputs timed through the functions that use them.
 */
import test from 'ava';
import { check } from 'recheck';
import { findAttributions, findDateline } from '../src/provenance/index.js';
import { COMPOSED_PATTERNS } from '../src/provenance/patterns.js';

test('the composed patterns are all registered', (t) => {
  t.deepEqual([...COMPOSED_PATTERNS.keys()].sort(), ['credit-before', 'day-month-year', 'month-day-year']);
});

test('no composed pattern backtracks catastrophically (recheck)', async (t) => {
  t.timeout(120_000);
  const problems: string[] = [];
  for (const [name, regex] of COMPOSED_PATTERNS) {
    const d = await check(regex.source, regex.flags, { timeout: 20_000 });
    if (d.status !== 'safe') problems.push(`${name}: ${d.status}${d.status === 'vulnerable' ? ` (${d.complexity.type}, e.g. ${JSON.stringify(d.attack.pattern).slice(0, 60)})` : ''}`);
  }
  t.deepEqual(problems, []);
});

test('attribution and dateline scans stay linear on repeated name-like text', (t) => {
  const sizes = [20_000, 200_000];
  for (const unit of ['Told Ab Cd Ef Gh Ij Kl ', 'Sky News ', '22 June 2023, ', 'June 22 ', 'By The Sun\n']) {
    const times = sizes.map((n) => {
      const text = unit.repeat(Math.ceil(n / unit.length));
      const started = performance.now();
      findAttributions(text);
      findDateline(text);
      return performance.now() - started;
    });
    t.true(times[1]! < 2000 || times[1]! / Math.max(times[0]!, 1) < 30, `${JSON.stringify(unit)}: ${times.map((x) => x.toFixed(0)).join(' → ')} ms`);
  }
});
