/**
 * Shared option parsers for the CLI. Each throws {@link InputError} with a one-line message
 * naming the option, which `main.ts` prints and turns into exit code 2. Numbers are read
 * strictly (decimal digits only, no hexadecimal, no `1e3` for an integer, no `Infinity`) and
 * echoed in messages exactly as typed.
 */
import type { Command } from 'commander';
import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../errors.js';

const INTEGER = /^[+-]?\d+$/;
const REAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Strict decimal integer, a safe integer (|v| < 2^53), optionally bounded; messages show `raw`. */
export function readInteger(name: string, raw: string, min?: number, max?: number): number {
  const t = raw.trim();
  if (!INTEGER.test(t)) throw new InputError(`--${name}: expected an integer, got "${raw}"`);
  const v = Number(t);
  if (!Number.isSafeInteger(v)) throw new InputError(`--${name}: ${t} is too large (at most ${Number.MAX_SAFE_INTEGER})`);
  if (min !== undefined && v < min) throw new InputError(`--${name}: must be at least ${min}, got ${t}`);
  if (max !== undefined && v > max) throw new InputError(`--${name}: must be at most ${max}, got ${t}`);
  return v;
}

/** Integer option, optionally bounded. */
export function intOption(name: string, min?: number, max?: number) {
  return (raw: string): number => readInteger(name, raw, min, max);
}

/** Upper bound for `--threads` (each thread is a worker with its own heap). */
export const MAX_THREADS = 64;

/** Finite real option in decimal or scientific notation, with optional bounds. */
export function numberOption(name: string, opts: { min?: number; exclusiveMin?: number } = {}) {
  return (raw: string): number => {
    const t = raw.trim();
    if (!REAL.test(t)) throw new InputError(`--${name}: expected a number, got "${raw}"`);
    const v = Number(t);
    if (!Number.isFinite(v)) throw new InputError(`--${name}: ${t} is out of range`);
    if (opts.min !== undefined && v < opts.min) throw new InputError(`--${name}: must be at least ${opts.min}, got ${t}`);
    if (opts.exclusiveMin !== undefined && v <= opts.exclusiveMin) {
      throw new InputError(`--${name}: must be greater than ${opts.exclusiveMin}, got ${t}`);
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
 * Check an output path before any work: `kind` `file` — not a directory, its directory exists and
 * is writable (an existing file must be writable); `dir` — an existing writable directory, or a
 * new one whose parent exists and is writable, which is then created (one level, not recursively;
 * a directory that another process creates at the same moment is accepted).
 */
export function checkOutputPath(name: string, path: string, kind: 'file' | 'dir'): void {
  if (path.trim() === '') throw new InputError(`--${name}: empty path`);
  const full = resolve(path);
  const writable = (p: string) => {
    try {
      accessSync(p, constants.W_OK);
      return true;
    } catch {
      return false;
    }
  };
  const isDir = (p: string) => {
    try {
      return statSync(p).isDirectory();
    } catch {
      return false;
    }
  };
  if (existsSync(full)) {
    if (kind === 'file' && isDir(full)) throw new InputError(`--${name}: "${path}" is a directory, expected a file`);
    if (kind === 'dir' && !isDir(full)) throw new InputError(`--${name}: "${path}" is not a directory`);
    if (!writable(full)) throw new InputError(`--${name}: "${path}" is not writable`);
    return;
  }
  const parent = dirname(full);
  if (existsSync(parent) && !isDir(parent)) throw new InputError(`--${name}: "${dirname(path)}" is not a directory`);
  if (!isDir(parent)) throw new InputError(`--${name}: directory "${dirname(path)}" does not exist`);
  if (!writable(parent)) throw new InputError(`--${name}: directory "${dirname(path)}" is not writable`);
  if (kind === 'dir') {
    // One level, never recursive: a recursive mkdir can loop on pseudo-filesystems such as /proc.
    try {
      mkdirSync(full);
    } catch (err) {
      // another process (e.g. a shard of the same batch job) may have created it meanwhile
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && isDir(full) && writable(full)) return;
      throw new InputError(`--${name}: cannot create directory "${path}" (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
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
