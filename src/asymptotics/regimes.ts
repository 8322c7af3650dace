/**
 * Learning regimes from the Pareto polygons (paper §5, App. "Extreme regimes", Tables 1–2).
 *
 * For every face of the front that leads for some scaling with p, H → ∞ and stays a face for all
 * large s (checked on several orders of both parities): the scaling conditions under which it
 * alone leads (monomial ratios ≍ 1 along the face, → 0 towards the neighbouring vertices, reduced to
 * the extreme rays of the face's tangent cone), the natural T (the base of the s-th power of the
 * face's leading terms, read off two orders s and s+2), the parameterisation (sign of the balance
 * monomial — the step up the free column s_D = s+1 — on the normal cone), the learning (s_R of the
 * face's vertices: 0, bounded, growing) and the paper's name where it has one.
 */
import { InputError } from '../errors.js';
import type { Scenario } from '../model/index.js';
import { Rational } from '../rational/index.js';
import {
  argmax,
  cross3,
  dot3,
  faceVertices,
  interiorDirection,
  leadingFaces,
  primitive,
  RECESSION,
  sub3,
  type Face,
  type Vec3,
} from './newtonPolyhedron.js';
import { convexHull, labelVertices } from './polygon.js';

/** One Pareto point of one order: exponents (q, n, 2l) and diagram counts. */
export interface FrontPoint {
  readonly q: number;
  readonly n: number;
  /** σ exponent 2l */
  readonly t: number;
  readonly sD: number;
  readonly sR: number;
}

/** A monomial p^p H^H σ^sigma. */
export interface SigmaMonomial {
  readonly p: number;
  readonly H: number;
  readonly sigma: number;
}

export interface Condition {
  readonly monomial: SigmaMonomial;
  readonly relation: 'asymp' | 'to_infinity' | 'to_zero';
}

export interface Regime {
  readonly face: string;
  readonly conditions: Condition[];
  /** exponents may be rational in degenerate cases; strings then */
  readonly naturalT: { p: number | string; H: number | string; sigma: number | string };
  readonly parameterization: 'under' | 'over' | 'balanced' | 'agnostic';
  readonly learning: 'none' | 'lazy' | 'rich';
  readonly interpretation: string | null;
}

export interface RegimeAnalysis {
  readonly regimes: Regime[];
  /** the orders whose fronts were used */
  readonly orders: number[];
  /** per face (sorted labels), which vertices its chosen monomials come from (ties at a smaller ν follow these) */
  readonly choices: ReadonlyMap<string, ReadonlySet<string>>;
}

const labelSet = (labels: readonly string[]): string => [...new Set(labels)].sort().join(',');

interface Order {
  readonly s: number;
  readonly pts: FrontPoint[];
  readonly x: Vec3[];
  /** label → index of the point carrying it */
  readonly labelAt: Map<string, number>;
  /** index → labels */
  readonly labelsOf: Map<number, string[]>;
  /** ccw rank of the base labels */
  readonly rank: Map<string, number>;
  readonly faces: Face[];
  readonly vertices: number[];
  /** bounded edges of the polyhedron, as pairs of vertex indices */
  readonly edges: [number, number][];
}

const posKey = (p: FrontPoint) => `${p.sD},${p.n}`;

function prepare(s: number, pts: FrontPoint[]): Order {
  const x = pts.map((p) => [p.q, p.n, p.t] as Vec3);
  const poly = labelVertices(convexHull(pts.map((p) => ({ sD: p.sD, n: p.n }))));
  const labelAt = new Map<string, number>();
  const labelsOf = new Map<number, string[]>();
  const rank = new Map<string, number>();
  const idxOf = new Map(pts.map((p, i) => [posKey(p), i]));
  poly.forEach((v, r) => {
    const i = idxOf.get(`${v.sD},${v.n}`)!;
    labelsOf.set(i, v.labels);
    for (const l of v.labels) {
      labelAt.set(l, i);
      rank.set(l, r);
    }
  });
  const faces = leadingFaces(x);
  const vertices = faces.filter((f) => f.points.length === 1 || f.dim === 0).flatMap((f) => faceVertices(x, f.points));
  // vertices of the polyhedron that are not polygon vertices: named by the nearest labelled one
  for (const i of new Set(vertices)) {
    if (labelsOf.has(i)) continue;
    let best: { l: string; d: number; off: [number, number] } | null = null;
    for (const [l, j] of labelAt) {
      const off: [number, number] = [pts[i]!.sD - pts[j]!.sD, pts[i]!.n - pts[j]!.n];
      const d = Math.abs(off[0]) + Math.abs(off[1]);
      if (!best || d < best.d) best = { l, d, off };
    }
    const name = `${best!.l}+(${best!.off[0]},${best!.off[1]})`;
    labelsOf.set(i, [name]);
    labelAt.set(name, i);
    rank.set(name, rank.get(best!.l)! + 0.5);
  }
  const edges = faces
    .filter((f) => f.dim === 1)
    .map((f) => faceVertices(x, f.points))
    .filter((v) => v.length === 2)
    .map((v) => [v[0]!, v[1]!] as [number, number]);
  return { s, pts, x, labelAt, labelsOf, rank, faces, vertices: [...new Set(vertices)], edges };
}

/** Labels of a face's vertices, in counter-clockwise order starting where the arc starts. */
function faceName(o: Order, verts: readonly number[], allVertices: number): string {
  const items = verts.map((i) => ({ label: o.labelsOf.get(i)!.join('='), r: o.rank.get(o.labelsOf.get(i)![0]!)! }));
  items.sort((a, b) => a.r - b.r);
  if (items.length >= 2 && items.length < allVertices) {
    // rotate so that the largest gap in cyclic rank order comes last (E-A rather than A-E)
    const ranks = [...o.rank.values()];
    const total = Math.max(...ranks) + 1;
    let gapAt = items.length - 1;
    let gap = items[0]!.r + total - items[items.length - 1]!.r;
    for (let k = 0; k < items.length - 1; k++) {
      const g = items[k + 1]!.r - items[k]!.r;
      if (g > gap) {
        gap = g;
        gapAt = k;
      }
    }
    items.push(...items.splice(0, gapAt + 1));
  }
  return items.map((x) => x.label).join('-');
}

const nz = (m: SigmaMonomial) => (m.p !== 0 ? 1 : 0) + (m.H !== 0 ? 1 : 0) + (m.sigma !== 0 ? 1 : 0);

/**
 * Choice among equivalent monomials: fewer variables; then the one chosen for the same face at a
 * larger ν (`prefer`, tags naming the vertices it comes from), where forms that coincide here
 * differ; then with H, then with σ, then smaller.
 */
function chooser(prefer: ReadonlySet<string> | undefined) {
  return (a: { m: SigmaMonomial; tag: string }, b: { m: SigmaMonomial; tag: string }): number =>
    nz(a.m) - nz(b.m) || (prefer ? (prefer.has(b.tag) ? 1 : 0) - (prefer.has(a.tag) ? 1 : 0) : 0) || simpler(a.m, b.m);
}

/** Simplicity order of monomials: fewer variables, then with H, then with σ, then smaller. */
function simpler(a: SigmaMonomial, b: SigmaMonomial): number {
  return (
    nz(a) - nz(b) ||
    (b.H !== 0 ? 1 : 0) - (a.H !== 0 ? 1 : 0) ||
    (b.sigma !== 0 ? 1 : 0) - (a.sigma !== 0 ? 1 : 0) ||
    Math.abs(a.p) + Math.abs(a.H) + Math.abs(a.sigma) - (Math.abs(b.p) + Math.abs(b.H) + Math.abs(b.sigma))
  );
}

/**
 * A ratio direction as a monomial: primitive, oriented with a positive power of H (else of p,
 * else of σ); in SYM with even ν the power of H is made even (Q carries ν/2 per H-node,
 * Theorem 4.1), as in Table 2.
 * Returns the monomial and whether the orientation was flipped.
 */
function normalise(d: Vec3, squareH: boolean): { m: SigmaMonomial; flipped: boolean } {
  let v = primitive(d);
  const lead = v[1] !== 0 ? v[1] : v[0] !== 0 ? v[0] : v[2];
  const flipped = lead < 0;
  if (flipped) v = [0 - v[0], 0 - v[1], 0 - v[2]];
  v = [v[0] + 0, v[1] + 0, v[2] + 0]; // no −0
  if (squareH && v[1] % 2 !== 0) v = [2 * v[0], 2 * v[1], 2 * v[2]];
  return { m: { p: v[0], H: v[1], sigma: v[2] }, flipped };
}

const isZero = (v: Vec3) => v[0] === 0 && v[1] === 0 && v[2] === 0;

/** Rays of the tangent cone of a face, reduced modulo the face's span; extreme ones only. */
function extremeRays<G extends { d: Vec3; recession: boolean }>(span: readonly Vec3[], gens: G[]): G[][] {
  // equivalence "same ray modulo span" and orientation tests, by dimension of the span
  const dim = span.length;
  const sameRay = (g: Vec3, h: Vec3): boolean => {
    if (dim === 0) return isZero(cross3(g, h)) && dot3(g, h) > 0;
    const e = span[0]!;
    if (dim === 1) {
      const pg = projected(g, e);
      const ph = projected(h, e);
      return isZero(cross3(pg, ph)) && dot3(pg, ph) > 0;
    }
    const n = cross3(span[0]!, span[1]!);
    return Math.sign(dot3(g, n)) === Math.sign(dot3(h, n));
  };
  const groups: G[][] = [];
  for (const g of gens) {
    if (dim === 1 && isZero(cross3(g.d, span[0]!))) continue;
    if (dim === 2 && dot3(g.d, cross3(span[0]!, span[1]!)) === 0) continue;
    const grp = groups.find((G) => sameRay(G[0]!.d, g.d));
    if (grp) grp.push(g);
    else groups.push([g]);
  }
  const reps = groups.map((G) => G[0]!.d);
  const extreme = (r: Vec3): boolean => {
    if (dim === 2) return true;
    if (dim === 1) {
      const e = span[0]!;
      const signs = reps.map((g) => Math.sign(dot3(cross3(e, r), g)));
      return signs.every((x) => x >= 0) || signs.every((x) => x <= 0);
    }
    for (const r2 of reps) {
      const m = cross3(r, r2);
      if (isZero(m)) continue;
      const side = reps.map((g) => Math.sign(dot3(g, m)));
      if (!(side.every((x) => x >= 0) || side.every((x) => x <= 0))) continue;
      const inPlane = reps.filter((g, k) => side[k] === 0);
      const turn = inPlane.map((g) => Math.sign(dot3(cross3(r, g), m)));
      if (turn.every((x) => x >= 0) || turn.every((x) => x <= 0)) return true;
    }
    return reps.length === 1;
  };
  return groups.filter((G) => extreme(G[0]!.d));
}

/** g minus its component along e, scaled to stay integral: (e·e) g − (g·e) e. */
function projected(g: Vec3, e: Vec3): Vec3 {
  const ee = dot3(e, e);
  const ge = dot3(g, e);
  return [ee * g[0] - ge * e[0], ee * g[1] - ge * e[1], ee * g[2] - ge * e[2]];
}

function conditionsOf(o: Order, verts: number[], squareH: boolean, prefer?: ReadonlySet<string>): (Condition & { tag: string })[] {
  const x = o.x;
  const name = (i: number) => (o.labelsOf.get(i) ?? [`#${i}`]).join('=');
  const order = chooser(prefer);
  // equalities: a basis of the face's span, simplest monomials first
  const diffs: { d: Vec3; m: SigmaMonomial; tag: string }[] = [];
  for (const i of verts) for (const j of verts) {
    if (i < j) diffs.push({ d: primitive(sub3(x[j]!, x[i]!)), m: normalise(sub3(x[j]!, x[i]!), squareH).m, tag: `eq:${[name(i), name(j)].sort().join('|')}` });
  }
  diffs.sort(order);
  const span: Vec3[] = [];
  const out: (Condition & { tag: string })[] = [];
  for (const { d, m, tag } of diffs) {
    const independent = span.length === 0 ? true : span.length === 1 ? !isZero(cross3(span[0]!, d)) : dot3(cross3(span[0]!, span[1]!), d) !== 0;
    if (independent && span.length < 2) {
      span.push(d);
      out.push({ monomial: m, relation: 'asymp', tag });
    }
  }
  // inequalities: along the polyhedron's edges leaving the face (they span its tangent cone), and
  // the recession directions
  const gens: { d: Vec3; recession: boolean; tag: string }[] = RECESSION.map((d) => ({ d, recession: true, tag: 'recession' }));
  for (const [a, b] of o.edges) {
    if (verts.includes(a) && !verts.includes(b)) gens.push({ d: primitive(sub3(x[b]!, x[a]!)), recession: false, tag: `to:${name(a)}>${name(b)}` });
    if (verts.includes(b) && !verts.includes(a)) gens.push({ d: primitive(sub3(x[a]!, x[b]!)), recession: false, tag: `to:${name(b)}>${name(a)}` });
  }
  for (const G of extremeRays(span, gens)) {
    if (G.some((g) => g.recession)) continue; // implied by p, H → ∞
    const best = G.map((g) => ({ ...normalise(g.d, squareH), tag: g.tag })).sort(order)[0]!;
    out.push({ monomial: best.m, relation: best.flipped ? 'to_infinity' : 'to_zero', tag: best.tag });
  }
  return out;
}

/** Monomial exponent as a number when integral, else "a/b". */
const expo = (r: Rational): number | string => (r.den === 1n ? Number(r.num) : r.toString());

function analyseFace(
  orders: Order[],
  all: Order[],
  o: Order,
  face: Face,
  squareH: boolean,
  beta: Vec3,
  preferences: ReadonlyMap<string, ReadonlySet<string>> | undefined,
): (Regime & { tags: string[] }) | null {
  const verts = faceVertices(o.x, face.points);
  const labels = verts.flatMap((i) => o.labelsOf.get(i) ?? []);
  if (labels.length !== verts.length && verts.some((i) => !o.labelsOf.has(i))) return null;
  const alpha = interiorDirection(face);
  // stays a face: under the same α, every other order leads with the points carrying the same labels
  for (const o2 of orders) {
    const want = new Set(labels.map((l) => o2.labelAt.get(l)));
    if (want.has(undefined)) return null;
    const lead = argmax(o2.x, alpha);
    const got = new Set(faceVertices(o2.x, lead));
    if (got.size !== want.size || [...got].some((i) => !want.has(i))) return null;
  }
  // the same conditions wherever the labels give a face with as many distinct vertices
  const prefer = preferences?.get(labelSet(labels));
  const tagged = conditionsOf(o, verts, squareH, prefer);
  const conditions: Condition[] = tagged.map(({ monomial, relation }) => ({ monomial, relation }));
  const key = (cs: Condition[]) => cs.map((c) => `${c.monomial.p},${c.monomial.H},${c.monomial.sigma}:${c.relation}`).sort().join(' ');
  for (const o2 of orders) {
    if (o2 === o) continue;
    const idx = [...new Set(labels.map((l) => o2.labelAt.get(l)!))];
    // only where the labels sit on vertices of their own (not merged with others, as D=E at odd s)
    if (idx.length !== verts.length || idx.some((i) => (o2.labelsOf.get(i) ?? []).some((l) => !labels.includes(l)))) continue;
    if (key(conditionsOf(o2, idx, squareH, prefer)) !== key(conditions)) return null;
  }
  // natural T: base of the s-th power, from the same labels two orders later (or earlier)
  const hasLabels = (o2: Order) => labels.every((l) => o2.labelAt.has(l));
  const partner = all.find((o2) => o2.s === o.s + 2 && hasLabels(o2)) ?? all.find((o2) => o2.s === o.s - 2 && hasLabels(o2));
  let naturalT: Regime['naturalT'] | null = null;
  let tTag = '';
  let learning: Regime['learning'] = 'rich';
  if (partner) {
    const step = Math.sign(partner.s - o.s);
    const bases = labels.map((l) => {
      const d = sub3(partner.x[partner.labelAt.get(l)!]!, o.x[o.labelAt.get(l)!]!).map((v) => Rational.of(step * v, 2));
      return { p: d[0]!, H: d[1]!, sigma: d[2]!, tag: `T:${l}` };
    });
    const asNum = (b: { p: Rational; H: Rational; sigma: Rational }) => ({ p: b.p.toNumber(), H: b.H.toNumber(), sigma: b.sigma.toNumber() });
    const order = chooser(prefer);
    bases.sort((a, b) => order({ m: asNum(a), tag: a.tag }, { m: asNum(b), tag: b.tag }));
    naturalT = { p: expo(bases[0]!.p), H: expo(bases[0]!.H), sigma: expo(bases[0]!.sigma) };
    tTag = bases[0]!.tag;
    const sR = (ord: Order) => Math.max(...labels.map((l) => ord.pts[ord.labelAt.get(l)!]!.sR));
    if (sR(o) === 0 && sR(partner) === 0) learning = 'none';
    else if (sR(o) === sR(partner)) learning = 'lazy';
  }
  if (!naturalT) return null;
  const signs = face.facets.map((f) => Math.sign(dot3(f.normal, beta)));
  const parameterization: Regime['parameterization'] = signs.every((x) => x === 0)
    ? 'balanced'
    : signs.every((x) => x >= 0)
      ? 'over'
      : signs.every((x) => x <= 0)
        ? 'under'
        : 'agnostic';
  const hasFree = labels.some((l) => o.pts[o.labelAt.get(l)!]!.sR === 0);
  const interpretation =
    learning === 'none'
      ? 'free evolution'
      : learning === 'lazy'
        ? hasFree
          ? 'NTK'
          : 'NTK, f(0) ≡ 0'
        : parameterization === 'over' && face.dim === 1
          ? 'mean-field'
          : null;
  return {
    face: faceName(o, verts, o.labelAt.size),
    conditions,
    naturalT,
    parameterization,
    learning,
    interpretation,
    tags: [...tagged.map((c) => c.tag), tTag],
  };
}

/**
 * Regimes from the Pareto fronts of several orders (at least two of each parity, the same
 * scenario). Faces are those of the later orders that keep their labels and conditions on all.
 *
 * @example
 * ```ts
 * const fronts = PARAMETRIC_ORDERS.map((s) => ({ s, points: frontPoints(3, s, theoremParetoExponents(3, 'asym', s)) }));
 * const bc = regimesFromFronts(3, 'asym', fronts).regimes.find((r) => r.face === 'B-C');
 * bc?.interpretation; // "NTK"; conditions p²Hσ⁶ ≍ 1, Hσ³ → ∞; naturalT Hσ⁴
 * ```
 */
export function regimesFromFronts(
  nu: number,
  scenario: Scenario,
  fronts: { s: number; points: FrontPoint[] }[],
  minOrder = 3,
  preferences?: ReadonlyMap<string, ReadonlySet<string>>,
): RegimeAnalysis {
  const squareH = scenario === 'sym' && nu % 2 === 0;
  const all = fronts.map((f) => prepare(f.s, f.points));
  const orders = all.filter((o) => o.s >= minOrder);
  if (orders.length < 2 || new Set(orders.map((o) => o.s % 2)).size < 2) {
    throw new InputError(`regimes: need fronts of at least two orders s >= ${minOrder} of both parities (use a larger --order)`);
  }
  // balance monomial: the step up the free column, from its second point to its top (B)
  const last = orders[orders.length - 1]!;
  const maxD = Math.max(...last.pts.map((p) => p.sD));
  const col = last.pts.map((p, i) => ({ p, i })).filter(({ p }) => p.sD === maxD).sort((a, b) => a.p.n - b.p.n);
  const from = col[Math.min(1, col.length - 1)]!;
  const to = col[col.length - 1]!;
  const beta: Vec3 = from === to ? [0, 1, 0] : primitive(sub3(last.x[to.i]!, last.x[from.i]!));
  // one regime per set of labels ("D=E" and "D-E" name the same labels); orders with more
  // distinct vertices (the pentagon rather than the quadrangle) are read first
  const byName = new Map<string, Regime>();
  const choices = new Map<string, Set<string>>();
  const labelKey = (face: string) => labelSet(face.split(/[-=]/));
  const seen = new Set<string>();
  const byDetail = [...orders].sort((a, b) => b.vertices.length - a.vertices.length || b.s - a.s);
  for (const o of byDetail) {
    for (const face of o.faces) {
      const r = analyseFace(orders, all, o, face, squareH, beta, preferences);
      if (r && !seen.has(labelKey(r.face))) {
        seen.add(labelKey(r.face));
        const { tags, ...regime } = r;
        byName.set(r.face, regime);
        choices.set(labelKey(r.face), new Set(tags));
      }
    }
  }
  const rank = (name: string) => {
    const parts = name.split('-');
    return [parts.length === 2 ? 0 : parts.length === 1 ? 1 : 2, name] as const;
  };
  const regimes = [...byName.values()].sort((a, b) => {
    const ra = rank(a.face);
    const rb = rank(b.face);
    return ra[0] - rb[0] || (ra[1] < rb[1] ? -1 : ra[1] > rb[1] ? 1 : 0);
  });
  return { regimes, orders: orders.map((o) => o.s), choices };
}

/** Front points of one order from exponent triples (q, n, l) of Y_s. */
export function frontPoints(nu: number, s: number, exps: readonly { p: number; H: number; sigma2: number }[]): FrontPoint[] {
  return exps.map((e) => {
    const sD = (2 * e.sigma2 - (nu - 2) * s) / nu - 1;
    return { q: e.p, n: e.H, t: 2 * e.sigma2, sD, sR: s + 1 - sD };
  });
}

/** Orders at which the parametric description of Theorem 4.1 is read for the large-s faces. */
export const PARAMETRIC_ORDERS = [6, 7, 8, 9];

/**
 * Regimes of ASYM or SYM with even ν from the parametric form of Theorem 4.1 at
 * {@link PARAMETRIC_ORDERS}. Monomials that coincide at this ν but differ for general ν (at ν = 2
 * p^{ν−2} = 1, so e.g. pσ² and H²σ⁴ both have two variables) are chosen as at ν + 2.
 */
export function theoremRegimes(nu: number, scenario: Scenario, exponents: (nu: number, s: number) => { p: number; H: number; sigma2: number }[]): RegimeAnalysis {
  const fronts = (v: number) => PARAMETRIC_ORDERS.map((s) => ({ s, points: frontPoints(v, s, exponents(v, s)) }));
  const generic = regimesFromFronts(nu + 2, scenario, fronts(nu + 2));
  return regimesFromFronts(nu, scenario, fronts(nu), 3, generic.choices);
}
