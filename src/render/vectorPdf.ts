/**
 * SVG → PDF, vector, without a browser: PDFKit draws the SVG (svg-to-pdfkit) with DejaVu Sans
 * embedded (the npm package dejavu-fonts-ttf), so Greek letters and the minus sign of the labels
 * come out as in the SVG. All three are plain JavaScript and font files from the registry.
 */
import { createRequire } from 'node:module';

/** A zero in a dash pattern means a solid line; PDF refuses such patterns, so they are dropped. */
function solidDashes(svg: string): string {
  return svg.replace(/ stroke-dasharray="([^"]*)"/g, (m, v: string) => (v.split(/[ ,]+/).map(Number).some((x) => !(x > 0)) ? '' : m));
}

/**
 * A one-page PDF of an SVG document, the page the size of the SVG (1 px = 1 pt).
 *
 * @example
 * ```ts
 * const pdf = await svgToPdf('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><text x="5" y="20">ν = 3, σ²</text></svg>');
 * new TextDecoder().decode(pdf.subarray(0, 5)); // "%PDF-"
 * ```
 */
export async function svgToPdf(svg: string): Promise<Uint8Array> {
  const [{ default: PDFDocument }, { default: SVGtoPDF }] = await Promise.all([import('pdfkit'), import('svg-to-pdfkit')]);
  const require = createRequire(import.meta.url);
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 600);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 400);
  const doc = new PDFDocument({ size: [width, height], margin: 0, info: { Creator: 'gf-diagrams' } });
  doc.registerFont('sans', require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
  doc.registerFont('sans-bold', require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'));
  const chunks: Uint8Array[] = [];
  doc.on('data', (c: Uint8Array) => chunks.push(c));
  const ended = new Promise<void>((done) => doc.on('end', () => done()));
  SVGtoPDF(doc, solidDashes(svg), 0, 0, { width, height, assumePt: true, fontCallback: (_family: string, bold: boolean) => (bold ? 'sans-bold' : 'sans') });
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
