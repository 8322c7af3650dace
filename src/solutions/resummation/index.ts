/**
 * solutions/resummation/ — Padé and Borel–Padé resummation of exact series (exact approximants,
 * float evaluation), and the resummed large-size limit of the loss. Imports: rational/,
 * asymptotics/.
 */
// public: re-exported by src/index.ts
export { padeApproximant, evaluatePade, evaluatePolynomial, type PadeApproximant } from './pade.js';
export { polynomialRoots, type Complex } from './polynomialRoots.js';
export { gaussLegendre, type QuadratureRule } from './gaussLegendre.js';
export { borelPadeSum, borelTransform, type BorelPadeSum } from './borelPade.js';
export { resum, ordinaryCoefficients, type Resummation, type ResummationMethod } from './resummedSeries.js';
export { resummedLimitLoss, evaluateYZ, type ResummedLimitLoss } from './limitResummation.js';
