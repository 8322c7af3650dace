/**
 * Sparse polynomials with BigInt coefficients in the individual weights u^{(m)}_{k,i} of a small
 * CP model (test oracle only — independent of the diagram engine).
 *
 * A monomial Π_v u_v^{e_v} is packed into one safe integer Σ_v e_v R^v (mixed radix with a
 * common radix R larger than any exponent that can occur), so that multiplying monomials is
 * adding keys and ∂/∂u_v is subtracting R^v.
 */

/** Map from packed monomial key to nonzero BigInt coefficient. */
export type WeightPoly = Map<number, bigint>;

/** The set of weights of one model at fixed (p, H) and the packing of their monomials. */
export interface WeightSpace {
  /** Number of scalar weights. */
  readonly size: number;
  /** Common radix R; every exponent must stay below it. */
  readonly radix: number;
  /** stride[v] = R^v. */
  readonly stride: readonly number[];
}

/** Build the packing for `size` weights whose exponents stay ≤ maxExponent. */
export function makeWeightSpace(size: number, maxExponent: number): WeightSpace {
  const radix = maxExponent + 1;
  if (size * Math.log2(radix) > 52) {
    throw new Error(`oracle: ${size} weights with exponents up to ${maxExponent} do not fit a packed key`);
  }
  const stride: number[] = [];
  let s = 1;
  for (let v = 0; v < size; v++) {
    stride.push(s);
    s *= radix;
  }
  return { size, radix, stride };
}

/** Exponent vector of a packed key. */
export function exponents(space: WeightSpace, key: number, out: Int32Array = new Int32Array(space.size)): Int32Array {
  let rest = key;
  for (let v = 0; v < space.size; v++) {
    const e = rest % space.radix;
    out[v] = e;
    rest = (rest - e) / space.radix;
  }
  return out;
}

/** Accumulate c · monomial(key) into P. */
export function addTerm(P: WeightPoly, key: number, c: bigint): void {
  if (c === 0n) return;
  const old = P.get(key);
  if (old === undefined) P.set(key, c);
  else {
    const s = old + c;
    if (s === 0n) P.delete(key);
    else P.set(key, s);
  }
}

/** P · Q. */
export function multiply(P: WeightPoly, Q: WeightPoly): WeightPoly {
  const out: WeightPoly = new Map();
  for (const [a, ca] of P) for (const [b, cb] of Q) addTerm(out, a + b, ca * cb);
  return out;
}

/** ∂P/∂u_v for every weight v. */
export function gradient(space: WeightSpace, P: WeightPoly): WeightPoly[] {
  const out: WeightPoly[] = Array.from({ length: space.size }, () => new Map());
  const e = new Int32Array(space.size);
  for (const [key, c] of P) {
    exponents(space, key, e);
    for (let v = 0; v < space.size; v++) {
      if (e[v]! > 0) addTerm(out[v]!, key - space.stride[v]!, c * BigInt(e[v]!));
    }
  }
  return out;
}

/**
 * Σ_v ∂P/∂u_v · gradQ[v] (paper eq. dgdt without the factor −1/T).
 * With `evenOnly`, keep only the monomials with all exponents even (the only ones with a
 * nonzero Gaussian expectation), which lets the last step skip most products.
 */
export function gradientDot(space: WeightSpace, P: WeightPoly, gradQ: readonly WeightPoly[], evenOnly = false): WeightPoly {
  if (evenOnly && space.size > 30) throw new Error('oracle: too many weights for parity masks');
  const out: WeightPoly = new Map();
  const e = new Int32Array(space.size);
  const byParity = evenOnly ? gradQ.map((g) => groupByParity(space, g)) : [];
  for (const [key, c] of P) {
    exponents(space, key, e);
    let parity = 0;
    if (evenOnly) for (let v = 0; v < space.size; v++) parity |= (e[v]! & 1) << v;
    for (let v = 0; v < space.size; v++) {
      const ev = e[v]!;
      if (ev === 0) continue;
      const dkey = key - space.stride[v]!;
      const dc = c * BigInt(ev);
      const partners = evenOnly ? byParity[v]!.get(parity ^ (1 << v)) : gradQ[v]!;
      if (partners === undefined) continue;
      for (const [k2, c2] of partners) addTerm(out, dkey + k2, dc * c2);
    }
  }
  return out;
}

/** Terms of Q grouped by the parity pattern of their exponents (bit v = e_v mod 2). */
function groupByParity(space: WeightSpace, Q: WeightPoly): Map<number, WeightPoly> {
  const out = new Map<number, WeightPoly>();
  const e = new Int32Array(space.size);
  for (const [key, c] of Q) {
    exponents(space, key, e);
    let parity = 0;
    for (let v = 0; v < space.size; v++) parity |= (e[v]! & 1) << v;
    let g = out.get(parity);
    if (!g) out.set(parity, (g = new Map()));
    g.set(key, c);
  }
  return out;
}
