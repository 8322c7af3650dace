/**
 * Test-only reference quadrature, independent of the library: adaptive Simpson with Richardson
 * correction, started on a uniform split so that narrow features are not missed.
 */
export function adaptiveSimpson(f: (x: number) => number, a: number, b: number, relTol = 1e-13, initialPanels = 16): number {
  const h = (b - a) / initialPanels;
  let total = 0;
  const panels: [number, number, number, number, number, number][] = [];
  for (let i = 0; i < initialPanels; i++) {
    const lo = a + i * h;
    const hi = i === initialPanels - 1 ? b : lo + h;
    const flo = f(lo);
    const fhi = f(hi);
    const fm = f(0.5 * (lo + hi));
    const s = ((hi - lo) / 6) * (flo + 4 * fm + fhi);
    panels.push([lo, hi, flo, fm, fhi, s]);
    total += Math.abs(s);
  }
  const absTol = relTol * Math.max(total, 1e-300);
  let sum = 0;
  for (const [lo, hi, flo, fm, fhi, s] of panels) sum += refine(f, lo, hi, flo, fm, fhi, s, absTol / initialPanels, 60);
  return sum;
}

function refine(f: (x: number) => number, a: number, b: number, fa: number, fm: number, fb: number, whole: number, tol: number, depth: number): number {
  const m = 0.5 * (a + b);
  const lm = 0.5 * (a + m);
  const rm = 0.5 * (m + b);
  const flm = f(lm);
  const frm = f(rm);
  const left = ((m - a) / 6) * (fa + 4 * flm + fm);
  const right = ((b - m) / 6) * (fm + 4 * frm + fb);
  const delta = left + right - whole;
  if (depth <= 0 || Math.abs(delta) <= 15 * tol) return left + right + delta / 15;
  return refine(f, a, m, fa, flm, fm, left, tol / 2, depth - 1) + refine(f, m, b, fm, frm, fb, right, tol / 2, depth - 1);
}

/** F(a) = ∫_0^∞ e^{4au²−u} u^k du (k = 1 or 3) for a ≤ 0, by quadrature in u = v/(1 + 2√|a|), v ∈ [0, 45]. */
export function borelMomentByQuadrature(a: number, k: 1 | 3, relTol = 1e-14): number {
  const scale = 1 / (1 + 2 * Math.sqrt(-a));
  const g = (v: number): number => {
    const u = v * scale;
    return Math.exp(4 * a * u * u - u) * Math.pow(u, k) * scale;
  };
  return adaptiveSimpson(g, 0, 45, relTol, 64);
}
