/**
 * The loss as diagrams (paper eq. loss_D_R_decomposition, generalised to delta-pattern targets):
 * L = ½D_{2ν} − Σ_π c_π R_π + ½‖F‖². For exact integer arithmetic in the hot loops the weight
 * part is kept as L − ½‖F‖² = scale · Σ_X n_X X with integer n_X and a rational scale.
 */
import { canonicalForm } from '../canon/index.js';
import { diagramD, diagramR } from '../diagram/index.js';
import { DiagramSum, type IntTerm } from '../merge/index.js';
import { type Model, targetNormSquared } from '../model/index.js';
import { Poly, lcm, Rational } from '../rational/index.js';

export type { IntTerm };

export interface LossDiagrams {
  /** L − ½‖F‖² as a diagram sum (its `factor` is `scale`, its integer terms are `terms`) */
  readonly sum: DiagramSum;
  /** integer combination Σ n_X X of D and the R_π */
  readonly terms: readonly IntTerm[];
  /** L − ½‖F‖² = scale · Σ n_X X */
  readonly scale: Rational;
  /** ½‖F‖² as a polynomial in p */
  readonly constant: Poly;
}

export function lossDiagrams(model: Model): LossDiagrams {
  let den = 1n;
  for (const t of model.target.terms) den = lcm(den, t.coeff.den);
  // L − const = (1/(2·den)) · (den·D − Σ 2·den·c_π R_π)
  const b = DiagramSum.builder();
  b.add(canonicalForm(diagramD(model)), den);
  for (const t of model.target.terms) b.add(canonicalForm(diagramR(model, t.pattern)), -t.coeff.mul(2n * den).num);
  const sum = b.build(Rational.of(1n, 2n * den));
  const norm = targetNormSquared(model.target, model.nu);
  const constant = Poly.fromTerms(norm.map((c, k) => ({ coeff: c.mul(Rational.of(1, 2)), p: k, H: 0, sigma2: 0 })));
  return { sum, terms: [...sum.unorderedIntTerms()], scale: sum.factor, constant };
}
