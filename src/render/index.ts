/**
 * render/ — text, LaTeX, TikZ, SVG (vega-lite) and JSON output of the pipeline's values: series
 * entries and streaming documents, class listings, diagrams, figures. Imports: rational/, model/,
 * diagram/, expansion/, asymptotics/, solutions/. Public (re-exported by src/index.ts, with the
 * types of their signatures): seriesDocument, EXPAND_FORMATS, paretoJson, paretoLatex, paretoSvg,
 * regimesJson, regimesText, regimesLatex, limitJson, limitText, limitLatex, checkJson, checkText,
 * checkLatex, solveJson, solveText, solveLatex, diagramToTikz, tikzDocument, DEFAULT_PALETTE. The
 * rest is internal (gf-diagrams/internal and later stages); other folders import this folder only
 * through this file.
 */
export { seriesEntryJson, seriesEntryLatex, seriesEntryText, type SeriesEntryJson } from './seriesRender.js';
export { latexGroups, latexPH, groupBySigma2, latexAlignRows, latexExpectation } from './polyText.js';
export { diagramToTikz, tikzDocument, DEFAULT_PALETTE, type TikzOptions } from './tikz.js';
export { describeDiagram } from './diagramText.js';
export { figureSpec, renderFigure } from './plot.js';
export { svgToPng } from './raster.js';
export { svgToPdf } from './vectorPdf.js';
export type * from './plot.js';
export { seriesDocument, EXPAND_FORMATS, type ExpandFormat, type SeriesDocumentWriter } from './expandDocument.js';
export { writeClassListing, classListingDocument, CLASS_LISTING_FORMATS, type ClassListingFormat, type ClassListingWriter } from './classListingDocument.js';
export { jsonArrayDocument, incompleteJson, type StreamedDocument } from './streamedDocument.js';
export { paretoJson, paretoLatex, paretoSvg, frontText } from './paretoRender.js';
export { regimesJson, regimesLatex, regimesText, type RegimesReport } from './regimesRender.js';
export { limitJson, limitLatex, limitText, type LimitReport } from './limitRender.js';
export { modelReport, regimesOfFronts, type ModelReport, type ModelReportOptions } from './report/modelReport.js';
export { reportHtml, type ReportDocument, type Provenance, type ExperimentEntry, type ExperimentStatistic } from './report/reportHtml.js';
export { faceScaling } from './report/faceScaling.js';
export { polygonSpec, polygonsSpec, renderSpec, type PolygonPanel } from './report/polygonFigure.js';
export { solveJson, solveText, solveLatex, familiesJson, familiesText, familiesLatex, solve2DJson, solve2DText, solve2DLatex, multiOperatorText, pdeText } from './solveRender.js';
export { checkJson, checkText, checkLatex, checkConvention } from './checkFormulaRender.js';

export { modelJson, latexHeader, latexFooter } from './seriesRender.js';
export { latexWidth, LATEX_LINE_WIDTH } from './latexWidth.js';
export { measureTextWithFont } from './textWidth.js';
export { frontJson } from './paretoRender.js';
export {
  tex,
  escapeHtml,
  modelTitle,
  modelId,
  modelHtml,
  seriesLatex,
  seriesTableHtml,
  polygonsHtml,
  regimesTableHtml,
  modelSectionHtml,
} from './report/reportHtml.js';
export { REPORT_SCRIPT } from './report/reportBehaviour.js';
export { REPORT_CSS } from './report/reportStyle.js';
