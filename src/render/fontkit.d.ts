/** The part of fontkit (glyph metrics of a TrueType font) that render/textWidth.ts uses. */
declare module 'fontkit' {
  interface Font {
    readonly unitsPerEm: number;
    layout(text: string): { readonly advanceWidth: number };
  }
  export function openSync(path: string): Font;
}
