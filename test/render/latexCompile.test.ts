/**
 * The LaTeX printed by the CLI compiles as README.md documents it, with pdflatex: `expand` and
 * `wick --format latex` in an `article` with amsmath (and `\allowdisplaybreaks`) at 10, 11 and
 * 12 pt, `diagrams --format tikz` as printed. A run fails on any LaTeX error and on any line wider
 * than the text by more than 1 pt (an "Overfull \hbox" in the log). Without pdflatex on the PATH
 * the tests are skipped, and their titles say so.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEX_LINE_WIDTH } from '../../src/render/latexWidth.js';
import { gfd } from '../cli/run.js';

const hasPdflatex = spawnSync('pdflatex', ['--version'], { stdio: 'ignore' }).status === 0;
const hasTikz = hasPdflatex && spawnSync('kpsewhich', ['tikz.sty'], { encoding: 'utf8' }).stdout.trim() !== '';
const skipped = (ok: boolean, what: string) => (ok ? '' : ` [SKIPPED: ${what} not installed]`);
if (!hasPdflatex) console.warn('LaTeX compile tests skipped: pdflatex is not on the PATH (Debian: texlive-latex-base)');
else if (!hasTikz) console.warn('TikZ compile test skipped: tikz.sty not found (Debian: texlive-pictures)');

const dir = mkdtempSync(join(tmpdir(), 'gfd-latex-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Compiled {
  errors: string[];
  /** how much too wide each overfull line is, in pt */
  overfull: number[];
  pdf: boolean;
}

function compile(name: string, tex: string): Compiled {
  writeFileSync(join(dir, `${name}.tex`), tex);
  const run = spawnSync('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', '-no-shell-escape', `${name}.tex`], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 110_000,
  });
  const log = readFileSync(join(dir, `${name}.log`), 'latin1');
  return {
    errors: log.split('\n').filter((l) => l.startsWith('!')),
    overfull: [...log.matchAll(/Overfull \\hbox \(([\d.]+)pt too wide\)/g)].map((m) => Number(m[1])),
    pdf: run.status === 0,
  };
}

function expectClean(c: Compiled): void {
  expect(c.errors, c.errors.join('\n')).toEqual([]);
  expect(c.pdf).toBe(true);
  expect(c.overfull.filter((w) => w > 1)).toEqual([]);
}

function cli(args: string[], code = 0): string {
  const r = gfd(args, 110_000);
  expect(r.code, r.stderr).toBe(code);
  return r.stdout;
}

describe(`expand and wick --format latex compile in the documented preamble${skipped(hasPdflatex, 'pdflatex')}`, () => {
  let body = '';
  beforeAll(() => {
    if (!hasPdflatex) return;
    body = [
      // the case that overflowed by 88 pt, an observable, and large coefficients
      cli(['expand', '--nu', '3', '--scenario', 'asym', '--order', '3', '--format', 'latex', '--quiet']),
      cli(['expand', '--nu', '2', '--scenario', 'sym', '--order', '3', '--observable', 'D', '--format', 'latex', '--quiet']),
      cli(['expand', '--nu', '2', '--scenario', 'sym', '--order', '5', '--format', 'latex', '--quiet']),
      // wick: one line, one line with the comment of a failed --expect, and a long aligned block
      `\\[\n${cli(['wick', '--diagram', 'h1-p1 h2-p1 h1-p2 h2-p2', '--format', 'latex'])}\\]`,
      `\\[\n${cli(['wick', '--diagram', 'h1-p1 h2-p1 h1-p2 h2-p2', '--format', 'latex', '--expect', 'p*H*sigma2^2'], 1)}\\]`,
      `\\[\n${cli(['wick', '--diagram', 'h1-p1*2 h2-p1 h3-p1 h1-p2 h2-p2*2 h3-p3 h1-p3 h2-p3 h3-p2*2 h4-p1 h4-p4 h4-p2 h4-p3', '--format', 'latex'])}\\]`,
    ].join('\n');
  }, 300_000);

  const doc = (options: string, preamble = '') =>
    `\\documentclass${options}{article}\n\\usepackage{amsmath}\n\\allowdisplaybreaks\n${preamble}\\begin{document}\n${body}\n\\end{document}\n`;

  it.skipIf(!hasPdflatex).each(['10pt', '11pt', '12pt'])('article %s: no error, no overfull line', (size) => {
    expect(body).toContain('\\begin{aligned}'); // the long wick case does take the aligned form
    expect(body).toContain('&\\qquad'); // and long groups are broken
    expectClean(compile(`series-${size}`, doc(`[${size}]`)));
  });

  it.skipIf(!hasPdflatex)(`the width estimate errs on the wide side: fits a ${LATEX_LINE_WIDTH} pt text width at 10 pt`, () => {
    expectClean(compile('series-narrow', doc('', `\\setlength{\\textwidth}{${LATEX_LINE_WIDTH}pt}\n`)));
  });
});

describe(`diagrams --format tikz compiles as printed${skipped(hasTikz, 'pdflatex or TikZ')}`, () => {
  it.skipIf(!hasTikz)('article (no standalone class), pictures wider than the text scaled to fit', () => {
    // ν = 4, SYM, order 2: pictures with up to 10 nodes in a row (≈ 400 pt at the default spacing)
    const tex = cli(['diagrams', '--nu', '4', '--scenario', 'sym', '--order', '2', '--format', 'tikz', '--quiet']);
    expect(tex.startsWith('\\documentclass{article}\n')).toBe(true);
    expect(tex).not.toContain('standalone');
    expectClean(compile('diagrams', tex));
  });
});
