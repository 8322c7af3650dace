/**
 * The nullspace of a matrix over Q by exact Gaussian elimination. Rows are cleared of
 * denominators first; elimination then stays in the integers (each row divided by the gcd of its
 * entries after every step), so no rational arithmetic is needed in the inner loop.
 */
import { Rational, gcd, lcm } from '../../rational/index.js';

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
  const m = rows.map(integerRow);
  const pivots: number[] = []; // pivot column of echelon row i
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
      const g = gcd(a < 0n ? -a : a, b < 0n ? -b : b);
      const fa = a / g;
      const fb = b / g;
      m[i] = primitive(m[i]!.map((x, j) => x * fa - pr[j]! * fb));
    }
    pivots.push(c);
    r++;
  }
  const pivotSet = new Set(pivots);
  const basis: bigint[][] = [];
  for (let f = 0; f < cols; f++) {
    if (pivotSet.has(f)) continue;
    // v_f = L, v_pivot(i) = −L·m[i][f]/m[i][pivot(i)], other free entries 0
    let L = 1n;
    for (let i = 0; i < pivots.length; i++) {
      const a = m[i]![pivots[i]!]!;
      if (m[i]![f] !== 0n) L = lcm(L, a < 0n ? -a : a);
    }
    const v = new Array<bigint>(cols).fill(0n);
    v[f] = L;
    for (let i = 0; i < pivots.length; i++) v[pivots[i]!] = (-L * m[i]![f]!) / m[i]![pivots[i]!]!;
    basis.push(primitive(v));
  }
  return basis;
}
