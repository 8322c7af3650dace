/**
 * The loss as diagrams (paper eq. loss_D_R_decomposition, generalised to delta-pattern targets):
 * L = ½D_{2ν} − Σ_π c_π R_π + ½‖F‖². For exact integer arithmetic in the hot loops the weight
 * part is kept as L − ½‖F‖² = scale · Σ_X n_X X with integer n_X and a rational scale.
 */
import { canonicalForm, type CanonicalForm } from '../canon/canonicalForm.js';
import { diagramD, diagramR } from '../diagram/builders.js';
import type { Model } from '../model/model.js';
import { targetNormSquared } from '../model/target.js';
import { Poly } from '../rational/poly.js';
import { lcm } from '../rational/integers.js';
import { Rational } from '../rational/rational.js';

export interface IntTerm {
  readonly form: CanonicalForm;
  readonly coeff: bigint;
}

export interface LossDiagrams {
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
  const terms = new Map<string, { form: CanonicalForm; coeff: bigint }>();
  const add = (form: CanonicalForm, c: bigint) => {
    const old = terms.get(form.key);
    if (old) old.coeff += c;
    else terms.set(form.key, { form, coeff: c });
  };
  add(canonicalForm(diagramD(model)), den);
  for (const t of model.target.terms) {
    const n = t.coeff.mul(2n * den);
    add(canonicalForm(diagramR(model, t.pattern)), -n.num);
  }
  const norm = targetNormSquared(model.target, model.nu);
  const constant = Poly.fromTerms(norm.map((c, k) => ({ coeff: c.mul(Rational.of(1, 2)), p: k, H: 0, sigma2: 0 })));
  return {
    terms: [...terms.values()].filter((t) => t.coeff !== 0n),
    scale: Rational.of(1n, 2n * den),
    constant,
  };
}
