/**
 * Left-nested merge powers C_0, C_1 = C_0 ⋆ L, …, C_{s+1} = C_s ⋆ L (paper eq. dgdt; the loss
 * series takes C_0 = L, an observable series C_0 = G).
 */
import type { Diagram } from '../diagram/index.js';
import { DiagramSum } from './diagramSum.js';
import { merge } from './merge.js';

/**
 * Yields C_0, C_1, … without end (the caller stops); C_s is built only when asked for, after the
 * caller has used C_{s−1}. `onProgress(s, done, total)` reports the classes of C_{s−1} merged so far.
 *
 * @example
 * ```ts
 * const L = lossDiagrams(makeModel({ nu: 2, scenario: 'sym' })).sum; // ½D − R without ½‖F‖²
 * const sizes: number[] = [];
 * for (const [s, C] of mergePowers(L, L)) { if (s > 2) break; sizes.push(C.size); }
 * sizes; // [2, 3, 4]
 * ```
 */
export function* mergePowers(
  start: Diagram | DiagramSum,
  L: Diagram | DiagramSum,
  onProgress?: (s: number, done: number, total: number) => void,
): Generator<[number, DiagramSum], never, undefined> {
  let C = start instanceof DiagramSum ? start : DiagramSum.of(start);
  for (let s = 0; ; s++) {
    if (s > 0) {
      let done = 0;
      const total = C.size;
      C = merge(C, L, () => onProgress?.(s, ++done, total));
    }
    yield [s, C];
  }
}
