/**
 * Union–find over string ids with path compression: the connected components of the
 * story graph and the derivation forest both grow by joining roots.
 */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  /** Adds `id` as its own root (nothing when already there). */
  add(id: string): void {
    if (!this.parent.has(id)) this.parent.set(id, id);
  }

  has(id: string): boolean {
    return this.parent.has(id);
  }

  /** The ids added, in the order they were first added. */
  ids(): IterableIterator<string> {
    return this.parent.keys();
  }

  /** The root of `id`'s set (`id` must have been added). */
  find(id: string): string {
    let root = id;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    let node = id;
    while (node !== root) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  /** Makes the root `child` part of the set rooted at `root` (both must be roots). */
  attach(child: string, root: string): void {
    this.parent.set(child, root);
  }
}
