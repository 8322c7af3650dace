/**
 * Golden files: the text and LaTeX outputs of `expand`, `pareto`, `limit` and `regimes` for small
 * models, compared byte for byte with test/golden/*.txt and *.tex. After a deliberate change of an
 * output, regenerate them with
 *
 *     UPDATE_GOLDEN=1 npx vitest run test/golden
 *
 * and review the diff before committing it.
 *
 * The files were checked once, when created, against sources independent of the engine:
 * - expand SYM ν = 2 to s = 1: Y_0 and Y_1 are the check values of docs/conventions.md
 *   §"Check values" term by term (the LaTeX groups −4(p³H + 3p²H² + 3p²H + pH³ + 3pH² + 4pH)σ⁶
 *   = −(16pH + 12pH² + 4pH³ + 12p²H + 12p²H² + 4p³H)σ⁶);
 * - pareto SYM ν = 2 to s = 2: the Pareto coefficients are (−1)^s s! M_{s,s_D} N_{s_D+1,n} with
 *   the recurrence for M (scaled by 1/s!) and the Narayana numbers N of docs/conventions.md
 *   §"Closed-form solutions", worked by hand: s = 2 gives −16; 80, 80; −112, −336, −112;
 *   48, 288, 288, 48;
 * - limit SYM ν = 2 along H = yp, σ² = z/p to s = 2: c_0 and c_1 are the p¹ terms of the check
 *   values Y_0, Y_1 under the substitution (done by hand), c_2 the Pareto terms above;
 * - regimes ASYM ν = 3 and SYM ν = 2: every face's condition, natural T, parameterisation,
 *   learning and interpretation are those of the paper's Tables 1–2 (tab:extremal_simplices_asym,
 *   tab:extremal_simplices_both) at ν = 3 and ν = 2.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gfd } from '../cli/run.js';

const DIR = import.meta.dirname;
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

const SYM2 = ['--nu', '2', '--scenario', 'sym'];
const ASYM3 = ['--nu', '3', '--scenario', 'asym'];
const SCALING = ['--scaling', 'H = y*p, sigma2 = z/p'];

/** name → CLI arguments (without --format); each gives name.txt (text) and name.tex (latex). */
const CASES: Record<string, string[]> = {
  'expand-sym2-s1': ['expand', ...SYM2, '--order', '1'],
  'pareto-sym2-s2': ['pareto', ...SYM2, '--order', '2', '--threads', '1', '--quiet'],
  'limit-sym2-s2': ['limit', ...SYM2, '--order', '2', ...SCALING, '--threads', '1', '--quiet'],
  'regimes-sym2-s3': ['regimes', ...SYM2, '--order', '3', '--threads', '1', '--quiet'],
  'regimes-asym3-s3': ['regimes', ...ASYM3, '--order', '3', '--threads', '1', '--quiet'],
};

const FORMATS = [
  ['text', 'txt'],
  ['latex', 'tex'],
] as const;

describe.each(Object.entries(CASES))('golden output of gfd %s', (name, args) => {
  it.each(FORMATS)('--format %s', (format, ext) => {
    const r = gfd([...args, '--format', format]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const file = join(DIR, `${name}.${ext}`);
    if (UPDATE) writeFileSync(file, r.stdout);
    expect(existsSync(file), `${file} is missing (UPDATE_GOLDEN=1 writes it)`).toBe(true);
    expect(r.stdout).toBe(readFileSync(file, 'utf8'));
  });
});
