/**
 * rational/ — the exact algebra every later stage shares: frozen BigInt rationals over
 * fraction.js; LaurentPoly, the one sparse polynomial over Q in named variables (negative
 * exponents allowed), with Poly its packed form in p, H, σ² for the series' hot loops; exact
 * linear algebra (rank, nullspace, square solves); exact roots; and the one lazily loaded nerdamer
 * adapter. The first stage of the pipeline. Imports: nothing from other folders. Public
 * (re-exported by src/index.ts, with the types of their signatures): Rational, Poly, parsePoly.
 * The rest is internal (gf-diagrams/internal and later stages); other folders import this folder
 * only through this file.
 */
export { Rational, type RationalLike } from './rational.js';
export { Poly, type Monomial, type PolyTerm } from './poly.js';
export { LaurentPoly, type LaurentTerm } from './laurentPoly.js';
export { parsePoly } from './parsePoly.js';

export { PolyBuilder } from './poly.js';
export { termExponent } from './laurentPoly.js';
export { gcd, lcm } from './integers.js';
export { rationalRoot, integerRoot } from './rationalRoot.js';
export { nullspace, rank, solveLinear, integerRow } from './linearAlgebra.js';
export { nerdamer } from './nerdamer.js';
export type { Nerdamer, NerdamerExpr, NerdamerTreeNode } from './nerdamerTypes.js';
