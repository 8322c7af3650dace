/**
 * Where a command's figure goes: SVG as text, PNG and PDF as bytes (render/raster.ts,
 * render/vectorPdf.ts — the path of the experiment figures), to `--out FILE` or to stdout. Binary
 * formats are refused on a terminal: they need `--out` or a pipe.
 */
import { writeFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import { measureTextWithFont, svgToPdf, svgToPng } from '../render/index.js';
import { checkOutputPath } from './options.js';

export const FIGURE_FORMATS = ['svg', 'png', 'pdf'] as const;
export type FigureFormat = (typeof FIGURE_FORMATS)[number];

export const isFigureFormat = (f: string): f is FigureFormat => (FIGURE_FORMATS as readonly string[]).includes(f);

/**
 * Check, before any work, that a figure of `format` can be written: `out` is a writable file
 * path, or stdout is not a terminal when the format is binary. Throws {@link InputError}.
 */
export function checkFigureTarget(format: FigureFormat, out: string | undefined, isTTY = process.stdout.isTTY === true): void {
  if (out !== undefined) checkOutputPath('out', out, 'file');
  else if (format !== 'svg' && isTTY) throw new InputError(`--format ${format} writes binary data: give --out FILE or redirect stdout`);
}

/** The bytes of a figure in `format`, from its SVG. */
export async function figureBytes(svg: string, format: FigureFormat): Promise<Uint8Array> {
  if (format === 'png') return svgToPng(svg);
  if (format === 'pdf') return svgToPdf(svg);
  return new TextEncoder().encode(svg.endsWith('\n') ? svg : `${svg}\n`);
}

/**
 * Draw a figure (`draw` renders its SVG, laid out with the glyph widths of the font the PNG and
 * PDF use) and write it in `format` to `out`, or to stdout.
 */
export async function writeFigure(draw: () => Promise<string>, format: FigureFormat, out: string | undefined): Promise<void> {
  await measureTextWithFont();
  const bytes = await figureBytes(await draw(), format);
  if (out !== undefined) writeFileSync(out, bytes);
  else await new Promise<void>((done, fail) => process.stdout.write(bytes, (e) => (e ? fail(e) : done())));
}
