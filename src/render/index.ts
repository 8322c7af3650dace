/**
 * render/ — text, LaTeX, TikZ, SVG (vega-lite) and JSON output of the pipeline's values: series
 * entries and streaming documents, class listings, diagrams, figures.
 * Imports: rational/, model/, diagram/, expansion/, asymptotics/. Other folders import this folder only through this file.
 */
// public: re-exported by src/index.ts
export { seriesEntryJson, seriesEntryLatex, seriesEntryText, type SeriesEntryJson } from './seriesRender.js';
export { latexGroups, latexPH, groupBySigma2, latexAlignRows, latexExpectation } from './polyText.js';
export { diagramToTikz, tikzDocument, DEFAULT_PALETTE, type TikzOptions } from './tikz.js';
export { describeDiagram } from './diagramText.js';
export { figureSpec, renderFigure } from './plot.js';
export type * from './plot.js';
export { seriesDocument, EXPAND_FORMATS, type ExpandFormat, type SeriesDocumentWriter } from './expandDocument.js';
export { writeClassListing, classListingDocument, CLASS_LISTING_FORMATS, type ClassListingFormat, type ClassListingWriter } from './classListingDocument.js';
export { jsonArrayDocument, incompleteJson, type StreamedDocument } from './streamedDocument.js';
export { paretoJson, paretoLatex, paretoSvg, frontText } from './paretoRender.js';
export { regimesJson, regimesLatex, regimesText, type RegimesReport } from './regimesRender.js';
export { limitJson, limitLatex, limitText, type LimitReport } from './limitRender.js';

// internal: for later stages and 'gf-diagrams/internal'
export { modelJson, latexHeader, latexFooter } from './seriesRender.js';
export { latexWidth, LATEX_LINE_WIDTH } from './latexWidth.js';
