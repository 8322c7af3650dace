/**
 * The canonical classes of L^{⋆(S+1)} (left-nested, without the constant ½‖F‖²) with their exact
 * coefficients and expectations, so that Y_S = (−1)^S Σ coeff · E[class] (+ ½‖F‖² at S = 0).
 */
import type { CanonicalForm } from '../canon/index.js';
import type { DiagramSum } from '../merge/index.js';
import type { Model } from '../model/index.js';
import type { Poly, Rational } from '../rational/index.js';
import { wickExpectation } from '../wick/index.js';
import { InputError } from '../errors.js';
import { lossDiagrams } from './lossDiagrams.js';
import { lossPower } from './powers.js';
import { checkSeriesReach } from './reach.js';
import { mergeCooperative } from './cooperative.js';

export interface ClassEntry {
  readonly form: CanonicalForm;
  /** exact coefficient of the class in L^{⋆(S+1)} */
  readonly coeff: Rational;
  /** E[class] */
  readonly expectation: Poly;
}

export interface ClassListing {
  readonly order: number;
  /** S + 1 */
  readonly power: number;
  /** number of classes */
  readonly size: number;
  /** the classes ordered by edge count, node counts, key; each E[·] is evaluated when reached */
  entries(): Iterable<ClassEntry>;
}

/**
 * The classes behind Y_order. `onProgress(level, done, total)` reports the merging.
 *
 * @example
 * ```ts
 * const list = lossPowerClasses(makeModel({ nu: 2, scenario: 'sym' }), 0);
 * list.size; // 2 (the classes of L: D and R)
 * ```
 */
export function lossPowerClasses(model: Model, order: number, onProgress?: (level: number, done: number, total: number) => void): ClassListing {
  if (!Number.isInteger(order) || order < 0) throw new InputError(`diagrams: order must be a non-negative integer, got ${order}`);
  const loss = lossDiagrams(model);
  checkSeriesReach(loss.sum, loss.sum, order);
  return listing(order, lossPower(loss, order + 1, onProgress));
}

function listing(order: number, sum: DiagramSum): ClassListing {
  const terms = sum.terms();
  return Object.freeze({
    order,
    power: order + 1,
    size: terms.length,
    *entries(): Generator<ClassEntry> {
      for (const { form, coeff } of terms) yield { form, coeff, expectation: wickExpectation(form.diagram) };
    },
  });
}

/**
 * {@link lossPowerClasses} with the merging done cooperatively (cooperative.ts): the event loop
 * runs between merged classes, so that an interrupt is handled while the classes are being built.
 * The same classes in the same order.
 */
export async function lossPowerClassesCooperative(
  model: Model,
  order: number,
  onProgress?: (level: number, done: number, total: number) => void,
): Promise<ClassListing> {
  if (!Number.isInteger(order) || order < 0) throw new InputError(`diagrams: order must be a non-negative integer, got ${order}`);
  const loss = lossDiagrams(model);
  checkSeriesReach(loss.sum, loss.sum, order);
  let sum = loss.sum;
  for (let level = 2; level <= order + 1; level++) {
    let done = 0;
    const total = sum.size;
    sum = await mergeCooperative(sum, loss.sum, () => onProgress?.(level, ++done, total));
  }
  return listing(order, sum);
}
