/**
 * solutions/resummation/ — Padé and Borel–Padé resummation of exact series (exact approximants,
 * float evaluation), and the resummed large-size limit of the loss. Imports: rational/,
 * asymptotics/.
 */
export { padeApproximant, evaluatePade, padePoles, type PadeApproximant } from './pade.js';
export { polynomialRoots, type Complex } from './polynomialRoots.js';
export { borelPadeSum, type BorelPadeSum } from './borelPade.js';
export { resum, type Resummation, type ResummationMethod, type ResummationOptions, type ResummationVariable } from './resummedSeries.js';
export { resummedLimitLoss, type ResummedLimitLoss } from './limitResummation.js';

export { evaluatePolynomial, doubleAsRational } from './pade.js';
export { gaussLegendre, type QuadratureRule } from './gaussLegendre.js';
export { borelCoefficients } from './borelPade.js';
export { ordinaryCoefficients, inExpVariable } from './resummedSeries.js';
