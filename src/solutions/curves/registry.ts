/**
 * Registry of the closed-form curves, by name, for the CLI and experiment code. Every entry is
 * evaluated in floating point and documents what it returns: E[L(t)] is the total loss
 * ½Σ(f − F)² (not per entry); t and T are the physical time and the inverse learning rate of
 * du/dt = −(1/T)∂L/∂u, never rescaled implicitly.
 */
import { InputError } from '../../errors.js';
import type { Scenario } from '../../model/index.js';
import { checkFreeOver, freeOverInitialLoss, freeOverLoss, freeOverRate } from './free/freeOver.js';
import { checkFreeSymEven, freeSymEvenInitialLoss, freeSymEvenLoss, freeSymEvenRate, freeSymEvenTheta } from './free/freeSymEven.js';
import { checkFreeUnder, freeUnderInitialLoss, freeUnderLoss, freeUnderRate } from './free/freeUnder.js';
import { checkNtk, ntkAsymLoss, ntkAsymTrace, ntkEta, ntkRate } from './ntk/ntkAsym.js';
import { checkTime, type CurveParams } from './params.js';
import { checkSym2, sym2BlowUpTime, sym2LimitLoss, sym2NarayanaLoss } from './sym2/narayanaLoss.js';
import { checkSym4, sym4Ascent } from './sym4/ascent.js';

/** A named closed-form curve. */
export interface CurveFormula {
  readonly name: string;
  /** One line: regime and shape. */
  readonly description: string;
  /** What the value is: 'E[L(t)]' (total expected loss) or 'E[R(t)]/p' (mean diagonal of f). */
  readonly quantity: 'E[L(t)]' | 'E[R(t)]/p';
  /** Where it comes from in the paper. */
  readonly source: string;
  /** Scenarios it applies to. */
  readonly scenarios: readonly Scenario[];
  /** Conditions on ν, H and t, in words. */
  readonly validity: string;
  /** Check the parameters (not t); throws InputError. */
  check(params: CurveParams): CurveParams;
  /** Derived constants of the curve (rates, initial and limit values, blow-up time; null = none). */
  info(params: CurveParams): Readonly<Record<string, number | string | null>>;
  /** Value at time t; throws InputError outside the validity domain. */
  evaluate(params: CurveParams, t: number): number;
  /** Values at many times (shares preparation work where there is any). */
  curve(params: CurveParams, times: readonly number[]): Float64Array;
}

function pointwise(
  spec: Omit<CurveFormula, 'curve' | 'evaluate'>,
  evaluate: (params: CurveParams, t: number) => number,
): CurveFormula {
  return Object.freeze({
    ...spec,
    evaluate,
    curve(params: CurveParams, times: readonly number[]): Float64Array {
      spec.check(params);
      return Float64Array.from(times, (t) => evaluate(params, t));
    },
  });
}

const freeUnder = pointwise(
  {
    name: 'free-under',
    description: 'free evolution (zero target), under-parameterized point A: E[L(0)](1 + ct/T)^(-nu/(nu-1))',
    quantity: 'E[L(t)]',
    source: '§6 eq. free-underparam-loss; App. G eq. freerecasymunder',
    scenarios: ['asym', 'sym'],
    validity: 'ASYM any nu, H <= p^(nu-1); SYM even nu, H <= p^(nu/2); t > -T/c (ascent blow-up)',
    check: checkFreeUnder,
    info: (q) => ({ initialLoss: freeUnderInitialLoss(q), rate: freeUnderRate(q), blowUpTime: -q.T / freeUnderRate(q) }),
  },
  freeUnderLoss,
);

const freeOver = pointwise(
  {
    name: 'free-over',
    description: 'free evolution (zero target), over-parameterized point B: ASYM exponential, SYM even power law',
    quantity: 'E[L(t)]',
    source: '§6; App. G "Overparameterized free evolutions"',
    scenarios: ['asym', 'sym'],
    validity: 'ASYM any nu, H >= p^(nu-1); SYM even nu, H >= p^(nu/2), t > -T/c',
    check: checkFreeOver,
    info: (q) => ({
      initialLoss: freeOverInitialLoss(q),
      rate: freeOverRate(q),
      blowUpTime: q.scenario === 'sym' ? -q.T / freeOverRate(q) : null,
    }),
  },
  freeOverLoss,
);

const freeSymEven = pointwise(
  {
    name: 'free-sym-even',
    description: 'free evolution (zero target), SYM even nu >= 4, whole edge A-B (boxed formula)',
    quantity: 'E[L(t)]',
    source: '§6; App. G eqs. freesymnucrec, EGF-ode, EGF-sol (boxed)',
    scenarios: ['sym'],
    validity: 'SYM, even nu >= 4, any H; t > -T/c',
    check: checkFreeSymEven,
    info: (q) => ({
      theta: freeSymEvenTheta(q),
      initialLoss: freeSymEvenInitialLoss(q),
      rate: freeSymEvenRate(q),
      blowUpTime: -q.T / freeSymEvenRate(q),
    }),
  },
  freeSymEvenLoss,
);

function ntk(name: string, quantity: CurveFormula['quantity'], convention: 'eta' | 'nu-eta'): CurveFormula {
  const rate = convention === 'eta' ? 'eta' : 'nu*eta';
  const shape = quantity === 'E[L(t)]' ? `(p + p^nu H sigma^(2nu))/2 * exp(-2*${rate}*t)` : `1 - exp(-${rate}*t)`;
  return pointwise(
    {
      name,
      description: `NTK regime (ASYM, points B/C), eta = H sigma^(2nu-2)/T, rate ${rate}: ${quantity} = ${shape}`,
      quantity,
      source:
        convention === 'eta'
          ? '§7 Proposition 7.1 as stated (f_{i..i} -> 1 - e^{-eta t})'
          : '§7 / App. H "NTK limit": kernel limit T^-1 Theta -> nu*eta*Id',
      scenarios: ['asym'],
      validity: 'ASYM, H >= p^(nu-1) (over-parameterized), any t',
      check: checkNtk,
      info: (q) => ({ eta: ntkEta(q), rate: ntkRate(q, convention), initialLoss: ntkAsymLoss(q, 0, convention) }),
    },
    quantity === 'E[L(t)]' ? (q, t) => ntkAsymLoss(q, t, convention) : (q, t) => ntkAsymTrace(q, t, convention),
  );
}

const sym2Narayana = pointwise(
  {
    name: 'sym2-narayana',
    description: 'SYM nu=2, identity target, all double limits: p/2 + p^2 sigma^2 Psi(-t/T, H/p, p sigma^2) (Narayana g.f.)',
    quantity: 'E[L(t)]',
    source: '§8 eqs. loss-narayana, loss-narayana2; App. J',
    scenarios: ['sym'],
    validity: 'SYM, nu = 2; t >= 0, or t < 0 before the ascent blow-up (branch point of h)',
    check: checkSym2,
    info: (q) => {
      const blowUp = sym2BlowUpTime(q);
      return { y: q.H / q.p, z: q.p * q.sigma2, limitLoss: sym2LimitLoss(q), blowUpTime: Number.isFinite(blowUp) ? blowUp : null };
    },
  },
  sym2NarayanaLoss,
);

const sym4AscentSpec: CurveFormula = {
  name: 'sym4-ascent',
  description: 'SYM nu=4, identity target, gradient ascent: p/2 + p^2 g(-t/T, H/p^2) with phi, psi from the first integral',
  quantity: 'E[L(t)]',
  source: '§9 eqs. nu4-loss, nu4-1st-int, nu4-threshold; App. K',
  scenarios: ['sym'],
  validity: 'SYM, nu = 4; t <= 0, and t > t_crit in the high-noise regime p^3 sigma^4 > rho*(theta)',
  check: checkSym4,
  info(params: CurveParams) {
    const s = sym4Ascent(params);
    return { y: s.y, theta: s.theta, rho: s.rho, rhoStar: s.rhoStar, regime: s.regime, blowUpTime: Number.isFinite(s.tCrit) ? s.tCrit : null };
  },
  evaluate(params: CurveParams, t: number): number {
    return sym4Ascent(params).at(t).loss;
  },
  curve(params: CurveParams, times: readonly number[]): Float64Array {
    const solution = sym4Ascent(params);
    for (const t of times) checkTime(t);
    const order = [...times.keys()].sort((i, j) => times[j]! - times[i]!); // from t = 0 backwards
    const out = new Float64Array(times.length);
    for (const i of order) out[i] = solution.at(times[i]!).loss;
    return out;
  },
};
const sym4AscentFormula = Object.freeze(sym4AscentSpec);

/** All closed-form curves by name. */
export const curveFormulas: ReadonlyMap<string, CurveFormula> = new Map(
  [
    freeUnder,
    freeOver,
    freeSymEven,
    ntk('ntk-asym', 'E[L(t)]', 'eta'),
    ntk('ntk-asym-nu-eta', 'E[L(t)]', 'nu-eta'),
    ntk('ntk-asym-r', 'E[R(t)]/p', 'eta'),
    ntk('ntk-asym-r-nu-eta', 'E[R(t)]/p', 'nu-eta'),
    sym2Narayana,
    sym4AscentFormula,
  ].map((f) => [f.name, f] as const),
);

/**
 * Look a curve up by name; InputError (listing the names) if unknown.
 * @example
 * ```ts
 * curveFormula('sym2-narayana').evaluate({ nu: 2, scenario: 'sym', p: 512, H: 256, sigma2: 1 / 512, T: 1 }, 1); // ≈ 128.1764058229
 * ```
 */
export function curveFormula(name: string): CurveFormula {
  const f = curveFormulas.get(name.trim());
  if (f === undefined) throw new InputError(`curve: unknown formula "${name}" (available: ${[...curveFormulas.keys()].join(', ')})`);
  return f;
}
