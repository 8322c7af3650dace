/**
 * Union–find (disjoint sets) on 0..n−1 over typed arrays. A leaf module: every stage may import
 * it, it imports nothing.
 *
 * Two ways to join, not to be mixed on one structure:
 * - {@link UnionFind.union}: the smaller root becomes the root (so every root is the smallest
 *   member of its class), finds halve paths;
 * - {@link UnionFind.link}: union by size without path compression, so that the last joins can be
 *   taken back with {@link UnionFind.undo} (backtracking searches).
 */
export class UnionFind {
  /** parent of each element; roots are their own parent */
  readonly parent: Int32Array;
  /** number of classes */
  classes: number;
  private size: Int32Array | null = null;

  constructor(n: number) {
    const parent = new Int32Array(n);
    for (let i = 0; i < n; i++) parent[i] = i;
    this.parent = parent;
    this.classes = n;
  }

  /** Root of x's class, halving the path on the way. */
  find(x: number): number {
    const parent = this.parent;
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  }

  /** Join the classes of a and b; the smaller root stays the root. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
    this.classes--;
  }

  /** Root of each element (every path compressed): the returned array is `parent` itself. */
  roots(): Int32Array {
    for (let v = 0; v < this.parent.length; v++) this.parent[v] = this.find(v);
    return this.parent;
  }

  /** Root of x's class without changing the structure (for use with {@link link}). */
  root(x: number): number {
    const parent = this.parent;
    while (parent[x] !== x) x = parent[x]!;
    return x;
  }

  /** Join the classes of a and b by size; returns the root that was attached (−1 if already joined). */
  link(a: number, b: number): number {
    if (this.size === null) this.size = new Int32Array(this.parent.length).fill(1);
    const size = this.size;
    let ra = this.root(a);
    let rb = this.root(b);
    if (ra === rb) return -1;
    if (size[ra]! < size[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    size[ra]! += size[rb]!;
    this.classes--;
    return rb;
  }

  /** Undo the {@link link} that attached `child` (links are undone in reverse order). */
  undo(child: number): void {
    if (child < 0) return;
    const root = this.parent[child]!;
    this.parent[child] = child;
    this.size![root]! -= this.size![child]!;
    this.classes++;
  }
}
