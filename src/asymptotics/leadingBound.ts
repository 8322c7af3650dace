/**
 * Where the monomials of E[G] can lie, from four counts of the diagram G, and how one merge with
 * a loss diagram moves that region (docs/asymptotics.md §"The leading-terms engine").
 *
 * Support region. In the set-partition form of Wick's theorem (docs/conventions.md §"Wick
 * expectation") E[G] = σ^{2l} Σ (H)_{k_H} (p)_{k_p} Π (r − 1)!!, summed over partitions ρ_H, ρ_p of
 * the H- and p-nodes into k_H, k_p blocks such that every (H-block, p-block, colour) group holds
 * an even number r of edges. The quotient graph (blocks as vertices, non-empty groups as edges)
 * has at most m/2 = l edges (each group holds ≥ 2 of the m edges) and at most c components
 * (c = components of G, isolated nodes counted), so k_H + k_p ≤ l + c (a graph has
 * V ≤ E + components). Since (x)_k = x^k + … + (−1)^{k−1}(k−1)! x, every monomial p^q H^n of
 * E[G] has 1 ≤ q ≤ k_p ≤ n_P, 1 ≤ n ≤ k_H ≤ n_H (0 when the side is empty), q + n ≤ l + c.
 *
 * Parity. The colour-j edges between two blocks are even in number, so every block has even
 * degree in every colour: the nodes of odd degree in some colour ("odd" nodes) lie in blocks of at
 * least two nodes, hence k_H ≤ z_H + o_H/2 (z_H even H-nodes, o_H odd ones), likewise k_p.
 *
 * One merge G ⋆ X (delete an edge of each, identify the endpoints) gives n_H + n_H(X) − 1
 * H-nodes, n_P + n_P(X) − 1 p-nodes, m + m(X) − 2 edges and at most c + c(X) − 1 + β(X)
 * components, β(X) = 1 if X has a bridge (only when both deleted edges are bridges can the
 * merged component fall apart into two). The merged node h ~ h' has the parity vector
 * par(h) + par(h') (each loses one colour-j edge), so 2z_H + o_H grows by at most
 * Σ_{x ∈ X, x ≠ h'} (2 if x even else 1) + [h' odd], maximised over the edges of X; likewise p.
 *
 * Where the model admits it, the region is cut further by q + κn ≤ m/2 + κc (weightedGenus.ts),
 * which holds for every diagram of the series, descendants included (c only grows the bound).
 */
import { EDGE_STRIDE, type Diagram } from '../diagram/index.js';
import { UnionFind } from '../unionFind.js';

/** The four counts of a diagram (or the bounds for a descendant). */
export interface ClassCounts {
  readonly nH: number;
  readonly nP: number;
  /** edges */
  readonly m: number;
  /** connected components, isolated nodes included */
  readonly c: number;
  /** 2z_H + o_H: twice the bound on the number of H-blocks from parity */
  readonly kH2: number;
  /** 2z_P + o_P */
  readonly kP2: number;
}

/** Per node: whether its degree is even in every colour. */
function evenNodes(d: Diagram, skip = -1): { h: boolean[]; p: boolean[] } {
  const parH = new Array<number>(d.nH).fill(0);
  const parP = new Array<number>(d.nP).fill(0);
  for (let e = 0; e < d.edges.length / EDGE_STRIDE; e++) {
    if (e === skip) continue;
    const bit = 1 << d.edges[e * EDGE_STRIDE + 2]!;
    parH[d.edges[e * EDGE_STRIDE]!]! ^= bit;
    parP[d.edges[e * EDGE_STRIDE + 1]!]! ^= bit;
  }
  return { h: parH.map((x) => x === 0), p: parP.map((x) => x === 0) };
}

const weight2 = (even: boolean[], except = -1) => even.reduce((a, x, i) => a + (i === except ? 0 : x ? 2 : 1), 0);

/** Connected components of the diagram on nH + nP nodes (isolated nodes counted), edge `skip` left out. */
export function components(nH: number, nP: number, edges: Int32Array, skip = -1): number {
  const uf = new UnionFind(nH + nP);
  for (let e = 0; e < edges.length / EDGE_STRIDE; e++) {
    if (e !== skip) uf.union(edges[e * EDGE_STRIDE]!, nH + edges[e * EDGE_STRIDE + 1]!);
  }
  return uf.classes;
}

export function classCounts(d: Diagram): ClassCounts {
  const even = evenNodes(d);
  return { nH: d.nH, nP: d.nP, m: d.edges.length / EDGE_STRIDE, c: components(d.nH, d.nP, d.edges), kH2: weight2(even.h), kP2: weight2(even.p) };
}

/** How one merge with X can change the counts (componentwise bounds; exact for n_H, n_P, m). */
export function mergeStep(x: Diagram): ClassCounts {
  const m = x.edges.length / EDGE_STRIDE;
  const c = components(x.nH, x.nP, x.edges);
  let bridge = 0;
  for (let e = 0; e < m && !bridge; e++) if (components(x.nH, x.nP, x.edges, e) > c) bridge = 1;
  const even = evenNodes(x);
  let kH2 = -Infinity;
  let kP2 = -Infinity;
  for (let e = 0; e < m; e++) {
    const h = x.edges[e * EDGE_STRIDE]!;
    const p = x.edges[e * EDGE_STRIDE + 1]!;
    kH2 = Math.max(kH2, weight2(even.h, h) + (even.h[h] ? 0 : 1));
    kP2 = Math.max(kP2, weight2(even.p, p) + (even.p[p] ? 0 : 1));
  }
  return { nH: x.nH - 1, nP: x.nP - 1, m: m - 2, c: c - 1 + bridge, kH2, kP2 };
}

export const addCounts = (a: ClassCounts, b: ClassCounts): ClassCounts => ({
  nH: a.nH + b.nH,
  nP: a.nP + b.nP,
  m: a.m + b.m,
  c: a.c + b.c,
  kH2: a.kH2 + b.kH2,
  kP2: a.kP2 + b.kP2,
});

export const countsKey = (a: ClassCounts): string => `${a.nH},${a.nP},${a.m},${a.c},${a.kH2},${a.kP2}`;

/**
 * reach[k]: the distinct sums of k merge steps (one per loss diagram kind), k = 0..kMax.
 */
export function reachableSteps(steps: readonly ClassCounts[], kMax: number): ClassCounts[][] {
  const uniq = (xs: ClassCounts[]) => [...new Map(xs.map((x) => [countsKey(x), x])).values()];
  const distinct = uniq([...steps]);
  const out: ClassCounts[][] = [[{ nH: 0, nP: 0, m: 0, c: 0, kH2: 0, kP2: 0 }]];
  for (let k = 1; k <= kMax; k++) out.push(uniq(out[k - 1]!.flatMap((a) => distinct.map((b) => addCounts(a, b)))));
  return out;
}

/**
 * The points (q, n) of the support region that are maximal in the product order, calling
 * `visit(q, n)` for each (q ascending). Nothing when the region is empty (then E = 0).
 * `kappas`: the weighted genus bounds q + κn ≤ m/2 + κc proven for the series (weightedGenus.ts).
 */
export function maximalPoints(r: ClassCounts, visit: (q: number, n: number) => void, kappas: readonly number[] = []): void {
  const { T, qLo, qHi, nLo, nHi } = bounds(r);
  let prevN = -1;
  for (let q = Math.min(qHi, T - nLo); q >= qLo; q--) {
    const n = Math.min(nHi, T - q, kappaCap(r, q, kappas));
    if (n < nLo) continue;
    if (n > prevN) visit(q, n);
    prevN = Math.max(prevN, n);
  }
}

function bounds(r: ClassCounts): { T: number; qLo: number; qHi: number; nLo: number; nHi: number } {
  return {
    T: Math.floor(r.m / 2) + r.c,
    qLo: r.nP > 0 ? 1 : 0,
    qHi: Math.min(r.nP, Math.floor(r.kP2 / 2)),
    nLo: r.nH > 0 ? 1 : 0,
    nHi: Math.min(r.nH, Math.floor(r.kH2 / 2)),
  };
}

/** Largest n with q + κn ≤ m/2 + κc for every κ (exact: κ is a multiple of 1/4). */
export function kappaCap(r: { readonly m: number; readonly c: number }, q: number, kappas: readonly number[]): number {
  let cap = Infinity;
  for (const k of kappas) {
    const k4 = Math.round(4 * k);
    cap = Math.min(cap, Math.floor((2 * r.m + k4 * r.c - 4 * q) / k4));
  }
  return cap;
}

/**
 * Largest A·q + B·n over the support region (integers A, B), or null when the region is empty.
 */
export function regionMax(r: ClassCounts, A: number, B: number, kappas: readonly number[] = []): number | null {
  const { T, qLo, qHi, nLo, nHi: nTop } = bounds(r);
  let best: number | null = null;
  for (let q = qLo; q <= qHi; q++) {
    const nHi = Math.min(nTop, T - q, kappaCap(r, q, kappas));
    if (nHi < nLo) break;
    const v = A * q + B * (B >= 0 ? nHi : nLo);
    if (best === null || v > best) best = v;
  }
  return best;
}
