/**
 * The faces of a Pareto front that can lead as p, H → ∞ (paper §5): with monomials
 * p^q H^n σ^t as points x = (q, n, t) of Z³ and a scaling direction α = (α_p, α_H, α_σ)
 * (eq. alphascaling), the leading monomials maximise α·x. With α_p, α_H > 0 the leading sets are
 * exactly the bounded faces of the polyhedron conv(front) + cone(−e_p, −e_H). Facets are
 * found by brute force over point triples (exact integer arithmetic: the exponents are small).
 */

export type Vec3 = readonly [number, number, number];

export const sub3 = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const dot3 = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross3 = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/** The primitive integer vector on the ray of v (v ≠ 0). */
export function primitive(v: Vec3): Vec3 {
  const g = gcd(gcd(v[0], v[1]), v[2]);
  return g === 0 ? v : [v[0] / g + 0, v[1] / g + 0, v[2] / g + 0];
}

/** Recession directions: lowering the power of p or of H keeps a monomial subleading. */
export const RECESSION: readonly Vec3[] = [
  [-1, 0, 0],
  [0, -1, 0],
];

export interface Facet {
  /** primitive outward normal, α_p ≥ 0, α_H ≥ 0 */
  readonly normal: Vec3;
  /** indices of the front points on the facet */
  readonly points: number[];
}

export interface Face {
  /** indices of the front points on the face */
  readonly points: number[];
  /** the facets containing it (their normals generate its normal cone) */
  readonly facets: Facet[];
  /** dimension of the face (0, 1, 2) */
  readonly dim: number;
}

/** Affine dimension of a point set. */
export function affineDim(pts: readonly Vec3[]): number {
  if (pts.length <= 1) return 0;
  const d = pts.slice(1).map((p) => sub3(p, pts[0]!));
  if (d.every((v) => v[0] === 0 && v[1] === 0 && v[2] === 0)) return 0;
  for (let i = 0; i < d.length; i++) for (let j = i + 1; j < d.length; j++) {
    const c = cross3(d[i]!, d[j]!);
    if (c[0] !== 0 || c[1] !== 0 || c[2] !== 0) {
      return d.every((v) => dot3(v, c) === 0) ? 2 : 3;
    }
  }
  return 1;
}

/** Facets of conv(points) + cone(−e_p, −e_H) with their point sets. */
export function facets(points: readonly Vec3[]): Facet[] {
  const candidates = new Map<string, Vec3>();
  const addCand = (c: Vec3) => {
    if (c[0] === 0 && c[1] === 0 && c[2] === 0) return;
    for (const v of [primitive(c), primitive([-c[0], -c[1], -c[2]])]) {
      if (v[0] >= 0 && v[1] >= 0) candidates.set(v.join(','), v);
    }
  };
  // a front inside a plane together with the recession directions (e.g. one σ power only, as
  // for the zero target) leaves the plane's normal free: it joins the directions of every facet
  const free = lineality(points);
  const gens = [...RECESSION, ...free];
  for (let i = 0; i < gens.length; i++) for (let j = i + 1; j < gens.length; j++) addCand(cross3(gens[i]!, gens[j]!));
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const d = sub3(points[j]!, points[i]!);
      for (const r of gens) addCand(cross3(d, r));
      for (let k = j + 1; k < points.length; k++) addCand(cross3(d, sub3(points[k]!, points[i]!)));
    }
  }
  const out: Facet[] = [];
  for (const c of candidates.values()) {
    let best = -Infinity;
    for (const p of points) best = Math.max(best, dot3(c, p));
    const on = points.map((p, i) => (dot3(c, p) === best ? i : -1)).filter((i) => i >= 0);
    // a facet: the points on it, together with the recession directions it contains, span a plane
    const dirs = [...RECESSION, ...free].filter((r) => dot3(c, r) === 0);
    const pts = on.map((i) => points[i]!);
    const span = [...pts.slice(1).map((p) => sub3(p, pts[0]!)), ...dirs];
    if (rank(span) === 2) out.push({ normal: c, points: on });
  }
  return out;
}

/** ± the normal of the plane spanned by the front and the recession directions, if they span only a plane. */
function lineality(points: readonly Vec3[]): Vec3[] {
  const span = [...points.slice(1).map((p) => sub3(p, points[0]!)), ...RECESSION];
  if (rank(span) === 3) return [];
  for (const a of span) for (const b of span) {
    const n = cross3(a, b);
    if (!isZero3(n)) return [primitive(n), primitive([-n[0], -n[1], -n[2]])];
  }
  return [];
}

export const isZero3 = (v: Vec3): boolean => v[0] === 0 && v[1] === 0 && v[2] === 0;

function rank(vs: readonly Vec3[]): number {
  const nz = vs.filter((v) => v[0] !== 0 || v[1] !== 0 || v[2] !== 0);
  if (nz.length === 0) return 0;
  let r = 1;
  for (let i = 0; i < nz.length; i++) for (let j = i + 1; j < nz.length; j++) {
    const c = cross3(nz[i]!, nz[j]!);
    if (c[0] !== 0 || c[1] !== 0 || c[2] !== 0) {
      r = 2;
      if (nz.some((v) => dot3(v, c) !== 0)) return 3;
    }
  }
  return r;
}

/**
 * The bounded faces that lead for some α with α_p, α_H > 0: intersections of facet point sets
 * whose normal cone meets the open quadrant.
 */
export function leadingFaces(points: readonly Vec3[]): Face[] {
  const fs = facets(points);
  const sets = new Map<string, number[]>();
  let frontier = fs.map((f) => f.points).filter((p) => p.length > 0);
  for (const p of frontier) sets.set(p.join(','), p);
  while (frontier.length > 0) {
    const next: number[][] = [];
    const all = [...sets.values()];
    for (const a of frontier) for (const b of all) {
      const inter = a.filter((i) => b.includes(i));
      if (inter.length === 0) continue;
      const k = inter.join(',');
      if (!sets.has(k)) {
        sets.set(k, inter);
        next.push(inter);
      }
    }
    frontier = next;
  }
  const out: Face[] = [];
  for (const pts of sets.values()) {
    const containing = fs.filter((f) => pts.every((i) => f.points.includes(i)));
    // a face is the intersection of the facets containing it
    const inter = containing.reduce<number[] | null>((acc, f) => (acc === null ? [...f.points] : acc.filter((i) => f.points.includes(i))), null);
    if (!inter || inter.join(',') !== pts.join(',')) continue;
    const sum = containing.reduce<Vec3>((acc, f) => [acc[0] + f.normal[0], acc[1] + f.normal[1], acc[2] + f.normal[2]], [0, 0, 0]);
    if (sum[0] <= 0 || sum[1] <= 0) continue;
    out.push({ points: pts, facets: containing, dim: affineDim(pts.map((i) => points[i]!)) });
  }
  return out;
}

/** An α in the relative interior of the face's normal cone (the sum of its facet normals). */
export function interiorDirection(face: Face): Vec3 {
  return face.facets.reduce<Vec3>((acc, f) => [acc[0] + f.normal[0], acc[1] + f.normal[1], acc[2] + f.normal[2]], [0, 0, 0]);
}

/** Indices of the points maximising α·x. */
export function argmax(points: readonly Vec3[], alpha: Vec3): number[] {
  let best = -Infinity;
  for (const p of points) best = Math.max(best, dot3(alpha, p));
  return points.map((p, i) => (dot3(alpha, p) === best ? i : -1)).filter((i) => i >= 0);
}

/** Vertices of the face: its points that are not in the relative interior of a segment of others. */
export function faceVertices(points: readonly Vec3[], idx: readonly number[]): number[] {
  // a point is a vertex iff some linear functional has it as the unique maximiser; test with facets of the face's own hull
  if (idx.length <= 1) return [...idx];
  return idx.filter((i) => {
    const others = idx.filter((j) => j !== i).map((j) => points[j]!);
    return !inConvexHull(points[i]!, others);
  });
}

/** Whether x lies in conv(pts) (pts coplanar or collinear with x in practice; general 3D via Carathéodory). */
function inConvexHull(x: Vec3, pts: readonly Vec3[]): boolean {
  const n = pts.length;
  // segments
  for (let i = 0; i < n; i++) {
    if (pts[i]!.every((v, k) => v === x[k])) return true;
    for (let j = i + 1; j < n; j++) if (onSegment(x, pts[i]!, pts[j]!)) return true;
  }
  // triangles and tetrahedra
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) for (let k = j + 1; k < n; k++) {
    if (inTriangle(x, pts[i]!, pts[j]!, pts[k]!)) return true;
  }
  return false;
}

function onSegment(x: Vec3, a: Vec3, b: Vec3): boolean {
  const ab = sub3(b, a);
  const ax = sub3(x, a);
  const c = cross3(ab, ax);
  if (c[0] !== 0 || c[1] !== 0 || c[2] !== 0) return false;
  const t = dot3(ax, ab);
  return t >= 0 && t <= dot3(ab, ab);
}

function inTriangle(x: Vec3, a: Vec3, b: Vec3, c: Vec3): boolean {
  const n = cross3(sub3(b, a), sub3(c, a));
  if (n[0] === 0 && n[1] === 0 && n[2] === 0) return false;
  if (dot3(n, sub3(x, a)) !== 0) return false;
  const s1 = dot3(cross3(sub3(b, a), sub3(x, a)), n);
  const s2 = dot3(cross3(sub3(c, b), sub3(x, b)), n);
  const s3 = dot3(cross3(sub3(a, c), sub3(x, c)), n);
  return s1 >= 0 && s2 >= 0 && s3 >= 0;
}

/**
 * Rays of the tangent cone of a face, reduced modulo the face's span (a basis of 0, 1 or 2
 * vectors): the generators grouped by the ray they give modulo the span (generators inside the
 * span dropped), and only the groups whose ray is extreme in the reduced cone kept.
 */
export function extremeRays<T extends { readonly d: Vec3 }>(span: readonly Vec3[], gens: readonly T[]): T[][] {
  // equivalence "same ray modulo span" and orientation tests, by dimension of the span
  const dim = span.length;
  const sameRay = (g: Vec3, h: Vec3): boolean => {
    if (dim === 0) return isZero3(cross3(g, h)) && dot3(g, h) > 0;
    const e = span[0]!;
    if (dim === 1) {
      const pg = projected(g, e);
      const ph = projected(h, e);
      return isZero3(cross3(pg, ph)) && dot3(pg, ph) > 0;
    }
    const n = cross3(span[0]!, span[1]!);
    return Math.sign(dot3(g, n)) === Math.sign(dot3(h, n));
  };
  const groups: T[][] = [];
  for (const g of gens) {
    if (dim === 1 && isZero3(cross3(g.d, span[0]!))) continue;
    if (dim === 2 && dot3(g.d, cross3(span[0]!, span[1]!)) === 0) continue;
    const group = groups.find((members) => sameRay(members[0]!.d, g.d));
    if (group) group.push(g);
    else groups.push([g]);
  }
  const reps = groups.map((members) => members[0]!.d);
  const extreme = (r: Vec3): boolean => {
    if (dim === 2) return true;
    if (dim === 1) {
      const e = span[0]!;
      const signs = reps.map((g) => Math.sign(dot3(cross3(e, r), g)));
      return signs.every((x) => x >= 0) || signs.every((x) => x <= 0);
    }
    for (const r2 of reps) {
      const m = cross3(r, r2);
      if (isZero3(m)) continue;
      const side = reps.map((g) => Math.sign(dot3(g, m)));
      if (!(side.every((x) => x >= 0) || side.every((x) => x <= 0))) continue;
      const inPlane = reps.filter((g, k) => side[k] === 0);
      const turn = inPlane.map((g) => Math.sign(dot3(cross3(r, g), m)));
      if (turn.every((x) => x >= 0) || turn.every((x) => x <= 0)) return true;
    }
    return reps.length === 1;
  };
  return groups.filter((members) => extreme(members[0]!.d));
}

/** g minus its component along e, scaled to stay integral: (e·e) g − (g·e) e. */
function projected(g: Vec3, e: Vec3): Vec3 {
  const ee = dot3(e, e);
  const ge = dot3(g, e);
  return [ee * g[0] - ge * e[0], ee * g[1] - ge * e[1], ee * g[2] - ge * e[2]];
}
