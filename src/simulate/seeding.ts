/**
 * Seeding of the per-run generators. Run j of a simulation with base seed b uses the seed
 * s = (b + j) mod 2^64; the four 64-bit words of its xoshiro256** state are the first four
 * outputs of SplitMix64 (Steele, Lea & Flood 2014; Vigna's splitmix64.c) started from s. Each
 * run's stream depends only on its own seed, never on how runs are spread over threads.
 */

const MASK64 = (1n << 64n) - 1n;
const GOLDEN_GAMMA = 0x9e3779b97f4a7c15n;

/** The first `count` outputs of SplitMix64 from state `seed` (taken mod 2^64). */
export function splitmix64(seed: bigint, count: number): bigint[] {
  let x = BigInt.asUintN(64, seed);
  const out: bigint[] = [];
  for (let j = 0; j < count; j++) {
    x = (x + GOLDEN_GAMMA) & MASK64;
    let z = x;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
    out.push(z ^ (z >> 31n));
  }
  return out;
}

/** xoshiro256** state (Uint32Array(8), high half first in each word) for run seed `seed`. */
export function xoshiroState(seed: bigint | number): Uint32Array {
  const words = splitmix64(BigInt(seed), 4);
  const s = new Uint32Array(8);
  words.forEach((z, j) => {
    s[2 * j] = Number(z >> 32n);
    s[2 * j + 1] = Number(z & 0xffffffffn);
  });
  return s;
}

/** Seed of run `index` for base seed `base`: (base + index) mod 2^64. */
export function runSeed(base: number, index: number): bigint {
  return BigInt.asUintN(64, BigInt(base) + BigInt(index));
}
