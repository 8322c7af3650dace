/**
 * xoshiro256** (Blackman & Vigna, "Scrambled linear pseudorandom number generators", 2021)
 * on 32-bit halves, and standard normals by Marsaglia's polar method.
 *
 * State: Uint32Array(8), word j of the 256-bit state is (s[2j] high, s[2j+1] low). Each call
 * of {@link xoshiroNext} returns the 64-bit output `rotl(s1·5, 7)·9` as (out[0] high, out[1] low)
 * and advances the state exactly as the reference C code does.
 */

/** Advance the generator; write the 64-bit output into out[0] (high) and out[1] (low). */
export function xoshiroNext(s: Uint32Array, out: Uint32Array): void {
  const s0h = s[0]!, s0l = s[1]!, s1h = s[2]!, s1l = s[3]!;
  const s2h = s[4]!, s2l = s[5]!, s3h = s[6]!, s3l = s[7]!;

  // x = s1·5 = (s1 << 2) + s1
  let lo = ((s1l << 2) >>> 0) + s1l;
  let hi = (((s1h << 2) | (s1l >>> 30)) + s1h + (lo > 0xffffffff ? 1 : 0)) >>> 0;
  lo >>>= 0;
  // x = rotl(x, 7)
  const rh = ((hi << 7) | (lo >>> 25)) >>> 0;
  const rl = ((lo << 7) | (hi >>> 25)) >>> 0;
  // x = x·9 = (x << 3) + x
  lo = ((rl << 3) >>> 0) + rl;
  hi = (((rh << 3) | (rl >>> 29)) + rh + (lo > 0xffffffff ? 1 : 0)) >>> 0;
  out[0] = hi;
  out[1] = lo >>> 0;

  // t = s1 << 17
  const th = ((s1h << 17) | (s1l >>> 15)) >>> 0;
  const tl = (s1l << 17) >>> 0;
  const n2h = (s2h ^ s0h) >>> 0, n2l = (s2l ^ s0l) >>> 0; // s2 ^= s0
  const n3h = (s3h ^ s1h) >>> 0, n3l = (s3l ^ s1l) >>> 0; // s3 ^= s1
  const n1h = (s1h ^ n2h) >>> 0, n1l = (s1l ^ n2l) >>> 0; // s1 ^= s2
  const n0h = (s0h ^ n3h) >>> 0, n0l = (s0l ^ n3l) >>> 0; // s0 ^= s3
  s[0] = n0h; s[1] = n0l;
  s[2] = n1h; s[3] = n1l;
  s[4] = n2h ^ th; s[5] = n2l ^ tl; // s2 ^= t
  // s3 = rotl(s3, 45) = rotl(swap halves, 13)
  s[6] = ((n3l << 13) | (n3h >>> 19)) >>> 0;
  s[7] = ((n3h << 13) | (n3l >>> 19)) >>> 0;
}

/** Uniform double in [0, 1): the top 53 bits of the next output times 2^−53. */
function xoshiroUniform(s: Uint32Array, out: Uint32Array): number {
  xoshiroNext(s, out);
  return (out[0]! * 2097152 + (out[1]! >>> 11)) * 1.1102230246251565e-16;
}

/**
 * Fill `target[0..n)` with independent N(0, scale²) samples (Marsaglia polar method: draw
 * (x, y) uniform in the square (−1,1)², reject unless 0 < s = x²+y² < 1, return x·√(−2 ln s / s)
 * then y·√(−2 ln s / s)). An odd final pair's second value is discarded.
 */
export function fillNormal(s: Uint32Array, target: Float64Array, n: number, scale: number): void {
  const out = new Uint32Array(2);
  let i = 0;
  while (i < n) {
    const x = 2 * xoshiroUniform(s, out) - 1;
    const y = 2 * xoshiroUniform(s, out) - 1;
    const r = x * x + y * y;
    if (r >= 1 || r === 0) continue;
    const f = Math.sqrt((-2 * Math.log(r)) / r) * scale;
    target[i++] = x * f;
    if (i < n) target[i++] = y * f;
  }
}
