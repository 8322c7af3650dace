/**
 * The face of a Pareto polygon that a set of leading monomials lies on, named by the Fig. 2
 * labels of the hull vertices it contains ("B-C", "C", "polygon").
 */
import { diagramCount } from './paretoFront.js';
import type { ParetoPolygon } from './polygon.js';

/** null when a monomial is not on the front (e.g. the constant ½‖F‖²) or no vertex is reached. */
export function faceOf(
  polygon: ParetoPolygon,
  nu: number,
  s: number,
  terms: readonly { p: number; H: number; sigma2: number }[],
): string | null {
  const keys = new Set<string>();
  for (const t of terms) {
    const sD = diagramCount(nu, s, t.sigma2);
    if (t.sigma2 === 0 || !sD.isInteger()) return null;
    keys.add(`${sD.toString()},${t.H}`);
  }
  const onFront = new Set(polygon.points.map((p) => `${p.sD},${p.n}`));
  if ([...keys].some((k) => !onFront.has(k))) return null;
  const vs = polygon.vertices.filter((v) => keys.has(`${v.sD},${v.n}`));
  if (vs.length === 0) return null;
  if (vs.length === polygon.vertices.length && vs.length >= 3) return 'polygon';
  return vs.map((v) => v.labels.join('=')).join('-');
}
