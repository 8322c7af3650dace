/**
 * Front, polygon and Theorem 4.1 check of one coefficient Y_s, as reported by `gfd pareto`.
 */
import type { Model } from '../model/index.js';
import type { Poly } from '../rational/index.js';
import { paretoFront, type ParetoTerm } from './paretoFront.js';
import { paretoPolygon, type ParetoPolygon } from './polygon.js';
import { compareFront, conjecturedOddSymTerms, theoremApplies, theoremParetoExponents, type FrontCheck } from './theorem41.js';

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
}

export function analyseFront(model: Model, s: number, y: Poly): FrontAnalysis {
  const terms = paretoFront(y, model.nu, s);
  const polygon = paretoPolygon(terms);
  let check: TheoremCheck | null = null;
  if (model.target.name === 'identity') {
    check = theoremApplies(model.nu, model.scenario)
      ? { against: 'theorem', ...compareFront(terms, theoremParetoExponents(model.nu, model.scenario, s)) }
      : { against: 'conjecture', ...compareFront(terms, conjecturedOddSymTerms(model.nu, s)) };
  }
  return { s, terms, polygon, check };
}
