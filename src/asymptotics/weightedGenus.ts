/**
 * A weighted genus bound for the leading-terms engine (docs/asymptotics.md §"Weighted genus"):
 * for every diagram G of a merge series and every partition of its nodes whose groups are even,
 *
 *   k_p + κ k_H ≤ m/2 + κ c                                                         (★)
 *
 * (k_p, k_H blocks, m edges, c components), for some κ > 1 that depends on the model. With κ = 1
 * this is the genus bound of leadingBound.ts; a larger κ makes every H-block beyond the first of a
 * component cost a cycle or a group of four edges, which is what keeps H-heavy weights low.
 *
 * (★) is proven by induction over the merges, and the induction needs only two finite checks,
 * done here by brute force on the start and loss diagrams, so that the engine uses (★) only for
 * models where they hold. Write, for any partition π (even or not) with odd groups O,
 *
 *   Φ(G, π) = k_p + κ k_H − m/2 − κ c − Σ_u w_u · |units of kind u touched by O|,
 *
 * the kinds u being H-blocks, (H-block, colour) pairs, p-blocks, (p-block, colour) pairs, and the
 * odd groups themselves, with weights w_u ≥ 0 (a certificate). Claim: Φ ≤ 0 for every member.
 *  - Base: Φ(X₀, π) ≤ 0 for every start diagram X₀ and every partition π.
 *  - Step: for G′ = G ⋆ X (edge e of G and e′ = (h′, P′) of X deleted, h ≡ h′, P ≡ P′) and any π′,
 *    restrict π′ to the nodes of G (π_G) and of X (π_X); S_H, S_p are the blocks of π_X that meet
 *    G (they contain h′, P′). Then k′ = k_G + k_X − |S| on each side, m′ = m_G + m_X − 2, c′ ≥ c_G
 *    (X connected), and the odd groups satisfy O′ = O_G Δ O_X (e, e′ lie in one group). A unit on
 *    a block of G alone is touched by O_G iff by O′; one on a block of X alone is touched by O′ iff
 *    by O_X (credit); a unit on a shared block is touched by O_G and not by O′ only if it is
 *    touched by an odd group of X inside S_H × S_p and by no other odd group of X (gain); and
 *    |O_G| − |O′| ≤ 2·|O_X ∩ (S_H × S_p)| − |O_X|. So with the hypothesis for G,
 *      Φ(G′, π′) ≤ k_X,p + κ k_X,H − |S_p| − κ|S_H| − (m_X/2 − 1) + Σ_u w_u (gain_u − credit_u),
 *    and the step holds when this is ≤ 0 for every X, e′, π_X, S_H ∋ block(h′), S_p ∋ block(P′).
 * For an even π, Φ ≤ 0 is (★); the monomials p^q H^n of E[G] have q ≤ k_p, n ≤ k_H.
 *
 * The certificate is searched on a grid of quarters (all arithmetic in integers, times 4).
 */
import { EDGE_STRIDE, type Diagram } from '../diagram/index.js';
import { firstRestrictedGrowth, nextRestrictedGrowth } from '../wick/index.js';
import { components } from './leadingBound.js';

/** A proven (★): κ and the certificate's weights [H, H·colour, p, p·colour, group]. */
export interface WeightedGenus {
  readonly kappa: number;
  readonly weights: readonly number[];
}

/** Diagrams with more nodes than this are not checked (no bound is claimed for them). */
const MAX_NODES = 9;
const KINDS = 5;
/** candidate weights, in quarters */
const GRID = [0, 1, 2, 3, 4, 6];

/** Set partitions of 0..n−1 as restricted growth strings (the Wick kernel's enumeration). */
function partitions(n: number): Int32Array[] {
  const a = new Int32Array(n);
  const prefixMax = new Int32Array(n);
  firstRestrictedGrowth(a, prefixMax, n);
  const out = [a.slice()];
  while (nextRestrictedGrowth(a, prefixMax, n)) out.push(a.slice());
  return out;
}

const blockCount = (rg: Int32Array) => (rg.length === 0 ? 0 : Math.max(...rg) + 1);

/** Odd groups [H-block, p-block, colour] of a partition. */
function oddGroups(d: Diagram, rh: Int32Array, rp: Int32Array): [number, number, number][] {
  const count = new Map<string, number>();
  for (let e = 0; e < d.edges.length / EDGE_STRIDE; e++) {
    const k = `${rh[d.edges[e * EDGE_STRIDE]!]},${rp[d.edges[e * EDGE_STRIDE + 1]!]},${d.edges[e * EDGE_STRIDE + 2]}`;
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  return [...count].filter(([, v]) => v % 2 === 1).map(([k]) => k.split(',').map(Number) as [number, number, number]);
}

type Group = [number, number, number];
const UNIT: ((g: Group) => number)[] = [(g) => g[0], (g) => g[0] * 64 + g[2], (g) => g[1], (g) => g[1] * 64 + g[2]];
const SIDE = [0, 0, 1, 1];
const units = (gs: Group[], u: number) => new Set(gs.map(UNIT[u]!));

/**
 * Rows r of the linear conditions r[0] + Σ_u w_u r[1+u] ≤ 0 (all in quarters), for κ = kappa4/4.
 */
function conditions(start: readonly Diagram[], loss: readonly Diagram[], kappa4: number): number[][] {
  const rows = new Map<string, number[]>();
  const add = (r: number[]) => rows.set(r.join(','), r);
  for (const d of start) {
    const m = d.edges.length / EDGE_STRIDE;
    const c = components(d.nH, d.nP, d.edges);
    for (const rh of partitions(d.nH)) {
      for (const rp of partitions(d.nP)) {
        const odd = oddGroups(d, rh, rp);
        const v0 = 4 * blockCount(rp) + kappa4 * blockCount(rh) - (2 * m + kappa4 * c);
        add([v0, ...[0, 1, 2, 3].map((u) => -4 * units(odd, u).size), -4 * odd.length]);
      }
    }
  }
  for (const x of loss) {
    const m = x.edges.length / EDGE_STRIDE;
    const seen = new Set<string>();
    const parts = partitions(x.nH).flatMap((rh) => partitions(x.nP).map((rp) => ({ rh, rp, odd: oddGroups(x, rh, rp) })));
    for (let e = 0; e < m; e++) {
      const h1 = x.edges[e * EDGE_STRIDE]!;
      const p1 = x.edges[e * EDGE_STRIDE + 1]!;
      const key = `${h1},${p1},${x.edges[e * EDGE_STRIDE + 2]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const { rh, rp, odd } of parts) {
        const nb = blockCount(rh);
        const pb = blockCount(rp);
        for (let SH = 0; SH < 1 << nb; SH++) {
          if (!((SH >> rh[h1]!) & 1)) continue;
          for (let SP = 0; SP < 1 << pb; SP++) {
            if (!((SP >> rp[p1]!) & 1)) continue;
            const shared = (g: Group) => ((SH >> g[0]) & 1) === 1 && ((SP >> g[1]) & 1) === 1;
            const healed = odd.filter(shared);
            const out = odd.filter((g) => !shared(g));
            const v0 = 4 * pb + kappa4 * nb - 4 * popcount(SP) - kappa4 * popcount(SH) - (2 * m - 4);
            const feats = [0, 1, 2, 3].map((u) => {
              const outU = units(out, u);
              const gain = [...units(healed, u)].filter((t) => !outU.has(t)).length;
              const onShared = (g: Group) => (SIDE[u] === 0 ? (SH >> g[0]) & 1 : (SP >> g[1]) & 1) === 1;
              const credit = units(out.filter((g) => !onShared(g)), u).size;
              return 4 * (gain - credit);
            });
            add([v0, ...feats, 4 * (2 * healed.length - odd.length)]);
          }
        }
      }
    }
  }
  return [...rows.values()];
}

function popcount(x: number): number {
  let c = 0;
  for (; x; x >>= 1) c += x & 1;
  return c;
}

/** Weights (in quarters) on the grid satisfying every row, or null. */
function certificate(rows: number[][]): number[] | null {
  const w = new Array<number>(KINDS).fill(0);
  const rec = (i: number): boolean => {
    if (i === KINDS) return rows.every((r) => r[0]! * 4 + w.reduce((a, x, u) => a + x * r[u + 1]!, 0) <= 0);
    for (const g of GRID) {
      w[i] = g;
      if (rec(i + 1)) return true;
    }
    return false;
  };
  return rec(0) ? [...w] : null;
}

/**
 * The bounds (★) proven for a merge series with these start and loss diagrams: for each
 * candidate κ (in halves, from 3/2 up to 1 + half the largest p-node count), whether the base and step conditions have a
 * certificate. Empty when a diagram is too large to check or not connected (loss diagrams).
 *
 * @example
 * ```ts
 * const sym4 = lossDiagrams(makeModel({ nu: 4, scenario: 'sym' })).terms.map((t) => t.form.diagram);
 * weightedGenusBounds(sym4, sym4).map((b) => b.kappa); // [2, 1.5]
 * ```
 */
export function weightedGenusBounds(start: readonly Diagram[], loss: readonly Diagram[]): WeightedGenus[] {
  const all = [...start, ...loss];
  if (all.some((d) => d.nH + d.nP > MAX_NODES)) return [];
  if (loss.some((d) => components(d.nH, d.nP, d.edges) !== 1)) return [];
  const top = Math.max(4, 2 * Math.max(...all.map((d) => d.nP)) + 4);
  const out: WeightedGenus[] = [];
  // κ = kappa4/4, in halves, largest first
  for (let kappa4 = top; kappa4 >= 6; kappa4 -= 2) {
    const w = certificate(conditions(start, loss, kappa4));
    if (w) out.push({ kappa: kappa4 / 4, weights: w.map((x) => x / 4) });
  }
  return out;
}
