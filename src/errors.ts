/**
 * The project's error types. A leaf module: every stage may import it, it imports nothing.
 *
 * - {@link InputError}: invalid user input (model parameters, target or diagram syntax, options,
 *   resource bounds). The CLI prints its message on one line and exits with code 2.
 * - {@link RationalError}: exact arithmetic that cannot be done (a rational that does not parse, a
 *   division by zero, an exponent beyond the supported range). It is NOT an InputError: inside the
 *   engine it means a bug, and the CLI reports it as an internal error (exit 1). Code that reads
 *   rationals from what the user typed catches it and throws an InputError naming the option.
 */

/** Invalid user input. The CLI maps it to exit code 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Exact arithmetic that cannot be done (malformed rational, division by zero, exponent out of range); message prefixed `rational:`. */
export class RationalError extends Error {
  constructor(message: string) {
    super(`rational: ${message}`);
    this.name = 'RationalError';
  }
}
