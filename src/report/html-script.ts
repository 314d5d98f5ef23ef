/**
 * The script of the HTML report, as text for inlining (its SHA-256 goes into the page's
 * Content-Security-Policy). The program itself is `page/page-script.ts`: a type-checked
 * browser script that the project's tsc compiles next to this module; here its compiled
 * file is read once, at load, and the module wrapper tsc adds (`export {};`) and the source
 * map comment are dropped, so the page stays one self-contained file.
 */
import { readFileSync } from 'node:fs';

/** The compiled page script as it goes into the page's `<script>` element. */
export function pageScriptText(compiled: string): string {
  return compiled
    .replace(/^export \{\};\s*$/m, '')
    .replace(/^\/\/# sourceMappingURL=.*$/m, '')
    .trimEnd();
}

/** The page script (`page/page-script.ts`, compiled). */
export const PAGE_SCRIPT: string = pageScriptText(readFileSync(new URL('./page/page-script.js', import.meta.url), 'utf8'));
