/**
 * Shared option parsers for the CLI. Each throws {@link InputError} with a one-line message
 * naming the option, which `main.ts` prints and turns into exit code 2.
 */
import type { Command } from 'commander';
import { InputError } from '../errors.js';

/** Integer option, optionally bounded. */
export function intOption(name: string, min?: number, max?: number) {
  return (raw: string): number => {
    const t = raw.trim();
    if (!/^[+-]?\d+$/.test(t)) throw new InputError(`--${name}: expected an integer, got "${raw}"`);
    const v = Number(t);
    if (min !== undefined && v < min) throw new InputError(`--${name}: must be at least ${min}, got ${v}`);
    if (max !== undefined && v > max) throw new InputError(`--${name}: must be at most ${max}, got ${v}`);
    return v;
  };
}

/** Upper bound for `--threads` (each thread is a worker with its own heap). */
export const MAX_THREADS = 64;

/** Finite real option, with optional strict lower bound. */
export function numberOption(name: string, opts: { min?: number; exclusiveMin?: number } = {}) {
  return (raw: string): number => {
    const t = raw.trim();
    const v = t === '' ? NaN : Number(t);
    if (!Number.isFinite(v)) throw new InputError(`--${name}: expected a number, got "${raw}"`);
    if (opts.min !== undefined && v < opts.min) throw new InputError(`--${name}: must be at least ${opts.min}, got ${v}`);
    if (opts.exclusiveMin !== undefined && v <= opts.exclusiveMin) {
      throw new InputError(`--${name}: must be greater than ${opts.exclusiveMin}, got ${v}`);
    }
    return v;
  };
}

/** One of a fixed set of strings. */
export function choiceOption<T extends string>(name: string, choices: readonly T[]) {
  return (raw: string): T => {
    const t = raw.trim().toLowerCase() as T;
    if (!choices.includes(t)) throw new InputError(`--${name}: expected one of ${choices.join(', ')}, got "${raw}"`);
    return t;
  };
}

/**
 * The model options shared by the commands that take one: `--nu`, `--scenario`, `--target`.
 * By default they are validated together by `makeModel`, which names the offending option; with
 * `checkOnRead`, `--nu` (an integer ≥ 2) and `--scenario` (sym or asym) are checked as they are read.
 */
export function withModelOptions(command: Command, opts: { checkOnRead?: boolean } = {}): Command {
  const nu = command.createOption('--nu <n>', 'tensor order ν ≥ 2').makeOptionMandatory();
  const scenario = command.createOption('--scenario <sym|asym>', 'SYM (one shared weight matrix) or ASYM').makeOptionMandatory();
  if (opts.checkOnRead) {
    nu.argParser(intOption('nu', 2));
    scenario.argParser(choiceOption('scenario', ['sym', 'asym'] as const));
  }
  return command
    .addOption(nu)
    .addOption(scenario)
    .option('--target <T>', 'identity | zero | delta patterns, e.g. "2*{1,2}{3} - {1}{2}{3}"', 'identity');
}
