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
  extremeRays,
  faceVertices,
  interiorDirection,
  isZero3,
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
  /**
   * @internal Per face (sorted labels), where its chosen monomials come from (ties at a smaller ν
   * follow these; see theoremRegimes).
   */
  readonly choices: ReadonlyMap<string, readonly MonomialOrigin[]>;
}

const labelSet = (labels: readonly string[]): string => [...new Set(labels)].sort().join(',');

/**
 * Where a candidate monomial of a regime comes from, so that a smaller ν can make the same choice
 * as ν + 2 where two candidates coincide: the difference of two vertices of the face (an
 * equality, names sorted), an edge leaving the face (an inequality), a recession direction, or
 * the step of one vertex two orders on (the natural T).
 */
export type MonomialOrigin =
  | { readonly kind: 'equal'; readonly vertices: readonly [string, string] }
  | { readonly kind: 'toward'; readonly from: string; readonly to: string }
  | { readonly kind: 'recession' }
  | { readonly kind: 'naturalT'; readonly vertex: string };

function sameOrigin(a: MonomialOrigin, b: MonomialOrigin): boolean {
  switch (a.kind) {
    case 'equal':
      return b.kind === 'equal' && a.vertices[0] === b.vertices[0] && a.vertices[1] === b.vertices[1];
    case 'toward':
      return b.kind === 'toward' && a.from === b.from && a.to === b.to;
    case 'recession':
      return b.kind === 'recession';
    case 'naturalT':
      return b.kind === 'naturalT' && a.vertex === b.vertex;
  }
}

/** The origins of the monomials chosen for one face (at a larger ν), to be preferred on ties. */
type Preferred = readonly MonomialOrigin[];

const preferred = (prefer: Preferred | undefined, origin: MonomialOrigin): boolean => prefer?.some((o) => sameOrigin(o, origin)) ?? false;

/** The front of one order s, with its points, polygon labels and the polyhedron's faces. */
/** @internal */
export interface OrderFront {
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

/** @internal */
export function prepare(s: number, pts: FrontPoint[]): OrderFront {
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
/** @internal */
export function faceName(front: OrderFront, verts: readonly number[], allVertices: number): string {
  const items = verts.map((i) => ({ label: front.labelsOf.get(i)!.join('='), r: front.rank.get(front.labelsOf.get(i)![0]!)! }));
  items.sort((a, b) => a.r - b.r);
  if (items.length >= 2 && items.length < allVertices) {
    // rotate so that the largest gap in cyclic rank order comes last (E-A rather than A-E)
    const ranks = [...front.rank.values()];
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

/** A candidate monomial and where it comes from. */
interface Candidate {
  readonly m: SigmaMonomial;
  readonly origin: MonomialOrigin;
}

/**
 * Choice among equivalent monomials: fewer variables; then the one chosen for the same face at a
 * larger ν (`prefer`: the origins of its choices), where forms that coincide here differ; then
 * with H, then with σ, then smaller.
 */
function chooser(prefer: Preferred | undefined) {
  return (a: Candidate, b: Candidate): number =>
    nz(a.m) - nz(b.m) || (prefer ? (preferred(prefer, b.origin) ? 1 : 0) - (preferred(prefer, a.origin) ? 1 : 0) : 0) || simpler(a.m, b.m);
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

/** A condition with the origin of its monomial. */
interface SourcedCondition extends Condition {
  readonly origin: MonomialOrigin;
}

/** Whether d is independent of the vectors of `span` (at most two). */
function independentOf(span: readonly Vec3[], d: Vec3): boolean {
  if (span.length === 0) return true;
  if (span.length === 1) return !isZero3(cross3(span[0]!, d));
  return dot3(cross3(span[0]!, span[1]!), d) !== 0;
}

/**
 * The scaling conditions of the face with vertices `verts`: equalities (ratios ≍ 1) along a basis
 * of the face's span, simplest monomials first, and inequalities along the extreme rays of its
 * tangent cone (the polyhedron's edges leaving the face; recession directions are implied by
 * p, H → ∞).
 */
/** @internal */
export function conditionsOf(front: OrderFront, verts: number[], squareH: boolean, prefer?: Preferred): SourcedCondition[] {
  const x = front.x;
  const name = (i: number) => (front.labelsOf.get(i) ?? [`#${i}`]).join('=');
  const simplestFirst = chooser(prefer);
  const differences: (Candidate & { d: Vec3 })[] = [];
  for (const i of verts) for (const j of verts) {
    if (i >= j) continue;
    const [u, v] = [name(i), name(j)].sort() as [string, string];
    differences.push({ d: primitive(sub3(x[j]!, x[i]!)), m: normalise(sub3(x[j]!, x[i]!), squareH).m, origin: { kind: 'equal', vertices: [u, v] } });
  }
  differences.sort(simplestFirst);
  const span: Vec3[] = [];
  const out: SourcedCondition[] = [];
  for (const { d, m, origin } of differences) {
    if (span.length < 2 && independentOf(span, d)) {
      span.push(d);
      out.push({ monomial: m, relation: 'asymp', origin });
    }
  }
  const generators: { d: Vec3; origin: MonomialOrigin }[] = RECESSION.map((d) => ({ d, origin: { kind: 'recession' } }));
  for (const [a, b] of front.edges) {
    if (verts.includes(a) && !verts.includes(b)) generators.push({ d: primitive(sub3(x[b]!, x[a]!)), origin: { kind: 'toward', from: name(a), to: name(b) } });
    if (verts.includes(b) && !verts.includes(a)) generators.push({ d: primitive(sub3(x[a]!, x[b]!)), origin: { kind: 'toward', from: name(b), to: name(a) } });
  }
  for (const ray of extremeRays(span, generators)) {
    if (ray.some((g) => g.origin.kind === 'recession')) continue; // implied by p, H → ∞
    const best = ray.map((g) => ({ ...normalise(g.d, squareH), origin: g.origin })).sort(simplestFirst)[0]!;
    out.push({ monomial: best.m, relation: best.flipped ? 'to_infinity' : 'to_zero', origin: best.origin });
  }
  return out;
}

/** Monomial exponent as a number when integral, else "a/b". */
/** @internal */
export const expo = (r: Rational): number | string => (r.den === 1n ? Number(r.num) : r.toString());

/** Under the face's interior direction α, every order leads with the points carrying the face's labels. */
function staysFace(orders: readonly OrderFront[], labels: readonly string[], face: Face): boolean {
  const alpha = interiorDirection(face);
  for (const other of orders) {
    const want = new Set(labels.map((l) => other.labelAt.get(l)));
    if (want.has(undefined)) return false;
    const got = new Set(faceVertices(other.x, argmax(other.x, alpha)));
    if (got.size !== want.size || [...got].some((i) => !want.has(i))) return false;
  }
  return true;
}

const conditionsKey = (cs: readonly Condition[]) => cs.map((c) => `${c.monomial.p},${c.monomial.H},${c.monomial.sigma}:${c.relation}`).sort().join(' ');

/**
 * The same conditions at every other order where the labels sit on as many vertices of their own
 * (not merged with others, as D=E at odd s).
 */
function sameConditionsElsewhere(
  orders: readonly OrderFront[],
  front: OrderFront,
  labels: readonly string[],
  verts: readonly number[],
  conditions: readonly Condition[],
  squareH: boolean,
  prefer: Preferred | undefined,
): boolean {
  const key = conditionsKey(conditions);
  for (const other of orders) {
    if (other === front) continue;
    const idx = [...new Set(labels.map((l) => other.labelAt.get(l)!))];
    if (idx.length !== verts.length || idx.some((i) => (other.labelsOf.get(i) ?? []).some((l) => !labels.includes(l)))) continue;
    if (conditionsKey(conditionsOf(other, idx, squareH, prefer)) !== key) return false;
  }
  return true;
}

/**
 * The natural T (the base of the s-th power of the face's leading terms, from the same labels two
 * orders later, or earlier) and the learning (s_R of the labelled vertices at both orders: 0,
 * the same, or growing); null when no order two apart carries the labels.
 */
function naturalTOf(
  all: readonly OrderFront[],
  front: OrderFront,
  labels: readonly string[],
  prefer: Preferred | undefined,
): { naturalT: Regime['naturalT']; learning: Regime['learning']; origin: MonomialOrigin } | null {
  const hasLabels = (other: OrderFront) => labels.every((l) => other.labelAt.has(l));
  const partner = all.find((other) => other.s === front.s + 2 && hasLabels(other)) ?? all.find((other) => other.s === front.s - 2 && hasLabels(other));
  if (!partner) return null;
  const step = Math.sign(partner.s - front.s);
  const bases = labels.map((l) => {
    const d = sub3(partner.x[partner.labelAt.get(l)!]!, front.x[front.labelAt.get(l)!]!).map((v) => Rational.of(step * v, 2));
    return { p: d[0]!, H: d[1]!, sigma: d[2]!, origin: { kind: 'naturalT', vertex: l } as const };
  });
  const asCandidate = (b: (typeof bases)[number]): Candidate => ({ m: { p: b.p.toNumber(), H: b.H.toNumber(), sigma: b.sigma.toNumber() }, origin: b.origin });
  const simplestFirst = chooser(prefer);
  bases.sort((a, b) => simplestFirst(asCandidate(a), asCandidate(b)));
  const base = bases[0]!;
  const sR = (ord: OrderFront) => Math.max(...labels.map((l) => ord.pts[ord.labelAt.get(l)!]!.sR));
  const learning: Regime['learning'] = sR(front) === 0 && sR(partner) === 0 ? 'none' : sR(front) === sR(partner) ? 'lazy' : 'rich';
  return { naturalT: { p: expo(base.p), H: expo(base.H), sigma: expo(base.sigma) }, learning, origin: base.origin };
}

/** Sign of the balance monomial β on the normal cone of the face: over, under, balanced or agnostic. */
/** @internal */
export function parameterizationOf(face: Face, beta: Vec3): Regime['parameterization'] {
  const signs = face.facets.map((f) => Math.sign(dot3(f.normal, beta)));
  if (signs.every((x) => x === 0)) return 'balanced';
  if (signs.every((x) => x >= 0)) return 'over';
  if (signs.every((x) => x <= 0)) return 'under';
  return 'agnostic';
}

/** The paper's name of a regime, where it has one. */
/** @internal */
export function interpretationOf(learning: Regime['learning'], parameterization: Regime['parameterization'], hasFree: boolean, faceDim: number): string | null {
  if (learning === 'none') return 'free evolution';
  if (learning === 'lazy') return hasFree ? 'NTK' : 'NTK, f(0) ≡ 0';
  return parameterization === 'over' && faceDim === 1 ? 'mean-field' : null;
}

/**
 * The regime of one face of one order's front, or null when the face does not stay a face with
 * the same conditions on all orders, or has no natural T. Also returns the origins of the chosen
 * monomials (for the choices at a smaller ν).
 */
function analyseFace(
  orders: OrderFront[],
  all: OrderFront[],
  front: OrderFront,
  face: Face,
  squareH: boolean,
  beta: Vec3,
  preferences: ReadonlyMap<string, Preferred> | undefined,
): { regime: Regime; origins: MonomialOrigin[] } | null {
  const verts = faceVertices(front.x, face.points);
  const labels = verts.flatMap((i) => front.labelsOf.get(i) ?? []);
  if (labels.length !== verts.length && verts.some((i) => !front.labelsOf.has(i))) return null;
  if (!staysFace(orders, labels, face)) return null;
  const prefer = preferences?.get(labelSet(labels));
  const sourced = conditionsOf(front, verts, squareH, prefer);
  const conditions: Condition[] = sourced.map(({ monomial, relation }) => ({ monomial, relation }));
  if (!sameConditionsElsewhere(orders, front, labels, verts, conditions, squareH, prefer)) return null;
  const natural = naturalTOf(all, front, labels, prefer);
  if (!natural) return null;
  const parameterization = parameterizationOf(face, beta);
  const hasFree = labels.some((l) => front.pts[front.labelAt.get(l)!]!.sR === 0);
  const regime: Regime = {
    face: faceName(front, verts, front.labelAt.size),
    conditions,
    naturalT: natural.naturalT,
    parameterization,
    learning: natural.learning,
    interpretation: interpretationOf(natural.learning, parameterization, hasFree, face.dim),
  };
  return { regime, origins: [...sourced.map((c) => c.origin), natural.origin] };
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
  preferences?: RegimeAnalysis['choices'],
): RegimeAnalysis {
  const squareH = scenario === 'sym' && nu % 2 === 0;
  const all = fronts.map((f) => prepare(f.s, f.points));
  const orders = all.filter((front) => front.s >= minOrder);
  if (orders.length < 2 || new Set(orders.map((front) => front.s % 2)).size < 2) {
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
  const choices = new Map<string, MonomialOrigin[]>();
  const labelKey = (face: string) => labelSet(face.split(/[-=]/));
  const seen = new Set<string>();
  const byDetail = [...orders].sort((a, b) => b.vertices.length - a.vertices.length || b.s - a.s);
  for (const front of byDetail) {
    for (const face of front.faces) {
      const analysed = analyseFace(orders, all, front, face, squareH, beta, preferences);
      if (analysed && !seen.has(labelKey(analysed.regime.face))) {
        seen.add(labelKey(analysed.regime.face));
        byName.set(analysed.regime.face, analysed.regime);
        choices.set(labelKey(analysed.regime.face), analysed.origins);
      }
    }
  }
  const regimes = [...byName.values()].sort(byFaceKind);
  return { regimes, orders: orders.map((front) => front.s), choices };
}

/** @internal The order of the regimes tables: edges, then vertices, then larger faces; by name within each. */
export function byFaceKind(a: Regime, b: Regime): number {
  const kind = (name: string) => {
    const parts = name.split('-').length;
    return parts === 2 ? 0 : parts === 1 ? 1 : 2;
  };
  return kind(a.face) - kind(b.face) || (a.face < b.face ? -1 : a.face > b.face ? 1 : 0);
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
