/**
 * Renderers of `gfd regimes`: the faces of the Pareto polygons with their scaling conditions,
 * natural T, parameterisation, learning and interpretation — JSON, text, and a LaTeX tabular laid
 * out like Table 2 of the paper.
 */
import type { Regime, RegimeAnalysis, SigmaMonomial } from '../asymptotics/index.js';
import type { Model } from '../model/index.js';
import { modelJson } from './seriesRender.js';

export interface RegimesReport {
  readonly model: Model;
  readonly analysis: RegimeAnalysis;
  /** where the fronts came from, in words */
  readonly source: string;
  /** orders whose computed fronts were checked against Theorem 4.1 (or the conjecture) */
  readonly checkedOrders: number[];
}

export function regimesJson(r: RegimesReport) {
  return {
    model: modelJson(r.model),
    source: r.source,
    orders: r.analysis.orders,
    checkedOrders: r.checkedOrders,
    faces: r.analysis.regimes.map((g) => ({
      face: g.face,
      conditions: g.conditions.map((c) => ({ monomial: { ...c.monomial }, relation: c.relation })),
      naturalT: { ...g.naturalT },
      parameterization: g.parameterization,
      learning: g.learning,
      interpretation: g.interpretation,
    })),
  };
}

function textMonomial(m: { p: number | string; H: number | string; sigma: number | string }): string {
  const f = (v: string, k: number | string) => (k === 0 ? '' : k === 1 ? v : `${v}^${typeof k === 'number' && k < 0 ? `(${k})` : k}`);
  const parts = [f('p', m.p), f('H', m.H), f('sigma', m.sigma)].filter(Boolean);
  return parts.length ? parts.join('*') : '1';
}

const REL_TEXT = { asymp: '~ 1', to_infinity: '-> oo', to_zero: '-> 0' } as const;

export function regimesText(r: RegimesReport): string {
  const lines = [`# ${r.source}`];
  for (const g of r.analysis.regimes) {
    const cond = g.conditions.map((c) => `${textMonomial(c.monomial)} ${REL_TEXT[c.relation]}`).join(', ');
    lines.push(`${g.face.padEnd(10)} ${cond}; T ~ ${textMonomial(g.naturalT)}; ${g.parameterization}; ${g.learning}; ${g.interpretation ?? '-'}`);
  }
  return lines.join('\n');
}

function latexPower(v: string, k: number): string {
  return k === 0 ? '' : k === 1 ? v : `${v}^{${k}}`;
}

/** Numerator and denominator of a monomial in LaTeX (σ written \sigma). */
function latexParts(m: SigmaMonomial): { num: string; den: string } {
  const num = [latexPower('p', Math.max(m.p, 0)), latexPower('H', Math.max(m.H, 0)), latexPower('\\sigma', Math.max(m.sigma, 0))].filter(Boolean).join(' ');
  const den = [latexPower('p', Math.max(-m.p, 0)), latexPower('H', Math.max(-m.H, 0)), latexPower('\\sigma', Math.max(-m.sigma, 0))].filter(Boolean).join(' ');
  return { num: num || '1', den };
}

function latexCondition(c: Regime['conditions'][number]): string {
  const { num, den } = latexParts(c.monomial);
  if (c.relation === 'asymp') return den ? `$${num} \\asymp ${den}$` : `$${num} \\asymp 1$`;
  const lhs = den ? `${num} / ${den}` : num;
  return `$${lhs} \\to ${c.relation === 'to_infinity' ? '\\infty' : '0'}$`;
}

function latexT(t: Regime['naturalT']): string {
  const k = (x: number | string) => (typeof x === 'number' ? x : NaN);
  if ([t.p, t.H, t.sigma].some((x) => typeof x === 'string')) return `$p^{${t.p}} H^{${t.H}} \\sigma^{${t.sigma}}$`;
  const { num, den } = latexParts({ p: k(t.p), H: k(t.H), sigma: k(t.sigma) });
  return den ? `$${num} / ${den}$` : `$${num}$`;
}

const PARAM = { under: 'Under-', over: 'Over-', balanced: 'Balanced', agnostic: 'Agnostic' } as const;
const LEARN = { none: 'No', lazy: 'Lazy', rich: 'Rich' } as const;

export function regimesLatex(r: RegimesReport): string {
  const rows = r.analysis.regimes.map((g) => {
    const face = g.face.replace(/-/g, ' -- ');
    const interp = g.interpretation === null ? '---' : g.interpretation.replace('f(0) ≡ 0', '$f(0) \\equiv 0$').replace(/^./, (c) => c.toUpperCase());
    return `${face} & ${g.conditions.map(latexCondition).join(', ')} & ${latexT(g.naturalT)} & ${PARAM[g.parameterization]} & ${LEARN[g.learning]} & ${interp} \\\\\n\\hline`;
  });
  return [
    `% ${r.source}`,
    '\\begin{tabular}{|c|c|c|c|c|c|}',
    '\\hline',
    'Face & Scaling condition & Natural $T$ & Parameterization & Learning & Interpretation \\\\',
    '\\hline',
    '\\hline',
    `\\multicolumn{6}{|c|}{${r.model.scenario.toUpperCase()}, $\\nu=${r.model.nu}$} \\\\`,
    '\\hline',
    '\\hline',
    ...rows,
    '\\end{tabular}',
  ].join('\n');
}
