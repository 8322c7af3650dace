/**
 * The times at which a curve is evaluated: K equally spaced times from tmin to tmax inclusive
 * (tmin ≤ tmax; gradient ascent runs over negative times, e.g. tmin = −1, tmax = 0).
 */
import { InputError } from '../../errors.js';

/** Largest number of grid points (memory for the times, values and the printed table). */
export const MAX_CURVE_POINTS = 1_000_000;

/** K ≥ 1 equally spaced times from tmin to tmax inclusive (one point: tmax). Throws {@link InputError} if tmin > tmax. */
export function curveGrid(tmin: number, tmax: number, k: number): number[] {
  if (!Number.isInteger(k) || k < 1) throw new InputError(`curve: the number of grid points must be an integer >= 1 (got ${k})`);
  if (k > MAX_CURVE_POINTS) throw new InputError(`curve: the number of grid points must be at most ${MAX_CURVE_POINTS} (got ${k})`);
  if (tmin > tmax) throw new InputError(`curve: --tmin (${tmin}) must not exceed --tmax (${tmax}); for gradient ascent give e.g. --tmin -1 --tmax 0`);
  if (k === 1) return [tmax];
  return Array.from({ length: k }, (_, i) => (i === k - 1 ? tmax : tmin + ((tmax - tmin) * i) / (k - 1)));
}
