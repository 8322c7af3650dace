/**
 * Exact nullspaces over Q: A v = 0 for every basis vector, and the dimension cols − rank for
 * matrices built with a known rank (products of random integer factors).
 */
import { describe, expect, it } from 'vitest';
import { nullspace } from '../../../src/solutions/index.js';
import { Rational } from '../../../src/rational/index.js';

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
