/**
 * The merge ⋆ (paper §3, App. B): G ⋆ G' = Σ_u ∂G/∂u ∂G'/∂u = Σ over pairs (edge of G, edge of G')
 * of equal colour of the diagram obtained by deleting both edges and identifying their H- and
 * p-endpoints. Bilinear; results aggregated by isomorphism class.
 */
import { canonicalForm, type CanonicalForm } from '../canon/index.js';
import type { Diagram } from '../diagram/index.js';
import { DiagramSum, type DiagramSumBuilder } from './diagramSum.js';
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
 * Adds weight · (a ⋆ b) to `out`, for two canonical classes. Uses one representative per pair of
 * edge orbits, weighted by the orbit sizes. `canon` lets callers share a cache.
 */
export function mergeClassesInto(
  out: DiagramSumBuilder,
  a: CanonicalForm,
  b: CanonicalForm,
  weight: bigint,
  canon: (d: Diagram) => CanonicalForm = canonicalForm,
): void {
  const ob = orbitsOf(b);
  for (const x of orbitsOf(a)) {
    for (const y of ob) {
      if (x.colour !== y.colour) continue;
      out.add(canon(mergeEdges(a.diagram, x.representative, b.diagram, y.representative)), weight * BigInt(x.size * y.size));
    }
  }
}

/** G ⋆ G' for two canonical classes (integer coefficients). */
export function mergeClasses(a: CanonicalForm, b: CanonicalForm, canon: (d: Diagram) => CanonicalForm = canonicalForm): DiagramSum {
  const out = DiagramSum.builder();
  mergeClassesInto(out, a, b, 1n, canon);
  return out.build();
}

/**
 * Merge of diagrams or linear combinations (bilinear). `onTerm` is called once per term of `x`.
 *
 * @example
 * ```ts
 * const D = diagramD(makeModel({ nu: 3, scenario: 'asym' }));
 * // three classes (one per merged colour), coefficient 4 each
 * merge(D, D).terms().map((t) => t.coeff.toString()); // ['4', '4', '4']
 * ```
 */
export function merge(x: Diagram | DiagramSum, y: Diagram | DiagramSum, onTerm?: () => void): DiagramSum {
  const sx = x instanceof DiagramSum ? x : DiagramSum.of(x);
  const sy = y instanceof DiagramSum ? y : DiagramSum.of(y);
  const out = DiagramSum.builder();
  for (const _ of mergeTerms(out, sx, sy)) onTerm?.();
  return out.build(sx.factor.mul(sy.factor));
}

/**
 * The integer part of x ⋆ y added into `out`, one term of x at a time (yields after each). The
 * loop of {@link merge}, shared with callers that pause between terms; the result carries the
 * factor `x.factor · y.factor`.
 */
export function* mergeTerms(out: DiagramSumBuilder, x: DiagramSum, y: DiagramSum): Generator<void, void, undefined> {
  const ty = [...y.unorderedIntTerms()];
  for (const a of x.unorderedIntTerms()) {
    for (const b of ty) mergeClassesInto(out, a.form, b.form, a.coeff * b.coeff);
    yield;
  }
}
