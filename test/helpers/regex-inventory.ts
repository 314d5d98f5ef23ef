/**
 * Finds every regular expression in `src/**\/*.ts`: regex literals and `new RegExp(…)` /
 * `RegExp(…)` calls, with the file and line, using the TypeScript parser (so regexes in
 * strings or comments are not mistaken for code, and none is missed by a text search).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One regular expression in the source. */
export interface RegexSite {
  /** `src/ingest/published.ts:12` */
  readonly where: string;
  readonly file: string;
  readonly line: number;
  /** The pattern, or null when it is built at run time (then `code` says how). */
  readonly source: string | null;
  readonly flags: string;
  /** The expression as written. */
  readonly code: string;
}

/** Every `.ts` file below `dir`, sorted. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out.sort();
}

/** Every regex in the given files; paths in `where` are relative to `base`. */
export function findRegexes(files: readonly string[], base: string): RegexSite[] {
  const sites: RegexSite[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const rel = path.relative(base, file).split(path.sep).join('/');
    const add = (node: ts.Node, source: string | null, flags: string): void => {
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      sites.push({ where: `${rel}:${line}`, file: rel, line, source, flags, code: node.getText(sf) });
    };
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf);
        const slash = literal.lastIndexOf('/');
        add(node, literal.slice(1, slash), literal.slice(slash + 1));
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        const constant = (arg: ts.Expression | undefined): string | null =>
          arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) ? arg.text : null;
        add(node, constant(pattern), constant(flags) ?? '');
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return sites;
}
