/**
 * Renderers of `gfd pareto`: the Pareto fronts of Y_0 … Y_S with their polygons (Fig. 2 of the
 * paper) as JSON, plain text, LaTeX and a hand-written SVG.
 */
import type { FrontAnalysis, ParetoTerm } from '../asymptotics/index.js';
import type { Model } from '../model/index.js';
import { Poly } from '../rational/index.js';
import { latexGroups } from './polyText.js';
import { modelJson } from './seriesRender.js';

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
    `s=${a.s}: ${a.terms.length} Pareto-optimal terms; vertices ${vertexText(a)}; normal ${n ? `(${n.map(String).join(', ')})` : a.polygon.coplanar ? 'none (degenerate)' : 'none (not coplanar)'}; ${checkText(a)}`,
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

/** Fig. 2 style panels, one per order s ≥ 1 (s = 0 when it is the only one): points, hull, labels. */
export function paretoSvg(model: Model, fronts: readonly FrontAnalysis[]): string {
  const panels = fronts.filter((a) => a.s >= 1 || fronts.length === 1);
  const maxS = Math.max(...panels.map((a) => a.s));
  const xMax = maxS + 2;
  const yMax = maxS + 3;
  const W = 260;
  const Hh = 260;
  const m = 36;
  const sx = (d: number) => m + ((d + 1) / (xMax + 1)) * (W - 2 * m);
  const sy = (n: number) => Hh - m - (n / yMax) * (Hh - 2 * m);
  const parts: string[] = [];
  panels.forEach((a, k) => {
    const g: string[] = [];
    g.push(`<g transform="translate(${k * W},0)">`);
    g.push(`<rect x="${m}" y="${m}" width="${W - 2 * m}" height="${Hh - 2 * m}" fill="none" stroke="#888"/>`);
    for (let d = -1; d <= xMax; d++) g.push(`<text x="${sx(d).toFixed(1)}" y="${Hh - m + 14}" font-size="10" text-anchor="middle">${d}</text>`);
    for (let n = 0; n <= yMax; n++) g.push(`<text x="${m - 6}" y="${(sy(n) + 3).toFixed(1)}" font-size="10" text-anchor="end">${n}</text>`);
    g.push(`<text x="${W / 2}" y="${Hh - 6}" font-size="11" text-anchor="middle">s_D</text>`);
    g.push(`<text x="10" y="${Hh / 2}" font-size="11" text-anchor="middle">n</text>`);
    g.push(`<text x="${m + 8}" y="${m + 16}" font-size="12">s = ${a.s}</text>`);
    const hull = a.polygon.vertices;
    if (hull.length >= 2) {
      const pts = hull.map((v) => `${sx(v.sD).toFixed(1)},${sy(v.n).toFixed(1)}`).join(' ');
      g.push(`<polygon points="${pts}" fill="#fbe3e3" stroke="#d62728" stroke-width="1.5"/>`);
    }
    for (const p of a.polygon.points) g.push(`<circle cx="${sx(p.sD).toFixed(1)}" cy="${sy(p.n).toFixed(1)}" r="3.5" fill="black"/>`);
    for (const v of hull) {
      g.push(`<text x="${(sx(v.sD) + 5).toFixed(1)}" y="${(sy(v.n) - 5).toFixed(1)}" font-size="11" fill="#1f3fbf">${v.labels.join('=')}</text>`);
    }
    g.push('</g>');
    parts.push(g.join('\n'));
  });
  const title = `Pareto polygons, nu=${model.nu} ${model.scenario.toUpperCase()}, target ${model.target.name}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${panels.length * W}" height="${Hh + 20}" viewBox="0 0 ${panels.length * W} ${Hh + 20}">`,
    `<title>${title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>`,
    `<rect width="100%" height="100%" fill="white"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
