/**
 * Renderers of `gfd limit`: the limit coefficients c_s(y, z) and exponents e_s along a scaling,
 * and the leading monomials along a power-law direction, as JSON, text and LaTeX.
 */
import type { DirectionLead, LimitSeries, LimitTerm, Scaling, Direction, YZPoly } from '../asymptotics/index.js';
import type { Model } from '../model/index.js';
import type { Rational } from '../rational/index.js';
import { modelJson } from './seriesRender.js';

export interface LimitReport {
  readonly model: Model;
  readonly observable: string;
  readonly scaling: Scaling | null;
  readonly limit: LimitSeries | null;
  readonly direction: Direction | null;
  readonly leading: (DirectionLead & { face: string | null })[] | null;
}

const yz = (c: YZPoly) => c.terms().map((t) => ({ coeff: t.coeff.toString(), y: t.y, z: t.z }));

/** One entry of `series` in `gfd limit --format json`: s, e_s and the terms of c_s(y, z). */
export const limitTermJson = (t: LimitTerm) => ({ s: t.s, exponent: t.exponent?.toString() ?? null, terms: yz(t.coeff) });

export function limitJson(r: LimitReport) {
  const out: Record<string, unknown> = { model: modelJson(r.model), observable: r.observable };
  if (r.scaling && r.limit) {
    out.scaling = { H: `y*p^(${r.scaling.a})`, sigma2: `z*p^(${r.scaling.b})`, a: r.scaling.a.toString(), b: r.scaling.b.toString() };
    out.series = r.limit.terms.map(limitTermJson);
    out.affine = r.limit.affine;
    out.timeScale = r.limit.rate ? { T: `p^(${r.limit.rate})`, rate: r.limit.rate.toString(), normalisation: r.limit.normalisation!.toString() } : null;
  }
  if (r.direction && r.leading) {
    out.direction = { p: r.direction.p.toString(), H: r.direction.H.toString(), sigma: r.direction.sigma.toString() };
    out.leading = r.leading.map((l) => ({
      s: l.s,
      exponent: l.exponent?.toString() ?? null,
      terms: l.terms.map((t) => ({ coeff: t.coeff.toString(), p: t.p, H: t.H, sigma2: t.sigma2 })),
      face: l.face,
    }));
  }
  return out;
}

const pPow = (e: Rational | null) => (e === null ? '0' : `p^(${e})`);

export function limitText(r: LimitReport): string {
  const lines: string[] = [];
  if (r.scaling && r.limit) {
    lines.push(`# ${r.observable} along H = y*p^(${r.scaling.a}), sigma2 = z*p^(${r.scaling.b}), p -> oo: coefficient s ~ c_s(y,z) * p^(e_s)`);
    for (const t of r.limit.terms) lines.push(`s=${t.s}: e_s = ${t.exponent ?? '-'}; c_s = ${t.coeff.toString()}`);
    lines.push(
      r.limit.affine
        ? `e_s = ${r.limit.normalisation} + (${r.limit.rate})*s: natural time scale T ~ p^(${r.limit.rate}), normalisation p^(${r.limit.normalisation})`
        : 'e_s is not affine in s over the computed orders: no single time scale',
    );
  }
  if (r.direction && r.leading) {
    lines.push(`# leading monomials along p ~ x^${r.direction.p}, H ~ x^${r.direction.H}, sigma ~ x^${r.direction.sigma}`);
    for (const l of r.leading) {
      const ts = l.terms.map((t) => `${t.coeff}*p^${t.p}*H^${t.H}*sigma2^${t.sigma2}`).join(' + ');
      lines.push(`s=${l.s}: x^(${l.exponent ?? '-'}); face ${l.face ?? '-'}; ${ts}`);
    }
  }
  return lines.join('\n');
}

function latexYZ(c: YZPoly): string {
  const ts = c.terms();
  if (ts.length === 0) return '0';
  return ts
    .map((t, i) => {
      const mono = `${t.y ? (t.y === 1 ? 'y' : `y^{${t.y}}`) : ''}${t.z ? (t.z === 1 ? 'z' : `z^{${t.z}}`) : ''}`;
      const a = t.coeff.abs();
      const body = mono === '' ? a.toLatex() : a.equals(1) ? mono : `${a.toLatex()}${mono}`;
      const sign = t.coeff.sign() < 0 ? (i === 0 ? '-' : ' - ') : i === 0 ? '' : ' + ';
      return `${sign}${body}`;
    })
    .join('');
}

export function limitLatex(r: LimitReport): string {
  const out = [`% ${r.observable}: nu=${r.model.nu}, ${r.model.scenario.toUpperCase()}, target ${r.model.target.name}`];
  if (r.scaling && r.limit) {
    out.push(`% H = y p^{${r.scaling.a}}, sigma^2 = z p^{${r.scaling.b}}, p -> infinity`, '\\begin{align*}');
    const rows = r.limit.terms.map((t) => `c_{${t.s}}(y,z) &= ${latexYZ(t.coeff)}, & e_{${t.s}} &= ${t.exponent?.toLatex() ?? '-'}`);
    out.push(rows.join(' \\\\\n'), '\\end{align*}');
  }
  if (r.direction && r.leading) {
    out.push('\\begin{align*}');
    out.push(r.leading.map((l) => `\\text{s=${l.s}} &: ${pPow(l.exponent)}\\ (\\text{face ${l.face ?? '--'}})`).join(' \\\\\n'), '\\end{align*}');
  }
  return out.join('\n');
}
