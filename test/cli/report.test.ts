import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureTextWithFont, polygonSpec, renderSpec } from '../../src/render/index.js';
import { built, gfd } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'gfd-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!built)('gfd report', () => {
  it('--format json: the series of expand, the fronts of pareto, the faces of regimes, each face with its scaling and limit (ASYM ν=3, Table 1)', () => {
    const r = gfd(['report', '--nu', '3', '--scenario', 'asym', '--order', '3', '--format', 'json', '--quiet']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['provenance', 'models', 'experiments']);
    expect(Object.keys(doc.provenance)).toEqual(['version', 'command', 'date', 'host', 'platform', 'cpus', 'node', 'seconds']);
    expect(doc.provenance.command).toBe('gfd report --nu 3 --scenario asym --order 3 --format json --quiet');
    const [m] = doc.models;
    expect(Object.keys(m)).toEqual(['model', 'order', 'limitOrder', 'seconds', 'diagramClasses', 'series', 'fronts', 'regimes', 'regimesNote']);
    const expand = JSON.parse(gfd(['expand', '--nu', '3', '--scenario', 'asym', '--order', '3', '--quiet']).stdout);
    expect(m.series).toEqual(expand.series);
    expect(m.diagramClasses).toEqual(expand.diagramClasses);
    const pareto = JSON.parse(gfd(['pareto', '--nu', '3', '--scenario', 'asym', '--order', '3', '--engine', 'full', '--quiet']).stdout);
    expect(m.fronts).toEqual(pareto.fronts);
    const regimes = JSON.parse(gfd(['regimes', '--nu', '3', '--scenario', 'asym', '--order', '3', '--quiet']).stdout);
    const { scaling: _s, limit: _l, solve: _v, ...bc } = m.regimes.faces.find((f: { face: string }) => f.face === 'B-C');
    expect(bc).toEqual(regimes.faces.find((f: { face: string }) => f.face === 'B-C'));
    // B-C, NTK: H = y p^4, σ² = z p^-2 (the worked example of gfd limit), e_s = 1, c_s = ½(1 + yz³)(−6yz²)^s
    const face = m.regimes.faces.find((f: { face: string }) => f.face === 'B-C');
    expect(face.scaling).toEqual({ H: 'y*p^(4)', sigma2: 'z*p^(-2)', a: '4', b: '-2' });
    expect(face.limit.series.map((e: { exponent: string }) => e.exponent)).toEqual(['1', '1', '1', '1']);
    expect(face.limit.series[1].terms).toEqual([
      { coeff: '-3', y: 1, z: 2 },
      { coeff: '-3', y: 2, z: 5 },
    ]);
    expect(m.regimes.faces.every((f: { scaling: unknown }) => f.scaling !== null)).toBe(true);
  });

  it('--limit-order takes the faces\' limit series further with the leading-terms engine, equal to gfd limit', () => {
    const r = gfd(['report', '--nu', '2', '--scenario', 'sym', '--order', '2', '--limit-order', '8', '--format', 'json', '--quiet']);
    expect(r.code).toBe(0);
    const [m] = JSON.parse(r.stdout).models;
    expect([m.order, m.limitOrder, m.series.length]).toEqual([2, 8, 3]);
    const face = m.regimes.faces[0];
    expect(face.limit.series).toHaveLength(9);
    const limit = JSON.parse(gfd(['limit', '--nu', '2', '--scenario', 'sym', '--order', '8', '--scaling', `H = ${face.scaling.H}, sigma2 = ${face.scaling.sigma2}`, '--quiet']).stdout);
    expect(face.limit.series).toEqual(limit.series);
    expect(face.limit.timeScale).toEqual(limit.timeScale);
  });

  it('--paper: the five models of Tables 1–2, every front agreeing with Theorem 4.1 or the odd-ν conjecture; the NTK edge of ASYM ν = 2 sums to e^{−4x}', () => {
    const r = gfd(['report', '--paper', '--format', 'json', '--quiet'], 120_000);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.models.map((m: { model: { nu: number; scenario: string }; order: number; limitOrder: number }) => [m.model.scenario, m.model.nu, m.order, m.limitOrder])).toEqual([
      ['asym', 2, 4, 8],
      ['asym', 3, 4, 4],
      ['sym', 2, 4, 12],
      ['sym', 3, 4, 4],
      ['sym', 4, 3, 3],
    ]);
    for (const m of doc.models) {
      expect(m.fronts.every((f: { check: { status: string } }) => f.check.status === 'agree')).toBe(true);
      expect(m.regimes.faces.length).toBeGreaterThan(0);
    }
    const bc = doc.models[0].regimes.faces.find((f: { face: string }) => f.face === 'B-C');
    expect(bc.interpretation).toBe('NTK');
    expect([bc.solve.solution.text, bc.solve.solution.check.agrees]).toEqual(['exp(-4*x)', true]);
  }, 120_000);

  it('writes one self-contained page: no external reference, KaTeX fonts inlined, the data embedded', () => {
    const out = join(dir, 'r.html');
    const r = gfd(['report', '--nu', '2', '--scenario', 'sym', '--order', '2', '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    // (booleans, so that a failure does not print the megabyte page)
    expect(/<link\b|<script\s+src|src="(?!data:)[a-z]+:|url\((?!data:)/i.test(html)).toBe(false);
    expect(/font-family:KaTeX_Main;[^}]*src:url\(data:font\/woff2;base64,/.test(html)).toBe(true);
    const data = JSON.parse(html.match(/<script type="application\/json" id="gfd-report">(.*?)<\/script>/s)![1]!);
    expect(data.models[0].model).toEqual({ nu: 2, scenario: 'sym', target: 'identity' });
    expect(html.match(/<figure class="panel"/g)).toHaveLength(3); // s = 0, 1, 2
  });

  it('the polygons are laid out with the glyph widths of DejaVu Sans, as every figure drawn in Node', async () => {
    const out = join(dir, 'widths.html');
    expect(gfd(['report', '--nu', '3', '--scenario', 'asym', '--order', '3', '--out', out, '--quiet']).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    const data = JSON.parse(html.match(/<script type="application\/json" id="gfd-report">(.*?)<\/script>/s)![1]!);
    const svgs = [...html.matchAll(/<figure class="panel" data-s="\d+"><div class="svg">(<svg.*?<\/svg>)<\/div>/gs)].map((m) => m[1]);
    const fronts = data.models[0].fronts as { s: number; terms: { sD: number | string; n: number }[]; vertices: { label: string; sD: number | string; n: number }[] }[];
    expect(svgs).toHaveLength(fronts.length);
    // the same panels drawn here after switching Vega's width guess (0.8 em a character) to the font's
    await measureTextWithFont();
    for (const [i, f] of fronts.entries()) {
      const spec = polygonSpec({ s: f.s, points: f.terms.map((t) => ({ sD: t.sD, n: t.n })), vertices: f.vertices }, 3, 'Pareto polygon, ASYM ν = 3');
      expect(svgs[i] === (await renderSpec(spec)), `s = ${f.s}`).toBe(true);
    }
  });

  it('--experiments adds the runs found in the directory', () => {
    const exp = join(dir, 'exp');
    const r0 = gfd(['experiment', 'ntk-asym', '--tiny', '--out', exp, '--quiet']);
    expect(r0.code).toBe(0);
    const r = gfd(['report', '--nu', '2', '--scenario', 'asym', '--order', '1', '--experiments', exp, '--format', 'json', '--quiet']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.experiments.map((e: { experiment: string }) => e.experiment)).toEqual(['ntk-asym']);
    expect(doc.experiments[0].svg).toMatch(/^<svg/);
    writeFileSync(join(exp, 'sym-nu2.json'), '{not json');
    const bad = gfd(['report', '--nu', '2', '--scenario', 'asym', '--order', '1', '--experiments', exp, '--quiet']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^gfd: --experiments: .*sym-nu2.json is not valid JSON\n$/);
  });
});
