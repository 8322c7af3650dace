/** Typings of svg-to-pdfkit (the package ships none): draw an SVG document into a PDFKit document. */
declare module 'svg-to-pdfkit' {
  function SVGtoPDF(
    doc: PDFKit.PDFDocument,
    svg: string,
    x: number,
    y: number,
    options?: { width?: number; height?: number; assumePt?: boolean; fontCallback?: (family: string, bold: boolean, italic: boolean) => string },
  ): void;
  export default SVGtoPDF;
}
