/**
 * The project's error types. A leaf module: every stage may import it, it imports nothing.
 *
 * - {@link InputError}: invalid user input (model parameters, target or diagram syntax, options,
 *   resource bounds). The CLI prints its message on one line and exits with code 2.
 * - {@link RationalError}: malformed or out-of-range exact arithmetic input (a rational that does
 *   not parse, a division by zero, an exponent beyond the supported range). It is an InputError,
 *   because in this project rationals and polynomial exponents come from what the user typed.
 */

/** Invalid user input. The CLI maps it to exit code 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Malformed rational input or arithmetic outside the supported range; message prefixed `rational:`. */
export class RationalError extends InputError {
  constructor(message: string) {
    super(`rational: ${message}`);
    this.name = 'RationalError';
  }
}
