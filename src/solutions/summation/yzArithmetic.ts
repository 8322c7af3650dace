/**
 * Ring operations on the limit coefficients c_s(y, z) (YZPoly has only what the limit needs):
 * product, powers, scaling, and exact division in Q[y, z] (lexicographic long division, y > z).
 */
import { YZPoly } from '../../asymptotics/index.js';
import { Rational } from '../../rational/index.js';

export function yzScale(a: YZPoly, k: Rational): YZPoly {
  return YZPoly.fromTerms(a.terms().map((t) => ({ coeff: t.coeff.mul(k), y: t.y, z: t.z })));
}

export function yzSub(a: YZPoly, b: YZPoly): YZPoly {
  return YZPoly.fromTerms([...a.terms(), ...b.terms().map((t) => ({ coeff: t.coeff.neg(), y: t.y, z: t.z }))]);
}

export function yzMul(a: YZPoly, b: YZPoly): YZPoly {
  const out: { coeff: Rational; y: number; z: number }[] = [];
  for (const s of a.terms()) for (const t of b.terms()) out.push({ coeff: s.coeff.mul(t.coeff), y: s.y + t.y, z: s.z + t.z });
  return YZPoly.fromTerms(out);
}

export function yzPow(a: YZPoly, k: number): YZPoly {
  let out = YZPoly.fromTerms([{ coeff: Rational.ONE, y: 0, z: 0 }]);
  for (let i = 0; i < k; i++) out = yzMul(out, a);
  return out;
}

/** The lexicographically leading term (highest y, then z). */
function lead(a: YZPoly) {
  const ts = a.terms();
  return ts.reduce((m, t) => (t.y > m.y || (t.y === m.y && t.z > m.z) ? t : m), ts[0]!);
}

/** a/b when b divides a in Q[y, z], else null. */
export function yzDivide(a: YZPoly, b: YZPoly): YZPoly | null {
  if (b.isZero()) return null;
  const lb = lead(b);
  let rem = a;
  const q: { coeff: Rational; y: number; z: number }[] = [];
  for (let guard = 0; !rem.isZero(); guard++) {
    const lr = lead(rem);
    if (lr.y < lb.y || lr.z < lb.z || guard > 10000) return null;
    const t = YZPoly.fromTerms([{ coeff: lr.coeff.div(lb.coeff), y: lr.y - lb.y, z: lr.z - lb.z }]);
    q.push(t.terms()[0]!);
    rem = yzSub(rem, yzMul(t, b));
  }
  return YZPoly.fromTerms(q);
}
