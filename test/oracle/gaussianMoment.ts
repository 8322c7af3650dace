/**
 * Gaussian expectation of a weight polynomial: u_v i.i.d. N(0, σ²), so
 * E[Π_v u_v^{e_v}] = Π_v (e_v − 1)!! σ^{e_v} when every e_v is even, 0 otherwise.
 */
import { exponents, type WeightPoly, type WeightSpace } from './weightPolynomial.js';

/** (2a − 1)!! for a = 0..n. */
function doubleFactorials(n: number): bigint[] {
  const out = [1n];
  for (let a = 1; a <= n; a++) out.push(out[a - 1]! * BigInt(2 * a - 1));
  return out;
}

/**
 * E[P] as integer coefficients by power of σ²: entry l is the coefficient of (σ²)^l.
 */
export function gaussianExpectation(space: WeightSpace, P: WeightPoly): bigint[] {
  const df = doubleFactorials(space.radix);
  const out: bigint[] = [];
  const e = new Int32Array(space.size);
  outer: for (const [key, c] of P) {
    exponents(space, key, e);
    let moment = 1n;
    let degree = 0;
    for (let v = 0; v < space.size; v++) {
      const ev = e[v]!;
      if (ev & 1) continue outer;
      moment *= df[ev >> 1]!;
      degree += ev;
    }
    const l = degree >> 1;
    while (out.length <= l) out.push(0n);
    out[l] = out[l]! + c * moment;
  }
  return out;
}
