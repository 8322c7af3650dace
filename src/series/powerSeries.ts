/**
 * Truncated (Laurent) power series Σ_{k ≥ v} a_k t^k + O(t^N) in one variable t, with coefficients
 * a_k exact Laurent polynomials in named parameters ({@link LaurentPoly}). The truncation order N
 * is tracked through every operation: a result carries only the coefficients its inputs determine.
 *
 * Stored from the valuation v (the first nonzero coefficient; v = N for a series that vanishes to
 * its order), so negative powers of t (after a division by a series with v > 0) are allowed until
 * they cancel. Division needs a leading coefficient that is a monomial in the parameters: the
 * coefficient ring is not a field, and that is refused with an InputError rather than guessed.
 */
import { InputError } from '../errors.js';
import { LaurentPoly, Rational, type RationalLike } from '../rational/index.js';

/** A coefficient of a series: a Laurent polynomial in the parameters, or a rational number. */
export type SeriesCoefficient = LaurentPoly | RationalLike;

function toCoefficient(c: SeriesCoefficient): LaurentPoly {
  return c instanceof LaurentPoly ? c : LaurentPoly.constant(c);
}

/** Largest truncation order accepted (the series arithmetic is quadratic in it). */
export const MAX_SERIES_ORDER = 4096;

/** Largest number of term-by-term products one series product may take (a resource bound). */
export const MAX_PRODUCT_WORK = 2_000_000;

function checkOrder(order: number): void {
  if (!Number.isSafeInteger(order) || Math.abs(order) > MAX_SERIES_ORDER) throw new InputError(`series: order ${order} is not an integer of size at most ${MAX_SERIES_ORDER}`);
}

/**
 * A truncated power series in t.
 *
 * @example
 * ```ts
 * const t = PowerSeries.variable(4);
 * PowerSeries.constant(1, 4).sub(t).inverse().toString(); // "1 + t + t^2 + t^3 + O(t^4)"
 * ```
 */
export class PowerSeries {
  /** The valuation v: coefficient of t^v is the first nonzero one (v = order for a zero series). */
  readonly low: number;
  /** Coefficients of t^low … t^{order−1}. */
  private readonly coeffs: readonly LaurentPoly[];
  /** The truncation order N of O(t^N). */
  readonly order: number;

  private constructor(low: number, coeffs: LaurentPoly[], order: number) {
    let start = 0;
    while (start < coeffs.length && coeffs[start]!.isZero()) start++;
    this.low = low + start;
    this.coeffs = coeffs.slice(start);
    this.order = order;
    Object.freeze(this);
  }

  /** Σ_k coeffs[k] t^{low+k} + O(t^order); coefficients at or beyond the order are dropped. */
  static of(coeffs: readonly SeriesCoefficient[], order: number, low = 0): PowerSeries {
    checkOrder(order);
    checkOrder(low);
    if (low > order) low = order;
    const cs: LaurentPoly[] = [];
    for (let k = low; k < order; k++) cs.push(k - low < coeffs.length ? toCoefficient(coeffs[k - low]!) : LaurentPoly.ZERO);
    return new PowerSeries(low, cs, order);
  }

  /** The constant c + O(t^order). */
  static constant(c: SeriesCoefficient, order: number): PowerSeries {
    return PowerSeries.of([c], order);
  }

  /** t + O(t^order). */
  static variable(order: number): PowerSeries {
    return PowerSeries.of([LaurentPoly.ZERO, LaurentPoly.ONE], order);
  }

  /** Zero to order N: O(t^N). */
  static zero(order: number): PowerSeries {
    return PowerSeries.of([], order);
  }

  /** SeriesCoefficient of t^k (k < order). */
  coeff(k: number): LaurentPoly {
    if (k >= this.order) throw new InputError(`series: the coefficient of t^${k} is beyond the truncation order ${this.order}`);
    return k < this.low ? LaurentPoly.ZERO : this.coeffs[k - this.low]!;
  }

  /** Whether the series vanishes to its order. */
  isZero(): boolean {
    return this.low >= this.order;
  }

  add(o: PowerSeries): PowerSeries {
    const order = Math.min(this.order, o.order);
    const low = Math.min(this.low, o.low, order);
    const cs: LaurentPoly[] = [];
    for (let k = low; k < order; k++) cs.push(this.at(k).add(o.at(k)));
    return new PowerSeries(low, cs, order);
  }
  sub(o: PowerSeries): PowerSeries {
    return this.add(o.neg());
  }
  neg(): PowerSeries {
    return this.map((c) => c.neg());
  }
  /** Multiply every coefficient by a parameter polynomial or a rational. */
  scale(c: SeriesCoefficient): PowerSeries {
    const f = toCoefficient(c);
    return this.map((a) => a.mul(f));
  }

  /** Product; the order is min(N_f + v_g, N_g + v_f). */
  mul(o: PowerSeries): PowerSeries {
    const order = Math.min(this.order + o.low, o.order + this.low);
    const low = Math.min(this.low + o.low, order);
    let work = 0;
    for (let i = this.low; i < order - o.low; i++) for (let j = o.low; i + j < order; j++) work += this.at(i).size * o.at(j).size;
    if (work > MAX_PRODUCT_WORK) throw new InputError(`series: a product needs ${work} products of terms, beyond the limit of ${MAX_PRODUCT_WORK}`);
    const cs: LaurentPoly[] = [];
    for (let k = low; k < order; k++) {
      let acc = LaurentPoly.ZERO;
      for (let i = this.low; i <= k - o.low; i++) {
        const a = this.at(i);
        if (!a.isZero()) acc = acc.add(a.mul(o.at(k - i)));
      }
      cs.push(acc);
    }
    return new PowerSeries(low, cs, order);
  }

  /** Non-negative integer power by repeated squaring. */
  pow(k: number): PowerSeries {
    if (!Number.isSafeInteger(k) || k < 0) throw new InputError(`series: exponent ${k} is not a non-negative integer`);
    if (k === 0) return PowerSeries.constant(1, this.order - this.low);
    let result: PowerSeries | null = null;
    let base: PowerSeries = this;
    for (let e = k; e > 0; e = Math.floor(e / 2)) {
      if (e % 2 === 1) result = result === null ? base : result.mul(base);
      if (e > 1) base = base.mul(base);
    }
    return result!;
  }

  /**
   * 1/f = t^{−v} a_v^{−1} (1 + h)^{−1}, h = (f/(a_v t^v)) − 1, to order N − 2v. Needs a_v to be a
   * monomial in the parameters.
   */
  inverse(): PowerSeries {
    const { v, lead, h, rel } = this.normalised('divide by');
    const inv = lead.inverse()!;
    const q: LaurentPoly[] = [LaurentPoly.ONE];
    for (let n = 1; n < rel; n++) {
      let acc = LaurentPoly.ZERO;
      for (let k = 1; k <= n; k++) if (!h[k]!.isZero()) acc = acc.sub(h[k]!.mul(q[n - k]!));
      q.push(acc);
    }
    return new PowerSeries(-v, q.map((c) => c.mul(inv)), -v + rel);
  }

  div(o: PowerSeries): PowerSeries {
    return this.mul(o.inverse());
  }

  /** f' (order N − 1). */
  derivative(): PowerSeries {
    const cs: LaurentPoly[] = [];
    for (let k = this.low; k < this.order; k++) cs.push(this.at(k).scale(k));
    return new PowerSeries(this.low - 1, cs, this.order - 1);
  }

  /** ∫_0^t f (order N + 1); refused when f has a t^{−1} term. */
  integral(): PowerSeries {
    if (this.low <= -1 && -1 < this.order && !this.at(-1).isZero()) throw new InputError('series: cannot integrate a series with a t^-1 term');
    const cs: LaurentPoly[] = [];
    for (let k = this.low; k < this.order; k++) cs.push(k === -1 ? LaurentPoly.ZERO : this.at(k).scale(Rational.of(1, k + 1)));
    return new PowerSeries(this.low + 1, cs, this.order + 1);
  }

  /** t^k · f. */
  shift(k: number): PowerSeries {
    checkOrder(this.order + k);
    return new PowerSeries(this.low + k, [...this.coeffs], this.order + k);
  }

  /** Drop terms of degree ≥ n (n ≤ order). */
  truncate(n: number): PowerSeries {
    if (n > this.order) throw new InputError(`series: cannot extend a series known to O(t^${this.order}) to O(t^${n})`);
    const low = Math.min(this.low, n);
    return new PowerSeries(low, this.coeffs.slice(0, n - low), n);
  }

  /** Apply a map to every coefficient (zero stays zero). */
  map(f: (c: LaurentPoly, k: number) => LaurentPoly): PowerSeries {
    return new PowerSeries(
      this.low,
      this.coeffs.map((c, i) => f(c, this.low + i)),
      this.order,
    );
  }

  /** Same order and the same coefficients. */
  equals(o: PowerSeries): boolean {
    if (this.order !== o.order || this.low !== o.low) return false;
    for (let k = this.low; k < this.order; k++) if (!this.at(k).equals(o.at(k))) return false;
    return true;
  }

  /** Coefficients of t^0 … t^{order−1} (refused when a negative power remains). */
  coefficients(): LaurentPoly[] {
    if (this.low < 0) throw new InputError(`series: the series has a term in t^${this.low}`);
    const out: LaurentPoly[] = [];
    for (let k = 0; k < this.order; k++) out.push(this.at(k));
    return out;
  }

  /** e.g. `1 - 2*y*t + (y^2 + 1)*t^2 + O(t^3)`. */
  toString(variable = 't'): string {
    const parts: string[] = [];
    for (let k = this.low; k < this.order; k++) {
      const c = this.at(k);
      if (c.isZero()) continue;
      const power = k === 0 ? '' : k === 1 ? variable : `${variable}^${k}`;
      let body = c.toString();
      let neg = false;
      if (c.size === 1 && body.startsWith('-')) {
        neg = true;
        body = body.slice(1);
      }
      if (power !== '') body = body === '1' ? power : c.size > 1 ? `(${body})*${power}` : `${body}*${power}`;
      parts.push(parts.length === 0 ? (neg ? `-${body}` : body) : `${neg ? '- ' : '+ '}${body}`);
    }
    parts.push(parts.length === 0 ? `O(${variable}^${this.order})` : `+ O(${variable}^${this.order})`);
    return parts.join(' ');
  }

  /** @internal a_k for low ≤ k < order, zero below low. */
  at(k: number): LaurentPoly {
    return k < this.low ? LaurentPoly.ZERO : this.coeffs[k - this.low] ?? LaurentPoly.ZERO;
  }

  /**
   * @internal f = a_v t^v (1 + h(t)) with h[k] the coefficient of t^k of h (h[0] = 0), known for
   * k < rel = N − v. Refused when f vanishes to its order or a_v is not a monomial.
   */
  normalised(what: string): { v: number; lead: LaurentPoly; h: LaurentPoly[]; rel: number } {
    if (this.isZero()) throw new InputError(`series: cannot ${what} a series that vanishes to O(t^${this.order})`);
    const v = this.low;
    const lead = this.at(v);
    const inv = lead.inverse();
    if (inv === null) throw new InputError(`series: cannot ${what} a series whose leading coefficient ${lead.toString()} is not a monomial in the parameters`);
    const rel = this.order - v;
    const h: LaurentPoly[] = [LaurentPoly.ZERO];
    for (let k = 1; k < rel; k++) h.push(this.at(v + k).mul(inv));
    return { v, lead, h, rel };
  }
}
