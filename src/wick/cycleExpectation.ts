/**
 * E[G] for a cycle: G is, apart from isolated nodes, the 2k-cycle C_2k (k H-nodes and k p-nodes
 * alternating, 2k edges of one colour). Then E[G] = E tr((UUᵀ)^k) σ^{2k} (U an H×p Gaussian
 * matrix), given by the zonal-polynomial formula of wishartTraceMoment.ts in time polynomial in
 * k, where the set-partition method grows like Bell(k)·3^k. Each isolated node multiplies by p
 * or H.
 */
import { Poly } from '../rational/index.js';
import { EDGE_STRIDE, edgeCount, type Diagram } from '../diagram/index.js';
import { UnionFind } from '../unionFind.js';
import { wishartTraceMoment } from './wishartTraceMoment.js';

/**
 * k when the non-isolated part of G is a 2k-cycle with all edges of one colour (connected, every
 * non-isolated node of degree 2; k = 1 is a pair of parallel edges), else 0.
 */
export function cycleHalfLength(d: Diagram): number {
  const m = edgeCount(d);
  if (m === 0 || m % 2 !== 0) return 0;
  const degH = new Int32Array(d.nH);
  const degP = new Int32Array(d.nP);
  const colour = d.edges[2]!;
  const uf = new UnionFind(d.nH + d.nP);
  for (let e = 0; e < d.edges.length; e += EDGE_STRIDE) {
    if (d.edges[e + 2] !== colour) return 0;
    degH[d.edges[e]!]!++;
    degP[d.edges[e + 1]!]!++;
    uf.union(d.edges[e]!, d.nH + d.edges[e + 1]!);
  }
  let nH = 0;
  let nP = 0;
  for (const x of degH) if (x !== 0 && x !== 2) return 0;
  for (const x of degP) if (x !== 0 && x !== 2) return 0;
  for (const x of degH) if (x === 2) nH++;
  for (const x of degP) if (x === 2) nP++;
  // m = 2k edges on k + k nodes of degree 2; one class among the non-isolated nodes
  const isolated = d.nH - nH + d.nP - nP;
  if (nH !== m / 2 || nP !== m / 2 || uf.classes !== isolated + 1) return 0;
  return m / 2;
}

/**
 * E[G] when G is a cycle with isolated nodes ({@link cycleHalfLength} > 0), else null.
 *
 * @example
 * ```ts
 * // C_4 = D_4 in SYM ν = 2: E = (p²H + pH² + pH)σ⁴
 * cycleExpectation(makeDiagram(2, 2, [[0, 0, 0], [1, 0, 0], [0, 1, 0], [1, 1, 0]]))!.toString();
 * // "p^2*H*sigma2^2 + p*H^2*sigma2^2 + p*H*sigma2^2"
 * ```
 */
export function cycleExpectation(d: Diagram): Poly | null {
  const k = cycleHalfLength(d);
  if (k === 0) return null;
  const coeff = wishartTraceMoment(k);
  const out = Poly.builder();
  for (let a = 0; a <= k; a++) {
    for (let b = 0; b <= k; b++) {
      const c = coeff[a]![b]!;
      if (c !== 0n) out.add(c, b + d.nP - k, a + d.nH - k, k);
    }
  }
  return out.build();
}
