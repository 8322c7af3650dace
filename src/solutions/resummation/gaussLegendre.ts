/** Gauss–Legendre quadrature nodes and weights on [−1, 1] (floats; Newton on P_n). */

export interface QuadratureRule {
  readonly nodes: Float64Array;
  readonly weights: Float64Array;
}

const rules = new Map<number, QuadratureRule>();

/**
 * The n-point rule, exact for polynomials of degree ≤ 2n − 1.
 *
 * @example
 * ```ts
 * const { nodes, weights } = gaussLegendre(3);
 * nodes.reduce((s, x, i) => s + weights[i]! * x ** 4, 0); // ≈ 0.4
 * ```
 */
export function gaussLegendre(n: number): QuadratureRule {
  const cached = rules.get(n);
  if (cached) return cached;
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let x = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let dp = 0;
    for (let it = 0; it < 100; it++) {
      let p0 = 1, p1 = x;
      for (let k = 2; k <= n; k++) {
        const p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      const pn = n === 0 ? 1 : p1;
      const pm = n === 1 ? 1 : p0;
      dp = (n * (x * pn - pm)) / (x * x - 1);
      const dx = pn / dp;
      x -= dx;
      if (Math.abs(dx) < 1e-16) break;
    }
    nodes[i] = x;
    weights[i] = 2 / ((1 - x * x) * dp * dp);
  }
  const rule = { nodes, weights };
  rules.set(n, rule);
  return rule;
}
