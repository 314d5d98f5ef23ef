/**
 * `--since`: a time window on the archive, as a duration back from now (`14d`, `36h`,
 * `2w`) or a date (`2024-05-01`, any ISO 8601 date-time).
 */
import { ConfigError } from '../errors.js';

const UNIT_MS: Readonly<Record<string, number>> = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** Epoch milliseconds from which archived documents count, for `value` at time `now`. */
export function parseSince(value: string, now: number = Date.now()): number {
  const relative = /^\s*(\d{1,6})\s*([hdw])\s*$/i.exec(value);
  if (relative) return now - Number(relative[1]) * UNIT_MS[relative[2]!.toLowerCase()]!;
  if (/^\d{4}-\d{2}-\d{2}/.test(value.trim())) {
    const ms = Date.parse(value.trim());
    if (Number.isFinite(ms)) return ms;
  }
  throw new ConfigError(`--since must be a duration such as 14d, 36h or 2w, or a date such as 2024-05-01 (got '${value}')`);
}
