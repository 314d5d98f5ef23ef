/**
 * The one file that touches linkedom (the DOM used under Readability): parse HTML into a
 * document, and the small node interface the serialiser reads. Swap the parser here.
 */
import { parseHTML } from 'linkedom';

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
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  return document;
}
