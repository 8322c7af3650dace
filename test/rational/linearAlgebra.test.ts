/**
 * Exact linear algebra over Q. Nullspaces: A v = 0 for every basis vector, and the dimension
 * cols − rank for matrices built with a known rank (products of random integer factors). Rank and
 * square solves against determinants by the Leibniz formula (a sum over permutations): the rank is
 * the size of the largest nonzero minor, the solution is Cramer's rule.
 */
import { describe, expect, it } from 'vitest';
import { Rational, nullspace, rank, solveLinear } from '../../src/rational/index.js';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('nullspace over Q', () => {
  it('a rank-k product B·C (m×k times k×n) has an (n − k)-dimensional kernel, and A v = 0 exactly', () => {
    const rnd = lcg(7);
    for (const [m, k, n] of [[5, 2, 6], [8, 3, 5], [4, 4, 7], [6, 1, 3]] as const) {
      const B = Array.from({ length: m }, () => Array.from({ length: k }, () => Math.floor(rnd() * 19) - 9));
      const C = Array.from({ length: k }, () => Array.from({ length: n }, () => Rational.of(Math.floor(rnd() * 19) - 9, 1 + Math.floor(rnd() * 4))));
      // B, C random: rank k with probability ~1; check by the kernel dimension of C alone as well
      const A = B.map((row) => C[0]!.map((_, j) => row.reduce((acc, b, i) => acc.add(C[i]![j]!.mul(b)), Rational.ZERO)));
      const basis = nullspace(A, n);
      expect(basis.length).toBe(n - k);
      for (const v of basis) for (const row of A) expect(row.reduce((acc, a, j) => acc.add(a.mul(Rational.of(v[j]!))), Rational.ZERO).isZero()).toBe(true);
    }
  });
  it('full column rank: empty kernel; zero matrix: the unit vectors', () => {
    const R = (x: number) => Rational.of(x);
    expect(nullspace([[R(1), R(0)], [R(0), R(1)], [R(1), R(1)]], 2)).toEqual([]);
    expect(nullspace([[R(0), R(0), R(0)]], 3)).toEqual([[1n, 0n, 0n], [0n, 1n, 0n], [0n, 0n, 1n]]);
  });
});

/** Determinant by the Leibniz formula: Σ over permutations of sign · Π entries. */
function det(A: readonly (readonly Rational[])[]): Rational {
  const n = A.length;
  let total = Rational.ZERO;
  const perm = (prefix: number[], rest: number[]): void => {
    if (rest.length === 0) {
      let inversions = 0;
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (prefix[i]! > prefix[j]!) inversions++;
      let term = Rational.of(inversions % 2 === 0 ? 1 : -1);
      for (let i = 0; i < n; i++) term = term.mul(A[i]![prefix[i]!]!);
      total = total.add(term);
      return;
    }
    for (const x of rest) perm([...prefix, x], rest.filter((y) => y !== x));
  };
  perm([], Array.from({ length: n }, (_, i) => i));
  return total;
}

function subsets(n: number, k: number): number[][] {
  if (k === 0) return [[]];
  if (n < k) return [];
  return [...subsets(n - 1, k - 1).map((s) => [...s, n - 1]), ...subsets(n - 1, k)];
}

/** The largest k with a nonzero k×k minor. */
function minorRank(A: readonly (readonly Rational[])[]): number {
  const m = A.length;
  const n = A[0]?.length ?? 0;
  for (let k = Math.min(m, n); k > 0; k--) {
    for (const rs of subsets(m, k)) for (const cs of subsets(n, k)) if (!det(rs.map((i) => cs.map((j) => A[i]![j]!))).isZero()) return k;
  }
  return 0;
}

describe('rank and square solves over Q', () => {
  const rnd = lcg(11);
  const entry = (zeroBias: number) => (rnd() < zeroBias ? Rational.ZERO : Rational.of(Math.floor(rnd() * 11) - 5, 1 + Math.floor(rnd() * 3)));
  it('rank equals the size of the largest nonzero minor (random sparse matrices up to 4×5)', () => {
    for (let trial = 0; trial < 40; trial++) {
      const m = 1 + Math.floor(rnd() * 4);
      const n = 1 + Math.floor(rnd() * 5);
      const A = Array.from({ length: m }, () => Array.from({ length: n }, () => entry(0.6)));
      expect(rank(A)).toBe(minorRank(A));
    }
  });
  it('solveLinear is Cramer\'s rule when det A ≠ 0 and null when det A = 0', () => {
    let singular = 0;
    for (let trial = 0; trial < 40; trial++) {
      const n = 1 + Math.floor(rnd() * 4);
      const A = Array.from({ length: n }, () => Array.from({ length: n }, () => entry(0.4)));
      const b = Array.from({ length: n }, () => entry(0.2));
      const x = solveLinear(A.map((row, i) => [...row, b[i]!]), n);
      const d = det(A);
      if (d.isZero()) {
        singular++;
        expect(x).toBeNull();
        continue;
      }
      const cramer = Array.from({ length: n }, (_, j) => det(A.map((row, i) => row.map((a, k) => (k === j ? b[i]! : a)))).div(d));
      expect(x!.map(String)).toEqual(cramer.map(String));
    }
    expect(singular).toBeGreaterThan(0);
  });
});
