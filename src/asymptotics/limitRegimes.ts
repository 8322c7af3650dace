/**
 * First-order regimes from a description of the fronts for all s (docs/asymptotics.md §"SYM with
 * odd ν"): the bounded faces of the limit polytope P_∞ = lim P_s / s, P_s = conv(front of Y_s) +
 * cone(−e_p, −e_H). Each vertex of P_{s₂} and the vertex of P_{s₁} that the same weight selects
 * belong to one family of vertices; when the families are affine in s between s₁ and s₂ (checked
 * against a third order s₃ = 2s₂ − s₁), their difference over s₂ − s₁ is a vertex of P_∞: the
 * per-order growth of that family. Along a scaling α the leading exponent of Y_s then grows by
 * h_{P_∞}(α) per order; families that differ by O(1) (B and C, D and E of the paper's polygons)
 * coincide in P_∞, so the faces here are the first-order ones.
 */
import { Rational } from '../rational/index.js';
import { faceVertices, interiorDirection, leadingFaces, sub3, type Vec3 } from './newtonPolyhedron.js';
import {
  byFaceKind,
  conditionsOf,
  expo,
  faceName,
  frontPoints,
  interpretationOf,
  parameterizationOf,
  prepare,
  type Condition,
  type OrderFront,
  type Regime,
} from './regimes.js';
import type { Exponents } from './theorem41.js';

/** A vertex of P_∞: its label (the paper's polygon labels where its family carries one) and per-order growth. */
export interface LimitVertex {
  readonly label: string;
  /** per-order exponents of p, H, σ (rational) */
  readonly growth: readonly [Rational, Rational, Rational];
  /** per-order growth of s_R (0: the family has a bounded number of R factors) */
  readonly sR: Rational;
}

export interface LimitRegimes {
  readonly vertices: LimitVertex[];
  readonly regimes: Regime[];
  /** the orders s₁ < s₂ < s₃ read */
  readonly orders: [number, number, number];
}

/** The points that can be vertices: within a column (one σ power), the ends of its straight pieces. */
function columnEnds(e: readonly Exponents[]): Exponents[] {
  const at = new Map(e.map((x) => [`${x.sigma2},${x.H}`, x.p]));
  return e.filter((x) => {
    const prev = at.get(`${x.sigma2},${x.H - 1}`);
    const next = at.get(`${x.sigma2},${x.H + 1}`);
    return prev === undefined || next === undefined || prev + next !== 2 * x.p;
  });
}

/** Per vertex of the front at s₂: the vertex at s₁ that its weight selects, as index pairs. */
function families(a: OrderFront, b: OrderFront): [number, number][] {
  const out: [number, number][] = [];
  for (const face of b.faces) {
    if (face.dim !== 0 || face.points.length !== 1) continue;
    const alpha = interiorDirection(face);
    let best = -Infinity;
    let at: number[] = [];
    for (const j of a.vertices) {
      const v = alpha[0] * a.x[j]![0] + alpha[1] * a.x[j]![1] + alpha[2] * a.x[j]![2];
      if (v > best) [best, at] = [v, [j]];
      else if (v === best) at.push(j);
    }
    if (at.length === 1) out.push([at[0]!, face.points[0]!]);
  }
  return out;
}

const key3 = (v: Vec3) => v.join(',');

/**
 * The first-order regimes of fronts described by `exponents` (e.g. conjecturedOddSymTerms), read at
 * s₁ < s₂ and checked at s₃ = 2s₂ − s₁ (throws a RangeError when a family is not affine there).
 * `balance` is the step up the free column (H/p^{(ν−1)/2} for SYM with odd ν) that decides the
 * parameterization.
 */
export function limitRegimes(nu: number, exponents: (s: number) => Exponents[], s1: number, s2: number, balance: Vec3): LimitRegimes {
  const s3 = 2 * s2 - s1;
  const front = (s: number) => prepare(s, frontPoints(nu, s, columnEnds(exponents(s))));
  const [f1, f2, f3] = [front(s1), front(s2), front(s3)];
  const L = s2 - s1;
  // growth of each family from s₁ to s₂, and again from s₂ to s₃
  const step = (a: OrderFront, b: OrderFront) => new Map(families(a, b).map(([i, j]) => [key3(b.x[j]!), { d: sub3(b.x[j]!, a.x[i]!), j, dsR: b.pts[j]!.sR - a.pts[i]!.sR }]));
  const first = step(f1, f2);
  const second = new Set([...step(f2, f3).values()].map((g) => key3(g.d)));
  for (const g of first.values()) {
    if (!second.has(key3(g.d))) throw new RangeError(`limit regimes: a vertex family is not affine between s = ${s1}, ${s2}, ${s3}`);
  }
  // the limit polytope, scaled by L: one point per distinct growth, labelled as at s₂
  const byGrowth = new Map<string, { d: Vec3; labels: string[]; rank: number; dsR: number }>();
  let unnamed = 0;
  for (const g of first.values()) {
    const k = key3(g.d);
    if (byGrowth.has(k)) continue;
    const own = f2.labelsOf.get(g.j) ?? [];
    const polygonLabels = own.filter((l) => !l.includes('+'));
    const labels = polygonLabels.length > 0 ? polygonLabels : [unnamed++ === 0 ? 'M' : `M${unnamed}`];
    byGrowth.set(k, { d: g.d, labels, rank: f2.rank.get(own[0] ?? '') ?? 0, dsR: g.dsR });
  }
  const entries = [...byGrowth.values()];
  const x = entries.map((e) => e.d);
  const faces = leadingFaces(x);
  const vertexIdx = [...new Set(faces.filter((f) => f.dim === 0).flatMap((f) => faceVertices(x, f.points)))];
  const labelsOf = new Map<number, string[]>();
  const labelAt = new Map<string, number>();
  const rank = new Map<string, number>();
  entries.forEach((e, i) => {
    if (!vertexIdx.includes(i)) return;
    labelsOf.set(i, e.labels);
    for (const l of e.labels) {
      labelAt.set(l, i);
      rank.set(l, e.rank);
    }
  });
  const edges = faces
    .filter((f) => f.dim === 1)
    .map((f) => faceVertices(x, f.points))
    .filter((v) => v.length === 2)
    .map((v) => [v[0]!, v[1]!] as [number, number]);
  const limit: OrderFront = { s: L, pts: [], x, labelAt, labelsOf, rank, faces, vertices: vertexIdx, edges };
  const perOrder = (d: Vec3): [Rational, Rational, Rational] => [Rational.of(d[0], L), Rational.of(d[1], L), Rational.of(d[2], L)];
  const vertices: LimitVertex[] = vertexIdx.map((i) => ({ label: entries[i]!.labels.join('='), growth: perOrder(x[i]!), sR: Rational.of(entries[i]!.dsR, L) }));
  const regimes: Regime[] = [];
  for (const face of faces) {
    const verts = faceVertices(x, face.points).filter((i) => vertexIdx.includes(i));
    if (verts.length === 0) continue;
    const conditions: Condition[] = conditionsOf(limit, verts, false).map(({ monomial, relation }) => ({ monomial, relation }));
    // the per-order monomial of the face's simplest vertex (fewest variables)
    const nonzero = (i: number) => x[i]!.filter((v) => v !== 0).length;
    const base = [...verts].sort((a, b) => nonzero(a) - nonzero(b))[0]!;
    const [p, H, sigma] = perOrder(x[base]!);
    const grows = verts.some((i) => entries[i]!.dsR !== 0);
    const learning: Regime['learning'] = grows ? 'rich' : 'none';
    const parameterization = parameterizationOf(face, balance);
    regimes.push({
      face: faceName(limit, verts, labelAt.size),
      conditions,
      naturalT: { p: expo(p), H: expo(H), sigma: expo(sigma) },
      parameterization,
      learning,
      interpretation: interpretationOf(learning, parameterization, !grows, face.dim),
    });
  }
  regimes.sort(byFaceKind);
  return { vertices, regimes, orders: [s1, s2, s3] };
}
