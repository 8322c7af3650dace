/**
 * The weighted genus budget of the contracted engine's future bound (docs/asymptotics.md §"The
 * weighted genus budget"), against independent derivations: Φ recomputed from each state's own
 * groups along the exact transitions, the limit of the full diagram series, and the necessary
 * states (the bound against exhaustive search: contracted.test.ts, "future bound").
 */
import { describe, expect, it } from 'vitest';
import { limitSeries, parseScaling, weightedGenusBounds, type WeightedGenus } from '../../src/asymptotics/index.js';
import { contractedLeadingSeries, contractedSetup, futureBoundOf, integerWeights } from '../../src/asymptotics/contracted/contractedSeries.js';
import { contractedPass, expandState, nextLevel, startStates } from '../../src/asymptotics/contracted/contractedPass.js';
import { defaultProjections, FutureBound } from '../../src/asymptotics/contracted/futureBound.js';
import { necessaryStates } from '../../src/asymptotics/contracted/necessaryStates.js';
import { unpackState } from '../../src/asymptotics/contracted/quotientState.js';
import { diagramOfKey } from '../../src/canon/index.js';
import { EDGE_STRIDE } from '../../src/diagram/index.js';
import { lossDiagrams, lossSeries } from '../../src/expansion/index.js';
import { makeModel, type Model } from '../../src/model/index.js';
import { Rational, type Poly } from '../../src/rational/index.js';

/**
 * Φ(Q) + κ = k_p + κk_H − m/2 − Σ_u w_u·(units of kind u touched by the odd groups), read off the
 * quotient multigraph of a state key directly (its edges listed with multiplicity).
 */
function phi(key: string, g: WeightedGenus): number {
  const d = diagramOfKey(key);
  const count = new Map<string, number>();
  for (let i = 0; i < d.edges.length; i += EDGE_STRIDE) {
    const k = `${d.edges[i]},${d.edges[i + 1]},${d.edges[i + 2]}`;
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  const odd = [...count].filter(([, r]) => r % 2 === 1).map(([k]) => k.split(',').map(Number) as [number, number, number]);
  const distinct = (f: (x: [number, number, number]) => string) => new Set(odd.map(f)).size;
  const touched = [distinct(([h]) => `${h}`), distinct(([h, , c]) => `${h},${c}`), distinct(([, p]) => `${p}`), distinct(([, p, c]) => `${p},${c}`), odd.length];
  const m = d.edges.length / EDGE_STRIDE;
  return d.nP + g.kappa * d.nH - m / 2 - touched.reduce((a, t, u) => a + g.weights[u]! * t, 0);
}

function certificateOf(model: Model): WeightedGenus {
  const loss = lossDiagrams(model).terms.map((t) => t.form.diagram);
  const g = weightedGenusBounds(loss, loss)[0];
  if (!g) throw new Error('no certificate');
  return g;
}

/** certified models and the number of levels whose transitions are checked */
const CERTIFIED: [number, string, string, number][] = [
  [4, 'sym', 'identity', 2],
  [4, 'sym', 'zero', 1],
  [4, 'asym', 'identity', 1],
  [4, 'asym', 'zero', 1],
];

describe('weighted genus on quotient states', () => {
  it.each(CERTIFIED)('ν = %i %s %s: Φ never increases along the exact transitions of the first %i levels', (nu, scenario, target, levels) => {
    const model = makeModel({ nu, scenario, target });
    const st = contractedSetup(model);
    const g = certificateOf(model);
    expect(st.genus).toEqual(g);
    let level = startStates(st.start);
    let checked = 0;
    let equal = 0;
    for (let l = 0; l < levels; l++) {
      for (const [key] of level) {
        const children = new Map<string, bigint>();
        expandState(unpackState(key, st.units), 1n, 1, false, st.moves, st.units, null, children, new Map());
        const before = phi(key, g);
        for (const child of children.keys()) {
          const after = phi(child, g);
          expect(after).toBeLessThanOrEqual(before);
          checked++;
          if (after === before) equal++;
        }
      }
      if (l + 1 < levels) level = nextLevel(level, st.moves, st.units);
    }
    expect(checked).toBeGreaterThan(50);
    expect(equal).toBeGreaterThan(0);
  });

  it('uncertified models (ASYM ν = 3, SYM ν = 3) carry no certificate and keep the parity projections', () => {
    for (const scenario of ['asym', 'sym']) {
      const st = contractedSetup(makeModel({ nu: 3, scenario }));
      expect(st.genus).toBeNull();
      const { weights } = integerWeights({ p: Rational.ONE, H: Rational.of(3), sigma2: Rational.of(-2) });
      expect(futureBoundOf(st, weights).readsTouched).toBe(false);
    }
  });
});

describe('leading mode on the H-heavy faces', () => {
  const full = new Map<string, Poly[]>();
  const series = (nu: number, scenario: string, order: number) => {
    const k = `${nu}${scenario}`;
    if (!full.has(k)) full.set(k, lossSeries(makeModel({ nu, scenario }), order));
    return full.get(k)!;
  };
  it.each([
    [4, 'sym', 'H = y*p^3, sigma2 = z/p', 3], // B, free over-parameterised
    [4, 'sym', 'H = y*p^3, sigma2 = z*p^(-2)', 3], // B-E, mean-field
    [4, 'sym', 'H = y*p^2, sigma2 = z/p', 3], // A-B, free
    [4, 'asym', 'H = y*p^4, sigma2 = z*p^(-2)', 3], // C-D, mean-field
    [4, 'asym', 'H = y*p^5, sigma2 = z*p^(-9/4)', 3], // C
    [4, 'asym', 'H = y*p^5, sigma2 = z/p', 3], // B, free over-parameterised
  ])('ν = %i %s along %s: e_s and c_s of the full series to s = %i', async (nu, scenario, text, order) => {
    const model = makeModel({ nu, scenario });
    const scaling = parseScaling(text);
    const lead = await contractedLeadingSeries(model, order, { p: Rational.ONE, H: scaling.a, sigma2: scaling.b });
    const want = limitSeries(series(nu, scenario, order).slice(0, order + 1), scaling);
    const got = limitSeries(lead.terms, scaling);
    for (let s = 0; s <= order; s++) {
      expect(got.terms[s]!.exponent?.toString()).toBe(want.terms[s]!.exponent?.toString());
      expect(got.terms[s]!.coeff.toString()).toBe(want.terms[s]!.coeff.toString());
    }
  });
});

describe('states kept', () => {
  it('SYM ν = 4 free edge A-B, s = 4: the budget keeps fewer states, never fewer than the necessary ones, same result', async () => {
    const model = makeModel({ nu: 4, scenario: 'sym' });
    const weight = { p: Rational.ONE, H: Rational.of(2), sigma2: Rational.of(-1) };
    const s = 4;
    const st = contractedSetup(model);
    const { weights, den } = integerWeights(weight);
    const lead = await contractedLeadingSeries(model, s, weight);
    const top = lead.terms[s]!.terms()[0]!;
    const T = Number(Rational.of(top.p).add(Rational.of(top.H).mul(weight.H)).add(Rational.of(top.sigma2).mul(weight.sigma2)).mul(Rational.of(den)).num);
    const run = (bound: FutureBound) => contractedPass({ start: st.start, units: st.units, moves: st.moves, order: s, leading: { weights, threshold: T, bound } });
    const parity = await run(new FutureBound(st.moves, weights, st.units, defaultProjections(st.units)));
    const genus = await run(futureBoundOf(st, weights));
    const total = (k: number[]) => k.slice(0, s).reduce((a, b) => a + b, 0);
    expect(total(genus.kept)).toBeLessThan(total(parity.kept));
    const nec = await necessaryStates(model, s, weight);
    for (let l = 0; l < s; l++) {
      expect(genus.kept[l]!).toBeLessThanOrEqual(parity.kept[l]!);
      expect(genus.kept[l]!).toBeGreaterThanOrEqual(nec.necessary[l]!);
    }
    expect([...genus.buckets[s]!].sort()).toEqual([...parity.buckets[s]!].sort());
  });
});
