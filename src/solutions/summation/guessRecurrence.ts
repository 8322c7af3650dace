/**
 * Guessing a linear recurrence with polynomial coefficients, Σ_{k=0..r} P_k(n) C_{n+k} = 0, for a
 * sequence of exact rationals (paper §5, step 1 of the method). For each ansatz (order r, degree
 * d), by increasing order and then degree, the (r+1)(d+1) unknown coefficients of the P_k solve a
 * linear system over Q built from the first equations only; a solution counts only when it also
 * satisfies every remaining equation (held out, not used in the fit). With too few terms left to
 * hold any out, the ansatz is not tried: no answer rather than a fit that uses every term.
 */
import { InputError } from '../../errors.js';
import { Rational, nullspace } from '../../rational/index.js';
import { makeRecurrence, recurrenceResidual, type Recurrence } from './recurrence.js';

export interface GuessOptions {
  /** largest order r tried (default 4) */
  readonly maxOrder?: number;
  /** largest degree d of the P_k tried (default 6) */
  readonly maxDegree?: number;
  /** equations beyond the (r+1)(d+1) − 1 that pin a one-dimensional solution, used in the fit (default 0) */
  readonly extraFit?: number;
  /** least number of held-out equations (default 2) */
  readonly heldOut?: number;
}

export interface GuessedRecurrence {
  readonly recurrence: Recurrence;
  /** equations n = 0 … fitEquations − 1 determined the coefficients */
  readonly fitEquations: number;
  /** equations n = fitEquations … fitEquations + heldOutEquations − 1 confirmed them */
  readonly heldOutEquations: number;
}

/**
 * The ansätze (r, d) in the order they are tried: order first, then degree, so that a first-order
 * recurrence (a first-order differential equation) is preferred whenever the terms allow one.
 */
export function ansatzOrder(maxOrder: number, maxDegree: number): { r: number; d: number }[] {
  const out: { r: number; d: number }[] = [];
  for (let r = 1; r <= maxOrder; r++) for (let d = 0; d <= maxDegree; d++) out.push({ r, d });
  return out;
}

function equationRow(seq: readonly Rational[], n: number, r: number, d: number): Rational[] {
  const row: Rational[] = [];
  for (let k = 0; k <= r; k++) {
    let pw = Rational.ONE;
    for (let i = 0; i <= d; i++) {
      row.push(pw.mul(seq[n + k]!));
      pw = pw.mul(n);
    }
  }
  return row;
}

/**
 * The recurrence of least order (then least degree) that the sequence satisfies, confirmed on held-out terms;
 * null when none is found within the bounds.
 *
 * @example
 * ```ts
 * // Catalan numbers: (n + 2) C_{n+1} = (4n + 2) C_n
 * const cat = [1, 1, 2, 5, 14, 42, 132, 429, 1430, 4862, 16796].map((x) => Rational.of(x));
 * recurrenceText(guessRecurrence(cat)!.recurrence); // "(n + 2)*C_{n+1} - (4*n + 2)*C_n = 0"
 * ```
 */
export function guessRecurrence(seq: readonly Rational[], opts: GuessOptions = {}): GuessedRecurrence | null {
  const maxOrder = opts.maxOrder ?? 4;
  const maxDegree = opts.maxDegree ?? 6;
  const extra = opts.extraFit ?? 0;
  const heldOut = opts.heldOut ?? 2;
  if (![maxOrder, maxDegree, extra, heldOut].every((x) => Number.isInteger(x) && x >= 0) || maxOrder < 1 || heldOut < 1)
    throw new InputError('guessRecurrence: orders, degrees and counts must be integers (order ≥ 1, held-out ≥ 1)');
  if (seq.every((c) => c.isZero())) return null;
  for (const { r, d } of ansatzOrder(maxOrder, maxDegree)) {
    const unknowns = (r + 1) * (d + 1);
    const fit = unknowns - 1 + extra;
    const equations = seq.length - r; // n = 0 … seq.length − r − 1
    if (equations < fit + heldOut) continue;
    const basis = nullspace(Array.from({ length: fit }, (_, n) => equationRow(seq, n, r, d)), unknowns);
    if (basis.length === 0) continue;
    const recs = basis.map((v) => makeRecurrence(Array.from({ length: r + 1 }, (_, k) => v.slice(k * (d + 1), (k + 1) * (d + 1)).map((x) => Rational.of(x)))));
    // the whole solution space must survive the held-out equations, else the fit was underdetermined
    const held = (rec: Recurrence) => {
      for (let n = fit; n < equations; n++) if (!recurrenceResidual(rec, seq, n).isZero()) return false;
      return true;
    };
    if (!recs.every(held)) continue;
    const rec = recs.find((x) => !x.coeffs[0]!.isZero() && !x.coeffs[r]!.isZero()) ?? recs[0]!;
    return { recurrence: normalise(rec), fitEquations: fit, heldOutEquations: equations - fit };
  }
  return null;
}

/** The leading coefficient of P_r positive. */
function normalise(rec: Recurrence): Recurrence {
  const top = [...rec.coeffs].reverse().find((p) => !p.isZero());
  if (!top || top.leadingCoeff().sign() > 0) return rec;
  return makeRecurrence(rec.coeffs.map((p) => p.neg()));
}
