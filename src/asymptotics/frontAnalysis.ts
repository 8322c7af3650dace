/**
 * Front, polygon and Theorem 4.1 check of one coefficient Y_s, as reported by `gfd pareto`.
 */
import type { Model } from '../model/index.js';
import type { Poly } from '../rational/index.js';
import { leadingFaces, type Vec3 } from './newtonPolyhedron.js';
import { paretoFront, type ParetoTerm } from './paretoFront.js';
import { paretoPolygon, type ParetoPolygon } from './polygon.js';
import { compareFront, conjecturedOddSymTerms, theoremApplies, theoremParetoExponents, type Exponents, type FrontCheck } from './theorem41.js';

/**
 * What a front holds: `pareto`, every Pareto-optimal monomial; `convex`, those on the bounded
 * faces of the Newton polyhedron conv(supp Y_s) + cone(−e_p, −e_H) (what the contracted engine
 * computes, contracted/contractedPolyhedron.ts): a Pareto-optimal monomial inside the polyhedron
 * is left out.
 */
export type FrontScope = 'pareto' | 'convex';

export interface TheoremCheck extends FrontCheck {
  /** theorem: eq. pareto_terms; conjecture: the SYM odd-ν description (docs/asymptotics.md) */
  readonly against: 'theorem' | 'conjecture';
}

export interface FrontAnalysis {
  readonly s: number;
  readonly terms: ParetoTerm[];
  readonly polygon: ParetoPolygon;
  /** null for targets other than the identity (outside Theorem 4.1) */
  readonly check: TheoremCheck | null;
  readonly scope: FrontScope;
}

/** The exponents among `e` on a bounded face of their own Newton polyhedron. */
export function convexPart(e: readonly Exponents[]): Exponents[] {
  const pts = e.map((x): Vec3 => [x.p, x.H, 2 * x.sigma2]);
  const on = new Set<number>();
  for (const face of leadingFaces(pts)) for (const i of face.points) on.add(i);
  return e.filter((_, i) => on.has(i));
}

/**
 * The front of Y_s (or, with scope `convex`, of the part of Y_s the contracted engine computes),
 * its polygon, and its check against Theorem 4.1 or the odd-ν conjecture (restricted to the
 * predicted monomials on bounded faces of their own polyhedron when the scope is `convex`).
 */
export function analyseFront(model: Model, s: number, y: Poly, scope: FrontScope = 'pareto'): FrontAnalysis {
  const terms = paretoFront(y, model.nu, s);
  const polygon = paretoPolygon(terms);
  let check: TheoremCheck | null = null;
  if (model.target.name === 'identity') {
    const theorem = theoremApplies(model.nu, model.scenario);
    const predicted = theorem ? theoremParetoExponents(model.nu, model.scenario, s) : conjecturedOddSymTerms(model.nu, s);
    check = { against: theorem ? 'theorem' : 'conjecture', ...compareFront(terms, scope === 'convex' ? convexPart(predicted) : predicted) };
  }
  return { s, terms, polygon, check, scope };
}
