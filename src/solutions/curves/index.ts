/**
 * solutions/curves/ — the paper's closed-form loss curves (§6–9, App. F–K), evaluated in floating
 * point, with their validity checks and special functions. Imports: rational/, series/, model/.
 */
export { curveFormula, curveFormulas, type CurveFormula } from './registry.js';
export { type CurveParams } from './params.js';
export { freeUnderLoss, freeUnderRate, freeUnderInitialLoss } from './free/freeUnder.js';
export { freeOverLoss, freeOverRate, freeOverInitialLoss } from './free/freeOver.js';
export { freeSymEvenLoss, freeSymEvenRate, freeSymEvenInitialLoss, freeSymEvenTheta } from './free/freeSymEven.js';
export { ntkAsymLoss, ntkAsymTrace, ntkEta, ntkRate, type NtkRateConvention } from './ntk/ntkAsym.js';
export { narayanaGf, narayanaBranchPoint } from './sym2/narayana.js';
export { narayanaPsi, sym2NarayanaLoss, sym2LimitLoss, sym2BlowUpTime } from './sym2/narayanaLoss.js';
export { sym4Ascent, sym4AscentLoss, type Sym4AscentSolution, type Sym4AscentState } from './sym4/ascent.js';
export { nu4Threshold } from './sym4/threshold.js';
export { borelF } from './special/borelIntegral.js';
export { erfcx } from './special/erfcx.js';

export { checkCurveParams } from './params.js';
export { curveValues, formulaParams, inferScenario, type CurveParamsSpec } from './formulaParams.js';
export { curveGrid, MAX_CURVE_POINTS } from './curveGrid.js';
export { cubeIntegral, cubeIntegralTotal } from './sym4/cubeIntegral.js';
export { borelFDerivative, borelFWithDerivative, gaussLaplaceMoments } from './special/borelIntegral.js';
export { brentRoot } from './numeric/brent.js';
