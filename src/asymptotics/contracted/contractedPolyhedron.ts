/**
 * The Newton polyhedron of each Y_s, P_s = conv(supp Y_s) + cone(−e_p, −e_H) (paper §5: its
 * bounded faces are the leading sets for α_p, α_H > 0, newtonPolyhedron.ts), from the leading
 * mode of the contracted-state engine used as a support oracle: asked a weight α with positive p
 * and H parts, it returns the monomials of Y_s maximising α·(q, n, t), exactly.
 *
 * Reconstruction (docs/asymptotics.md §"Newton polyhedra from the contracted engine"): keep the
 * points found so far, Q = conv(found) + cone(−e_p, −e_H) ⊆ P_s; ask the oracle every facet
 * normal of Q; a facet whose answer adds nothing is a facet of P_s. When no facet adds a point,
 * Q = P_s. A facet normal α with α_p = 0 or α_H = 0 is asked as α' = α + ε(1, 1, 0) with
 * ε(q_max + n_max) < 1, q_max and n_max bounding the exponents of p and H in Y_s: a point of P_s
 * beyond that facet (α·v ≥ h_Q(α) + 1, integers) is then beyond Q along α' as well. Finally
 * each bounded edge lying on no facet with positive p and H weights is asked along its own
 * normal cone, for the monomials inside it.
 *
 * The points returned are every monomial of Y_s on a bounded face of P_s, with its exact
 * coefficient: the convex part of the Pareto fronts. A Pareto-optimal monomial inside P_s
 * (non-convex, within its σ power) is not among them.
 */
import type { Model } from '../../model/index.js';
import { Poly, Rational, type PolyTerm } from '../../rational/index.js';
import { facets, interiorDirection, leadingFaces, type Vec3 } from '../newtonPolyhedron.js';
import { contractedApplies, contractedExactSeries, contractedSetup, LeadingRun, topTerms, type ContractedOptions, type Setup } from './contractedSeries.js';

/** The Newton polyhedron of one Y_s. */
export interface NewtonPolyhedron {
  readonly s: number;
  /** the monomials of Y_s on the bounded faces of P_s, with their exact coefficients */
  readonly terms: Poly;
  /** primitive outward normals (α_p, α_H, α_σ) on (q, n, t) of the facets of P_s (α_p, α_H ≥ 0) */
  readonly facets: readonly Vec3[];
  /** weights asked at this order */
  readonly queries: number;
}

export interface PolyhedronOptions extends Omit<ContractedOptions, 'onTerm' | 'observable'> {
  /** each order's polyhedron as soon as it is known */
  readonly onPolyhedron?: (p: NewtonPolyhedron) => void;
  /** weights (α_p, α_H, α_σ), α_p, α_H > 0, asked first at every order */
  readonly seeds?: readonly Vec3[];
}

const key3 = (v: Vec3) => v.join(',');

/** Largest possible exponents of p and H in Y_s: the blocks of the start plus s merges. */
function exponentBounds(st: Setup, s: number): { q: number; n: number } {
  const startP = Math.max(...st.start.map((t) => t.diagram.nP));
  const startH = Math.max(...st.start.map((t) => t.diagram.nH));
  let dP = 0;
  let dH = 0;
  for (const m of st.moves) {
    for (const pt of m.patterns) {
      dP = Math.max(dP, pt.newP);
      dH = Math.max(dH, pt.newH);
    }
  }
  return { q: startP + s * dP, n: startH + s * dH };
}

/** The weight actually asked for a facet normal (see the header): α itself or α + ε(1, 1, 0). */
export function queryWeight(alpha: Vec3, qMax: number, nMax: number): Vec3 {
  if (alpha[0] > 0 && alpha[1] > 0) return alpha;
  const k = qMax + nMax + 1; // α' ∝ kα + (1, 1, 0), i.e. ε = 1/k
  return [k * alpha[0] + 1, k * alpha[1] + 1, k * alpha[2]];
}

/**
 * The Newton polyhedra of Y_0 … Y_order of the loss (bounded faces and their monomials) by the
 * contracted engine's leading mode. Requires {@link contractedApplies} for positive weights.
 */
export async function contractedNewtonPolyhedra(model: Model, order: number, options: PolyhedronOptions = {}): Promise<NewtonPolyhedron[]> {
  const probe = { p: Rational.ONE, H: Rational.ONE, sigma2: Rational.ZERO };
  if (!contractedApplies(model, probe)) throw new RangeError('contracted engine: the leading mode does not apply to this model');
  const st = contractedSetup(model);
  const runs = new Map<string, { run: LeadingRun; done: Poly[] }>();
  const ask = async (alpha: Vec3, s: number): Promise<Poly> => {
    const k = key3(alpha);
    let entry = runs.get(k);
    if (!entry) {
      const w = { p: Rational.of(alpha[0]), H: Rational.of(alpha[1]), sigma2: Rational.of(2 * alpha[2]) };
      entry = { run: new LeadingRun(st, w, { onLevel: options.onLevel, interrupt: options.interrupt }), done: [] };
      runs.set(k, entry);
    }
    while (entry.done.length <= s) {
      const { poly, stats } = await entry.run.order(entry.done.length);
      options.onStats?.(stats);
      entry.done.push(poly);
    }
    return entry.done[s]!;
  };
  // Y_0 exactly (level 0 only: cheap), without the σ⁰ constant, which is no diagram's
  const [y0] = await contractedExactSeries(model, 0, { interrupt: options.interrupt });
  const y0Sigma = Poly.fromTerms([...y0!.terms()].filter((t) => t.sigma2 > 0));
  const out: NewtonPolyhedron[] = [];
  const seeds: Vec3[] = [...(options.seeds ?? []), [1, 1, 0]];
  if (seeds.some((a) => !(a[0] > 0 && a[1] > 0))) throw new RangeError('contracted polyhedra: seed weights need positive p and H parts');
  let before: Vec3[] = []; // the facet weights of order s − 2, then of s − 1
  let last: Vec3[] = [];
  for (let s = 0; s <= order; s++) {
    const oracle = s === 0 ? (alpha: Vec3) => Promise.resolve(topTerms(y0Sigma, (q, n, e) => alpha[0] * q + alpha[1] * n + alpha[2] * e)) : (alpha: Vec3) => ask(alpha, s);
    const { q, n } = exponentBounds(st, s);
    const found = new Map<string, PolyTerm>();
    const done = new Set<string>();
    let queries = 0;
    const query = async (alpha: Vec3) => {
      done.add(key3(alpha));
      queries++;
      for (const t of (await oracle(alpha)).terms()) found.set(`${t.p},${t.H},${t.sigma2}`, t);
    };
    // the weights of the facets of the two orders before (the faces repeat with the parity of s)
    for (const alpha of [...seeds, ...before, ...last]) if (!done.has(key3(alpha))) await query(alpha);
    let fs: Vec3[] = [];
    for (;;) {
      const terms = [...found.values()];
      if (terms.length === 0) break; // Y_s has no σ-monomial at all
      const pts = terms.map((t): Vec3 => [t.p, t.H, 2 * t.sigma2]);
      fs = facets(pts).map((f) => f.normal);
      const pending = fs.map((a) => queryWeight(a, q, n)).filter((a) => !done.has(key3(a)));
      if (pending.length === 0) break;
      for (const a of pending) await query(a);
    }
    // Q = P_s now, so every vertex is found; the lattice points inside a bounded edge lie on no
    // facet asked with its own normal when both its facets have a zero p or H weight
    const terms = [...found.values()];
    const pts = terms.map((t): Vec3 => [t.p, t.H, 2 * t.sigma2]);
    for (const face of leadingFaces(pts)) {
      if (face.dim !== 1 || face.facets.some((f) => f.normal[0] > 0 && f.normal[1] > 0)) continue;
      const alpha = interiorDirection(face);
      if (!done.has(key3(alpha))) await query(alpha);
    }
    before = last;
    last = fs.map((a) => queryWeight(a, q, n));
    // every answer of the oracle is a face of P_s for an α with α_p, α_H > 0: a bounded face
    const poly = Poly.fromTerms(found.values());
    const res: NewtonPolyhedron = { s, terms: poly, facets: fs, queries };
    out.push(res);
    options.onPolyhedron?.(res);
  }
  return out;
}
