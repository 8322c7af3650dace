/** Closed-form loss curves of the paper (§6–9), evaluated in floating point. */
export { checkCurveParams, type CurveParams } from './params.js';
export { curveFormula, curveFormulas, type CurveFormula } from './registry.js';
export { formulaParams, inferScenario, type CurveParamsSpec } from './formulaParams.js';
export { curveGrid } from './curveGrid.js';
export { freeUnderLoss, freeUnderRate, freeUnderInitialLoss } from './free/freeUnder.js';
export { freeOverLoss, freeOverRate, freeOverInitialLoss } from './free/freeOver.js';
export { freeSymEvenLoss, freeSymEvenRate, freeSymEvenInitialLoss, freeSymEvenTheta } from './free/freeSymEven.js';
export { ntkAsymLoss, ntkAsymTrace, ntkEta, ntkRate, type NtkRateConvention } from './ntk/ntkAsym.js';
export { narayanaGf, narayanaBranchPoint } from './sym2/narayana.js';
export { narayanaPsi, sym2NarayanaLoss, sym2LimitLoss, sym2BlowUpTime } from './sym2/narayanaLoss.js';
export { sym4Ascent, sym4AscentLoss, type Sym4AscentSolution, type Sym4AscentState } from './sym4/ascent.js';
export { nu4Threshold } from './sym4/threshold.js';
export { cubeIntegral, cubeIntegralTotal } from './sym4/cubeIntegral.js';
export { borelF, borelFDerivative, borelFWithDerivative, gaussLaplaceMoments } from './special/borelIntegral.js';
export { erfcx } from './special/erfcx.js';
