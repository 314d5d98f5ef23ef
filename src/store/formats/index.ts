/**
 * Formatters of `check` output: pure `(report, context) => string`, deterministic.
 */
import type { CheckReport } from '../check-articles.js';
import { formatCheckJunit } from './junit.js';
import { formatCheckMarkdown } from './md.js';
import { formatCheckSarif, type SarifContext } from './sarif.js';
import { formatCheckText } from './text.js';

export { formatCheckJunit, formatCheckMarkdown, formatCheckSarif, formatCheckText };

/** Output formats of `check`. */
export const CHECK_FORMATS = ['text', 'json', 'sarif', 'junit', 'md'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** Formats `report` in `format`. */
export function formatCheck(report: CheckReport, format: CheckFormat, context: SarifContext): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'sarif':
      return formatCheckSarif(report, context);
    case 'junit':
      return formatCheckJunit(report);
    case 'md':
      return formatCheckMarkdown(report);
    case 'text':
      return formatCheckText(report);
  }
}
