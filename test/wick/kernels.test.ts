import { describe, expect, it } from 'vitest';
import { firstRestrictedGrowth, nextRestrictedGrowth } from '../../src/wick/kernel/restrictedGrowth.js';
import { evenSubsetBasis } from '../../src/wick/kernel/evenSubsetBasis.js';
import { chineseRemainder, modularPrime, primesForBits } from '../../src/wick/modularPrimes.js';
import { stirlingFirstKind, fallingFactorialToPoly } from '../../src/wick/fallingFactorial.js';
import { Rational } from '../../src/rational/index.js';
import { randInt, rng } from './helpers.js';

describe('restricted growth strings', () => {
  // Bell numbers from the recurrence B_{n+1} = Σ_k C(n, k) B_k.
  const bell = [1];
  for (let n = 0; n < 9; n++) {
    let s = 0;
    let c = 1;
    for (let k = 0; k <= n; k++) {
      s += c * bell[k]!;
      c = (c * (n - k)) / (k + 1);
    }
    bell.push(s);
  }
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('enumerate each set partition of %i elements once', (n) => {
    const a = new Int32Array(n);
    const m = new Int32Array(n);
    firstRestrictedGrowth(a, m, n);
    const seen = new Set<string>();
    do {
      // restricted growth: a[0] = 0, a[i] ≤ 1 + max a[0..i−1]; prefix maxima kept
      expect(a[0]).toBe(0);
      let max = 0;
      for (let i = 0; i < n; i++) {
        expect(a[i]!).toBeLessThanOrEqual(max + 1);
        max = Math.max(max, a[i]!);
        expect(m[i]).toBe(max);
      }
      seen.add(a.join(','));
    } while (nextRestrictedGrowth(a, m, n));
    expect(seen.size).toBe(bell[n]);
  });
});

describe('basis of the even node sets', () => {
  it('spans exactly the sets with even column sums, in reduced form', () => {
    const r = rng(3);
    for (let t = 0; t < 200; t++) {
      const n = randInt(r, 1, 9);
      const cols = randInt(r, 1, 40); // also more than 32 columns
      const counts = new Int32Array(n * cols);
      for (let i = 0; i < counts.length; i++) counts[i] = r() < 0.3 ? randInt(r, 1, 3) : 0;
      const W = Math.ceil(cols / 32);
      const basis = new Int32Array(n);
      const dim = evenSubsetBasis(n, cols, counts, new Int32Array(n * W), new Int32Array(n), new Int32Array(n), basis);
      const even = new Set<number>();
      for (let S = 0; S < 1 << n; S++) {
        let ok = true;
        for (let j = 0; j < cols && ok; j++) {
          let sum = 0;
          for (let v = 0; v < n; v++) if (S & (1 << v)) sum += counts[v * cols + j]!;
          ok = sum % 2 === 0;
        }
        if (ok) even.add(S);
      }
      const span = new Set<number>();
      for (let i = 0; i < 1 << dim; i++) {
        let x = 0;
        for (let k = 0; k < dim; k++) if (i & (1 << k)) x ^= basis[k]!;
        span.add(x);
      }
      expect(span.size).toBe(1 << dim); // independent
      expect([...span].sort((a, b) => a - b)).toEqual([...even].sort((a, b) => a - b));
      // reduced: the highest node of each basis vector occurs in no other basis vector
      for (let k = 0; k < dim; k++) {
        const pivot = 1 << (31 - Math.clz32(basis[k]!));
        for (let l = 0; l < dim; l++) if (l !== k) expect(basis[l]! & pivot).toBe(0);
      }
    }
  });
});

describe('modular primes and Chinese remaindering', () => {
  it('primes are below 2^26, distinct and prime (trial division in BigInt)', () => {
    const ps = Array.from({ length: 6 }, (_, i) => modularPrime(i));
    expect(new Set(ps).size).toBe(6);
    for (const p of ps) {
      expect(p).toBeLessThan(2 ** 26);
      expect(p).toBeGreaterThan(2 ** 25);
      const P = BigInt(p);
      for (let d = 2n; d * d <= P; d++) expect(P % d === 0n).toBe(false);
    }
  });
  it('rebuilds integers from their residues', () => {
    const r = rng(8);
    for (let t = 0; t < 100; t++) {
      const bits = randInt(r, 1, 150);
      let x = 0n;
      for (let b = 0; b < bits; b++) x = 2n * x + (r() < 0.5 ? 1n : 0n);
      const k = primesForBits(bits);
      const moduli = Array.from({ length: k }, (_, i) => modularPrime(i));
      expect(moduli.reduce((a, m) => a * BigInt(m), 1n) > 1n << BigInt(bits)).toBe(true);
      const residues = moduli.map((m) => Number(x % BigInt(m)));
      expect(chineseRemainder(residues, moduli)).toBe(x);
    }
  });
});

describe('falling factorials', () => {
  it('Stirling numbers of the first kind expand (x)_k; checked by evaluation', () => {
    const s = stirlingFirstKind(12);
    for (let k = 0; k <= 12; k++) {
      for (let x = -3; x <= 15; x++) {
        let ff = 1n;
        for (let i = 0; i < k; i++) ff *= BigInt(x - i);
        let v = 0n;
        for (let j = 0; j <= k; j++) v += s[k]![j]! * BigInt(x) ** BigInt(j);
        expect(v).toBe(ff);
      }
    }
  });
  it('fallingFactorialToPoly evaluates to Σ c (H)_a (p)_b', () => {
    const r = rng(17);
    for (let t = 0; t < 30; t++) {
      const rows = randInt(r, 1, 5);
      const cols = randInt(r, 1, 6);
      const c = Array.from({ length: rows }, () => Array.from({ length: cols }, () => BigInt(randInt(r, 0, 9))));
      const poly = fallingFactorialToPoly(c, 2);
      const ff = (x: number, k: number): bigint => {
        let v = 1n;
        for (let i = 0; i < k; i++) v *= BigInt(x - i);
        return v;
      };
      for (const [p, H] of [[0, 0], [1, 2], [3, 1], [4, 5], [7, 3]] as const) {
        let want = 0n;
        for (let a = 0; a < rows; a++) for (let b = 0; b < cols; b++) want += c[a]![b]! * ff(H, a) * ff(p, b);
        expect(poly.evaluate(p, H, 1).equals(Rational.of(want))).toBe(true);
        expect(poly.evaluate(p, H, 2).equals(Rational.of(want * 4n))).toBe(true);
      }
    }
  });
});
