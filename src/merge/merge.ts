/**
 * The merge ⋆ (paper §3, App. B): G ⋆ G' = Σ_u ∂G/∂u ∂G'/∂u = Σ over pairs (edge of G, edge of G')
 * of equal colour of the diagram obtained by deleting both edges and identifying their H- and
 * p-endpoints. Bilinear; results aggregated by isomorphism class.
 */
import { canonicalForm, type CanonicalForm } from '../canon/canonicalForm.js';
import type { Diagram } from '../diagram/diagram.js';
import { DiagramSum, type DiagramTerm } from './diagramSum.js';
import { edgeOrbits, type EdgeOrbit } from './edgeOrbits.js';
import { mergeEdges } from './mergeEdges.js';

/** Edge orbits of a canonical class, memoised on the (frozen) form object. */
const orbitCache = new WeakMap<CanonicalForm, EdgeOrbit[]>();
export function orbitsOf(form: CanonicalForm): EdgeOrbit[] {
  let o = orbitCache.get(form);
  if (!o) {
    o = edgeOrbits(form.diagram, form.generators);
    orbitCache.set(form, o);
  }
  return o;
}

/**
 * G ⋆ G' for two canonical classes, as class → integer multiplicity. Uses one representative per
 * pair of edge orbits, weighted by the orbit sizes. `canon` lets callers share a cache.
 */
export function mergeClasses(
  a: CanonicalForm,
  b: CanonicalForm,
  canon: (d: Diagram) => CanonicalForm = canonicalForm,
): Map<string, { form: CanonicalForm; count: bigint }> {
  const out = new Map<string, { form: CanonicalForm; count: bigint }>();
  const ob = orbitsOf(b);
  for (const x of orbitsOf(a)) {
    for (const y of ob) {
      if (x.colour !== y.colour) continue;
      const form = canon(mergeEdges(a.diagram, x.representative, b.diagram, y.representative));
      const count = BigInt(x.size * y.size);
      const old = out.get(form.key);
      if (old) old.count += count;
      else out.set(form.key, { form, count });
    }
  }
  return out;
}

/**
 * Merge of diagrams or linear combinations (bilinear).
 *
 * @example
 * ```ts
 * const D = diagramD(makeModel({ nu: 3, scenario: 'asym' }));
 * merge(D, D).terms(); // three classes (one per merged colour), coefficient 4 each
 * ```
 */
export function merge(x: Diagram | DiagramSum, y: Diagram | DiagramSum): DiagramSum {
  const sx = x instanceof DiagramSum ? x : DiagramSum.of(x);
  const sy = y instanceof DiagramSum ? y : DiagramSum.of(y);
  const terms: DiagramTerm[] = [];
  for (const tx of sx.terms()) {
    for (const ty of sy.terms()) {
      const c = tx.coeff.mul(ty.coeff);
      for (const { form, count } of mergeClasses(tx.form, ty.form).values()) terms.push({ form, coeff: c.mul(count) });
    }
  }
  return DiagramSum.fromTerms(terms);
}
