/**
 * The one door to nerdamer, the symbolic algebra package behind formula parsing and the symbolic
 * steps of the summation chain. Loaded lazily, on first use, so that commands which never parse a
 * formula do not pay for it; the calculus add-ons (Algebra, Calculus, Solve) only when asked for.
 */
import { createRequire } from 'node:module';
import type { Nerdamer } from './nerdamerTypes.js';

let core: Nerdamer | undefined;
let calculusLoaded = false;

/**
 * nerdamer's parser and simplifier; with `calculus`, also its Algebra, Calculus and Solve add-ons
 * (diff, integrate, solve, factor, …).
 */
export function nerdamer(options: { calculus?: boolean } = {}): Nerdamer {
  const require = createRequire(import.meta.url);
  core ??= require('nerdamer') as Nerdamer;
  if (options.calculus === true && !calculusLoaded) {
    require('nerdamer/Algebra');
    require('nerdamer/Calculus');
    require('nerdamer/Solve');
    calculusLoaded = true;
  }
  return core;
}
