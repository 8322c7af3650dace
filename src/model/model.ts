/**
 * The learning problem (paper §2, eqs. f_F_def, sym, loss, idtarget): order ν, scenario and target.
 */
import { InputError } from '../errors.js';
import { parseTarget, type Target } from './target.js';

export type Scenario = 'sym' | 'asym';

export interface Model {
  /** Tensor order ν ≥ 2. */
  readonly nu: number;
  /** SYM: one weight matrix shared by all slots; ASYM: ν independent ones. */
  readonly scenario: Scenario;
  readonly target: Target;
}

export interface ModelSpec {
  nu: number | string;
  scenario: string;
  target?: string;
}

/** Largest order accepted (diagram colours are stored in small integers). */
export const MAX_NU = 64;

/** Validate and build a model. Throws {@link InputError} with a one-line message. */
export function makeModel(spec: ModelSpec): Model {
  // Strict decimal integer (no "0x10", "1e1", " "), echoed as typed.
  const typed = String(spec.nu).trim();
  const nu = typeof spec.nu === 'number' ? spec.nu : /^[+-]?\d+$/.test(typed) ? Number(typed) : NaN;
  if (!Number.isInteger(nu)) throw new InputError(`model: order nu must be a decimal integer, got "${spec.nu}"`);
  if (nu < 2) throw new InputError(`model: order nu must be at least 2, got ${typed}`);
  if (nu > MAX_NU) throw new InputError(`model: order nu must be at most ${MAX_NU}, got ${typed}`);
  const scenario = String(spec.scenario).trim().toLowerCase();
  if (scenario !== 'sym' && scenario !== 'asym') {
    throw new InputError(`model: unknown scenario "${spec.scenario}" (expected sym or asym)`);
  }
  const target = parseTarget(spec.target ?? 'identity', nu);
  return Object.freeze({ nu, scenario, target });
}

/** Number of distinct edge colours: ν in ASYM, 1 in SYM. */
export function colourCount(model: Model): number {
  return model.scenario === 'sym' ? 1 : model.nu;
}
