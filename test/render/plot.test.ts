import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { figureSpec, MAX_COLUMNS, PANEL_WIDTH, renderFigure, wrapText, type Figure } from '../../src/render/plot.js';

/**
 * Minimal XML well-formedness check written for this test: every start tag is closed in order,
 * attributes are quoted, text contains no raw '<' or unescaped '&'. Returns the element count.
 */
function checkWellFormed(xml: string): number {
  const stack: string[] = [];
  let elements = 0;
  let i = 0;
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const text = body.slice(i, lt < 0 ? body.length : lt);
    if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)) throw new Error(`unescaped & in text near ${i}`);
    if (lt < 0) break;
    const gt = body.indexOf('>', lt);
    if (gt < 0) throw new Error('unterminated tag');
    const tag = body.slice(lt + 1, gt);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      if (stack.pop() !== name) throw new Error(`mismatched </${name}>`);
    } else {
      const selfClosing = tag.endsWith('/');
      const m = /^([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"]*")*)\s*\/?$/.exec(tag);
      if (!m) throw new Error(`malformed tag <${tag.slice(0, 60)}>`);
      elements++;
      if (!selfClosing) stack.push(m[1]!);
    }
    i = gt + 1;
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.at(-1)}>`);
  return elements;
}

/** Line-mark paths by the `kind` in their aria-label. */
function linePaths(svg: string): { kind: string; series: string; points: number }[] {
  const out: { kind: string; series: string; points: number }[] = [];
  for (const m of svg.matchAll(/<path aria-label="([^"]*)" role="graphics-symbol" aria-roledescription="line mark" d="([^"]*)"/g)) {
    const kind = /kind: ([^;]*)/.exec(m[1]!)?.[1] ?? '';
    const series = /series: ([^;]*)/.exec(m[1]!)?.[1] ?? '';
    out.push({ kind, series, points: (m[2]!.match(/[ML]/g) ?? []).length });
  }
  return out;
}

/** Axis label groups: labels (non-empty) with their pixel position along the axis. */
function axisLabels(svg: string): { value: number; pos: number }[][] {
  const groups: { value: number; pos: number }[][] = [];
  for (const g of svg.matchAll(/<g class="mark-text role-axis-label"[^>]*>(.*?)<\/g>/g)) {
    const raw = [...g[1]!.matchAll(/<text [^>]*transform="translate\(([-\d.e]+),([-\d.e]+)\)"[^>]*>([^<]+)<\/text>/g)].map((t) => ({
      x: Number(t[1]),
      y: Number(t[2]),
      value: Number(t[3]!.replace(/,/g, '')),
    }));
    // labels of an x axis share their y offset; labels of a y axis share their x offset
    const horizontal = raw.every((l) => l.y === raw[0]!.y);
    groups.push(raw.map((l) => ({ value: l.value, pos: horizontal ? l.x : l.y })));
  }
  return groups;
}

const xs = Array.from({ length: 30 }, (_v, i) => 10 ** ((2 * i) / 29)); // t + 1 from 1 to 100
const power = (c: number) => xs.map((x) => (1 + c * (x - 1)) ** -1.5);

const figure: Figure = {
  title: 'test',
  columns: 2,
  panels: [
    {
      kind: 'curves',
      title: 'log-log',
      x: { title: 't + 1', scale: 'log' },
      y: { title: 'L', scale: 'log' },
      theory: [1, 0.5, 0.25].map((c) => ({ series: `c = ${c}`, kind: 'theory', x: xs, y: power(c) })),
      simulation: [1, 0.5, 0.25].map((c) => ({
        series: `c = ${c}`,
        kind: 'simulation',
        x: xs.filter((_v, i) => i % 3 === 0),
        y: power(c).filter((_v, i) => i % 3 === 0),
        lo: power(c).filter((_v, i) => i % 3 === 0).map((v) => 0.9 * v),
        hi: power(c).filter((_v, i) => i % 3 === 0).map((v) => 1.1 * v),
      })),
      rules: [{ y: 0.01, label: 'ref' }],
    },
    {
      kind: 'curves',
      title: 'lin-log with a zero',
      x: { title: 't', scale: 'linear' },
      y: { title: 'L', scale: 'log' },
      // the zero cannot be drawn on a log axis and is dropped
      theory: [{ series: 'a', kind: 'theory A', x: [0, 1, 2, 3, 4], y: [1, 0.5, 0, 0.125, 0.0625] }, { series: 'a', kind: 'theory B', x: [0, 4], y: [1, 0.01] }],
      simulation: [{ series: 'a', kind: 'simulation', x: [0, 2, 4], y: [1, 0.25, 0.06] }],
    },
    {
      kind: 'heatmap',
      title: 'grid',
      x: { title: 'θ', scale: 'log' },
      y: { title: 'ρ', scale: 'log' },
      valueTitle: 'rate',
      cells: [1, 10].flatMap((a) => [0.01, 0.1].map((b) => ({ x0: a, x1: 10 * a, y0: b, y1: 10 * b, value: a * b }))),
      lines: [{ label: 'boundary', x: [1, 100], y: [1, 0.01] }],
      markers: [{ label: 'm', x: 10, y: 0.1 }],
    },
  ],
};

describe('renderFigure (vega-lite → SVG)', () => {
  it('produces a well-formed SVG document with the expected marks and series', async () => {
    const svg = await renderFigure(figure);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(checkWellFormed(svg)).toBeGreaterThan(50);
    const lines = linePaths(svg);
    // panel 1: 3 theory + 3 simulation lines; panel 2: 2 theory + 1 simulation; heatmap: 1 boundary
    expect(lines.filter((l) => l.kind === 'theory')).toHaveLength(3);
    expect(lines.filter((l) => l.kind === 'simulation')).toHaveLength(4);
    expect(lines.filter((l) => l.kind === 'theory A' || l.kind === 'theory B')).toHaveLength(2);
    expect(new Set(lines.filter((l) => l.kind === 'theory').map((l) => l.series))).toEqual(new Set(['c = 1', 'c = 0.5', 'c = 0.25']));
    // the zero is dropped from theory A: 4 of its 5 points are drawn
    expect(lines.find((l) => l.kind === 'theory A')!.points).toBe(4);
    expect(lines.find((l) => l.kind === 'theory' && l.series === 'c = 1')!.points).toBe(30);
    // four heatmap cells
    expect(svg.match(/aria-roledescription="rect mark"/g)).toHaveLength(4);
    // bands: one area per simulated series of panel 1
    expect(svg.match(/aria-roledescription="area mark"/g)).toHaveLength(3);
    // legends name the series and the kinds
    for (const label of ['c = 1', 'c = 0.25', 'theory', 'simulation', 'boundary', 'rate']) expect(svg).toContain(`>${label}<`);
  });

  it('log axes are logarithmic: decade labels equally spaced; linear axes linear', async () => {
    const svg = await renderFigure(figure);
    const groups = axisLabels(svg).filter((g) => g.length >= 2);
    const isLog = (g: { value: number; pos: number }[]) => {
      const vals = g.map((l) => Math.log10(l.value));
      if (!vals.every((v) => Math.abs(v - Math.round(v)) < 1e-9)) return false;
      const step = (g[1]!.pos - g[0]!.pos) / (vals[1]! - vals[0]!);
      return g.every((l, i) => Math.abs(l.pos - g[0]!.pos - step * (vals[i]! - vals[0]!)) < 0.5);
    };
    const isLinear = (g: { value: number; pos: number }[]) => {
      const step = (g[1]!.pos - g[0]!.pos) / (g[1]!.value - g[0]!.value);
      return g.length >= 3 && g.every((l) => Math.abs(l.pos - g[0]!.pos - step * (l.value - g[0]!.value)) < 0.5) && g.some((l) => l.value === 0);
    };
    // panel 1: x and y log; panel 2: x linear, y log; heatmap: x and y log (6 axes)
    expect(groups).toHaveLength(6);
    expect(groups.filter(isLog)).toHaveLength(5);
    expect(groups.filter(isLinear)).toHaveLength(1);
  });

  it('compiles to one concatenated view per panel with independent scales', () => {
    const spec = figureSpec(figure) as { concat: unknown[]; columns: number; resolve: { scale: Record<string, string> } };
    expect(spec.concat).toHaveLength(3);
    expect(spec.columns).toBe(2);
    expect(spec.resolve.scale.y).toBe('independent');
  });

  it('refuses a figure without panels', () => {
    expect(() => figureSpec({ title: 'empty', panels: [] })).toThrow(InputError);
  });
});

describe('figures sized for a paper', () => {
  const long = 'resummed limit series of the edge A–B, order 3 (Padé [1/2])';
  const panel = (k: number): Figure['panels'][number] => ({
    kind: 'curves',
    title: `Panel ${k}: a title long enough to need two lines at the width of one panel`,
    x: { title: 't + 1', scale: 'log' },
    y: { title: 'L', scale: 'log' },
    theory: [{ series: `H = 4p² = ${256 * k}`, kind: long, x: xs, y: power(1) }],
    simulation: [{ series: `H = 4p² = ${256 * k}`, kind: 'simulation: mean ± std over runs', x: xs, y: power(1) }],
  });
  const five: Figure = { title: 'five panels', columns: 5, panels: [1, 2, 3, 4, 5].map(panel) };

  it('wrapText keeps every word, in order, in lines of at most the given length', () => {
    const lines = wrapText(long, 20);
    expect(lines.join(' ')).toBe(long);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.length).toBeGreaterThan(1);
    expect(wrapText('a-very-long-single-word', 5)).toEqual(['a-very-long-single-word']);
  });

  it('puts at most three panels in a row, however many are asked for', () => {
    expect(MAX_COLUMNS).toBe(3);
    expect(figureSpec(five).columns).toBe(3);
    expect(figureSpec({ ...five, columns: 2 }).columns).toBe(2);
    expect(figureSpec({ ...five, panels: five.panels.slice(0, 2), columns: undefined }).columns).toBe(2);
  });

  it('columns stand a narrow gutter apart and long labels wrap instead of being cut', async () => {
    const svg = await renderFigure(five);
    const origins = [...svg.matchAll(/<g class="mark-group role-scope concat_(\d+)_group"[^>]*><g transform="translate\(([-\d.]+),([-\d.]+)\)"/g)].map((m) => ({ panel: Number(m[1]), x: Number(m[2]), y: Number(m[3]) }));
    expect(origins).toHaveLength(5);
    const xs0 = [...new Set(origins.map((o) => o.x))].sort((a, b) => a - b);
    expect(xs0).toHaveLength(3);
    // a column is the plot, its y axis (labels and title) and a gutter: no room kept for legends beside it
    expect(xs0[1]! - xs0[0]!).toBeLessThanOrEqual(PANEL_WIDTH + 100);
    expect(xs0[2]! - xs0[1]!).toBeLessThanOrEqual(PANEL_WIDTH + 100);
    expect(Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)![1])).toBeLessThanOrEqual(3 * (PANEL_WIDTH + 100));
    // nothing is cut with an ellipsis, and every word of the long legend label is drawn
    const text = [...svg.matchAll(/<(?:text|tspan)[^>]*>([^<]*)(?=<)/g)].map((m) => m[1]).join(' ');
    expect(text).not.toContain('…');
    for (const word of long.split(' ')) expect(text).toContain(word.replace('&', '&amp;'));
    expect(svg).toMatch(/<text[^>]*><tspan[^>]*>resummed limit series of/);
  });
});
