/**
 * Equitable refinement of an ordered partition of the vertices of a bipartite multigraph whose
 * vertex pairs carry an integer label (a multiset hash of the colours of the parallel edges).
 *
 * The ordered partition is stored nauty-style: `lab` lists the vertices, cells are maximal runs
 * `lab[start..start+size)`, `cellOf[v]` gives the start of v's cell and `cellSize[start]` its size.
 * Only integers and typed arrays here.
 *
 * Every decision depends on labels and cell positions only, never on vertex numbers, so the
 * result is invariant under relabelling (this is what makes the search tree canonical).
 */

/** 32-bit integer mixer (finaliser of MurmurHash3). */
export function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

export interface PartitionState {
  n: number;
  lab: Int32Array;
  /** start of the cell containing each vertex */
  cellOf: Int32Array;
  /** size of the cell starting at each position (0 elsewhere) */
  cellSize: Int32Array;
}

export function clonePartition(s: PartitionState): PartitionState {
  return { n: s.n, lab: s.lab.slice(), cellOf: s.cellOf.slice(), cellSize: s.cellSize.slice() };
}

/**
 * Refine to the coarsest equitable partition finer than the input.
 * `adj[v*n + w]` is the pair label (0 = no edge). Sweeps take the cells in order as splitters and
 * split every cell by the labels its vertices see in the splitter, until a sweep splits nothing.
 * Only cells marked in `active` (by start) are used as splitters: a cell that has not changed
 * since it last split the others cannot split anything. The caller marks the cells that are new
 * (both cells at the root, the two pieces of an individualised cell); refinement marks every cell
 * it creates and leaves `active` all zero.
 * `sig` and `order` are scratch arrays of length n.
 */
export function refine(state: PartitionState, adj: Int32Array, sig: Float64Array, order: Int32Array, active: Uint8Array): void {
  const { n, lab, cellOf, cellSize } = state;
  let changed = true;
  while (changed) {
    changed = false;
    for (let ws = 0; ws < n; ws += cellSize[ws]!) {
      if (active[ws] === 0) continue;
      active[ws] = 0;
      const wSize = cellSize[ws]!;
      for (let cs = 0; cs < n; ) {
        const cSize = cellSize[cs]!;
        if (cSize === 1) {
          cs += 1;
          continue;
        }
        // signature of each vertex of the cell against the splitter cell
        let allEqual = true;
        let first = 0;
        for (let a = 0; a < cSize; a++) {
          const v = lab[cs + a]!;
          let s = 0;
          const row = v * n;
          for (let b = 0; b < wSize; b++) {
            const code = adj[row + lab[ws + b]!]!;
            if (code !== 0) s += mix32(code);
          }
          sig[v] = s;
          if (a === 0) first = s;
          else if (s !== first) allEqual = false;
        }
        if (allEqual) {
          cs += cSize;
          continue;
        }
        // sort the cell by signature (insertion sort: cells are small)
        for (let a = 0; a < cSize; a++) order[a] = lab[cs + a]!;
        for (let a = 1; a < cSize; a++) {
          const v = order[a]!;
          const key = sig[v]!;
          let b = a - 1;
          while (b >= 0 && sig[order[b]!]! > key) {
            order[b + 1] = order[b]!;
            b--;
          }
          order[b + 1] = v;
        }
        let start = cs;
        for (let a = 0; a < cSize; a++) {
          const v = order[a]!;
          lab[cs + a] = v;
          if (a > 0 && sig[v] !== sig[order[a - 1]!]) {
            cellSize[start] = cs + a - start;
            active[start] = 1;
            start = cs + a;
          }
          cellOf[v] = start;
        }
        cellSize[start] = cs + cSize - start;
        active[start] = 1;
        for (let a = cs + 1; a < cs + cSize; a++) if (cellOf[lab[a]!] !== a) cellSize[a] = 0;
        changed = true;
        cs += cSize;
      }
    }
  }
}

/** Move vertex v to a singleton cell at the front of its cell. */
export function individualize(state: PartitionState, v: number): void {
  const { lab, cellOf, cellSize } = state;
  const start = cellOf[v]!;
  const size = cellSize[start]!;
  let at = start;
  while (lab[at] !== v) at++;
  lab[at] = lab[start]!;
  lab[start] = v;
  cellSize[start] = 1;
  cellSize[start + 1] = size - 1;
  for (let a = start + 1; a < start + size; a++) cellOf[lab[a]!] = start + 1;
}
