/**
 * `gfd pareto --format svg|png|pdf --out FILE`: the figure drawn from the same fronts as the JSON
 * (every Pareto point and labelled vertex of the JSON is a mark of the SVG, nothing else is), the
 * PNG a decodable image twice the SVG's size, the PDF one page the SVG's size; binary output is
 * refused on a terminal with one line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFigureTarget } from '../../src/cli/figureOutput.js';
import { InputError } from '../../src/errors.js';
import { gfd, gfdPath } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'gfd-pareto-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MODEL = ['--nu', '3', '--scenario', 'asym', '--order', '3', '--quiet'];

interface JsonFront {
  s: number;
  terms: { sD: number | string; n: number }[];
  vertices: { label: string; sD: number | string; n: number }[];
}

/** "s_D: 1; n: 2" labels of the point marks and "s_D: 1; n: 2; label: B" of the vertex labels. */
function marks(svg: string): { points: string[]; vertices: string[] } {
  const labels = [...svg.matchAll(/aria-label="(s_D: [^"]*)"/g)].map((m) => m[1]!);
  return { points: labels.filter((l) => /^s_D: [^;]+; n: [^;]+$/.test(l)).sort(), vertices: labels.filter((l) => l.includes('; label: ')).sort() };
}

/** Width and height of a PNG from its IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The concatenated image data of a PNG inflates to height rows of (1 + width·channels) bytes. */
function pngRows(png: Buffer): number {
  const chunks: Buffer[] = [];
  let colourType = 0;
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString('latin1');
    if (type === 'IHDR') colourType = png[at + 8 + 9]!;
    if (type === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colourType as 0 | 2 | 4 | 6];
  const { width } = pngSize(png);
  return inflateSync(Buffer.concat(chunks)).length / (1 + width * channels);
}

describe('gfd pareto figures', () => {
  const json = gfd(['pareto', ...MODEL]);
  const fronts = (JSON.parse(json.stdout) as { fronts: JsonFront[] }).fronts;
  const files = Object.fromEntries(['svg', 'png', 'pdf'].map((f) => [f, join(dir, `polygons.${f}`)]));
  const runs = Object.entries(files).map(([f, path]) => gfd(['pareto', ...MODEL, '--format', f, '--out', path]));

  it('writes SVG, PNG and PDF to --out and nothing to stdout', () => {
    for (const r of runs) expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
  });

  it('the SVG draws exactly the points and vertices of the JSON fronts', () => {
    const svg = readFileSync(files.svg!, 'utf8');
    const num = (x: number | string) => (typeof x === 'number' ? String(x) : String(Number(x.split('/')[0]) / Number(x.split('/')[1])));
    const points = fronts.flatMap((f) => [...new Set(f.terms.map((t) => `s_D: ${num(t.sD)}; n: ${t.n}`))]).sort();
    const vertices = fronts.flatMap((f) => f.vertices.map((v) => `s_D: ${num(v.sD)}; n: ${v.n}; label: ${v.label}`)).sort();
    expect(fronts.map((f) => f.s)).toEqual([0, 1, 2, 3]);
    expect(marks(svg)).toEqual({ points, vertices });
  });

  it('the PNG decodes to twice the size of the SVG', () => {
    const svg = readFileSync(files.svg!, 'utf8');
    const w = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)![1]);
    const h = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)![1]);
    const png = readFileSync(files.png!);
    expect(pngSize(png)).toEqual({ width: Math.round(2 * w), height: Math.round(2 * h) });
    expect(pngRows(png)).toBe(Math.round(2 * h));
  });

  it('the PDF is one page of the size of the SVG', () => {
    const svg = readFileSync(files.svg!, 'utf8');
    const pdf = readFileSync(files.pdf!).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type \/Page\b(?!s)/g)).toHaveLength(1);
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf)!;
    expect([Number(box[1]), Number(box[2])]).toEqual([Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)![1]), Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)![1])]);
  });

  it('PNG to a piped stdout is the same bytes as to --out', () => {
    const r = spawnSync(process.execPath, [gfdPath, 'pareto', ...MODEL, '--format', 'png'], { timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(Buffer.compare(r.stdout, readFileSync(files.png!))).toBe(0);
  });

  it('binary output to a terminal is refused with one line and exit code 2', () => {
    expect(() => checkFigureTarget('png', undefined, true)).toThrow(InputError);
    expect(() => checkFigureTarget('pdf', undefined, true)).toThrow(/--format pdf writes binary data/);
    expect(() => checkFigureTarget('svg', undefined, true)).not.toThrow();
    expect(() => checkFigureTarget('png', undefined, false)).not.toThrow();
    // through a pseudo-terminal, where `script` exists
    const probe = spawnSync('script', ['--version'], { encoding: 'utf8' });
    if (probe.status !== 0) return;
    const r = spawnSync('script', ['-qec', `"${process.execPath}" "${gfdPath}" pareto ${MODEL.join(' ')} --format pdf`, '/dev/null'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stdout.trim().split('\n')).toEqual(['gfd: --format pdf writes binary data: give --out FILE or redirect stdout']);
  });

  it('--out into a missing directory is refused before any work', () => {
    const r = gfd(['pareto', ...MODEL, '--format', 'png', '--out', join(dir, 'no', 'such', 'f.png')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
