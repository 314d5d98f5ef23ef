/**
 * The one file that touches linkedom (the DOM used under Readability): parse HTML into a
 * document, and the small node interface the serialiser reads. Swap the parser here.
 */
import { createRequire } from 'node:module';

/**
 * linkedom is loaded on the first HTML page, not at start-up: it is ~200 files, which every
 * process and every worker thread paid for (~0.15 s each) even for corpora of plain text.
 */
let parseHTML: ((html: string) => unknown) | null = null;

/** The parts of a DOM node the serialiser reads. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

/** A parsed page. */
export interface DomDocument {
  readonly title: string;
  readonly body: DomNode | null;
  readonly documentElement: DomNode;
}

/** Parses an HTML page. */
export function parseDocument(html: string): DomDocument {
  parseHTML ??= (createRequire(import.meta.url)('linkedom') as { parseHTML: (html: string) => unknown }).parseHTML;
  const { document } = parseHTML(html) as { document: DomDocument };
  return document;
}
