import { mergeClasses, type DiagramSum } from '../../src/merge/index.js';

/** L, L⋆L, … up to `order` merges, nested from the left, by mergeClasses alone (no series code). */
export function powers(L: DiagramSum, order: number): DiagramSum[] {
  const out = [L];
  for (let s = 1; s <= order; s++) {
    let acc: DiagramSum | null = null;
    for (const a of out[s - 1]!.unorderedIntTerms()) {
      for (const x of L.unorderedIntTerms()) {
        const m = mergeClasses(a.form, x.form);
        acc = acc ? acc.add(m) : m;
      }
    }
    out.push(acc!);
  }
  return out;
}
