import { describe, expect, it } from 'vitest';
import { firstRestrictedGrowth, nextRestrictedGrowth } from '../../src/wick/kernel/restrictedGrowth.js';
import { evenSubsetBasis } from '../../src/wick/kernel/evenSubsetBasis.js';
import { chineseRemainder, modularPrime, primesForBits } from '../../src/wick/modularPrimes.js';
import { stirlingFirstKind, fallingFactorialToPoly } from '../../src/wick/fallingFactorial.js';
import { Rational } from '../../src/rational/index.js';
import { BlockPartitionSums } from '../../src/wick/kernel/blockPartitionSums.js';
import { TypedPartitionSums } from '../../src/wick/kernel/typedPartitionSums.js';
import type { Arithmetic, InnerRows } from '../../src/wick/kernel/partitionSumKernel.js';
import { reduceModulo } from '../../src/wick/kernel/reduceModulo.js';
import { ExactSums } from '../../src/wick/exactSums.js';
import { cheapestPlan, MIN_COST_TO_COMPARE } from '../../src/wick/outerPartitionSums.js';
import { bellByRecurrence, gaussianMoment, randInt, rng } from './helpers.js';

describe('restricted growth strings', () => {
  const bell = bellByRecurrence(9);
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

/** Σ over set partitions of n nodes into k blocks of Π_B Π_j (r_j − 1)!!, by listing the partitions. */
function partitionSumsByListing(n: number, cols: number, counts: Int32Array): bigint[] {
  const out = new Array<bigint>(n + 1).fill(0n);
  const a = new Int32Array(n);
  const m = new Int32Array(n);
  firstRestrictedGrowth(a, m, n);
  do {
    const k = n === 0 ? 0 : m[n - 1]! + 1;
    let prod = 1n;
    for (let block = 0; block < k; block++) {
      for (let j = 0; j < cols; j++) {
        let r = 0;
        for (let v = 0; v < n; v++) if (a[v] === block) r += counts[v * cols + j]!;
        prod *= gaussianMoment(r);
      }
    }
    out[k]! += prod;
  } while (nextRestrictedGrowth(a, m, n));
  return out;
}

/** log2 of Bell(n)·Π_j (colTotal_j − 1)!!, a bound on every value a kernel computes. */
function log2KernelBound(n: number, cols: number, counts: Int32Array): number {
  let bell = 0;
  const a = new Int32Array(n);
  const m = new Int32Array(n);
  firstRestrictedGrowth(a, m, n);
  do bell++;
  while (nextRestrictedGrowth(a, m, n));
  let x = Math.log2(bell);
  for (let j = 0; j < cols; j++) {
    let total = 0;
    for (let v = 0; v < n; v++) total += counts[v * cols + j]!;
    x += Math.log2(Number(gaussianMoment(total)));
  }
  return x;
}

/**
 * Random rows of edge counts with even column totals (with `alike`, many rows repeat), drawn
 * again until the kernel bound is below 2^maxLog2Bound.
 */
function randomRows(r: () => number, n: number, cols: number, alike: boolean, maxLog2Bound = 52): Int32Array {
  for (;;) {
    const counts = randomRowsOnce(r, n, cols, alike);
    if (log2KernelBound(n, cols, counts) < maxLog2Bound) return counts;
  }
}

function randomRowsOnce(r: () => number, n: number, cols: number, alike: boolean): Int32Array {
  const counts = new Int32Array(n * cols);
  const kinds = alike ? randInt(r, 1, 3) : n;
  const kindRows = Array.from({ length: kinds }, () => Array.from({ length: cols }, () => (r() < 0.4 ? randInt(r, 1, 3) : 0)));
  for (let v = 0; v < n; v++) for (let j = 0; j < cols; j++) counts[v * cols + j] = kindRows[v % kinds]![j]!;
  // Make every column total even by adding one edge to a random node.
  for (let j = 0; j < cols; j++) {
    let total = 0;
    for (let v = 0; v < n; v++) total += counts[v * cols + j]!;
    if (total % 2) counts[randInt(r, 0, n - 1) * cols + j]!++;
  }
  return counts;
}

const exactArithmetic = (maxR: number): Arithmetic => ({
  modulus: 0,
  inverse: 0,
  doubleFactorial: Float64Array.from({ length: maxR + 1 }, (_, r) => Number(gaussianMoment(r))),
});
const residueArithmetic = (maxR: number, prime: number): Arithmetic => ({
  modulus: prime,
  inverse: 1 / prime,
  doubleFactorial: Float64Array.from({ length: maxR + 1 }, (_, r) => Number(gaussianMoment(r) % BigInt(prime))),
});

describe('partition-sum kernels', () => {
  it('reduceModulo agrees with BigInt remainders up to 2^53', () => {
    const r = rng(61);
    for (let i = 0; i < 4; i++) {
      const m = modularPrime(i);
      for (let t = 0; t < 2000; t++) {
        const x = t < 3 ? [0, m - 1, 2 ** 53 - 1][t]! : Math.floor(r() * 2 ** 53);
        expect(reduceModulo(x, m, 1 / m)).toBe(Number(BigInt(x) % BigInt(m)));
      }
    }
  });

  it('both kernels give the partition sums found by listing all partitions, and identical results', () => {
    const r = rng(2718);
    for (let t = 0; t < 300; t++) {
      const n = randInt(r, 1, 8);
      const cols = randInt(r, 1, 6);
      const counts = randomRows(r, n, cols, t % 2 === 0);
      const want = partitionSumsByListing(n, cols, counts);
      const maxR = counts.reduce((a, x) => a + x, 0);
      const arithmetic = exactArithmetic(maxR);
      const rows: InnerRows = { n, cols, counts };
      const blocks = new BlockPartitionSums();
      const types = new TypedPartitionSums();
      blocks.plan(rows);
      types.plan(rows);
      const outBlocks = new Float64Array(n + 1);
      const outTypes = new Float64Array(n + 1);
      blocks.run(arithmetic, outBlocks);
      types.run(arithmetic, outTypes);
      expect([...outBlocks]).toEqual([...outTypes]);
      expect([...outBlocks].map(BigInt)).toEqual(want);
    }
  });

  it('cost estimates: 3^d with 2^d the number of even sets; 2·Π C(m_t + 2, 2) over types', () => {
    const r = rng(1414);
    for (let t = 0; t < 100; t++) {
      const n = randInt(r, 1, 8);
      const cols = randInt(r, 1, 5);
      const counts = randomRows(r, n, cols, t % 2 === 0);
      let even = 0;
      for (let S = 0; S < 1 << n; S++) {
        let ok = true;
        for (let j = 0; j < cols && ok; j++) {
          let sum = 0;
          for (let v = 0; v < n; v++) if (S & (1 << v)) sum += counts[v * cols + j]!;
          ok = sum % 2 === 0;
        }
        if (ok) even++;
      }
      const rows: InnerRows = { n, cols, counts };
      expect(new BlockPartitionSums().plan(rows)).toBe(3 ** Math.log2(even));
      const mult = new Map<string, number>();
      for (let v = 0; v < n; v++) {
        const key = counts.subarray(v * cols, (v + 1) * cols).join(',');
        mult.set(key, (mult.get(key) ?? 0) + 1);
      }
      const pairs = [...mult.values()].reduce((a, m) => (a * (m + 1) * (m + 2)) / 2, 1);
      expect(new TypedPartitionSums().plan(rows)).toBe(2 * pairs);
    }
  });

  it('residues modulo several primes, Chinese-remaindered, equal the exact sums (both kernels)', () => {
    const r = rng(1618);
    for (let t = 0; t < 100; t++) {
      const n = randInt(r, 1, 7);
      const cols = randInt(r, 1, 4);
      const counts = randomRows(r, n, cols, t % 2 === 0);
      const maxR = counts.reduce((a, x) => a + x, 0);
      const rows: InnerRows = { n, cols, counts };
      for (const kernel of [new BlockPartitionSums(), new TypedPartitionSums()]) {
        kernel.plan(rows);
        const exact = new Float64Array(n + 1);
        kernel.run(exactArithmetic(maxR), exact);
        const moduli = [0, 1, 2].map(modularPrime);
        const residues = moduli.map((p) => {
          const out = new Float64Array(n + 1);
          kernel.run(residueArithmetic(maxR, p), out);
          return out;
        });
        for (let k = 0; k <= n; k++) {
          expect(chineseRemainder(residues.map((x) => x[k]!), moduli)).toBe(BigInt(exact[k]!));
        }
      }
    }
  });

  it('ExactSums: the doubles path and the Chinese-remainder path give the same table', () => {
    const r = rng(577);
    for (let t = 0; t < 40; t++) {
      const n = randInt(r, 1, 7);
      const cols = randInt(r, 1, 4);
      const kernel = new BlockPartitionSums();
      const maxR = 40;
      const doubleFactorials = Array.from({ length: maxR + 1 }, (_, x) => gaussianMoment(x));
      const viaDoubles = new ExactSums({ rows: 3, cols: n + 1, doubleFactorials, exactBits: 52 });
      const viaResidues = new ExactSums({ rows: 3, cols: n + 1, doubleFactorials, exactBits: 0 });
      const want = Array.from({ length: 3 }, () => new Array<bigint>(n + 1).fill(0n));
      for (let s = 0; s < 5; s++) {
        const counts = randomRows(r, n, cols, false, 48);
        kernel.plan({ n, cols, counts });
        const listed = partitionSumsByListing(n, cols, counts);
        const log2Bound = log2KernelBound(n, cols, counts);
        const row = randInt(r, 0, 2);
        viaDoubles.add(row, log2Bound, kernel);
        viaResidues.add(row, log2Bound, kernel);
        for (let k = 0; k <= n; k++) want[row]![k]! += listed[k]!;
      }
      expect(viaDoubles.result()).toEqual(want);
      expect(viaResidues.result()).toEqual(want);
    }
  });
});

describe('kernel choice', () => {
  /** A kernel stand-in with a fixed cost estimate that records whether it was planned. */
  const fake = (cost: number) => {
    const k = { planned: false, plan: () => ((k.planned = true), cost), run: () => {}, release: () => {} };
    return k;
  };
  const rows: InnerRows = { n: 0, cols: 0, counts: new Int32Array(0) };
  it('runs the kernel with the lowest cost estimate (the first on ties)', () => {
    const [a, b, c] = [fake(3 ** 8), fake(100), fake(5000)];
    expect(cheapestPlan([a, b, c], rows)).toBe(b);
    const [d, e] = [fake(3 ** 7), fake(3 ** 7)];
    expect(cheapestPlan([d, e], rows)).toBe(d);
  });
  it(`plans no further kernel once a plan costs fewer than ${MIN_COST_TO_COMPARE} steps`, () => {
    const [a, b] = [fake(MIN_COST_TO_COMPARE - 1), fake(1)];
    expect(cheapestPlan([a, b], rows)).toBe(a);
    expect(b.planned).toBe(false);
    const [c, d] = [fake(MIN_COST_TO_COMPARE), fake(1)];
    expect(cheapestPlan([c, d], rows)).toBe(d);
  });
  it('on real rows: typed plan chosen when many rows are alike, even-set plan when none are', () => {
    // 12 equal rows with one edge into each of two columns: d = 11 (3^11 steps) against
    // 2·C(14, 2) = 182 steps over type vectors.
    const alike: InnerRows = { n: 12, cols: 2, counts: new Int32Array(24).fill(1) };
    const blocks = new BlockPartitionSums();
    const types = new TypedPartitionSums();
    expect(cheapestPlan([blocks, types], alike)).toBe(types);
    // 8 distinct rows (node v has 2 edges into column v): d = 8 (6561 steps) against 2·3^8.
    const distinct: InnerRows = { n: 8, cols: 8, counts: new Int32Array(64) };
    for (let v = 0; v < 8; v++) distinct.counts[v * 8 + v] = 2;
    expect(cheapestPlan([blocks, types], distinct)).toBe(blocks);
  });
});
