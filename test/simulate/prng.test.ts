import { describe, expect, it } from 'vitest';
import { fillNormal, xoshiroNext } from '../../src/simulate/kernel/xoshiro.js';
import { runSeed, splitmix64, xoshiroState } from '../../src/simulate/seeding.js';

const M = (1n << 64n) - 1n;
const rotl = (x: bigint, k: bigint) => ((x << k) | (x >> (64n - k))) & M;

/** Reference xoshiro256** written directly on 64-bit BigInts, as in the published C code. */
function referenceXoshiro(state: bigint[], count: number): bigint[] {
  const s = [...state];
  const out: bigint[] = [];
  for (let j = 0; j < count; j++) {
    out.push((rotl((s[1]! * 5n) & M, 7n) * 9n) & M);
    const t = (s[1]! << 17n) & M;
    s[2]! ^= s[0]!;
    s[3]! ^= s[1]!;
    s[1]! ^= s[2]!;
    s[0]! ^= s[3]!;
    s[2]! ^= t;
    s[3] = rotl(s[3]!, 45n);
  }
  return out;
}

function packState(words: bigint[]): Uint32Array {
  const s = new Uint32Array(8);
  words.forEach((z, j) => {
    s[2 * j] = Number(z >> 32n);
    s[2 * j + 1] = Number(z & 0xffffffffn);
  });
  return s;
}

function ours(s: Uint32Array, count: number): bigint[] {
  const o = new Uint32Array(2);
  const out: bigint[] = [];
  for (let j = 0; j < count; j++) {
    xoshiroNext(s, o);
    out.push((BigInt(o[0]!) << 32n) | BigInt(o[1]!));
  }
  return out;
}

describe('SplitMix64 seeding', () => {
  it('reproduces the published outputs of splitmix64.c for state 0', () => {
    expect(splitmix64(0n, 4)).toEqual([0xe220a8397b1dcdafn, 0x6e789e6aa1b965f4n, 0x06c45d188009454fn, 0xf88bb8a8724c81ecn]);
  });
  it('run seeds are base + index modulo 2^64', () => {
    expect(runSeed(5, 3)).toBe(8n);
    expect(runSeed(2 ** 53 - 1, 0)).toBe(2n ** 53n - 1n);
  });
});

describe('xoshiro256** on 32-bit halves', () => {
  it('first outputs from state (1,2,3,4) computed by hand: 11520, 0', () => {
    expect(ours(packState([1n, 2n, 3n, 4n]), 2)).toEqual([11520n, 0n]);
  });
  it.each([0, 1, 42, 2 ** 40 + 17])('matches a 64-bit BigInt reference for seed %i', (seed) => {
    const words = splitmix64(BigInt(seed), 4);
    expect(ours(xoshiroState(seed), 2000)).toEqual(referenceXoshiro(words, 2000));
  });
  it('gives standard normals (moments and a tail probability)', () => {
    const n = 200_000;
    const z = new Float64Array(n);
    fillNormal(xoshiroState(123), z, n, 1);
    let m1 = 0, m2 = 0, m4 = 0, inside = 0;
    for (const v of z) {
      m1 += v; m2 += v * v; m4 += v ** 4;
      if (Math.abs(v) < 1) inside++;
    }
    m1 /= n; m2 /= n; m4 /= n;
    expect(Math.abs(m1)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(m2 - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
    expect(Math.abs(m4 - 3)).toBeLessThan(5 * Math.sqrt(96 / n));
    expect(Math.abs(inside / n - 0.6826894921370859)).toBeLessThan(5 * Math.sqrt(0.22 / n));
  });
  it('scales by sigma and is reproducible', () => {
    const a = new Float64Array(101), b = new Float64Array(101);
    fillNormal(xoshiroState(9), a, 101, 1);
    fillNormal(xoshiroState(9), b, 101, 3);
    const c = new Float64Array(101);
    fillNormal(xoshiroState(9), c, 101, 1);
    expect(c).toEqual(a);
    for (let i = 0; i < 101; i++) expect(Math.abs(b[i]! - 3 * a[i]!)).toBeLessThanOrEqual(1e-15 * Math.abs(b[i]!));
  });
});
