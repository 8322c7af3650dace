/**
 * The Pareto polygon of Y_s (paper §5, Fig. 2): the convex hull of the Pareto-optimal monomials in
 * the (s_D, n) plane, with its vertices labelled as in the figure —
 *   A: largest s_D, smallest n          B: largest s_D, largest n
 *   E: smallest s_D, smallest n         D: smallest s_D, largest n (when it differs from E)
 *   C: a vertex of the upper chain strictly between D (or E) and B (C1, C2, … if several),
 * and any other vertex V1, V2, …. Also the common normal (α_p, α_H, α_σ) of the plane carrying the
 * triples (q, n, 2l), normalised to α_p = 1, when the triples are coplanar (paper §5).
 */
import { Rational } from '../rational/index.js';
import type { ParetoTerm } from './paretoFront.js';

/** A point of the polygon: (s_D, n). */
export interface PolygonPoint {
  readonly sD: number;
  readonly n: number;
}

export interface PolygonVertex extends PolygonPoint {
  /** Fig. 2 labels of this vertex (two when D and E coincide) */
  readonly labels: string[];
}

export interface ParetoPolygon {
  /** all Pareto points, ordered by s_D then n */
  readonly points: PolygonPoint[];
  /** hull vertices counter-clockwise, starting at A */
  readonly vertices: PolygonVertex[];
  /** (α_p, α_H, α_σ) with α_p q + α_H n + α_σ·2l constant on the front; null when not coplanar or degenerate */
  readonly normal: [Rational, Rational, Rational] | null;
  /** true when the (q, n, 2l) triples lie in one plane */
  readonly coplanar: boolean;
}

const cross = (o: PolygonPoint, a: PolygonPoint, b: PolygonPoint): number => (a.sD - o.sD) * (b.n - o.n) - (a.n - o.n) * (b.sD - o.sD);

/** Convex hull, counter-clockwise, collinear points dropped (Andrew's monotone chain). */
export function convexHull(points: readonly PolygonPoint[]): PolygonPoint[] {
  const pts = [...new Map(points.map((p) => [`${p.sD},${p.n}`, p])).values()].sort((a, b) => a.sD - b.sD || a.n - b.n);
  if (pts.length <= 2) return pts;
  const lower: PolygonPoint[] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: PolygonPoint[] = [];
  for (const p of [...pts].reverse()) {
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/** The Fig. 2 labels of the hull vertices. */
export function labelVertices(hull: readonly PolygonPoint[]): PolygonVertex[] {
  if (hull.length === 0) return [];
  const maxD = Math.max(...hull.map((v) => v.sD));
  const minD = Math.min(...hull.map((v) => v.sD));
  const pick = (d: number, dir: 1 | -1) => hull.filter((v) => v.sD === d).sort((a, b) => dir * (a.n - b.n))[0]!;
  const A = pick(maxD, 1);
  const B = pick(maxD, -1);
  const E = pick(minD, 1);
  const D = pick(minD, -1);
  const labels = new Map<PolygonPoint, string[]>();
  const add = (v: PolygonPoint, l: string) => labels.set(v, [...(labels.get(v) ?? []), l]);
  add(A, 'A');
  if (B !== A) add(B, 'B');
  if (D !== E && D !== B) add(D, 'D');
  if (E !== A && E !== B) add(E, 'E');
  // upper chain: counter-clockwise from B to D (or E)
  const start = hull.indexOf(B);
  const stop = hull.indexOf(D !== E ? D : E);
  const upper: PolygonPoint[] = [];
  if (start >= 0 && stop >= 0 && start !== stop) {
    for (let i = (start + 1) % hull.length; i !== stop; i = (i + 1) % hull.length) upper.push(hull[i]!);
  }
  upper.reverse(); // left to right, as C sits in Fig. 2
  upper.forEach((v, i) => add(v, upper.length === 1 ? 'C' : `C${i + 1}`));
  // Fig. 2, ASYM odd s: D and E coincide when a C exists between them and B
  if (D === E && upper.length > 0 && E !== A) labels.set(E, ['D', 'E']);
  let other = 0;
  for (const v of hull) if (!labels.has(v)) add(v, `V${++other}`);
  // start at A, counter-clockwise
  const a = hull.indexOf(A);
  return [...hull.slice(a), ...hull.slice(0, a)].map((v) => ({ sD: v.sD, n: v.n, labels: labels.get(v)! }));
}

/** Common normal of the triples (q, n, 2l), or null when they are not coplanar or span less than a plane. */
export function commonNormal(front: readonly ParetoTerm[]): { normal: [Rational, Rational, Rational] | null; coplanar: boolean } {
  const pts = front.map((t) => [Rational.of(t.p), Rational.of(t.H), Rational.of(2 * t.sigma2)] as const);
  if (pts.length < 3) return { normal: null, coplanar: true };
  const o = pts[0]!;
  const sub = (a: readonly Rational[], b: readonly Rational[]) => a.map((x, i) => x.sub(b[i]!));
  let normal: Rational[] | null = null;
  outer: for (let i = 1; i < pts.length; i++) {
    for (let j = i + 1; j < pts.length; j++) {
      const u = sub(pts[i]!, o);
      const v = sub(pts[j]!, o);
      const c = [u[1]!.mul(v[2]!).sub(u[2]!.mul(v[1]!)), u[2]!.mul(v[0]!).sub(u[0]!.mul(v[2]!)), u[0]!.mul(v[1]!).sub(u[1]!.mul(v[0]!))];
      if (c.some((x) => !x.isZero())) {
        normal = c;
        break outer;
      }
    }
  }
  if (!normal) return { normal: null, coplanar: true };
  const dot = (a: readonly Rational[]) => a.reduce((acc, x, i) => acc.add(x.mul(normal[i]!)), Rational.ZERO);
  const c0 = dot(o);
  const coplanar = pts.every((x) => dot(x).equals(c0));
  if (!coplanar) return { normal: null, coplanar };
  const k = normal[0]!.isZero() ? (normal[1]!.isZero() ? normal[2]! : normal[1]!) : normal[0]!;
  const n = normal.map((x) => x.div(k)) as [Rational, Rational, Rational];
  return { normal: n, coplanar };
}

/**
 * The polygon of a Pareto front (coordinates must be integral).
 *
 * @example
 * ```ts
 * const Y3 = lossSeries(makeModel({ nu: 3, scenario: 'asym' }), 3)[3]!;
 * const poly = paretoPolygon(paretoFront(Y3, 3, 3)); // ASYM ν = 3, s = 3
 * poly.vertices.map((v) => v.labels.join('=')); // ["A", "B", "C", "D=E"]
 * poly.normal?.map(String);                     // ["1", "2", "-2/3"]
 * ```
 */
export function paretoPolygon(front: readonly ParetoTerm[]): ParetoPolygon {
  const points = front.map((t) => ({ sD: Number(t.sD.num / t.sD.den), n: t.H }));
  const vertices = labelVertices(convexHull(points));
  return { points, vertices, ...commonNormal(front) };
}
