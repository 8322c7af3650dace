import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { experiments } from '../../src/experiments/registry.js';
import { runExperiment } from '../../src/experiments/runExperiment.js';
import { freeAsymNu3Headline } from '../../src/experiments/freeAsymNu3.js';
import { freeSymNu4Headline } from '../../src/experiments/freeSymNu4.js';
import { ntkAsymHeadline, nuEtaWins } from '../../src/experiments/ntkAsym.js';
import { nu4AscentHeadline } from '../../src/experiments/nu4Ascent.js';
import { evaluateCurve } from '../../src/experiments/series.js';
import { symNu2Headline } from '../../src/experiments/symNu2.js';
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
const gridPanels = (r: ExperimentResult) => r.panels.filter((p): p is GridPanelResult => p.kind === 'grid');

/** The series with every closed-form theory curve re-evaluated with T multiplied by `factor` (a wrong time scale). */
function withT(s: SeriesResult, factor: number): SeriesResult {
  const P = s.parameters;
  const theory = s.theory.map((th) => th.formula === 'resummed-limit' ? th : ({
    ...th,
    values: evaluateCurve(th.formula, { nu: P.nu, scenario: P.scenario, p: P.p, H: P.H, sigma2: P.sigma2, T: P.T * factor }, s.times).map((v) => (v === null ? null : (v - s.offset) / s.divisor)),
  }));
  return { ...s, theory };
}
const panelsWithT = (panels: CurvePanelResult[], factor: number): CurvePanelResult[] => panels.map((p) => ({ ...p, series: p.series.map((s) => withT(s, factor)) }));

/** The panels with every closed-form theory curve multiplied by `factor` (a wrong prefactor). */
const panelsWithFactor = (panels: CurvePanelResult[], factor: number): CurvePanelResult[] =>
  panels.map((p) => ({
    ...p,
    series: p.series.map((s) => ({
      ...s,
      theory: s.theory.map((th) => (th.formula === 'resummed-limit' ? th : { ...th, values: th.values.map((v) => (v === null ? null : v * factor)) })),
    })),
  }));

describe('gfd experiments in tiny configurations', () => {
  it('registers the five experiments of the paper', () => {
    expect([...experiments.keys()]).toEqual(['free-asym-nu3', 'free-sym-nu4', 'sym-nu2', 'nu4-ascent', 'ntk-asym']);
  });

  it.each([...experiments.keys()])('%s writes JSON with the documented fields, an SVG, and a summary leading with its headline statistic', (name) => {
    const json = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as ExperimentResult;
    expect(Object.keys(json)).toEqual([
      'experiment', 'title', 'paper', 'size', 'headline', 'statistics', 'sizes', 'integrator', 'timeNormalisation', 'generator', 'panels', 'agreement', 'findings', 'summary',
    ]);
    expect(json.experiment).toBe(name);
    expect(json.size).toBe('tiny');
    expect(Object.keys(json.headline)).toEqual(expect.arrayContaining(['key', 'text', 'value', 'unit', 'theory']));
    expect(Number.isFinite(json.headline.value)).toBe(true);
    expect(json.summary.startsWith(`${name} — ${json.headline.text}: `)).toBe(true);
    for (const st of json.statistics) expect(json.summary).toContain(st.text.slice(1));
    // the step sizes printed are those of the jobs (range per group of jobs, named before the '/' of their ids)
    const groups = new Map<string, SeriesResult[]>();
    for (const s of curvePanels(json).flatMap((p) => p.series)) {
      const g = s.parameters.id.split('/')[0]!;
      groups.set(g, [...(groups.get(g) ?? []), s]);
    }
    for (const series of groups.values()) {
      const dts = series.map((s) => Math.abs(s.parameters.tmax) / s.parameters.steps);
      const two = (x: number) => String(Number(x.toPrecision(2)));
      expect(json.integrator).toContain(`step ${two(Math.min(...dts))}`);
      expect(json.integrator).toMatch(new RegExp(`[ –]${two(Math.max(...dts)).replace('.', '\\.')}, t ∈`));
    }
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

  // Tolerances: measured at tiny size (these runs) and at quick size, with margin; a theory with T
  // off by a factor 2 (either way) must exceed each of them.
  it('free-asym-nu3: E[L(t)]/E[L(0)] follows e^(−ct) for ct ≤ 2 and (1+ct)^(−3/2) for ct ≤ p²/(4H); T off by 2 does not', () => {
    const r = results.get('free-asym-nu3')!;
    // E[L(0)] = ½p³Hσ⁶ = 1 by construction of σ² (exact in ASYM)
    for (const s of curvePanels(r).flatMap((p) => p.series)) expect(0.5 * s.parameters.p ** 3 * s.parameters.H * s.parameters.sigma2 ** 3).toBeCloseTo(1, 12);
    // measured: 0.079 tiny (over 0.065, under 0.079), 0.13 quick (over 0.087, under 0.135); T·2 or T/2 gives ≥ 0.88
    const TOL = 0.3;
    expect(r.headline.value!).toBeLessThan(TOL);
    for (const f of [2, 0.5]) {
      const h = freeAsymNu3Headline(panelsWithT(curvePanels(r), f));
      expect(h.over!).toBeGreaterThan(TOL);
      expect(h.under!).toBeGreaterThan(TOL);
    }
  });

  it('free-sym-nu4: over the last decade of t + 1 the loss follows (1+ct)^(−4/3) (App. L); T off by 2 does not', () => {
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
    // measured: 0.20 tiny, 0.195 quick (both at the smallest H or p); T·2 or T/2 gives ≥ 0.8 (2^(4/3) late)
    const TOL = 0.45;
    expect(r.headline.value!).toBeLessThan(TOL);
    for (const f of [2, 0.5]) expect(freeSymNu4Headline(panelsWithT(curvePanels(r), f))!).toBeGreaterThan(TOL);
  });

  it('free-sym-nu4: the resummed exact limit series of the edge A–B starts at ½p⁴Hσ⁸θ, the closed form’s E[L(0)] = 1', () => {
    const r = results.get('free-sym-nu4')!;
    const [general] = curvePanels(r);
    for (const s of general!.series) {
      const resummed = s.theory.find((th) => th.formula === 'resummed-limit')!;
      expect(resummed.values[0]).toBeCloseTo(1, 9);
      // and it decreases, as the loss does
      expect(resummed.values[5]!).toBeLessThan(resummed.values[0]!);
    }
    expect(r.statistics.find((st) => st.key === 'resummedSeriesMaxLogRatio')!.value).not.toBeNull();
  });

  it('sym-nu2: with T = 1 the Narayana solution matches at the largest p of each scenario; T off by 2 does not', () => {
    const r = results.get('sym-nu2')!;
    for (const s of curvePanels(r).flatMap((p) => p.series)) expect(s.parameters.T).toBe(1);
    // measured at these seeds: 0.541 tiny (general, p = 16), 0.46 quick (Fig. 5 H = p, p = 64); T·2 or T/2 gives ≥ 3
    // on the curves that move; the theory times 1.5 gives 0.947, divided by 1.5 gives 0.760 (tiny).
    // Spread: with the seeds of every job shifted by 1000, 2000, 3000, 4000, 5000 the tiny headline is
    // 1.15, 1.35, 1.15, 2.80, 1.10 (run-to-run noise of the mean at p = 16 dominates), so this bound
    // holds for the seeds the plan fixes, not for any seeds: it is a regression check at tiny size.
    const TOL = 0.6;
    expect(r.headline.value!).toBeLessThan(TOL);
    for (const f of [2, 0.5]) expect(symNu2Headline(panelsWithT(curvePanels(r), f))!).toBeGreaterThan(TOL);
    for (const k of [1.5, 1 / 1.5]) expect(symNu2Headline(panelsWithFactor(curvePanels(r), k))!).toBeGreaterThan(TOL);
  });

  it('sym-nu2: the resummed exact limit series (Padé in 1 − e^{−4t}) stays within 0.1·p/2 of the Narayana solution', () => {
    const r = results.get('sym-nu2')!;
    const gap = r.statistics.find((st) => st.key === 'resummedSeriesGap')!;
    expect(gap.value!).toBeLessThan(0.1);
    // every run carries both curves
    for (const s of curvePanels(r).flatMap((p) => p.series)) expect(s.theory.map((th) => th.formula)).toEqual(['sym2-narayana', 'resummed-limit']);
  });

  it('nu4-ascent: the divergence verdict per cell follows ρ ≷ ρ*; a boundary 4ρ* does not; every high-noise cell diverges', () => {
    const r = results.get('nu4-ascent')!;
    const grids = gridPanels(r);
    for (const c of grids.flatMap((g) => g.cells)) {
      expect(c.rate).toBeGreaterThanOrEqual(0);
      expect(c.rate).toBeLessThanOrEqual(1);
      expect(c.theory.rhoStar).toBeCloseTo(nu4Threshold(c.theta), 12);
      expect(c.T).toBe(c.sigma2);
      expect(c.rho).toBeCloseTo(c.p ** 3 * c.sigma2 ** 2, 12);
    }
    // measured: 8/9 tiny, 32/40 quick (runs diverge below ρ* at these p: boundary at 0.2–1 ρ*);
    // with the boundary at 4ρ*: 6/9 tiny, 22/40 quick; at 2ρ*: 7/9 tiny. Spread over the seeds of every job
    // shifted by 0, 1000, …, 5000 (tiny): 8/9 (four times) or 9/9 at ρ*, 6/9 or 7/9 at 4ρ*, 7/9 or 8/9 at 2ρ*.
    // A boundary too low cannot be told apart at these sizes: 9/9 or 7/9 at ρ*/2, 8/9 at ρ*/4.
    const TOL = 0.85;
    expect(r.headline.value!).toBeGreaterThanOrEqual(TOL);
    for (const f of [4, 2]) {
      const wrong = nu4AscentHeadline(grids, f);
      expect(wrong.agree / wrong.cells, `boundary at ${f}ρ*`).toBeLessThan(TOL);
    }
    // theory: t_crit > −h for ρ > f_h ρ* (f_h ≈ 1.07); finite size only adds divergence
    const fh = (r.findings as { horizonRatio: number }).horizonRatio;
    const high = grids.flatMap((g) => g.cells).filter((c) => c.rho > fh * c.theory.rhoStar);
    expect(high.length).toBeGreaterThan(0);
    for (const c of high) expect(c.rate).toBeGreaterThanOrEqual(0.5);
  });

  it('nu4-ascent: each example curve in its own panel, its simulated median drawn at several points below the marked cut', () => {
    const panels = curvePanels(results.get('nu4-ascent')!);
    expect(panels.map((p) => p.series.map((s) => s.label.split(':')[0]))).toEqual([['low noise'], ['high noise']]);
    for (const p of panels) {
      const [lo, hi] = p.y.domain!;
      expect(p.rules).toContainEqual({ y: hi, label: `cut at L − p/2 = ${hi}` });
      const s = p.series[0]!;
      const median = s.simulation.median!;
      // points of the median inside the drawn range (the fixed range [−0.05, 0] of one panel for both gave the high-noise median 2)
      const inside = s.times.filter((_t, i) => median[i] !== null && median[i]! >= lo && median[i]! <= hi);
      expect(inside.length, s.label).toBeGreaterThanOrEqual(5);
      // the panel's time range is the run's: the median leaves the range (blows up) inside it
      expect(Math.min(...s.times)).toBeCloseTo(s.parameters.tmax, 12);
    }
    // the high-noise runs span a shorter time than the low-noise ones: their blow-up comes sooner
    expect(-panels[1]!.series[0]!.parameters.tmax).toBeLessThan(-panels[0]!.series[0]!.parameters.tmax);
  });

  it('ntk-asym: 1 − R/p follows e^(−νηt); rate νη beats η everywhere; the fitted rate is νη', () => {
    const r = results.get('ntk-asym')!;
    const residuals = curvePanels(r).filter((p) => p.id.startsWith('residual-')).flatMap((p) => p.series);
    const all = curvePanels(r).flatMap((p) => p.series);
    expect((r.findings as { rateConvention: string }).rateConvention).toBe('nu-eta');
    // measured: 0.062 tiny, 0.15 quick (ν = 3, point C); T·2 gives 1 at νηt = 2, the rate η gives (ν − 1)·2/ν ≥ 1
    const TOL = 0.35;
    expect(r.headline.value!).toBeLessThan(TOL);
    for (const f of [2, 0.5]) expect(ntkAsymHeadline(residuals.map((s) => withT(s, f)))!).toBeGreaterThan(TOL);
    const etaAsNuEta = residuals.map((s) => ({ ...s, theory: [s.theory[1]!, s.theory[0]!] }));
    expect(ntkAsymHeadline(etaAsNuEta)!).toBeGreaterThan(TOL);
    const w = nuEtaWins(all);
    expect(w.wins).toBe(w.of);
    // fitted κ/νη: measured |ln| 0.043 tiny, 0.085 quick; rate η would give ln ν ≥ 0.69
    const fitted = r.statistics.find((s) => s.key === 'fittedRateMaxLogRatio')!;
    expect(fitted.value!).toBeLessThan(0.25);
  });

  it('writes one JSON and one SVG per experiment', () => {
    for (const name of experiments.keys()) {
      expect(existsSync(join(dir, `${name}.json`))).toBe(true);
      expect(existsSync(join(dir, `${name}.svg`))).toBe(true);
    }
  });
});
