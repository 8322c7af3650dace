export { Rational, RationalError, type RationalLike } from './rational.js';
export { Poly, type Monomial, type PolyTerm } from './poly.js';
