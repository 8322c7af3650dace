import { describe, expect, it } from 'vitest';
import { UnionFind } from '../src/unionFind.js';
import { randInt, rng } from './helpers/randomDiagram.js';

/** Classes by brute force: repeatedly merge label sets until no pair changes (independent of union–find). */
function labelsByFlooding(n: number, pairs: [number, number][]): number[] {
  const label = Array.from({ length: n }, (_, i) => i);
  let changed = true;
  while (changed) {
    changed = false;
    for (const [a, b] of pairs) {
      const m = Math.min(label[a]!, label[b]!);
      if (label[a] !== m || label[b] !== m) {
        label[a] = m;
        label[b] = m;
        changed = true;
      }
    }
  }
  return label;
}

describe('UnionFind', () => {
  it('union: roots are the smallest members, class count matches flooding', () => {
    const r = rng(11);
    for (let t = 0; t < 200; t++) {
      const n = randInt(r, 1, 30);
      const pairs: [number, number][] = [];
      for (let k = randInt(r, 0, 40); k > 0; k--) pairs.push([randInt(r, 0, n - 1), randInt(r, 0, n - 1)]);
      const uf = new UnionFind(n);
      for (const [a, b] of pairs) uf.union(a, b);
      const expected = labelsByFlooding(n, pairs);
      expect([...uf.roots()]).toEqual(expected);
      expect(uf.classes).toBe(new Set(expected).size);
    }
  });

  it('link / undo: undoing in reverse order restores every earlier state', () => {
    const r = rng(12);
    for (let t = 0; t < 100; t++) {
      const n = randInt(r, 1, 20);
      const uf = new UnionFind(n);
      const pairs: [number, number][] = [];
      const undo: number[] = [];
      const snapshots: { classes: number; roots: number[] }[] = [];
      for (let k = randInt(r, 0, 25); k > 0; k--) {
        snapshots.push({ classes: uf.classes, roots: Array.from({ length: n }, (_, v) => uf.root(v)) });
        const pair: [number, number] = [randInt(r, 0, n - 1), randInt(r, 0, n - 1)];
        pairs.push(pair);
        undo.push(uf.link(...pair));
        // same partition as flooding (roots may differ: compare co-membership)
        const label = labelsByFlooding(n, pairs);
        const together = (same: (a: number, b: number) => boolean) => {
          const out: boolean[] = [];
          for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) out.push(same(a, b));
          return out;
        };
        expect(together((a, b) => uf.root(a) === uf.root(b))).toEqual(together((a, b) => label[a] === label[b]));
        expect(uf.classes).toBe(new Set(label).size);
      }
      while (undo.length > 0) {
        uf.undo(undo.pop()!);
        const s = snapshots.pop()!;
        expect(uf.classes).toBe(s.classes);
        expect(Array.from({ length: n }, (_, v) => uf.root(v))).toEqual(s.roots);
      }
    }
  });
});
