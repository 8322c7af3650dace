import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { experiments } from '../../src/experiments/registry.js';
import { relativeDeviation } from '../../src/experiments/deviation.js';
import { runExperiment } from '../../src/experiments/runExperiment.js';
import { evaluateCurve } from '../../src/experiments/series.js';
import type { CurvePanelResult, ExperimentResult, GridPanelResult, SeriesResult } from '../../src/experiments/types.js';
import { nu4Threshold } from '../../src/solutions/curves/sym4/threshold.js';

const dir = mkdtempSync(join(tmpdir(), 'gfd-experiments-'));
const results = new Map<string, ExperimentResult>();

beforeAll(async () => {
  // tiny configurations (seconds); simulations run in this thread from the TypeScript sources
  for (const exp of experiments.values()) {
    const out = await runExperiment(exp, dir, { size: 'tiny' });
    results.set(exp.name, out.result);
  }
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const curvePanels = (r: ExperimentResult) => r.panels.filter((p): p is CurvePanelResult => p.kind === 'curves');

/** max |ln(sim/theory)| of a series against its first formula re-evaluated with T multiplied by `factor`. */
function logRatioWithT(s: SeriesResult, factor: number): number {
  const P = s.parameters;
  const th = s.theory[0]!;
  const values = evaluateCurve(th.formula, { nu: P.nu, scenario: P.scenario, p: P.p, H: P.H, sigma2: P.sigma2, T: P.T * factor }, s.times).map((v) =>
    v === null ? null : (v - s.offset) / s.divisor,
  );
  return relativeDeviation(s.times, s.simulation.mean, s.simulation.std, s.simulation.count, values, s.window).maxLogRatio!;
}

describe('gfd experiments in tiny configurations', () => {
  it('registers the five experiments of the paper', () => {
    expect([...experiments.keys()]).toEqual(['free-asym-nu3', 'free-sym-nu4', 'sym-nu2', 'nu4-ascent', 'ntk-asym']);
  });

  it.each([...experiments.keys()])('%s writes JSON with the documented fields, an SVG, and a finite deviation figure', (name) => {
    const json = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as ExperimentResult;
    expect(Object.keys(json)).toEqual([
      'experiment', 'title', 'paper', 'size', 'sizes', 'integrator', 'timeNormalisation', 'generator', 'wallSeconds', 'panels', 'agreement', 'findings', 'summary',
    ]);
    expect(json.experiment).toBe(name);
    expect(json.size).toBe('tiny');
    expect(json.sizes.length).toBeGreaterThan(10);
    expect(Number.isFinite(json.agreement.maxRelative)).toBe(true);
    expect(json.agreement.maxRelative).toBeGreaterThanOrEqual(0);
    expect(json.summary).toContain(name);
    expect(json.summary).toMatch(/Max relative deviation/);
    for (const panel of curvePanels(json)) {
      for (const s of panel.series) {
        const n = s.times.length;
        expect(s.simulation.mean).toHaveLength(n);
        expect(s.simulation.std).toHaveLength(n);
        expect(s.parameters).toMatchObject({ nu: expect.any(Number), p: expect.any(Number), H: expect.any(Number), sigma2: expect.any(Number), T: expect.any(Number), seeds: expect.any(Number) });
        for (const th of s.theory) {
          expect(th.values).toHaveLength(n);
          expect(th.dense.values).toHaveLength(th.dense.times.length);
          expect(th.deviation.points).toBeGreaterThan(0);
        }
      }
    }
    const svg = readFileSync(join(dir, `${name}.svg`), 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('free-asym-nu3: T = 6Hσ⁴/c (over) and 4p²σ⁴/c (under) match the simulation; T off by ν does not', () => {
    const r = results.get('free-asym-nu3')!;
    // E[L(0)] = ½p³Hσ⁶ = 1 by construction of σ² (exact in ASYM)
    for (const s of curvePanels(r).flatMap((p) => p.series)) expect(0.5 * s.parameters.p ** 3 * s.parameters.H * s.parameters.sigma2 ** 3).toBeCloseTo(1, 12);
    for (const s of curvePanels(r).flatMap((p) => p.series)) {
      expect(s.theory[0]!.deviation.maxLogRatio!).toBeLessThan(0.75);
      expect(logRatioWithT(s, 3)).toBeGreaterThan(0.75);
      expect(logRatioWithT(s, 1 / 3)).toBeGreaterThan(0.75);
    }
  });

  it('sym-nu2: with T = 1 the Narayana solution matches (Fig. 5, noisy over-parameterized, general); T off by ν = 2 does not', () => {
    const r = results.get('sym-nu2')!;
    const checked = curvePanels(r)
      .filter((p) => ['fig5', 'noisy-over', 'general'].includes(p.id))
      .flatMap((p) => p.series)
      .filter((s) => s.parameters.H >= s.parameters.p); // H = p/2 barely moves in time (see its own bound below)
    expect(checked.length).toBeGreaterThanOrEqual(4);
    for (const s of checked) {
      expect(s.parameters.T).toBe(1);
      expect(s.theory[0]!.deviation.maxLogRatio!).toBeLessThan(1);
      expect(logRatioWithT(s, 2)).toBeGreaterThan(1);
      expect(logRatioWithT(s, 0.5)).toBeGreaterThan(1);
    }
    // every curve of every scenario stays within a factor e^0.6 of theory at this size
    for (const s of curvePanels(r).flatMap((p) => p.series)) expect(s.theory[0]!.deviation.maxLogRatio!).toBeLessThan(0.6);
  });

  it('free-sym-nu4: σ and T follow Fig. 4 and App. L (E[L(0)] = 1, c = θ/4 or 1/4)', () => {
    const r = results.get('free-sym-nu4')!;
    const [general, under, over] = curvePanels(r);
    for (const s of general!.series) {
      const { p, H, sigma2, T } = s.parameters;
      const theta = 1 + (3 * H) / p ** 2;
      expect(0.5 * p ** 4 * H * sigma2 ** 4 * theta).toBeCloseTo(1, 12);
      expect(T).toBeCloseTo(96 * p ** 3 * sigma2 ** 3, 12);
      expect(s.theory[0]!.values[0]).toBeCloseTo(1, 12);
    }
    for (const s of under!.series) expect((24 * s.parameters.p ** 3 * s.parameters.sigma2 ** 3) / s.parameters.T).toBeCloseTo(0.25, 12);
    for (const s of over!.series) expect((72 * s.parameters.p * s.parameters.H * s.parameters.sigma2 ** 3) / s.parameters.T).toBeCloseTo(0.25, 12);
    // the simulated loss decays over the run
    for (const s of [...general!.series, ...under!.series, ...over!.series]) expect(s.simulation.mean.at(-1)!).toBeLessThan(s.simulation.mean[0]! / 2);
  });

  it('nu4-ascent: grid cells carry rates in [0, 1] and ρ*(θ) from the threshold; large ρ diverges, small ρ does not', () => {
    const r = results.get('nu4-ascent')!;
    const grid = r.panels.find((p): p is GridPanelResult => p.kind === 'grid')!;
    expect(grid.cells.length).toBe((grid.thetaEdges.length - 1) * (grid.rhoEdges.length - 1));
    for (const c of grid.cells) {
      expect(c.rate).toBeGreaterThanOrEqual(0);
      expect(c.rate).toBeLessThanOrEqual(1);
      expect(c.theory.rhoStar).toBeCloseTo(nu4Threshold(c.theta), 12);
      expect(c.T).toBe(c.sigma2);
      expect(c.rho).toBeCloseTo(c.p ** 3 * c.sigma2 ** 2, 12);
    }
    const rhos = grid.cells.map((c) => c.rho);
    for (const c of grid.cells.filter((c) => c.rho === Math.max(...rhos))) expect(c.rate).toBe(1);
    for (const c of grid.cells.filter((c) => c.rho === Math.min(...rhos))) expect(c.rate).toBe(0);
  });

  it('ntk-asym: reports both rate conventions with their deviations and picks νη', () => {
    const r = results.get('ntk-asym')!;
    const f = r.findings as { rateConvention: string; evidence: { fittedRateOverEta: number; residualMaxLogRatio: Record<string, number>; lossMaxLogRatio: Record<string, number> }[] };
    expect(f.rateConvention).toBe('nu-eta');
    expect(r.summary).toContain('νη');
    for (const e of f.evidence) {
      expect(Object.keys(e.residualMaxLogRatio).sort()).toEqual(['eta', 'nu-eta']);
      expect(e.residualMaxLogRatio['nu-eta']!).toBeLessThan(e.residualMaxLogRatio.eta!);
      expect(e.lossMaxLogRatio['nu-eta']!).toBeLessThan(e.lossMaxLogRatio.eta!);
    }
    // fitted rates close to ν (ν = 2 and ν = 3 cases), far from 1
    expect(f.evidence.map((e) => Math.round(e.fittedRateOverEta))).toEqual([2, 3]);
  });

  it('writes one JSON and one SVG per experiment', () => {
    for (const name of experiments.keys()) {
      expect(existsSync(join(dir, `${name}.json`))).toBe(true);
      expect(existsSync(join(dir, `${name}.svg`))).toBe(true);
    }
  });
});
