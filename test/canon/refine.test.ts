import { describe, expect, it } from 'vitest';
import { clonePartition, individualize, mix32, refine, type PartitionState } from '../../src/canon/kernel/refine.js';
import { randInt, rng } from '../helpers/randomDiagram.js';

/**
 * Reference refinement: whole sweeps with every cell as splitter, in order, until a sweep splits
 * nothing; a cell is split by the sum of mix32(label) its vertices see in the splitter, pieces in
 * increasing order of that sum (stable).
 */
function referenceRefine(lab: number[], sizes: number[], adj: Int32Array, n: number): { lab: number[]; sizes: number[] } {
  let cells: number[][] = [];
  for (let at = 0, k = 0; k < sizes.length; at += sizes[k]!, k++) cells.push(lab.slice(at, at + sizes[k]!));
  let changed = true;
  while (changed) {
    changed = false;
    // splitters are taken by position, as cells ahead of them may split meanwhile
    for (let at = 0; at < n; at += startingAt(cells, at).length) {
      const splitter = startingAt(cells, at);
      const next: number[][] = [];
      for (const cell of cells) {
        const sig = (v: number) => splitter.reduce((s, u) => (adj[v * n + u] !== 0 ? s + mix32(adj[v * n + u]!) : s), 0);
        const sorted = cell.map((v) => [sig(v), v] as const).sort((x, y) => x[0] - y[0]);
        let piece: number[] = [];
        sorted.forEach(([s, v], i) => {
          if (i > 0 && s !== sorted[i - 1]![0]) {
            next.push(piece);
            piece = [];
          }
          piece.push(v);
        });
        next.push(piece);
        if (piece.length !== cell.length) changed = true;
      }
      cells = next;
    }
  }
  return { lab: cells.flat(), sizes: cells.map((c) => c.length) };
}

function startingAt(cells: number[][], at: number): number[] {
  let start = 0;
  for (const c of cells) {
    if (start === at) return c;
    start += c.length;
  }
  throw new Error('no cell starts there');
}

function cellsOf(s: PartitionState): { lab: number[]; sizes: number[] } {
  const sizes: number[] = [];
  for (let a = 0; a < s.n; a += s.cellSize[a]!) sizes.push(s.cellSize[a]!);
  return { lab: [...s.lab], sizes };
}

describe('refine', () => {
  it('gives the ordered equitable partition of whole sweeps, also when only new cells are marked', () => {
    const r = rng(41);
    for (let t = 0; t < 300; t++) {
      const nH = randInt(r, 1, 6);
      const n = nH + randInt(r, 1, 6);
      const adj = new Int32Array(n * n);
      for (let k = randInt(r, 0, 3 * n); k > 0; k--) {
        const h = randInt(r, 0, nH - 1);
        const p = randInt(r, nH, n - 1);
        adj[h * n + p] = adj[p * n + h] = randInt(r, 1, 3);
      }
      const root: PartitionState = { n, lab: new Int32Array(n), cellOf: new Int32Array(n), cellSize: new Int32Array(n) };
      for (let v = 0; v < n; v++) {
        root.lab[v] = v;
        root.cellOf[v] = v < nH ? 0 : nH;
      }
      root.cellSize[0] = nH;
      root.cellSize[nH] = n - nH;
      const sig = new Float64Array(n);
      const order = new Int32Array(n);
      const active = new Uint8Array(n + 1);
      active[0] = active[nH] = 1;
      const expectedRoot = referenceRefine([...root.lab], [nH, n - nH], adj, n);
      refine(root, adj, sig, order, active);
      expect(cellsOf(root)).toEqual(expectedRoot);
      expect([...active].every((x) => x === 0)).toBe(true);
      // individualise a vertex of the first non-singleton cell, marking only the two pieces
      let target = 0;
      while (target < n && root.cellSize[target]! <= 1) target += root.cellSize[target]!;
      if (target >= n) continue;
      const v = root.lab[target + randInt(r, 0, root.cellSize[target]! - 1)]!;
      const child = clonePartition(root);
      individualize(child, v);
      const before = cellsOf(child);
      active[target] = active[target + 1] = 1;
      refine(child, adj, sig, order, active);
      expect(cellsOf(child)).toEqual(referenceRefine(before.lab, before.sizes, adj, n));
      for (let a = 0; a < n; a++) expect(child.cellOf[child.lab[a]!]! <= a).toBe(true);
    }
  });
});
