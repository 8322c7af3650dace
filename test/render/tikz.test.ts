import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagramD, diagramR } from '../../src/diagram/builders.js';
import { edgeList, type Diagram } from '../../src/diagram/diagram.js';
import { parseDiagram } from '../../src/diagram/syntax.js';
import { InputError } from '../../src/errors.js';
import { makeModel } from '../../src/model/index.js';
import { DEFAULT_PALETTE, diagramToTikz, tikzDocument } from '../../src/render/tikz.js';
import { randomDiagram, relabel, rng } from '../helpers/randomDiagram.js';

function balanced(tex: string, open: string, close: string): boolean {
  let depth = 0;
  for (let i = 0; i < tex.length; i++) {
    if (tex[i] === '\\') i++;
    else if (tex[i] === open) depth++;
    else if (tex[i] === close && --depth < 0) return false;
  }
  return depth === 0;
}

const drawLines = (tex: string) => tex.split('\n').filter((l) => l.trim().startsWith('\\draw'));

describe('diagramToTikz: structure', () => {
  it('one square per H-node, one circle per p-node, one \\draw per edge, balanced delimiters', () => {
    const r = rng(12);
    for (let t = 0; t < 100; t++) {
      const d: Diagram = relabel(randomDiagram(r, { maxH: 4, maxP: 5, maxEdges: 10, colours: 12 }), r);
      for (const layout of ['rows', 'circle'] as const) {
        const tex = diagramToTikz(d, { layout, coefficient: '-\\tfrac{1}{2}', caption: 'x', nodeLabels: t % 2 === 0 });
        expect(tex.startsWith('\\begin{tikzpicture}')).toBe(true);
        expect(tex.endsWith('\\end{tikzpicture}')).toBe(true);
        expect(tex.match(/\\node\[hnode/g) ?? []).toHaveLength(d.nH);
        expect(tex.match(/\\node\[pnode/g) ?? []).toHaveLength(d.nP);
        const draws = drawLines(tex);
        expect(draws).toHaveLength(edgeList(d).length);
        // Each \draw goes from the edge's H-node to its p-node, in the diagram's edge order.
        draws.forEach((line, j) => {
          const [h, p] = edgeList(d)[j]!;
          expect(line).toMatch(new RegExp(`\\(h${h}\\) to(\\[[^\\]]*\\])? \\(p${p}\\);$`));
        });
        for (const [o, c] of [['{', '}'], ['[', ']'], ['(', ')']] as const) expect(balanced(tex, o, c), `${o}${c}`).toBe(true);
      }
    }
  });

  it('colours edges from the palette: 1 blue, 2 red, 3 green; beyond the palette the dash changes', () => {
    const tex = diagramToTikz(parseDiagram('h1-p1:1 h1-p2:2 h1-p3:3 h1-p4:11'));
    const draws = drawLines(tex);
    expect(draws[0]).toContain('blue, solid');
    expect(draws[1]).toContain('red, solid');
    expect(draws[2]).toContain('green!60!black, solid');
    expect(draws[3]).toContain(`${DEFAULT_PALETTE[0]}, dashed`);
    const mono = drawLines(diagramToTikz(parseDiagram('h1-p1:1 h1-p2:2'), { palette: ['black'] }));
    expect(mono[0]).toContain('black, solid');
    expect(mono[1]).toContain('black, dashed');
  });

  it('gives ν parallel edges of R_ν distinct bends (symmetric, at most one straight)', () => {
    for (let nu = 2; nu <= 6; nu++) {
      const model = makeModel({ nu, scenario: 'asym' });
      const draws = drawLines(diagramToTikz(diagramR(model, model.target.terms[0]!.pattern)));
      const bends = draws.map((l) => {
        const m = /to\[bend (left|right)=([\d.]+)\]/.exec(l);
        return m ? (m[1] === 'left' ? 1 : -1) * Number(m[2]) : 0;
      });
      expect(new Set(bends).size).toBe(nu);
      expect(bends.reduce((a, b) => a + b, 0)).toBeCloseTo(0);
      expect(bends.filter((b) => b === 0).length).toBe(nu % 2);
    }
  });

  it('rows layout: H-nodes above p-nodes; D_{2ν} edges all straight', () => {
    const tex = diagramToTikz(diagramD(makeModel({ nu: 3, scenario: 'asym' })));
    const y = (name: string) => Number(new RegExp(`\\\\coordinate \\(${name}\\) at \\([-\\d.]+,([-\\d.]+)\\)`).exec(tex)![1]);
    expect(y('h0')).toBeGreaterThan(y('p0'));
    expect(y('h1')).toBe(y('h0'));
    expect(y('p2')).toBe(y('p0'));
    expect(drawLines(tex).every((l) => !l.includes('bend'))).toBe(true);
  });

  it('draws the empty diagram and prints coefficient and caption', () => {
    const tex = diagramToTikz(parseDiagram('empty'), { coefficient: '\\tfrac{1}{2}', caption: 'pure target' });
    expect(tex).toContain('\\emptyset');
    expect(tex).toContain('{$\\tfrac{1}{2}$}');
    expect(tex).toContain('{pure target}');
  });

  it.each([
    [{ caption: 'a}' }, /unbalanced braces in caption/],
    [{ coefficient: '\\frac{1' }, /unbalanced braces in coefficient/],
    [{ palette: [] }, /palette is empty/],
    [{ spacing: 0 }, /spacing/],
    [{ bendStep: 120 }, /bendStep/],
  ])('rejects options %j', (opts, msg) => {
    expect(() => diagramToTikz(parseDiagram('h1-p1'), opts)).toThrow(InputError);
    expect(() => diagramToTikz(parseDiagram('h1-p1'), opts)).toThrow(msg);
  });
});

describe('tikzDocument', () => {
  const pics = [diagramToTikz(parseDiagram('h1-p1')), diagramToTikz(parseDiagram('h1-p1 h1-p2:2'))];
  it('defaults to article (texlive-latex-base), every picture once, fitted to the line', () => {
    const tex = tikzDocument(pics);
    expect(tex.split('\n')[0]).toBe('\\documentclass{article}');
    expect(tex).not.toContain('standalone');
    for (const pkg of ['amsmath', 'graphicx', 'tikz']) expect(tex).toContain(`\\usepackage{${pkg}}`);
    expect(tex.match(/\\fitwidth\{%\n\\begin\{tikzpicture\}/g)).toHaveLength(2);
    for (const pic of pics) expect(tex).toContain(`${pic}}`);
    expect(tex.endsWith('\\end{document}\n')).toBe(true);
  });
  it('standalone: true gives the cropped standalone class', () => {
    const tex = tikzDocument(pics, { standalone: true });
    expect(tex.split('\n')[0]).toBe('\\documentclass[border=4pt]{standalone}');
    expect(tex).toContain(`${pics[0]}\n\\quad\n${pics[1]}`);
  });
});

const hasPdflatex = spawnSync('pdflatex', ['--version'], { stdio: 'ignore' }).status === 0;

describe('diagramToTikz: compiles with pdflatex', () => {
  it.skipIf(!hasPdflatex)('a page of diagrams (D_6, R_3, multi-edges, isolated nodes, circle layout, empty)', () => {
    const asym3 = makeModel({ nu: 3, scenario: 'asym' });
    const pictures = [
      diagramToTikz(diagramD(asym3), { coefficient: '\\tfrac{1}{2}', caption: '$D_6$' }),
      diagramToTikz(diagramR(asym3, asym3.target.terms[0]!.pattern), { coefficient: '-', caption: '$R_3$' }),
      diagramToTikz(parseDiagram('h1-p1*4 h1-p2:2 h2-p2:5*2 h3 p3 h1-p3:20'), { nodeLabels: true }),
      diagramToTikz(diagramD(makeModel({ nu: 4, scenario: 'sym' })), { layout: 'circle', palette: ['black'] }),
      diagramToTikz(parseDiagram('empty'), { coefficient: '\\tfrac{p}{2}' }),
    ];
    const dir = mkdtempSync(join(tmpdir(), 'gfd-tikz-'));
    try {
      writeFileSync(join(dir, 'd.tex'), tikzDocument(pictures));
      const run = spawnSync('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'd.tex'], { cwd: dir, encoding: 'utf8' });
      const errors = run.stdout.split('\n').filter((l) => l.startsWith('!'));
      expect(errors, errors.join('\n')).toEqual([]);
      expect(run.status).toBe(0);
      expect(existsSync(join(dir, 'd.pdf'))).toBe(true);
      // No overfull/undefined warnings that would hint at a broken picture.
      expect(run.stdout).not.toMatch(/Undefined control sequence|Package pgf(keys)? Error/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
