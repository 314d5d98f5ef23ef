/**
 * Regular expressions that provenance composes from named parts (a publisher-name
 * pattern, month names, cue lists). This is the one place they are built, and every one is
 * registered in `COMPOSED_PATTERNS`, so `test/provenance-regex.test.ts` can check each
 * built source with recheck like the literal regexes of src/ (issue 10: no catastrophic
 * backtracking on hostile text).
 */

/** Every composed pattern by name. */
export const COMPOSED_PATTERNS = new Map<string, RegExp>();

/** Builds a regex from `source` and registers it under `name`. */
export function composed(name: string, source: string, flags: string): RegExp {
  const regex = new RegExp(source, flags);
  COMPOSED_PATTERNS.set(name, regex);
  return regex;
}
