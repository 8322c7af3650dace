/**
 * Falling factorials (x)_k = x(x−1)…(x−k+1) and their expansion in powers of x through the
 * signed Stirling numbers of the first kind: (x)_k = Σ_j s(k, j) x^j.
 */
import { Poly } from '../rational/index.js';

/** Signed Stirling numbers of the first kind s(k, j), 0 ≤ j ≤ k ≤ n, as rows of BigInt. */
export function stirlingFirstKind(n: number): bigint[][] {
  const s: bigint[][] = [[1n]];
  for (let k = 0; k < n; k++) {
    // (x)_{k+1} = (x)_k · (x − k)
    const prev = s[k]!;
    const next = new Array<bigint>(k + 2).fill(0n);
    for (let j = 0; j <= k; j++) {
      next[j + 1]! += prev[j]!;
      next[j]! -= BigInt(k) * prev[j]!;
    }
    s.push(next);
  }
  return s;
}

/**
 * σ^{2·sigma2} Σ_{kH, kp} counts[kH][kp] (H)_{kH} (p)_{kp} as a polynomial in p, H, σ².
 *
 * @example
 * ```ts
 * fallingFactorialToPoly([[0n, 0n], [0n, 1n]], 0).toString(); // "p*H"
 * fallingFactorialToPoly([[0n, 0n, 1n]], 0).toString();        // "p^2 - p"
 * ```
 */
export function fallingFactorialToPoly(counts: readonly (readonly bigint[])[], sigma2: number): Poly {
  const maxK = Math.max(counts.length - 1, ...counts.map((r) => r.length - 1), 0);
  const s = stirlingFirstKind(maxK);
  // Monomial coefficients, key a·(maxK+1) + b for H^a p^b.
  const acc = new Map<number, bigint>();
  for (let kH = 0; kH < counts.length; kH++) {
    const row = counts[kH]!;
    for (let kp = 0; kp < row.length; kp++) {
      const c = row[kp]!;
      if (c === 0n) continue;
      for (let a = 0; a <= kH; a++) {
        const sa = s[kH]![a]!;
        if (sa === 0n) continue;
        for (let b = 0; b <= kp; b++) {
          const sb = s[kp]![b]!;
          if (sb === 0n) continue;
          const key = a * (maxK + 1) + b;
          acc.set(key, (acc.get(key) ?? 0n) + c * sa * sb);
        }
      }
    }
  }
  const out = Poly.builder();
  for (const [key, c] of acc) if (c !== 0n) out.add(c, key % (maxK + 1), Math.floor(key / (maxK + 1)), sigma2);
  return out.build();
}
