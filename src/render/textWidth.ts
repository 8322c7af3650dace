/**
 * Text widths for laying out figures in Node. Without a canvas, Vega estimates a text's width as
 * 0.8 em per character, a third more than DejaVu Sans — the font the SVG, PNG and PDF are drawn
 * with — really takes: legends and titles then claim room they do not fill and the columns of a
 * figure stand far apart. Here Vega measures instead with the glyph advances of DejaVu Sans (and
 * Bold), read by fontkit from the font files of the npm package dejavu-fonts-ttf. Browsers measure
 * with their canvas and do not need this.
 */
import { createRequire } from 'node:module';

interface TextItem {
  readonly fontSize?: number;
  readonly fontWeight?: string | number;
  readonly limit?: number;
}

let installed: Promise<void> | null = null;

/**
 * Make Vega (in this process) measure text with DejaVu Sans; idempotent.
 *
 * @example
 * ```ts
 * await measureTextWithFont();
 * const { textMetrics } = await import('vega');
 * Math.round(textMetrics.width({ fontSize: 10 } as never, 'mmmm')); // 39 (0.974 em a glyph)
 * ```
 */
export function measureTextWithFont(): Promise<void> {
  installed ??= (async () => {
    const [vega, fontkit] = await Promise.all([import('vega'), import('fontkit')]);
    const require = createRequire(import.meta.url);
    const regular = fontkit.openSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
    const bold = fontkit.openSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'));
    const cache = new Map<string, number>();
    const emWidth = (font: typeof regular, key: string, text: string): number => {
      let w = cache.get(key);
      if (w === undefined) {
        w = font.layout(text).advanceWidth / font.unitsPerEm;
        cache.set(key, w);
      }
      return w;
    };
    const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } }).textMetrics;
    metrics.width = (item, text) => {
      const size = item.fontSize ?? 11;
      const t = (typeof text === 'string' ? text : typeof text === 'number' ? String(text) : Array.isArray(text) ? text.join(',') : '').trim();
      if (size <= 0 || t === '') return 0;
      const isBold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600;
      const w = size * emWidth(isBold ? bold : regular, `${isBold ? 'b' : 'r'}${t}`, t);
      // a label with a limit is cut to it (with an ellipsis) when drawn
      return item.limit !== undefined && item.limit > 0 ? Math.min(w, item.limit) : w;
    };
  })();
  return installed;
}
