// UPoly (the dense packed form) against the same polynomials as LaurentPoly in one named
// variable, on the work the recurrence code does with them: evaluating P_k(n) at n = 0…N (the
// held-out checks of guessRecurrence, applyOperator) and shifting P(n) → P(n + a)
// (recurrenceOperator, once per operator term). Polynomials of degree 0…6, as guessRecurrence
// tries. Also the whole guessRecurrence on long sequences. Prints ms per round.
// Usage: node benchmarks/upoly.mjs   (after `npm run build`)
import { LaurentPoly, Rational, UPoly, guessRecurrence } from '../dist/internal.js';

function lcg(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const rnd = lcg(7);
const dense = Array.from({ length: 35 }, (_, i) => Array.from({ length: 1 + (i % 7) }, () => Rational.of(Math.floor(rnd() * 2001) - 1000, 1 + Math.floor(rnd() * 4))));
const packed = dense.map((c) => UPoly.fromCoefficients(c));
const general = packed.map((p) => p.toLaurent('n'));
const N = 60;

function time(label, f) {
  f(); // warm-up
  const rounds = 5;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) f();
  const ms = (performance.now() - t0) / rounds;
  console.log(`${label.padEnd(44)} ${ms.toFixed(2).padStart(9)} ms/round`);
  return ms;
}
const n = LaurentPoly.variable('n');
const a = time('evaluate at n = 0..60: UPoly (Horner)', () => packed.forEach((p) => { for (let x = 0; x <= N; x++) p.evaluate(x); }));
const b = time('evaluate at n = 0..60: LaurentPoly', () => general.forEach((p) => { for (let x = 0; x <= N; x++) p.substitute({ n: x }).constantValue(); }));
console.log(`evaluate LaurentPoly/UPoly: ${(b / a).toFixed(2)}x`);
const c = time('shift P(n + a), a = -3..3: UPoly', () => packed.forEach((p) => { for (let s = -3; s <= 3; s++) p.shift(s); }));
const d = time('shift P(n + a), a = -3..3: LaurentPoly', () =>
  general.forEach((p) => {
    for (let s = -3; s <= 3; s++) {
      const m = n.add(LaurentPoly.constant(s));
      p.terms().reduce((acc, t) => acc.add(m.pow(t.exponents[0]?.[1] ?? 0).scale(t.coeff)), LaurentPoly.ZERO);
    }
  }),
);
console.log(`shift LaurentPoly/UPoly: ${(d / c).toFixed(2)}x`);
// whole guesses, for scale: the residual checks above are a small part of these
const binom = (m, k) => { let r = 1n; for (let i = 0n; i < BigInt(k); i++) r = (r * (BigInt(m) - i)) / (i + 1n); return r; };
const catalan = Array.from({ length: 60 }, (_, k) => Rational.of(binom(2 * k, k), k + 1));
const apery = [];
for (let k = 0; k < 40; k++) { let s = 0n; for (let j = 0; j <= k; j++) s += (binom(k, j) * binom(k + j, j)) ** 2n; apery.push(Rational.of(s)); }
time('guessRecurrence, Catalan, 60 terms', () => guessRecurrence(catalan));
time('guessRecurrence, Apery numbers, 40 terms', () => guessRecurrence(apery, { maxOrder: 2, maxDegree: 3 }));
