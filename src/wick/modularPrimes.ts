/**
 * Exact integers from residues: primes just below 2^26 (so that a product of two residues is
 * an exact double) and Chinese remaindering in BigInt.
 */

/** Largest modulus used by the kernels: residues < 2^26, products < 2^52. */
const LIMIT = 2 ** 26;

const primes: number[] = [];

function isPrime(x: number): boolean {
  if (x < 2) return false;
  if (x % 2 === 0) return x === 2;
  for (let d = 3; d * d <= x; d += 2) if (x % d === 0) return false;
  return true;
}

/** The i-th largest prime below 2^26 (i = 0, 1, …), found by trial division and cached. */
export function modularPrime(i: number): number {
  let x = primes.length === 0 ? LIMIT - 1 : primes[primes.length - 1]! - 2;
  while (primes.length <= i) {
    if (isPrime(x)) primes.push(x);
    x -= 2;
  }
  return primes[i]!;
}

/** Number of primes (from {@link modularPrime}) whose product exceeds 2^bits. */
export function primesForBits(bits: number): number {
  // Each prime exceeds 2^25.99.
  return Math.max(1, Math.ceil((bits + 1) / 25.99));
}

function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [((a % m) + m) % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return ((s0 % m) + m) % m;
}

/**
 * The unique x in [0, Π m_i) with x ≡ residues[i] (mod moduli[i]) (pairwise coprime moduli).
 */
export function chineseRemainder(residues: readonly number[], moduli: readonly number[]): bigint {
  let x = 0n;
  let M = 1n;
  for (let i = 0; i < moduli.length; i++) {
    const m = BigInt(moduli[i]!);
    const r = BigInt(residues[i]!);
    // x ≡ x (mod M), x + M·t ≡ r (mod m)
    const t = ((((r - x) % m) + m) % m) * modInverse(M % m, m) % m;
    x += M * t;
    M *= m;
  }
  return x;
}
