/**
 * `check --format junit`: JUnit XML, one testcase per incoming file, failing when the file's
 * derivation from an archived document reaches `--fail-on`. No timestamps or timings, so
 * the same check prints the same bytes.
 */
import type { CheckReport, CheckedDoc } from '../check-articles.js';
import { directionText, matchVerdict } from './check-summary.js';
import { xmlEscape } from '../../report/escape.js';

function testcase(doc: CheckedDoc): string {
  const attrs = `name="${xmlEscape(doc.id)}" classname="wiretrace.check${doc.source ? `.${xmlEscape(doc.source)}` : ''}" file="${xmlEscape(doc.path)}"`;
  const details = doc.matches.map((m) => `${doc.id} is ${matchVerdict(m)}; ${directionText(m)}`).join('\n');
  if (doc.failed) {
    const worst = doc.matches.find((m) => m.failing)!;
    const message = `${worst.pair.a.derivation} derived from archived ${worst.archived.id}`;
    return `    <testcase ${attrs}>\n      <failure message="${xmlEscape(message)}" type="${doc.derivation}">${xmlEscape(details)}</failure>\n    </testcase>\n`;
  }
  if (details) return `    <testcase ${attrs}>\n      <system-out>${xmlEscape(details)}</system-out>\n    </testcase>\n`;
  return `    <testcase ${attrs}/>\n`;
}

/** Formats a check report as JUnit XML. */
export function formatCheckJunit(report: CheckReport): string {
  const n = report.documents.length;
  const suite = `wiretrace check (fail on ${report.failOn})`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="wiretrace" tests="${n}" failures="${report.failed}" errors="0">\n` +
    `  <testsuite name="${xmlEscape(suite)}" tests="${n}" failures="${report.failed}" errors="0" skipped="0">\n` +
    report.documents.map(testcase).join('') +
    '  </testsuite>\n' +
    '</testsuites>\n'
  );
}
