/**
 * The Borel–Laplace integral of the SYM ν=4 ascent solution (paper §9, eq. nu4-loss; App. K):
 *
 *   F(a) = ∫_0^∞ e^{4au² − u} u du,   a ≤ 0,
 *
 * and its derivative F'(a) = 4 ∫_0^∞ e^{4au² − u} u³ du. Floats (double precision).
 *
 * Both come from the moments M_k(c) = ∫_0^∞ u^k e^{−cu² − u} du with c = −4a ≥ 0:
 * F = M_1 and F' = 4M_3. Two evaluation routes, each free of cancellation on its side:
 * - c ≤ 1.2 (|a| ≤ 0.3): the Stieltjes continued fraction
 *   M_0 = 1/(1 + 2c/(1 + 4c/(1 + 6c/(1 + …)))) (Laplace's fraction for erfc after an equivalence
 *   transformation). With the tails Q_k = 1/(1 + 2kc Q_{k+1}) one has exactly
 *   M_k = k! Q_1 Q_2 ⋯ Q_{k+1}, so F = Q_1Q_2 and F' = 24 Q_1Q_2Q_3Q_4 — no subtraction at all.
 * - c > 1.2: with w = 1/(2√c), the erfc form of App. K,
 *   M_0 = √π w erfcx(w),  M_1 = 2w²(1 − M_0),  M_2 = 2w²(M_0 − M_1),  M_3 = 2w²(2M_1 − M_2)
 *   (integration by parts), where M_0 < 0.6 so the differences are benign; no overflow for
 *   large |a| since only erfcx appears. This is F(x) = −1/(8x) + (1/(32x))√(π/(−x)) e^{−1/(16x)}
 *   erfc(1/(4√(−x))) of the paper, rewritten with erfcx.
 */
import { InputError } from '../../../errors.js';
import { erfcx } from './erfcx.js';

/** Largest c = −4a handled by the continued fraction (|a| ≤ 0.3); beyond it the erfcx route is exact to ~1e-16. */
const CF_LIMIT = 1.2;
const SQRT_PI = 1.7724538509055160272981674833411451827975494561223871282138077898;

/**
 * The moments M_0..M_3 of u ↦ e^{−cu² − u} on (0, ∞), for c ≥ 0 (floats).
 * @example
 * ```ts
 * gaussLaplaceMoments(0); // [1, 1, 2, 6]
 * ```
 */
export function gaussLaplaceMoments(c: number): [number, number, number, number] {
  if (!(c >= 0)) throw new InputError(`gaussLaplaceMoments: c must be ≥ 0 (got ${c})`);
  if (c === Infinity) return [0, 0, 0, 0];
  if (c <= CF_LIMIT) {
    const [q1, q2, q3, q4] = stieltjesTails(c);
    const m0 = q1;
    const m1 = m0 * q2;
    const m2 = 2 * m1 * q3;
    const m3 = 3 * m2 * q4;
    return [m0, m1, m2, m3];
  }
  const w = 0.5 / Math.sqrt(c);
  const w2 = 2 * w * w; // = 1/(2c)
  const m0 = SQRT_PI * w * erfcx(w);
  const m1 = w2 * (1 - m0);
  const m2 = w2 * (m0 - m1);
  const m3 = w2 * (2 * m1 - m2);
  return [m0, m1, m2, m3];
}

/**
 * Tails Q_1..Q_4 of the S-fraction 1/(1 + 2c/(1 + 4c/(1 + …))), by backward recurrence from depth N,
 * started at the fixed point of Q = 1/(1 + 2(N+1)cQ); N doubles until Q_1..Q_4 are stable.
 */
function stieltjesTails(c: number): [number, number, number, number] {
  if (c === 0) return [1, 1, 1, 1];
  let prev: [number, number, number, number] | null = null;
  for (let n = 16; n <= 1 << 20; n *= 2) {
    const k0 = n + 1;
    const kc = 2 * k0 * c;
    let q = (Math.sqrt(1 + 4 * kc) - 1) / (2 * kc); // fixed point of q = 1/(1 + kc q)
    const out: [number, number, number, number] = [0, 0, 0, 0];
    for (let k = n; k >= 1; k--) {
      q = 1 / (1 + 2 * k * c * q);
      if (k <= 4) out[k - 1] = q;
    }
    if (prev !== null) {
      let diff = 0;
      for (let i = 0; i < 4; i++) diff = Math.max(diff, Math.abs(out[i]! - prev[i]!) / out[i]!);
      if (diff <= 2e-16) return out;
    }
    prev = out;
  }
  return prev as [number, number, number, number];
}

/**
 * F(a) = ∫_0^∞ e^{4au² − u} u du for a ≤ 0 (paper §9, eq. nu4-loss; erfc form in App. K). Floats.
 * The integral diverges for a > 0: InputError.
 * @example
 * ```ts
 * borelF(0); // 1
 * borelF(-1e6); // ≈ 1.25e-7
 * // (the large-|a| asymptote F(a) ≈ −1/(8a))
 * ```
 */
export function borelF(a: number): number {
  return gaussLaplaceMoments(checkedC(a))[1];
}

/** F'(a) = 4∫_0^∞ e^{4au² − u} u³ du for a ≤ 0 (F'(0) = 24). Floats. */
export function borelFDerivative(a: number): number {
  return 4 * gaussLaplaceMoments(checkedC(a))[3];
}

/** F(a) and F'(a) together (one moment evaluation). */
export function borelFWithDerivative(a: number): { F: number; dF: number } {
  const m = gaussLaplaceMoments(checkedC(a));
  return { F: m[1], dF: 4 * m[3] };
}

function checkedC(a: number): number {
  if (Number.isNaN(a)) throw new InputError('borelF: argument is NaN');
  if (a > 0) throw new InputError(`borelF: F(a) = ∫ e^{4au²−u} u du diverges for a > 0 (got a = ${a})`);
  return -4 * a;
}
