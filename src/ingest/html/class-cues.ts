/**
 * What a page's class and id names say about its blocks, read before Readability runs (it
 * strips class attributes from the article it returns). Each text node gets the cues of its
 * nearest marked ancestors: `caption` ("wp-caption", "image-caption", "credit"), `furniture`
 * ("comments", "related-posts", "newsletter-signup", "share-tools", "author-bio",
 * "sidebar", "footer") and `byline` ("byline", "author", "timestamp"). Text nodes keep their
 * identity when Readability moves them into its article, so the cues survive into its text.
 * No regular expressions: class names are split on whitespace and tokens matched by
 * prefix after a separator, over at most MAX_CLASS_CHARS characters per element.
 */
import type { DomNode } from './dom.js';

/** Bit flags of class cues. */
export const CLASS_CAPTION = 1;
export const CLASS_FURNITURE = 2;
export const CLASS_BYLINE = 4;
/** A reader-comment thread: a class or id token that starts with "comment" or "disqus", or the id "respond" (the reply form). Stricter than the furniture cue: "has-comments" on an article wrapper is no thread. */
export const CLASS_COMMENT_THREAD = 8;

/** Class/id text read per element (hostile pages have megabyte-long attributes). Characters. */
const MAX_CLASS_CHARS = 300;
/** Elements looked at per page (a pathological page stops being marked, nothing else changes). */
const MAX_MARKED_ELEMENTS = 200_000;

/** Cue words, matched at the start of a class token or of a part after "-" or "_". */
const CUES: ReadonlyArray<readonly [string, number]> = [
  ['caption', CLASS_CAPTION],
  ['credit', CLASS_CAPTION],
  ['comment', CLASS_FURNITURE],
  ['disqus', CLASS_FURNITURE],
  ['related', CLASS_FURNITURE],
  ['recommend', CLASS_FURNITURE],
  ['newsletter', CLASS_FURNITURE],
  ['subscri', CLASS_FURNITURE],
  ['signup', CLASS_FURNITURE],
  ['share', CLASS_FURNITURE],
  ['sharing', CLASS_FURNITURE],
  ['social', CLASS_FURNITURE],
  ['promo', CLASS_FURNITURE],
  ['sponsor', CLASS_FURNITURE],
  ['advert', CLASS_FURNITURE],
  ['trending', CLASS_FURNITURE],
  ['popular', CLASS_FURNITURE],
  ['most-read', CLASS_FURNITURE],
  ['sidebar', CLASS_FURNITURE],
  ['footer', CLASS_FURNITURE],
  ['widget', CLASS_FURNITURE],
  ['breadcrumb', CLASS_FURNITURE],
  ['author-bio', CLASS_FURNITURE],
  ['bio', CLASS_FURNITURE],
  ['disclaimer', CLASS_FURNITURE],
  ['copyright', CLASS_FURNITURE],
  ['byline', CLASS_BYLINE],
  ['author', CLASS_BYLINE],
  ['timestamp', CLASS_BYLINE],
  ['dateline', CLASS_BYLINE],
];

/** Containers whose own classes say nothing about a block (a body "has-sidebar" covers the article too). */
const IGNORED = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

function isSeparator(c: number): boolean {
  return c === 45 || c === 95 || c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

/** Cue flags of one class or id attribute value. */
export function classFlags(value: string): number {
  const v = value.length > MAX_CLASS_CHARS ? value.slice(0, MAX_CLASS_CHARS).toLowerCase() : value.toLowerCase();
  let flags = 0;
  for (const [cue, flag] of CUES) {
    if (flags & flag) continue;
    let at = v.indexOf(cue);
    while (at >= 0) {
      if (at === 0 || isSeparator(v.charCodeAt(at - 1))) {
        // "bio" only as a whole part ("author-bio", not "biology"); longer cues may run on ("comments", "related-posts").
        const end = at + cue.length;
        if (cue.length > 3 || end === v.length || isSeparator(v.charCodeAt(end))) {
          flags |= flag;
          break;
        }
      }
      at = v.indexOf(cue, at + 1);
    }
  }
  return flags;
}

/** CLASS_COMMENT_THREAD when a class or id value names a comment thread (see there), else 0. */
export function commentThreadFlag(value: string, isId: boolean): number {
  const v = value.length > MAX_CLASS_CHARS ? value.slice(0, MAX_CLASS_CHARS).toLowerCase() : value.toLowerCase();
  for (const token of v.split(' ')) {
    if (token.startsWith('comment') || token.startsWith('disqus')) return CLASS_COMMENT_THREAD;
    if (isId && token === 'respond') return CLASS_COMMENT_THREAD;
  }
  return 0;
}

/** Class cue flags of every text node under `root` that has any (iterative walk); under `root` itself (an element, never read as text), the union of all of them. */
export function markClassCues(root: DomNode): WeakMap<DomNode, number> {
  const marks = new WeakMap<DomNode, number>();
  const stack: Array<{ node: DomNode; flags: number }> = [{ node: root, flags: 0 }];
  let seen = 0;
  let union = 0;
  while (stack.length > 0 && seen < MAX_MARKED_ELEMENTS) {
    const { node, flags } = stack.pop()!;
    seen++;
    if (node.nodeType === 3) {
      if (flags) {
        marks.set(node, flags);
        union |= flags;
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    let own = flags;
    if (node.getAttribute && !IGNORED.has(node.nodeName.toUpperCase())) {
      const cls = node.getAttribute('class');
      const id = node.getAttribute('id');
      if (cls) own |= classFlags(cls) | commentThreadFlag(cls, false);
      if (id) own |= classFlags(id) | commentThreadFlag(id, true);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, flags: own });
  }
  marks.set(root, union);
  return marks;
}
