/**
 * Repeated right-merging with the loss: C_{s+1} = C_s ⋆ L (left-nested powers, GUIDE "Diagrams"),
 * on integer class tables (canonical key → class, integer coefficient).
 */
import type { CanonicalForm } from '../canon/canonicalForm.js';
import { mergeClasses } from '../merge/merge.js';
import type { Rational } from '../rational/rational.js';
import type { IntTerm } from './lossDiagrams.js';

export type ClassTable = Map<string, { form: CanonicalForm; coeff: bigint }>;

export function tableOf(terms: Iterable<IntTerm>): ClassTable {
  const t: ClassTable = new Map();
  for (const x of terms) accumulate(t, x.form, x.coeff);
  return t;
}

function accumulate(t: ClassTable, form: CanonicalForm, c: bigint): void {
  if (c === 0n) return;
  const old = t.get(form.key);
  if (old) {
    old.coeff += c;
    if (old.coeff === 0n) t.delete(form.key);
  } else t.set(form.key, { form, coeff: c });
}

/** C ⋆ (Σ n_X X) with integer coefficients. `tick` is called once per class of C. */
export function mergeStep(current: ClassTable, loss: readonly IntTerm[], tick?: () => void): ClassTable {
  const next: ClassTable = new Map();
  for (const { form, coeff } of current.values()) {
    for (const x of loss) {
      const c = coeff * x.coeff;
      for (const r of mergeClasses(form, x.form).values()) accumulate(next, r.form, c * r.count);
    }
    tick?.();
  }
  return next;
}

/**
 * The canonical classes of L^{⋆k} (k ≥ 1, left-nested, without the constant ½‖F‖²) with their
 * exact coefficients: returns the integer table and the factor `scale^k` it must be multiplied by.
 */
export function lossPower(
  loss: { terms: readonly IntTerm[]; scale: Rational },
  k: number,
  onProgress?: (level: number, done: number, total: number) => void,
): { table: ClassTable; factor: Rational } {
  let table = tableOf(loss.terms);
  for (let level = 2; level <= k; level++) {
    let done = 0;
    const total = table.size;
    table = mergeStep(table, loss.terms, () => onProgress?.(level, ++done, total));
  }
  return { table, factor: loss.scale.pow(k) };
}
