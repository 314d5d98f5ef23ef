/**
 * Serialises a DOM subtree block by block into lines of plain text (one block a line,
 * whitespace collapsed), recording for each line the structural role its markup gives
 * (figcaption, nav, aside, headings) and its link density. Iterative walk: no recursion
 * depth limit on hostile, deeply nested pages.
 */
import type { HtmlHint, LineRole } from '../../types.js';
import type { DomNode } from './dom.js';
import { CLASS_BYLINE, CLASS_CAPTION, CLASS_FURNITURE } from './class-cues.js';

/** Elements that start and end a line. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY', 'HTML', 'OPTION', 'LEGEND',
]);

/** Elements whose text is never page text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD', 'TITLE', 'META', 'LINK', 'OBJECT', 'EMBED', 'CANVAS', 'SELECT', 'BUTTON', 'INPUT', 'TEXTAREA']);

/** Roles that markup gives a block. */
const ROLES: Readonly<Record<string, Exclude<LineRole, 'body'>>> = {
  FIGCAPTION: 'caption',
  CAPTION: 'caption',
  NAV: 'nav',
  ASIDE: 'widget',
  FOOTER: 'widget',
  H1: 'headline',
  H2: 'subhead',
  H3: 'subhead',
  H4: 'subhead',
  H5: 'subhead',
  H6: 'subhead',
};

/** Text lines and the hints their markup gave. */
export interface SerializedText {
  readonly text: string;
  readonly hints: readonly HtmlHint[];
}

interface Frame {
  readonly node: DomNode;
  next: number;
}

/** A line's class cue: the one that covers at least half of its characters (caption first, then byline, then furniture). */
function lineClassCue(chars: number, caption: number, byline: number, furniture: number): HtmlHint['classCue'] {
  if (caption * 2 >= chars && caption > 0) return 'caption';
  if (byline * 2 >= chars && byline > 0) return 'byline';
  if (furniture * 2 >= chars && furniture > 0) return 'furniture';
  return undefined;
}

/** Serialises `root` into lines; `cues` holds the class cues of text nodes (class-cues.ts), if read; text nodes with any of the `skipFlags` cues are left out. */
export function serializeBlocks(root: DomNode, cues?: WeakMap<DomNode, number>, skipFlags = 0): SerializedText {
  const lines: string[] = [];
  const hints: HtmlHint[] = [];
  let offset = 0;
  let line = '';
  let linkChars = 0;
  let captionChars = 0;
  let bylineChars = 0;
  let furnitureChars = 0;
  let flags = 0;
  let space = false;
  let linkDepth = 0;
  // Innermost structural role around the current text, by depth.
  const roleStack: Array<{ role: Exclude<LineRole, 'body'>; tag: string }> = [];
  let lineRole: { role: Exclude<LineRole, 'body'>; tag: string } | null = null;

  const flush = () => {
    if (line.length > 0) {
      const start = offset;
      const end = start + line.length;
      const density = linkChars / line.length;
      const classCue = lineClassCue(line.length, captionChars, bylineChars, furnitureChars);
      if (lineRole || density > 0 || classCue) {
        const hint: HtmlHint = { start, end, tag: lineRole ? lineRole.tag.toLowerCase() : 'a', role: lineRole ? lineRole.role : 'promo', linkDensity: Math.round(density * 1000) / 1000 };
        hints.push(classCue ? { ...hint, classCue } : hint);
      }
      lines.push(line);
      offset = end + 1;
    }
    line = '';
    linkChars = 0;
    captionChars = 0;
    bylineChars = 0;
    furnitureChars = 0;
    space = false;
    lineRole = null;
  };

  const addText = (value: string) => {
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      const ws = c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0;
      if (ws) {
        if (line.length > 0) space = true;
        continue;
      }
      if (space) {
        line += ' ';
        if (linkDepth > 0) linkChars++;
        space = false;
      }
      if (line.length === 0) lineRole = roleStack.length > 0 ? roleStack[roleStack.length - 1]! : null;
      line += value[i];
      if (linkDepth > 0) linkChars++;
      if (flags) {
        if (flags & CLASS_CAPTION) captionChars++;
        if (flags & CLASS_BYLINE) bylineChars++;
        if (flags & CLASS_FURNITURE) furnitureChars++;
      }
    }
  };

  const stack: Frame[] = [{ node: root, next: 0 }];
  const leave = (node: DomNode) => {
    const name = node.nodeName.toUpperCase();
    if (name === 'A') linkDepth--;
    if (ROLES[name]) roleStack.pop();
    if (BLOCKS.has(name)) flush();
  };
  const enter = (node: DomNode): boolean => {
    if (node.nodeType === 3) {
      flags = cues ? (cues.get(node) ?? 0) : 0;
      if (flags & skipFlags) return false;
      addText(node.nodeValue ?? '');
      return false;
    }
    if (node.nodeType !== 1) return false;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return false;
    if (node.getAttribute && (node.getAttribute('hidden') !== null || node.getAttribute('aria-hidden') === 'true')) return false;
    if (BLOCKS.has(name)) flush();
    if (name === 'A') linkDepth++;
    const role = ROLES[name];
    if (role) roleStack.push({ role, tag: name });
    return true;
  };
  if (!enter(root)) {
    flush();
    return { text: lines.join('\n'), hints };
  }
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const children = frame.node.childNodes;
    if (frame.next < children.length) {
      const child = children[frame.next++]!;
      if (enter(child)) stack.push({ node: child, next: 0 });
      continue;
    }
    stack.pop();
    leave(frame.node);
  }
  flush();
  return { text: lines.join('\n'), hints };
}
