/**
 * Complex roots of a real polynomial (floats): Aberth–Ehrlich iteration, for the poles of Padé
 * approximants (degrees up to a few dozen).
 */

export interface Complex {
  readonly re: number;
  readonly im: number;
}

/**
 * All roots of Σ c_k x^k (c given in increasing powers; trailing zero coefficients dropped).
 *
 * @example
 * ```ts
 * // x² − 3x + 2 = (x − 1)(x − 2)
 * polynomialRoots([2, -3, 1]).map((z) => Math.round(z.re)).sort(); // [1, 2]
 * ```
 */
export function polynomialRoots(c: readonly number[]): Complex[] {
  let n = c.length - 1;
  while (n > 0 && c[n] === 0) n--;
  if (n <= 0) return [];
  const a = c.slice(0, n + 1).map((v) => v / c[n]!); // monic
  // initial points on a circle of radius the Cauchy bound, rotated off the real axis
  const R = 1 + Math.max(...a.slice(0, n).map(Math.abs));
  const zr = new Float64Array(n);
  const zi = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const th = (2 * Math.PI * k) / n + 0.4;
    zr[k] = R * Math.cos(th);
    zi[k] = R * Math.sin(th);
  }
  for (let iter = 0; iter < 500; iter++) {
    let moved = 0;
    for (let k = 0; k < n; k++) {
      // p and p' at z_k (Horner)
      let pr = 1, pi = 0, dr = 0, di = 0;
      for (let j = n - 1; j >= 0; j--) {
        const ndr = dr * zr[k]! - di * zi[k]! + pr;
        const ndi = dr * zi[k]! + di * zr[k]! + pi;
        dr = ndr;
        di = ndi;
        const npr = pr * zr[k]! - pi * zi[k]! + a[j]!;
        const npi = pr * zi[k]! + pi * zr[k]!;
        pr = npr;
        pi = npi;
      }
      // ratio = p/p'
      const dd = dr * dr + di * di;
      if (dd === 0) continue;
      const rr = (pr * dr + pi * di) / dd;
      const ri = (pi * dr - pr * di) / dd;
      // s = Σ_{j≠k} 1/(z_k − z_j)
      let sr = 0, si = 0;
      for (let j = 0; j < n; j++) {
        if (j === k) continue;
        const xr = zr[k]! - zr[j]!;
        const xi = zi[k]! - zi[j]!;
        const m = xr * xr + xi * xi;
        sr += xr / m;
        si -= xi / m;
      }
      // w = ratio / (1 − ratio·s)
      const br = 1 - (rr * sr - ri * si);
      const bi = -(rr * si + ri * sr);
      const bm = br * br + bi * bi;
      const wr = (rr * br + ri * bi) / bm;
      const wi = (ri * br - rr * bi) / bm;
      zr[k] = zr[k]! - wr;
      zi[k] = zi[k]! - wi;
      moved = Math.max(moved, Math.hypot(wr, wi) / Math.max(1, Math.hypot(zr[k]!, zi[k]!)));
    }
    if (moved < 1e-15) break;
  }
  return Array.from(zr, (re, k) => ({ re, im: Math.abs(zi[k]!) < 1e-12 * Math.max(1, Math.abs(re)) ? 0 : zi[k]! }));
}
