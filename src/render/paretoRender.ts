/**
 * Renderers of `gfd pareto`: the Pareto fronts of Y_0 … Y_S with their polygons (Fig. 2 of the
 * paper) as JSON, plain text, LaTeX and a hand-written SVG.
 */
import type { FrontAnalysis, ParetoTerm } from '../asymptotics/index.js';
import type { Model } from '../model/index.js';
import { Poly } from '../rational/index.js';
import { latexGroups } from './polyText.js';
import { modelJson } from './seriesRender.js';
import { polygonsSpec, renderSpec } from './report/polygonFigure.js';

const num = (r: { num: bigint; den: bigint; toString(): string }): number | string => (r.den === 1n ? Number(r.num) : r.toString());

function termJson(t: ParetoTerm) {
  return { coeff: t.coeff.toString(), p: t.p, H: t.H, sigma2: t.sigma2, sD: num(t.sD), sR: num(t.sR), n: t.H };
}

function checkJson(a: FrontAnalysis) {
  if (!a.check) return null;
  return { against: a.check.against, status: a.check.agree ? 'agree' : 'disagree', missing: a.check.missing, extra: a.check.extra };
}

export function frontJson(a: FrontAnalysis) {
  return {
    s: a.s,
    terms: a.terms.map(termJson),
    vertices: a.polygon.vertices.map((v) => ({ label: v.labels.join('='), labels: v.labels, sD: v.sD, n: v.n })),
    coplanar: a.polygon.coplanar,
    normal: a.polygon.normal ? { p: a.polygon.normal[0].toString(), H: a.polygon.normal[1].toString(), sigma: a.polygon.normal[2].toString() } : null,
    check: checkJson(a),
    ...(a.scope === 'convex' ? { scope: 'convex' } : {}),
  };
}

/** The whole document: `s`/`terms` of the last order, then every order in `fronts`. */
export function paretoJson(model: Model, fronts: readonly FrontAnalysis[]) {
  const last = fronts[fronts.length - 1]!;
  return { model: modelJson(model), s: last.s, terms: frontJson(last).terms, fronts: fronts.map(frontJson) };
}

const vertexText = (a: FrontAnalysis): string => a.polygon.vertices.map((v) => `${v.labels.join('=')}(${v.sD},${v.n})`).join(' ');

function checkText(a: FrontAnalysis): string {
  if (!a.check) return 'Theorem 4.1: not applicable (target is not the identity)';
  const what = a.check.against === 'theorem' ? 'Theorem 4.1' : 'odd-nu SYM conjecture';
  if (a.check.agree) return `${what}: agree`;
  const fmt = (e: { p: number; H: number; sigma2: number }) => `p^${e.p} H^${e.H} sigma2^${e.sigma2}`;
  return `${what}: disagree; missing [${a.check.missing.map(fmt).join(', ')}]; extra [${a.check.extra.map(fmt).join(', ')}]`;
}

export function frontText(a: FrontAnalysis): string {
  const n = a.polygon.normal;
  const lines = [
    `s=${a.s}: ${a.terms.length} Pareto-optimal terms${a.scope === 'convex' ? ' on the Newton polyhedron' : ''}; vertices ${vertexText(a)}; normal ${n ? `(${n.map(String).join(', ')})` : a.polygon.coplanar ? 'none (degenerate)' : 'none (not coplanar)'}; ${checkText(a)}`,
  ];
  for (const t of a.terms) lines.push(`  sD=${t.sD} n=${t.H}: ${t.coeff.toString()} * p^${t.p} H^${t.H} sigma2^${t.sigma2}`);
  return lines.join('\n');
}

/** align* rows: the Pareto part of each Y_s, grouped by σ² powers, with the polygon in a comment. */
export function paretoLatex(model: Model, fronts: readonly FrontAnalysis[]): string {
  const out = [`% Pareto-optimal terms of Y_s: nu=${model.nu}, ${model.scenario.toUpperCase()}, target ${model.target.name}`, '\\begin{align*}'];
  fronts.forEach((a, i) => {
    const poly = Poly.fromTerms(a.terms.map((t) => ({ coeff: t.coeff, p: t.p, H: t.H, sigma2: t.sigma2 })));
    const rows = latexGroups(poly).map((g, j) => (j === 0 ? `Y_{${a.s}}^{\\mathrm{Pareto}} &= ${g}` : `&\\quad ${g}`));
    out.push(`% s=${a.s}: ${vertexText(a)}; ${checkText(a)}`);
    out.push(rows.join(' \\\\\n') + (i < fronts.length - 1 ? ' \\\\' : ''));
  });
  out.push('\\end{align*}');
  return out.join('\n');
}

/**
 * Fig. 2 style panels, one per order s = 0 … S, under a title naming ν, the scenario and the
 * target: the Pareto points, the polygon and its labelled vertices (Vega-Lite, like every figure).
 */
export async function paretoSvg(model: Model, fronts: readonly FrontAnalysis[]): Promise<string> {
  const panels = fronts.map((a) => ({ s: a.s, points: a.polygon.points.map((p) => ({ sD: p.sD, n: p.n })), vertices: a.polygon.vertices.map((v) => ({ label: v.labels.join('='), sD: v.sD, n: v.n })) }));
  const last = fronts[fronts.length - 1]?.s ?? 0;
  const title = `Pareto polygons of Y_s, ${model.scenario.toUpperCase()} ν = ${model.nu}, target ${model.target.name}, s = 0…${last}`;
  return renderSpec(polygonsSpec(panels, title));
}
