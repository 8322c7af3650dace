/**
 * Adaptive piecewise-Chebyshev antiderivative x ↦ ∫_lo^x f (floats).
 *
 * [lo, hi] is bisected until, on every panel, the Chebyshev coefficients of f (interpolated at the
 * n first-kind Chebyshev points — endpoints are never sampled, so integrable endpoint singularities are
 * allowed) decay below `relTol` times the panel's largest |f|, or the panel is narrower than
 * `minWidth`. Each panel's series is integrated term by term, so the antiderivative is continuous
 * and its evaluation costs one Clenshaw sum.
 */

export interface ChebyshevAntiderivativeOptions {
  /** Interpolation points per panel (default 24). */
  points?: number;
  /** Relative size of the last coefficients accepted (default 1e-14; much smaller values meet the rounding floor). */
  relTol?: number;
  /** Panels narrower than this are accepted as they are (default (hi − lo)·1e-13). */
  minWidth?: number;
  /** Safety bound on the number of panels (default 4096). */
  maxPanels?: number;
}

/** A piecewise-Chebyshev antiderivative; see {@link chebyshevAntiderivative}. */
export interface Antiderivative {
  readonly lo: number;
  readonly hi: number;
  /** Number of panels used. */
  readonly panels: number;
  /** ∫_lo^x f, for lo ≤ x ≤ hi (x is clamped to [lo, hi]). */
  at(x: number): number;
  /** The interpolant of f itself at x (for diagnostics and Newton steps). */
  integrand(x: number): number;
}

interface Panel {
  a: number;
  b: number;
  /** Chebyshev coefficients of f on the panel (first one full weight). */
  coef: Float64Array;
  /** Coefficients of the antiderivative (vanishing at a), in the panel variable s ∈ [−1, 1]. */
  icoef: Float64Array;
  /** ∫_lo^a f. */
  offset: number;
}

/**
 * Build the antiderivative of f on [lo, hi].
 * @example
 * ```ts
 * // ∫_0^1 cos = sin 1
 * chebyshevAntiderivative(Math.cos, 0, 1).at(1); // ≈ 0.841470984807897
 * ```
 */
export function chebyshevAntiderivative(
  f: (x: number) => number,
  lo: number,
  hi: number,
  options: ChebyshevAntiderivativeOptions = {},
): Antiderivative {
  const n = options.points ?? 24;
  const relTol = options.relTol ?? 1e-14;
  const minWidth = options.minWidth ?? (hi - lo) * 1e-13;
  const maxPanels = options.maxPanels ?? 4096;
  if (!(hi > lo)) throw new RangeError(`chebyshevAntiderivative: need lo < hi (got ${lo}, ${hi})`);
  const nodes = new Float64Array(n);
  for (let j = 0; j < n; j++) nodes[j] = Math.cos((Math.PI * (j + 0.5)) / n);

  const accepted: Panel[] = [];
  const stack: [number, number][] = [[lo, hi]];
  while (stack.length > 0) {
    const [a, b] = stack.pop() as [number, number];
    const mid = 0.5 * (a + b);
    const half = 0.5 * (b - a);
    const values = new Float64Array(n);
    let scale = 0;
    for (let j = 0; j < n; j++) {
      const v = f(mid + half * nodes[j]!);
      if (!Number.isFinite(v)) throw new RangeError(`chebyshevAntiderivative: integrand not finite at x = ${mid + half * nodes[j]!}`);
      values[j] = v;
      scale = Math.max(scale, Math.abs(v));
    }
    const coef = chebyshevCoefficients(values);
    const tail = Math.max(Math.abs(coef[n - 1]!), Math.abs(coef[n - 2]!), Math.abs(coef[n - 3]!));
    const narrow = b - a <= minWidth;
    if (tail <= relTol * scale || narrow || accepted.length + stack.length >= maxPanels) {
      accepted.push({ a, b, coef, icoef: integrateSeries(coef, half), offset: 0 });
    } else {
      stack.push([mid, b], [a, mid]);
    }
  }
  accepted.sort((p, q) => p.a - q.a);
  let run = 0;
  for (const panel of accepted) {
    panel.offset = run;
    run += clenshaw(panel.icoef, 1);
  }
  const starts = Float64Array.from(accepted, (p) => p.a);

  const locate = (x: number): Panel => {
    let i = 0;
    let j = starts.length - 1;
    while (i < j) {
      const m = (i + j + 1) >> 1;
      if (starts[m]! <= x) i = m;
      else j = m - 1;
    }
    return accepted[i]!;
  };
  return Object.freeze({
    lo,
    hi,
    panels: accepted.length,
    at(x: number): number {
      if (x <= lo) return 0;
      const xc = Math.min(hi, x);
      const p = locate(xc);
      const s = Math.min(1, Math.max(-1, (2 * xc - p.a - p.b) / (p.b - p.a)));
      return p.offset + clenshaw(p.icoef, s);
    },
    integrand(x: number): number {
      const xc = Math.min(hi, Math.max(lo, x));
      const p = locate(xc);
      const s = Math.min(1, Math.max(-1, (2 * xc - p.a - p.b) / (p.b - p.a)));
      return clenshaw(p.coef, s);
    },
  });
}

/** Coefficients c_k with f(s) ≈ Σ_k c_k T_k(s) from values at the first-kind Chebyshev points. */
function chebyshevCoefficients(values: Float64Array): Float64Array {
  const n = values.length;
  const c = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += values[j]! * Math.cos((Math.PI * k * (j + 0.5)) / n);
    c[k] = ((k === 0 ? 1 : 2) / n) * sum;
  }
  return c;
}

/**
 * Antiderivative (in x = mid + half·s, vanishing at s = −1) of Σ c_k T_k(s):
 * ∫T_0 = T_1, ∫T_1 = T_2/4, ∫T_k = T_{k+1}/(2(k+1)) − T_{k−1}/(2(k−1)).
 */
function integrateSeries(c: Float64Array, half: number): Float64Array {
  const n = c.length;
  const out = new Float64Array(n + 1);
  const at = (k: number): number => (k < n ? c[k]! : 0);
  out[1] = at(0) - at(2) / 2;
  for (let k = 2; k <= n; k++) out[k] = (at(k - 1) - at(k + 1)) / (2 * k);
  let atMinusOne = 0;
  for (let k = 1; k <= n; k++) atMinusOne += k % 2 === 0 ? out[k]! : -out[k]!;
  out[0] = -atMinusOne;
  for (let k = 0; k <= n; k++) out[k]! *= half;
  return out;
}

/** Σ_k c_k T_k(s) by Clenshaw's recurrence. */
function clenshaw(c: Float64Array, s: number): number {
  let b1 = 0;
  let b2 = 0;
  for (let k = c.length - 1; k >= 1; k--) {
    const b0 = 2 * s * b1 - b2 + c[k]!;
    b2 = b1;
    b1 = b0;
  }
  return s * b1 - b2 + c[0]!;
}
