export { Rational, type RationalLike } from './rational.js';
export { Poly, PolyBuilder, type Monomial, type PolyTerm } from './poly.js';
export { parsePoly } from './parsePoly.js';
