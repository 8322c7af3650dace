/**
 * SVG → PNG, headless and without a browser: resvg (a Rust renderer shipped as a prebuilt binary
 * inside its npm package, so installing it downloads nothing else), with the system's fonts.
 */

/**
 * A PNG of an SVG document at `scale` times its size (2: sharp on a paper's page and on screens).
 *
 * @example
 * ```ts
 * const png = await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>');
 * [png[1], png[2], png[3]]; // [80, 78, 71]
 * ```
 */
export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  // loaded on first use: only the commands that write PNG pay for the native module
  const { Resvg } = await import('@resvg/resvg-js');
  const image = new Resvg(svg, { fitTo: { mode: 'zoom', value: scale }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }, background: 'white' });
  return image.render().asPng();
}
