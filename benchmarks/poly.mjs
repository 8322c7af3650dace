// The packed polynomial in p, H, sigma2 (Poly, one number per monomial) against the general
// polynomial with named variables (LaurentPoly) on the same products and sums: polynomials of the
// size of the series coefficients Y_s (tens of terms, exponents up to ~12). Prints ms per round.
// Usage: node benchmarks/poly.mjs   (after `npm run build`)
import { LaurentPoly, Poly, Rational } from '../dist/internal.js';

function lcg(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const rnd = lcg(1);
const randomPoly = (terms) =>
  Poly.fromTerms(Array.from({ length: terms }, () => ({ coeff: Rational.of(Math.floor(rnd() * 2001) - 1000, 1 + Math.floor(rnd() * 4)), p: Math.floor(rnd() * 7), H: Math.floor(rnd() * 7), sigma2: Math.floor(rnd() * 7) })));

const packed = Array.from({ length: 40 }, () => randomPoly(30));
const general = packed.map((q) => LaurentPoly.fromPoly(q));

function time(label, f) {
  f(); // warm-up
  const rounds = 5;
  const t0 = performance.now();
  let size = 0;
  for (let r = 0; r < rounds; r++) size = f();
  const ms = (performance.now() - t0) / rounds;
  console.log(`${label.padEnd(34)} ${ms.toFixed(1).padStart(8)} ms/round  (result terms ${size})`);
  return ms;
}
const workload = (xs) => () => {
  let acc = xs[0].mul(xs[1]);
  for (let i = 2; i < xs.length; i++) acc = acc.add(xs[i].mul(xs[i - 1]));
  return acc.size;
};
const a = time('Poly (packed p, H, sigma2)', workload(packed));
const b = time('LaurentPoly (named variables)', workload(general));
console.log(`general/packed: ${(b / a).toFixed(2)}x`);
