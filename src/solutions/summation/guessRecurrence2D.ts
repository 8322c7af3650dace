/**
 * Guessing a linear recurrence with polynomial coefficients for a 2-index array C_{s,n}
 * (s = 0 … S, n ∈ Z, zero outside a finite support in n):
 *   Σ_{(i,j) ∈ [0..r_1]×[0..r_2]} P_{ij}(s, n) C_{s+i, n+j} = 0   for all s ≥ 0, n ∈ Z,
 * P_{ij} of total degree ≤ d. As in one index, exact linear algebra over Q; the equations that
 * reach the last row s = S are held out of the fit and must all hold. Relations carried by a
 * single shift (a polynomial vanishing on the support) are true but empty and are skipped.
 */
import { InputError } from '../../errors.js';
import { LaurentPoly, Rational, nullspace, termExponent } from '../../rational/index.js';

export interface Recurrence2D {
  /** the shifts (i, j) and P_{ij}, a polynomial in the variables s and n */
  readonly terms: readonly { readonly shift: readonly [number, number]; readonly poly: LaurentPoly }[];
}

/** The variables of the P_{ij}; their terms are listed by the power of s, then of n. */
export const RECURRENCE_2D_VARIABLES = ['s', 'n'] as const;

export interface Guess2DOptions {
  /** largest shift in s and in n (default 2, 2) */
  readonly maxShift?: readonly [number, number];
  /** largest total degree of the P_ij (default 2) */
  readonly maxDegree?: number;
  /** least number of nonzero held-out equations (default 2) */
  readonly heldOut?: number;
  /** largest degree in n of the P_ij (default: maxDegree); 0 = coefficients in s alone */
  readonly nDegree?: number;
}

/** The array as rows s = 0 … S of maps n → C_{s,n}. */
export type Array2D = readonly ReadonlyMap<number, Rational>[];

function at(C: Array2D, s: number, n: number): Rational {
  return s < 0 || s >= C.length ? Rational.ZERO : (C[s]!.get(n) ?? Rational.ZERO);
}

/** Σ P_ij(s, n) C_{s+i, n+j} at one point. */
export function recurrence2DResidual(rec: Recurrence2D, C: Array2D, s: number, n: number): Rational {
  let v = Rational.ZERO;
  for (const t of rec.terms) {
    const c = at(C, s + t.shift[0], n + t.shift[1]);
    if (c.isZero()) continue;
    v = v.add(t.poly.substitute({ s, n }).constantValue()!.mul(c));
  }
  return v;
}

/**
 * The recurrence of smallest shift box and degree found, confirmed on the equations that reach
 * the last row; null when none.
 *
 * @example
 * ```ts
 * // binomial coefficients: C_{s+1,n+1} − C_{s,n+1} − C_{s,n} = 0
 * const binom = (s: number, n: number): number => (n === 0 ? 1 : (binom(s, n - 1) * (s - n + 1)) / n);
 * const rows = Array.from({ length: 8 }, (_, s) => new Map(Array.from({ length: s + 1 }, (_, n) => [n, Rational.of(binom(s, n))] as [number, Rational])));
 * recurrence2DText(guessRecurrence2D(rows)!); // "C_{s+1,n+1} - C_{s,n+1} - C_{s,n} = 0"
 * ```
 */
export function guessRecurrence2D(C: Array2D, opts: Guess2DOptions = {}): Recurrence2D | null {
  const [R1, R2] = opts.maxShift ?? [2, 2];
  const D = opts.maxDegree ?? 2;
  const heldOut = opts.heldOut ?? 2;
  const nDegree = opts.nDegree ?? D;
  if (![R1, R2, D, heldOut, nDegree].every((x) => Number.isInteger(x) && x >= 0) || heldOut < 1) throw new InputError('guessRecurrence2D: shifts, degree and held-out count must be non-negative integers (held-out ≥ 1)');
  const S = C.length - 1;
  const ns = C.flatMap((row) => [...row.keys()]);
  if (ns.length === 0) return null;
  const nMin = Math.min(...ns);
  const nMax = Math.max(...ns);
  const boxes: [number, number][] = [];
  for (let r1 = 0; r1 <= R1; r1++) for (let r2 = 0; r2 <= R2; r2++) if (r1 + r2 > 0) boxes.push([r1, r2]);
  boxes.sort((a, b) => (a[0] + 1) * (a[1] + 1) - (b[0] + 1) * (b[1] + 1) || a[0] - b[0]);
  for (let d = 0; d <= D; d++) {
    const monos: [number, number][] = [];
    for (let a = 0; a <= d; a++) for (let b = 0; a + b <= d && b <= nDegree; b++) monos.push([a, b]);
    for (const [r1, r2] of boxes) {
      const shifts: [number, number][] = [];
      for (let i = 0; i <= r1; i++) for (let j = 0; j <= r2; j++) shifts.push([i, j]);
      const cols = shifts.length * monos.length;
      const fit: Rational[][] = [];
      const held: Rational[][] = [];
      for (let s = 0; s + r1 <= S; s++)
        for (let n = nMin - r2; n <= nMax; n++) {
          const row: Rational[] = [];
          for (const [i, j] of shifts) {
            const c = at(C, s + i, n + j);
            for (const [a, b] of monos) row.push(c.mul(Rational.of(s).pow(a)).mul(Rational.of(n).pow(b)));
          }
          if (row.every((x) => x.isZero())) continue;
          (s + r1 === S ? held : fit).push(row);
        }
      if (held.length < heldOut || fit.length < cols - 1) continue;
      const basis = nullspace(fit, cols);
      if (basis.length === 0) continue;
      const holds = (v: bigint[]) => held.every((row) => row.reduce((acc, x, k) => (v[k] === 0n ? acc : acc.add(x.mul(Rational.of(v[k]!)))), Rational.ZERO).isZero());
      if (!basis.every(holds)) continue;
      const toRec = (v: bigint[]): Recurrence2D => ({
        terms: shifts
          .map((shift, k) => ({
            shift,
            poly: LaurentPoly.fromTerms(monos.map(([a, b], m) => ({ coeff: Rational.of(v[k * monos.length + m]!), exponents: [['s', a], ['n', b]] as [string, number][] }))),
          }))
          .filter((t) => !t.poly.isZero()),
      });
      const rec = basis.map(toRec).find((r) => r.terms.length >= 2);
      if (rec) return normalise(rec);
    }
  }
  return null;
}

function normalise(rec: Recurrence2D): Recurrence2D {
  const last = rec.terms[rec.terms.length - 1]!;
  const lead = last.poly.termsBy(RECURRENCE_2D_VARIABLES).at(-1)!.coeff;
  if (lead.sign() > 0) return rec;
  return { terms: rec.terms.map((t) => ({ shift: t.shift, poly: t.poly.neg() })) };
}

/** e.g. `C_{s+1,n+1} - C_{s,n+1} - C_{s,n} = 0` (largest shifts first). */
export function recurrence2DText(rec: Recurrence2D, c = 'C'): string {
  const idx = (v: string, k: number) => (k === 0 ? v : `${v}+${k}`);
  const parts: string[] = [];
  for (const t of [...rec.terms].reverse()) {
    const poly = t.poly
      .terms()
      .map((m) => ({ coeff: m.coeff, a: termExponent(m, 's'), b: termExponent(m, 'n') }))
      .sort((x, y) => y.a + y.b - (x.a + x.b) || y.a - x.a);
    const neg = poly[0]!.coeff.sign() < 0;
    const text = poly
      .map((m, k) => {
        const mono = [m.a ? (m.a === 1 ? 's' : `s^${m.a}`) : '', m.b ? (m.b === 1 ? 'n' : `n^${m.b}`) : ''].filter(Boolean).join('*');
        const c2 = neg ? m.coeff.neg() : m.coeff;
        const a = c2.abs();
        const body = mono === '' ? a.toString() : a.equals(1) ? mono : `${a}*${mono}`;
        return k === 0 ? `${c2.sign() < 0 ? '-' : ''}${body}` : `${c2.sign() < 0 ? ' - ' : ' + '}${body}`;
      })
      .join('');
    const sym = `${c}_{${idx('s', t.shift[0])},${idx('n', t.shift[1])}}`;
    const body = text === '1' ? sym : `${poly.length > 1 ? `(${text})` : text}*${sym}`;
    parts.push(parts.length === 0 ? `${neg ? '-' : ''}${body}` : `${neg ? ' - ' : ' + '}${body}`);
  }
  return `${parts.join('')} = 0`;
}
