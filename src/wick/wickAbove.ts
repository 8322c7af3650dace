/**
 * The part of E[G] outside a region that the caller can ignore: Wick's theorem as a sum over
 * matchings of equal-colour edges (wickByPairings.ts), searched depth-first and cut wherever no
 * completion can leave the ignored region (docs/asymptotics.md §"The leading-terms engine").
 *
 * Bound on completions. Pairing edges one pair at a time, let V = q + n be the current numbers of
 * p- and H-classes, P the pairs made, and Q the multigraph on the classes with one edge per pair
 * (between the H- and p-class of the pair). Its cycle rank β = P − V + C(Q) never decreases when
 * pairs are added or classes identified. At the end Q has l edges and at most c components
 * (c = components of G), so the final q + n ≤ l + c − β; also q and n only decrease. So every
 * completion lies in {q ≤ q_now, n ≤ n_now, q + n ≤ l + c − β_now}.
 */
import { Poly } from '../rational/index.js';
import { colourCounts, edgeCount, EDGE_STRIDE, type Diagram } from '../diagram/index.js';
import { UnionFind } from '../unionFind.js';

/**
 * Whether every monomial p^q H^n of the region {q ≤ qMax, n ≤ nMax, q + n ≤ sumMax} may be
 * ignored. Must be monotone: if a region may be ignored, so may every region inside it.
 */
export type IgnoredRegion = (qMax: number, nMax: number, sumMax: number) => boolean;

/**
 * E[G] restricted to the monomials p^q H^n σ^{2l} that `ignore(q, n, q + n)` keeps, exactly
 * (the other monomials are left out); null when the search needs more than `budget` steps.
 *
 * @example
 * ```ts
 * // SYM ν = 2: E[D_4] = (p²H + pH² + pH)σ⁴; keep q + n ≥ 3
 * wickAbove(diagramD(makeModel({ nu: 2, scenario: 'sym' })), (q, n, t) => Math.min(q + n, t) < 3)?.toString();
 * // "p^2*H*sigma2^2 + p*H^2*sigma2^2"
 * ```
 */
export function wickAbove(d: Diagram, ignore: IgnoredRegion, budget = Infinity): Poly | null {
  const m = edgeCount(d);
  if (colourCounts(d).some((n) => n % 2 !== 0)) return Poly.ZERO;
  const l = m / 2;
  const order = Array.from({ length: m }, (_, e) => e).sort((a, b) => d.edges[a * EDGE_STRIDE + 2]! - d.edges[b * EDGE_STRIDE + 2]!);
  const h = Int32Array.from(order, (e) => d.edges[e * EDGE_STRIDE]!);
  const p = Int32Array.from(order, (e) => d.edges[e * EDGE_STRIDE + 1]!);
  const c = Int32Array.from(order, (e) => d.edges[e * EDGE_STRIDE + 2]!);
  const comps = new UnionFind(d.nH + d.nP);
  for (let e = 0; e < m; e++) comps.union(h[e]!, d.nH + p[e]!);
  const top = l + comps.classes;
  const used = new Uint8Array(m);
  const ufH = new UnionFind(d.nH);
  const ufP = new UnionFind(d.nP);
  /** classes joined by identifications and by the pairs' edges: C(Q) plus nothing else */
  const ufQ = new UnionFind(d.nH + d.nP);
  const tally = new Map<number, number>();
  let steps = 0;
  let pairs = 0;

  const recurse = (from: number): boolean => {
    if (++steps > budget) return false;
    const q = ufP.classes;
    const n = ufH.classes;
    const beta = pairs - (q + n) + ufQ.classes;
    if (ignore(q, n, top - beta)) return true;
    let e = from;
    while (e < m && used[e]) e++;
    if (e === m) {
      const key = q * (d.nH + 1) + n;
      tally.set(key, (tally.get(key) ?? 0) + 1);
      return true;
    }
    used[e] = 1;
    for (let f = e + 1; f < m && c[f] === c[e]; f++) {
      if (used[f]) continue;
      used[f] = 1;
      const jh = ufH.link(h[e]!, h[f]!);
      const jp = ufP.link(p[e]!, p[f]!);
      const q1 = ufQ.link(h[e]!, h[f]!);
      const q2 = ufQ.link(d.nH + p[e]!, d.nH + p[f]!);
      const q3 = ufQ.link(h[e]!, d.nH + p[e]!);
      pairs++;
      const ok = recurse(e + 1);
      pairs--;
      ufQ.undo(q3);
      ufQ.undo(q2);
      ufQ.undo(q1);
      ufP.undo(jp);
      ufH.undo(jh);
      used[f] = 0;
      if (!ok) return false;
    }
    used[e] = 0;
    return true;
  };
  if (!recurse(0)) return null;

  const out = Poly.builder();
  for (const [key, count] of tally) out.add(BigInt(count), Math.floor(key / (d.nH + 1)), key % (d.nH + 1), l);
  return out.build();
}
