/**
 * The one file that touches linkedom (the DOM used under Readability): parse HTML into a
 * document, and the small node interface the serialiser reads. Swap the parser here.
 *
 * linkedom builds the tree as the tags come (htmlparser2), not as the HTML standard's tree
 * builder does: a page that does not start with `<html>` (PHP warnings first, a stray
 * `<style>` or a bare `<head>`) gets that first element as its document element and an empty
 * body, content outside `<body>` (a page with no `<body>` tag, a second `<html>`) hangs
 * beside it, and content whose `<body>` tag was swallowed (an unclosed `<script src>` in the
 * head runs on to the next `</script>`, as in a browser) stays inside `<head>`. `repairTree` puts such a page together as a browser would: one `<html>` with one
 * `<head>` (the metadata elements met before any content) and one `<body>` holding every
 * other node in document order.
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

/** The mutable DOM linkedom gives, as far as the repair uses it. */
interface LiveNode extends DomNode {
  readonly parentNode: LiveNode | null;
  readonly firstChild: LiveNode | null;
  readonly childNodes: ArrayLike<LiveNode>;
  appendChild(node: LiveNode): LiveNode;
  insertBefore(node: LiveNode, before: LiveNode | null): LiveNode;
  removeChild(node: LiveNode): LiveNode;
}
interface LiveDocument {
  readonly documentElement: LiveNode;
  createElement(name: string): LiveNode;
}

/** Elements that belong in `<head>` when they come before any content. */
const HEAD_ELEMENTS = new Set(['TITLE', 'META', 'LINK', 'STYLE', 'SCRIPT', 'BASE', 'NOSCRIPT', 'TEMPLATE']);

/** Parses an HTML page (repairing its tree, see module doc). */
export function parseDocument(html: string): DomDocument {
  parseHTML ??= (createRequire(import.meta.url)('linkedom') as { parseHTML: (html: string) => unknown }).parseHTML;
  let { document } = parseHTML(html) as { document: LiveDocument };
  if (name(document.documentElement) !== 'HTML') {
    // The page's first element is not <html>: parse it again inside one, then repair.
    ({ document } = parseHTML(`<html>${html}</html>`) as { document: LiveDocument });
  }
  if (name(document.documentElement) === 'HTML') repairTree(document);
  return document as unknown as DomDocument;
}

function name(node: DomNode | null | undefined): string {
  return node ? node.nodeName.toUpperCase() : '';
}

function isBlankText(node: DomNode): boolean {
  return node.nodeType === 3 && (node.nodeValue ?? '').trim() === '';
}

/** True when the root already is one <head> and one <body> (the common case: nothing to do). */
function wellFormed(root: LiveNode): boolean {
  let heads = 0;
  let bodies = 0;
  const children = root.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const n = name(child);
    if (n === 'HEAD') {
      heads++;
      if (!headHoldsOnlyMetadata(child)) return false;
    } else if (n === 'BODY') bodies++;
    else if (child.nodeType === 1 || (child.nodeType === 3 && !isBlankText(child))) return false;
  }
  return heads <= 1 && bodies === 1;
}

/** True when every child of a <head> is a metadata element, a comment or blank text. */
function headHoldsOnlyMetadata(head: LiveNode): boolean {
  const children = head.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.nodeType === 1 ? !HEAD_ELEMENTS.has(name(child)) : child.nodeType === 3 && !isBlankText(child)) return false;
  }
  return true;
}

/** Rebuilds the root as one <head> and one <body> (see module doc). Iterative: nested <html> elements are flattened with a stack. */
export function repairTree(document: LiveDocument): void {
  const root = document.documentElement;
  if (wellFormed(root)) return;
  const kids = (node: LiveNode): LiveNode[] => Array.from(node.childNodes);
  let head: LiveNode | null = null;
  let body: LiveNode | null = null;
  for (const child of kids(root)) {
    if (!head && name(child) === 'HEAD') head = child;
    if (!body && name(child) === 'BODY') body = child;
  }
  if (!head) head = root.insertBefore(document.createElement('head'), root.firstChild);
  if (!body) body = root.appendChild(document.createElement('body'));
  // Nodes met before the main <body> go before its first child, in order; later ones after its last.
  const bodyStart = body.firstChild;
  let afterBody = false;
  let content = false;
  let titled = kids(head).some((n) => name(n) === 'TITLE');
  const toBody = (node: LiveNode) => {
    if (node.nodeType === 1 || !isBlankText(node)) content = true;
    if (afterBody) body!.appendChild(node);
    else body!.insertBefore(node, bodyStart);
  };
  const place = (node: LiveNode) => {
    const n = name(node);
    if (n === 'TITLE' && !titled) {
      titled = true;
      head!.appendChild(node);
    } else if (HEAD_ELEMENTS.has(n) && !content) head!.appendChild(node);
    else if (node.nodeType === 8 || isBlankText(node)) node.parentNode?.removeChild(node);
    else toBody(node);
  };
  // A stack of child lists still to place (a nested <html>, <head> or extra <body> pushes its children).
  const work: Array<{ nodes: LiveNode[]; next: number; inHead: boolean }> = [{ nodes: kids(root), next: 0, inHead: false }];
  while (work.length > 0) {
    const frame = work[work.length - 1]!;
    if (frame.next >= frame.nodes.length) {
      work.pop();
      continue;
    }
    const node = frame.nodes[frame.next++]!;
    if (node === head) {
      // Content inside <head> (after a <script src> whose text ran on to a later </script>, a
      // <p> before any <body>) starts the body there, as in a browser: it and all after it move.
      const inHead = kids(head);
      const first = inHead.findIndex((n) => (n.nodeType === 1 ? !HEAD_ELEMENTS.has(name(n)) : n.nodeType === 3 && !isBlankText(n)));
      if (first >= 0) for (const moved of inHead.slice(first)) toBody(moved);
      continue;
    }
    if (node === body) {
      afterBody = true;
      if (kids(body).some((n) => n.nodeType === 1 || !isBlankText(n))) content = true;
      continue;
    }
    const n = name(node);
    if (n === 'HTML' || n === 'HEAD' || n === 'BODY') {
      const children = kids(node);
      node.parentNode?.removeChild(node);
      work.push({ nodes: children, next: 0, inHead: n === 'HEAD' });
      continue;
    }
    if (frame.inHead && !HEAD_ELEMENTS.has(n) && node.nodeType === 1) {
      toBody(node);
      continue;
    }
    place(node);
  }
}
