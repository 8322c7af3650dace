/**
 * Exact linear algebra over Q: row echelon form, rank, nullspace and the solution of a square
 * system. Rows are cleared of denominators first; elimination then stays in the integers (each
 * row divided by the gcd of its entries after every step), so no rational arithmetic is needed in
 * the inner loop.
 */
import { gcd, lcm } from './integers.js';
import { Rational } from './rational.js';

/** Row of integers with a common factor removed; sign kept. */
function primitive(row: bigint[]): bigint[] {
  let g = 0n;
  for (const x of row) if (x !== 0n) g = g === 0n ? (x < 0n ? -x : x) : gcd(g, x);
  return g > 1n ? row.map((x) => x / g) : row;
}

/** A rational row scaled by the lcm of its denominators: a row of integers with the same kernel. */
export function integerRow(row: readonly Rational[]): bigint[] {
  let d = 1n;
  for (const x of row) d = lcm(d, x.den);
  return primitive(row.map((x) => x.num * (d / x.den)));
}

/** Reduced echelon form over Z: `rows[i]` has its pivot at column `pivots[i]`, zero in every other pivot column. */
interface Echelon {
  readonly rows: readonly (readonly bigint[])[];
  readonly pivots: readonly number[];
}

/** Gauss–Jordan elimination on the first `cols` columns (later columns, e.g. a right-hand side, follow along). */
function echelon(rows: readonly (readonly Rational[])[], cols: number): Echelon {
  const m = rows.map(integerRow);
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    let p = -1;
    for (let i = r; i < m.length; i++) if (m[i]![c] !== 0n) { p = i; break; }
    if (p < 0) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    const pr = m[r]!;
    for (let i = 0; i < m.length; i++) {
      if (i === r || m[i]![c] === 0n) continue;
      const a = pr[c]!;
      const b = m[i]![c]!;
      const g = gcd(a, b);
      const fa = a / g;
      const fb = b / g;
      m[i] = primitive(m[i]!.map((x, j) => x * fa - pr[j]! * fb));
    }
    pivots.push(c);
    r++;
  }
  return { rows: m.slice(0, r), pivots };
}

/**
 * The rank of a matrix over Q.
 *
 * @example
 * ```ts
 * const R = (x: number) => Rational.of(x);
 * rank([[R(1), R(2)], [R(2), R(4)]]); // 1
 * ```
 */
export function rank(rows: readonly (readonly Rational[])[]): number {
  return echelon(rows, rows[0]?.length ?? 0).pivots.length;
}

/**
 * A basis of { v : A v = 0 } for A with `cols` columns, as primitive integer vectors (entries
 * with gcd 1): one per free column f of the reduced echelon form, vanishing at the other free
 * columns.
 *
 * @example
 * ```ts
 * const R = (x: number) => Rational.of(x);
 * nullspace([[R(1), R(2), R(3)], [R(2), R(4), R(6)]], 3).map((v) => v.join(' ')); // ["-2 1 0", "-3 0 1"]
 * ```
 */
export function nullspace(rows: readonly (readonly Rational[])[], cols: number): bigint[][] {
  const { rows: m, pivots } = echelon(rows, cols);
  const pivotSet = new Set(pivots);
  const basis: bigint[][] = [];
  for (let f = 0; f < cols; f++) {
    if (pivotSet.has(f)) continue;
    // v_f = L, v_pivot(i) = −L·m[i][f]/m[i][pivot(i)], other free entries 0
    let L = 1n;
    for (let i = 0; i < pivots.length; i++) {
      if (m[i]![f] !== 0n) L = lcm(L, m[i]![pivots[i]!]!);
    }
    const v = new Array<bigint>(cols).fill(0n);
    v[f] = L;
    for (let i = 0; i < pivots.length; i++) v[pivots[i]!] = (-L * m[i]![f]!) / m[i]![pivots[i]!]!;
    basis.push(primitive(v));
  }
  return basis;
}

/**
 * The unique solution x of A x = b for a square A (n rows of n + 1 entries: A's row, then b's
 * entry), or null when A is singular.
 *
 * @example
 * ```ts
 * const R = (x: number) => Rational.of(x);
 * // x + y = 3, x − y = 1
 * solveLinear([[R(1), R(1), R(3)], [R(1), R(-1), R(1)]], 2)?.map(String); // ["2", "1"]
 * ```
 */
export function solveLinear(augmented: readonly (readonly Rational[])[], n: number): Rational[] | null {
  if (augmented.length !== n) return null;
  const { rows: m, pivots } = echelon(augmented, n);
  if (pivots.length < n) return null;
  return m.map((row, i) => Rational.of(row[n]!, row[i]));
}
