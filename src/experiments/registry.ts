/** The experiments by name (`gfd experiment <name>`). */
import { InputError } from '../errors.js';
import { freeAsymNu3 } from './freeAsymNu3.js';
import { freeSymNu4 } from './freeSymNu4.js';
import { ntkAsym } from './ntkAsym.js';
import { nu4Ascent } from './nu4Ascent.js';
import { symNu2 } from './symNu2.js';
import type { Experiment } from './types.js';

/** All experiments, in the order `gfd experiment all` runs them. */
export const experiments: ReadonlyMap<string, Experiment> = new Map([freeAsymNu3, freeSymNu4, symNu2, nu4Ascent, ntkAsym].map((e) => [e.name, e] as const));

/**
 * Look an experiment up by name; InputError listing the names if unknown.
 * @example experiment('sym-nu2').paper // 'Fig. 5, §8, App. J, App. L'
 */
export function experiment(name: string): Experiment {
  const e = experiments.get(name.trim());
  if (e === undefined) throw new InputError(`experiment: unknown experiment "${name}" (available: ${[...experiments.keys()].join(', ')}, all)`);
  return e;
}
