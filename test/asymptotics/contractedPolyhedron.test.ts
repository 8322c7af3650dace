/**
 * Newton polyhedra from the contracted engine's leading mode (contracted/contractedPolyhedron.ts)
 * against the exact series of expansion/: the support functions agree on random weights (no hull
 * code involved), every maximiser of a random weight is reported, and the reported monomials are
 * exactly those on the bounded faces found by brute force over point triples (newtonPolyhedron.ts)
 * on the whole support of Y_s.
 */
import { describe, expect, it } from 'vitest';
import { conjecturedOddSymTerms, contractedNewtonPolyhedra, convexPart } from '../../src/asymptotics/index.js';
import { queryWeight } from '../../src/asymptotics/contracted/contractedPolyhedron.js';
import { leadingFaces, type Vec3 } from '../../src/asymptotics/newtonPolyhedron.js';
import { lossSeries } from '../../src/expansion/index.js';
import { makeModel } from '../../src/model/index.js';
import { Poly, type PolyTerm } from '../../src/rational/index.js';
import { rng } from '../helpers/randomDiagram.js';

const point = (t: PolyTerm): Vec3 => [t.p, t.H, 2 * t.sigma2];
const dot = (a: Vec3, x: Vec3) => a[0] * x[0] + a[1] * x[1] + a[2] * x[2];
const keyOf = (t: PolyTerm) => `${t.p},${t.H},${t.sigma2}`;

describe('contractedNewtonPolyhedra', () => {
  it.each([
    [3, 'sym', 4],
    [3, 'asym', 3],
    [4, 'sym', 3],
    [4, 'asym', 2],
  ] as const)('ν = %i %s: Y_0 … Y_%i', async (nu, scenario, order) => {
    const model = makeModel({ nu, scenario });
    const exact = lossSeries(model, order);
    const polyhedra = await contractedNewtonPolyhedra(model, order);
    const random = rng(nu * 31 + order);
    for (let s = 0; s <= order; s++) {
      const support = [...exact[s]!.terms()].filter((t) => t.sigma2 > 0);
      const got = [...polyhedra[s]!.terms.terms()];
      const gotKeys = new Set(got.map(keyOf));
      // every reported monomial is a monomial of Y_s with its exact coefficient
      const exactByKey = new Map(support.map((t) => [keyOf(t), t.coeff.toString()]));
      for (const t of got) expect(exactByKey.get(keyOf(t))).toBe(t.coeff.toString());
      // random weights with positive p and H parts: same maximum, every maximiser reported
      for (let k = 0; k < 200; k++) {
        const alpha: Vec3 = [1 + Math.floor(random() * 20), 1 + Math.floor(random() * 20), Math.floor(random() * 41) - 20];
        const best = Math.max(...support.map((t) => dot(alpha, point(t))));
        expect(Math.max(...got.map((t) => dot(alpha, point(t))))).toBe(best);
        for (const t of support) if (dot(alpha, point(t)) === best) expect(gotKeys.has(keyOf(t))).toBe(true);
      }
      // exactly the monomials on bounded faces of the whole support's polyhedron
      const pts = support.map(point);
      const on = new Set<number>();
      for (const f of leadingFaces(pts)) for (const i of f.points) on.add(i);
      expect(polyhedra[s]!.terms.sub(Poly.fromTerms(support.filter((_, i) => on.has(i)))).isZero(), `s = ${s}`).toBe(true);
    }
  }, 120_000);

  it('SYM ν = 3, s ≤ 7: the polyhedra are those of the odd-ν description (its s_R ≥ 6 columns raised from s = 5 on)', async () => {
    const polyhedra = await contractedNewtonPolyhedra(makeModel({ nu: 3, scenario: 'sym' }), 7);
    for (const P of polyhedra) {
      const got = [...P.terms.terms()].map((t) => `${t.p},${t.H},${t.sigma2}`).sort();
      const want = convexPart(conjecturedOddSymTerms(3, P.s)).map((e) => `${e.p},${e.H},${e.sigma2}`).sort();
      expect(got, `s = ${P.s}`).toEqual(want);
    }
  }, 60_000);

  it('a facet normal with a zero p or H weight is asked with a perturbation small enough', () => {
    // α = (0, 1, 0): the point v = (0, 5, 0) beyond the facet n ≤ 4 of Q = {(9, 4, 0)} must stay beyond it
    const alpha = queryWeight([0, 1, 0], 9, 5);
    expect(alpha[0]).toBeGreaterThan(0);
    expect(dot(alpha, [0, 5, 0])).toBeGreaterThan(dot(alpha, [9, 4, 0]));
    expect(queryWeight([2, 3, -1], 9, 5)).toEqual([2, 3, -1]);
  });

  it('convexPart keeps the predicted monomials on bounded faces of their own polyhedron', () => {
    // one σ power, (q, n): (3, 2) lies on the edge from (4, 1) to (0, 5); (1, 3) is Pareto-optimal
    // but below that edge (at n = 3 the edge has q = 2)
    const e = [
      { p: 4, H: 1, sigma2: 3 },
      { p: 3, H: 2, sigma2: 3 },
      { p: 1, H: 3, sigma2: 3 },
      { p: 0, H: 5, sigma2: 3 },
    ];
    expect(convexPart(e)).toEqual([e[0], e[1], e[3]]);
  });
});
