/**
 * rational/ — exact numbers: frozen BigInt rationals over fraction.js and sparse polynomials in p,
 * H, σ². The first stage of the pipeline. Imports: nothing from other folders. Public (re-exported
 * by src/index.ts, with the types of their signatures): Rational, Poly, parsePoly. The rest is
 * internal (gf-diagrams/internal and later stages); other folders import this folder only through
 * this file.
 */
export { Rational, type RationalLike } from './rational.js';
export { Poly, type Monomial, type PolyTerm } from './poly.js';
export { parsePoly } from './parsePoly.js';

export { PolyBuilder } from './poly.js';
export { gcd, lcm } from './integers.js';
