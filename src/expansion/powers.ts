/**
 * Repeated right-merging with the loss: C_{s+1} = C_s ⋆ L (left-nested powers, docs/conventions.md §"Merge ⋆ and left-nested powers"),
 * on integer class tables (canonical key → class, integer coefficient).
 */
import { InputError } from '../errors.js';
import { mergePowers, type DiagramSum } from '../merge/index.js';
import type { LossDiagrams } from './lossDiagrams.js';

/**
 * L^{⋆k} (k ≥ 1) with exact coefficients. `onProgress(level, done, total)` reports the classes of
 * L^{⋆(level−1)} merged so far while building L^{⋆level}.
 */
export function lossPower(loss: LossDiagrams, k: number, onProgress?: (level: number, done: number, total: number) => void): DiagramSum {
  if (!Number.isInteger(k) || k < 1) throw new InputError(`loss power: exponent must be a positive integer, got ${k}`);
  for (const [s, C] of mergePowers(loss.sum, loss.sum, (s, done, total) => onProgress?.(s + 1, done, total))) {
    if (s === k - 1) return C;
  }
  throw new Error('unreachable');
}
