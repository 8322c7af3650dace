/**
 * The CP loss of paper eq. loss, L = ½ Σ_{i1..iν} (f_{i1..iν} − F_{i1..iν})², written out as an
 * explicit polynomial in the weights at small integer p, H (test oracle only: no diagrams).
 */
import { parseTarget } from '../../src/model/index.js';
import { addTerm, makeWeightSpace, multiply, type WeightPoly, type WeightSpace } from './weightPolynomial.js';

export interface CpProblem {
  readonly nu: number;
  readonly scenario: 'sym' | 'asym';
  /** Target text as accepted by parseTarget: `identity`, `zero`, `2*{1,2}{3} - {1}{2}{3}`, … */
  readonly target: string;
  readonly p: number;
  readonly H: number;
}

/** The loss scaled to integer coefficients: poly = scale · L. */
export interface ScaledLoss {
  readonly space: WeightSpace;
  readonly poly: WeightPoly;
  /** scale = 2 d², d the common denominator of the target coefficients. */
  readonly scale: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Index of the weight u^{(m)}_{k,i} (0-based m, k, i); SYM uses m = 0 for every slot. */
export function weightIndex(problem: CpProblem, m: number, k: number, i: number): number {
  const colour = problem.scenario === 'sym' ? 0 : m;
  return (colour * problem.H + k) * problem.p + i;
}

/** All index tuples (i1..iν) ∈ {0..p−1}^ν. */
function* tuples(nu: number, p: number): Generator<number[]> {
  const t = new Array<number>(nu).fill(0);
  for (;;) {
    yield t;
    let j = nu - 1;
    while (j >= 0 && t[j] === p - 1) t[j--] = 0;
    if (j < 0) return;
    t[j]!++;
  }
}

/**
 * Build 2d²·L for the problem, packing monomials so that `steps` further gradient products
 * (G ↦ ∇G·∇L) still fit.
 */
export function cpLoss(problem: CpProblem, steps: number): ScaledLoss {
  const { nu, p, H } = problem;
  const target = parseTarget(problem.target, nu); // parsing only; the tensor is built below
  let d = 1n;
  for (const t of target.terms) d = (d * t.coeff.den) / gcd(d, t.coeff.den);
  // integer numerators N_π = d·c_π, and slot → block maps
  const patterns = target.terms.map((t) => {
    const block = new Array<number>(nu);
    t.pattern.forEach((b, j) => b.forEach((slot) => (block[slot - 1] = j)));
    return { n: (t.coeff.num * d) / t.coeff.den, block };
  });
  const colours = problem.scenario === 'sym' ? 1 : nu;
  const size = colours * H * p;
  // exponent of one weight: ≤ 2ν (SYM) or 2 (ASYM) in L; each step multiplies by some ∂L/∂u_v,
  // whose exponents are again ≤ that bound
  const maxL = problem.scenario === 'sym' ? 2 * nu : 2;
  const space = makeWeightSpace(size, maxL * (steps + 1));
  const poly: WeightPoly = new Map();
  for (const t of tuples(nu, p)) {
    // F_t·d = Σ_π d c_π δ_π(t)
    let Fd = 0n;
    for (const pat of patterns) {
      const rep = new Array<number>();
      let ok = true;
      for (let m = 0; m < nu && ok; m++) {
        const b = pat.block[m]!;
        if (rep[b] === undefined) rep[b] = t[m]!;
        else if (rep[b] !== t[m]) ok = false;
      }
      if (ok) Fd += pat.n;
    }
    // A_t = d·f_t − d·F_t with f_t = Σ_k Π_m u^{(m)}_{k,t_m}
    const A: WeightPoly = new Map();
    for (let k = 0; k < H; k++) {
      let key = 0;
      for (let m = 0; m < nu; m++) key += space.stride[weightIndex(problem, m, k, t[m]!)]!;
      addTerm(A, key, d);
    }
    addTerm(A, 0, -Fd);
    for (const [key, c] of multiply(A, A)) addTerm(poly, key, c);
  }
  return { space, poly, scale: 2n * d * d };
}
