/**
 * Plain Wick's theorem (paper App. B, eqs. aterm–aterm1): sum over all perfect matchings of
 * equal-colour edges. Exponential in the number of edges; the reference for tests and benchmarks.
 */
import { Poly } from '../rational/index.js';
import { colourCounts, edgeCount, EDGE_STRIDE, type Diagram } from '../diagram/index.js';
import { UnionFind } from '../unionFind.js';

/**
 * E[G] by enumerating every perfect matching of equal-colour edges (paper App. B): each matching
 * identifies the endpoints of paired edges and contributes p^q H^n σ^{2l}, with q, n the numbers
 * of p- and H-classes and 2l the number of edges. Zero if some colour has an odd number of edges.
 *
 * Cost is Π_c (n_c − 1)!! union–find steps (n_c edges of colour c): use only for small diagrams
 * (tests, benchmarks); {@link wickExpectation} is the fast method.
 *
 * @example
 * ```ts
 * // SYM ν = 2: E[D_4] = (p²H + pH² + pH)σ⁴
 * wickByPairings(diagramD(makeModel({ nu: 2, scenario: 'sym' }))).toString();
 * ```
 */
export function wickByPairings(d: Diagram): Poly {
  const m = edgeCount(d);
  if (colourCounts(d).some((n) => n % 2 !== 0)) return Poly.ZERO;
  // Edges sorted by colour, so partners of an edge are found among the following ones.
  const order = Array.from({ length: m }, (_, e) => e).sort(
    (a, b) => d.edges[a * EDGE_STRIDE + 2]! - d.edges[b * EDGE_STRIDE + 2]!,
  );
  const h = Int32Array.from(order, (e) => d.edges[e * EDGE_STRIDE]!);
  const p = Int32Array.from(order, (e) => d.edges[e * EDGE_STRIDE + 1]!);
  const c = Int32Array.from(order, (e) => d.edges[e * EDGE_STRIDE + 2]!);
  const used = new Uint8Array(m);
  const ufH = new UnionFind(d.nH);
  const ufP = new UnionFind(d.nP);
  /** Matchings counted by (q, n), key q·(nH+1) + n. */
  const tally = new Map<number, number>();

  const recurse = (from: number): void => {
    let e = from;
    while (e < m && used[e]) e++;
    if (e === m) {
      const key = ufP.classes * (d.nH + 1) + ufH.classes;
      tally.set(key, (tally.get(key) ?? 0) + 1);
      return;
    }
    used[e] = 1;
    for (let f = e + 1; f < m && c[f] === c[e]; f++) {
      if (used[f]) continue;
      used[f] = 1;
      const jh = ufH.link(h[e]!, h[f]!);
      const jp = ufP.link(p[e]!, p[f]!);
      recurse(e + 1);
      ufP.undo(jp);
      ufH.undo(jh);
      used[f] = 0;
    }
    used[e] = 0;
  };
  recurse(0);

  const out = Poly.builder();
  for (const [key, count] of tally) {
    out.add(BigInt(count), Math.floor(key / (d.nH + 1)), key % (d.nH + 1), m / 2);
  }
  return out.build();
}
