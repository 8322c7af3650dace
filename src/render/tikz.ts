/**
 * TikZ drawing of a diagram in the paper's style (Fig. diagrams): H-nodes as yellow squares,
 * p-nodes as cyan circles, edges coloured by their colour index. Parallel edges between the same
 * pair of nodes are drawn with distinct bends so that multiplicities stay visible.
 *
 * The output is a self-contained `tikzpicture` environment (only the `tikz` package is needed,
 * no libraries); {@link tikzDocument} wraps pictures into a compilable document.
 * Coordinates are floats (layout only).
 */
import { EDGE_STRIDE, type Diagram } from '../diagram/index.js';
import { InputError } from '../errors.js';

/**
 * Default edge colours (xcolor names available with plain `tikz`), colour 1 first. As in the
 * paper's figures: 1 blue, 2 red, 3 green, then orange, violet, brown, teal, magenta, olive,
 * gray. Colours beyond the palette cycle through it again with a different dash pattern.
 */
export const DEFAULT_PALETTE: readonly string[] = Object.freeze([
  'blue',
  'red',
  'green!60!black',
  'orange',
  'violet',
  'brown',
  'teal',
  'magenta',
  'olive',
  'gray',
]);

const DASHES = ['solid', 'dashed', 'dotted', 'dash dot'] as const;

export interface TikzOptions {
  /**
   * `rows` (default): H-nodes on a top row, p-nodes on a bottom row. `circle`: all nodes on a
   * circle, H- and p-nodes interleaved as evenly as possible.
   */
  layout?: 'rows' | 'circle';
  /** Distance between neighbouring nodes in cm (default 1.5). */
  spacing?: number;
  /** Edge colours, colour 1 first (xcolor expressions). Default {@link DEFAULT_PALETTE}. */
  palette?: readonly string[];
  /** LaTeX (math mode) printed left of the picture, e.g. `-\tfrac{1}{2}`. */
  coefficient?: string;
  /** LaTeX (text mode) printed below the picture. */
  caption?: string;
  /** Print node names (`k_1…` above H-nodes, `i_1…` below p-nodes). Default false. */
  nodeLabels?: boolean;
  /** Angle step in degrees between parallel edges (default 25). */
  bendStep?: number;
}

interface Point {
  x: number;
  y: number;
}

/**
 * A `tikzpicture` drawing the diagram.
 *
 * @example
 * ```ts
 * const tex = diagramToTikz(parseDiagram('h1-p1 h1-p1:2 h1-p1:3'), { coefficient: '-1' });
 * // \begin{tikzpicture}[…] … \end{tikzpicture}
 * ```
 */
export function diagramToTikz(d: Diagram, options: TikzOptions = {}): string {
  const palette = options.palette ?? DEFAULT_PALETTE;
  if (palette.length === 0) throw new InputError('tikz: the palette is empty');
  const spacing = options.spacing ?? 1.5;
  if (!(spacing > 0 && Number.isFinite(spacing))) throw new InputError(`tikz: spacing must be a positive number, got ${spacing}`);
  const bendStep = options.bendStep ?? 25;
  if (!(bendStep > 0 && bendStep <= 90)) throw new InputError(`tikz: bendStep must be in (0, 90], got ${bendStep}`);
  for (const [name, text] of [['coefficient', options.coefficient], ['caption', options.caption]] as const) {
    if (text !== undefined && !bracesBalanced(text)) throw new InputError(`tikz: unbalanced braces in ${name} "${text}"`);
  }

  const { h: hPos, p: pPos } = (options.layout ?? 'rows') === 'circle' ? circleLayout(d, spacing) : rowLayout(d, spacing);
  const lines: string[] = [];
  lines.push(
    '\\begin{tikzpicture}[baseline=(current bounding box.center),',
    '  hnode/.style={rectangle, draw=black!70, fill=yellow!80!orange, minimum size=7pt, inner sep=0pt},',
    '  pnode/.style={circle, draw=black!70, fill=cyan, minimum size=7pt, inner sep=0pt},',
    '  gfedge/.style={line width=0.9pt}]',
  );
  for (let h = 0; h < d.nH; h++) lines.push(`  \\coordinate (h${h}) at (${num(hPos[h]!.x)},${num(hPos[h]!.y)});`);
  for (let p = 0; p < d.nP; p++) lines.push(`  \\coordinate (p${p}) at (${num(pPos[p]!.x)},${num(pPos[p]!.y)});`);

  // Edges first, nodes on top. Parallel edges of one (h, p) pair fan out symmetrically.
  const groups = new Map<number, number[]>();
  for (let e = 0; e < d.edges.length; e += EDGE_STRIDE) {
    const key = d.edges[e]! * Math.max(d.nP, 1) + d.edges[e + 1]!;
    const list = groups.get(key) ?? [];
    list.push(e);
    groups.set(key, list);
  }
  const bendOf = new Map<number, number>();
  for (const list of groups.values()) {
    const k = list.length;
    const step = Math.min(bendStep, 150 / k);
    list.forEach((e, j) => bendOf.set(e, (j - (k - 1) / 2) * step)); // …, −1, 0, 1, … or …, −½, ½, … steps
  }
  for (let e = 0; e < d.edges.length; e += EDGE_STRIDE) {
    const angle = bendOf.get(e)!;
    const bend = angle === 0 ? '' : `[bend ${angle > 0 ? 'left' : 'right'}=${num(Math.abs(angle))}]`;
    const c = d.edges[e + 2]!;
    const style = `${palette[c % palette.length]!}, ${DASHES[Math.floor(c / palette.length) % DASHES.length]!}`;
    lines.push(`  \\draw[gfedge, ${style}] (h${d.edges[e]!}) to${bend} (p${d.edges[e + 1]!});`);
  }
  const labels = options.nodeLabels ?? false;
  for (let h = 0; h < d.nH; h++) lines.push(`  \\node[hnode${labels ? `, label=above:{$k_{${h + 1}}$}` : ''}] at (h${h}) {};`);
  for (let p = 0; p < d.nP; p++) lines.push(`  \\node[pnode${labels ? `, label=below:{$i_{${p + 1}}$}` : ''}] at (p${p}) {};`);
  if (d.nH + d.nP === 0) lines.push('  \\node[inner sep=2pt] at (0,0) {$\\emptyset$};');

  const all = [...hPos, ...pPos];
  const xmin = all.length ? Math.min(...all.map((q) => q.x)) : 0;
  const xmax = all.length ? Math.max(...all.map((q) => q.x)) : 0;
  const ymin = all.length ? Math.min(...all.map((q) => q.y)) : 0;
  const ymax = all.length ? Math.max(...all.map((q) => q.y)) : 0;
  // Bent edges bulge sideways; leave room so the coefficient does not overlap them.
  const margin = 0.3 * spacing;
  if (options.coefficient !== undefined) {
    lines.push(`  \\node[anchor=east] at (${num(xmin - margin)},${num((ymin + ymax) / 2)}) {$${options.coefficient}$};`);
  }
  if (options.caption !== undefined) {
    lines.push(`  \\node[anchor=north] at (${num((xmin + xmax) / 2)},${num(ymin - margin - (labels ? 0.3 : 0))}) {${options.caption}};`);
  }
  lines.push('\\end{tikzpicture}');
  return lines.join('\n');
}

/**
 * A complete LaTeX document showing the given pictures side by side, wrapped into lines: class
 * `article` with an empty page style by default, which needs only the Debian packages
 * texlive-latex-base and texlive-pictures (TikZ; its xcolor comes with them). A picture wider than
 * the text is scaled down to the text width (`\resizebox`, graphicx). With `standalone: true` the
 * class is `standalone` (texlive-latex-extra), cropped to the pictures in one row. Loads `amsmath`,
 * `graphicx` and `tikz` only.
 *
 * @example
 * ```ts
 * const tex = tikzDocument([diagramToTikz(parseDiagram('h1-p1 h2-p1 h1-p2 h2-p2'))]);
 * tex.split('\n')[0]; // '\\documentclass{article}'
 * // write it to d.tex, then: pdflatex d.tex
 * ```
 */
export function tikzDocument(pictures: readonly string[], options: { standalone?: boolean } = {}): string {
  if (options.standalone ?? false) {
    return ['\\documentclass[border=4pt]{standalone}', '\\usepackage{amsmath}', '\\usepackage{tikz}', '\\begin{document}', pictures.join('\n\\quad\n'), '\\end{document}', ''].join('\n');
  }
  return [
    '\\documentclass{article}',
    '\\pagestyle{empty}',
    '\\usepackage{amsmath}',
    '\\usepackage{graphicx}',
    '\\usepackage{tikz}',
    '% a picture wider than the text is scaled down to the text width',
    '\\newcommand{\\fitwidth}[1]{\\resizebox{\\ifdim\\width>\\linewidth\\linewidth\\else\\width\\fi}{!}{#1}}',
    '\\setlength{\\lineskip}{12pt} % space between rows of pictures',
    '\\begin{document}',
    '\\raggedright\\noindent',
    pictures.map((pic) => `\\fitwidth{%\n${pic}}`).join('\n\\quad\n'),
    '\\end{document}',
    '',
  ].join('\n');
}

/** H-nodes on the top row, p-nodes on the bottom row, both centred on x = 0. */
function rowLayout(d: Diagram, spacing: number): { h: Point[]; p: Point[] } {
  const row = (n: number, y: number): Point[] => Array.from({ length: n }, (_, i) => ({ x: (i - (n - 1) / 2) * spacing, y }));
  return { h: row(d.nH, 1.2 * spacing), p: row(d.nP, 0) };
}

/** All nodes on a circle, H- and p-nodes interleaved in proportion, node 0 of each kind first. */
function circleLayout(d: Diagram, spacing: number): { h: Point[]; p: Point[] } {
  const n = d.nH + d.nP;
  const radius = n <= 1 ? 0 : Math.max(spacing / (2 * Math.sin(Math.PI / n)), 0.6 * spacing);
  const h: Point[] = [];
  const p: Point[] = [];
  for (let slot = 0; slot < n; slot++) {
    const angle = Math.PI / 2 + (2 * Math.PI * slot) / n;
    const pt = { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    // Take an H-node when H is behind its share of the slots so far.
    const takeH = p.length >= d.nP || (h.length < d.nH && (h.length + 0.5) / d.nH <= (p.length + 0.5) / d.nP);
    (takeH ? h : p).push(pt);
  }
  return { h, p };
}

function num(x: number): string {
  const r = Math.round(x * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
}

function bracesBalanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++; // skip escaped characters such as \{ and \}
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth < 0) return false;
  }
  return depth === 0;
}
