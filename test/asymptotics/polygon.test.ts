/**
 * Pareto fronts and polygons (paper §4–5, Fig. 2). Expected vertex positions and normals are
 * written down from the figure and the paper's text, not from the code.
 */
import { describe, expect, it } from 'vitest';
import { analyseFront, convexHull, labelVertices, paretoFront, paretoPolygon } from '../../src/asymptotics/index.js';
import { lossSeries } from '../../src/expansion/index.js';
import { makeModel } from '../../src/model/index.js';
import { Poly, Rational } from '../../src/rational/index.js';

const labelled = (vs: { labels: string[]; sD: number; n: number }[]) => Object.fromEntries(vs.map((v) => [v.labels.join('='), [v.sD, v.n]]));

describe('Pareto front of a polynomial', () => {
  it('keeps the paper §4 example: all terms but pH²σ⁴ (dominated by pH³σ⁴)', () => {
    // Y = pHσ² + pH²σ⁴ + pH³σ⁴ + p²Hσ⁴ (the example after the definition), read with ν = 2, s = 0
    const y = Poly.fromTerms([
      { coeff: 1, p: 1, H: 1, sigma2: 1 },
      { coeff: 1, p: 1, H: 2, sigma2: 2 },
      { coeff: 1, p: 1, H: 3, sigma2: 2 },
      { coeff: 1, p: 2, H: 1, sigma2: 2 },
    ]);
    const front = paretoFront(y, 2, 0).map((t) => `${t.p},${t.H},${t.sigma2}`).sort();
    expect(front).toEqual(['1,1,1', '1,3,2', '2,1,2']);
  });
});

describe('polygon labels (Fig. 2)', () => {
  // the (s_D, n) points of Theorem 4.1, built here by hand
  const symPoints = (s: number) => Array.from({ length: s + 2 }, (_, sD) => Array.from({ length: sD + 1 }, (_, i) => ({ sD, n: i + 1 }))).flat();
  const asymPoints = (s: number) => symPoints(s).filter((p) => (s + 1 - p.sD) % 2 === 0 && !(p.sD === s + 1 && p.n === s + 2));

  it('SYM: the triangle A(s+1,1) B(s+1,s+2) E(0,1)', () => {
    for (const s of [1, 3, 4]) {
      expect(labelled(labelVertices(convexHull(symPoints(s))))).toEqual({ A: [s + 1, 1], B: [s + 1, s + 2], E: [0, 1] });
    }
  });
  it('ASYM s=3: quadrangle A B C D=E; s=4: pentagon A B C D E (Fig. 2 right)', () => {
    expect(labelled(labelVertices(convexHull(asymPoints(3))))).toEqual({ A: [4, 1], B: [4, 4], C: [2, 3], 'D=E': [0, 1] });
    expect(labelled(labelVertices(convexHull(asymPoints(4))))).toEqual({ A: [5, 1], B: [5, 5], C: [3, 4], D: [1, 2], E: [1, 1] });
  });
});

describe('fronts of the engine', () => {
  it('ASYM ν=3: Theorem 4.1 agrees for s ≤ 3 and the normal is (1, ν−1, (1−ν)/ν) (paper §5)', () => {
    const model = makeModel({ nu: 3, scenario: 'asym' });
    const ys = lossSeries(model, 3);
    for (let s = 1; s <= 3; s++) {
      const a = analyseFront(model, s, ys[s]!);
      expect(a.check?.agree).toBe(true);
      expect(a.polygon.normal?.map(String)).toEqual(['1', '2', '-2/3']);
    }
  });
  it('SYM ν=4: normal (1, ν/2, (1−ν)/ν)', () => {
    const model = makeModel({ nu: 4, scenario: 'sym' });
    const ys = lossSeries(model, 1);
    expect(paretoPolygon(paretoFront(ys[1]!, 4, 1)).normal?.map(String)).toEqual(['1', '2', '-3/4']);
  });
  it('a front that contradicts the theorem is reported with the offending terms', () => {
    const model = makeModel({ nu: 2, scenario: 'sym' });
    // GUIDE Y_1 without its p³Hσ⁶ term
    const y1 = lossSeries(model, 1)[1]!.sub(Poly.monomial(-4, 3, 1, 3));
    const a = analyseFront(model, 1, y1);
    expect(a.check?.agree).toBe(false);
    expect(a.check?.missing).toEqual([{ p: 3, H: 1, sigma2: 3 }]);
    expect(a.check?.extra).toEqual([]); // p²Hσ⁶ stays dominated by p²H²σ⁶
  });
  it('SYM ν=3 fronts (outside the theorem) are not coplanar from s=2 on and fit the odd-ν description', () => {
    const model = makeModel({ nu: 3, scenario: 'sym' });
    const ys = lossSeries(model, 3);
    // s = 2, free column s_D = 3: q = 7, 5, 4 at n = 1, 2, 3 (a drop of 2 then 1: not affine in n)
    const col = paretoFront(ys[2]!, 3, 2).filter((t) => t.sD.equals(Rational.of(3)));
    expect(col.map((t) => [t.H, t.p])).toEqual([[1, 7], [2, 5], [3, 4]]);
    for (let s = 0; s <= 3; s++) expect(analyseFront(model, s, ys[s]!).check).toMatchObject({ against: 'conjecture', agree: true });
    expect(paretoPolygon(paretoFront(ys[3]!, 3, 3)).coplanar).toBe(false);
  });
});
