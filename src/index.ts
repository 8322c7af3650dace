/**
 * gf-diagrams — exact diagram calculus for the gradient-flow loss expansion of CP tensor
 * decompositions. Library entry point: the pipeline model → diagram → canon → merge → wick →
 * expansion, plus renderers.
 */
export { InputError, RationalError } from './errors.js';
export * from './rational/index.js';
export * from './model/index.js';
export * from './diagram/index.js';
export * from './canon/index.js';
export * from './merge/index.js';
export * from './wick/index.js';
export * from './expansion/index.js';
export { latexGroups, latexPH, groupBySigma2 } from './render/polyText.js';
export { seriesEntryJson, seriesEntryLatex, seriesEntryText, modelJson, type SeriesEntryJson } from './render/seriesRender.js';
export { diagramToTikz, tikzDocument, DEFAULT_PALETTE, type TikzOptions } from './render/tikz.js';
export { describeDiagram } from './render/diagramText.js';
export * from './simulate/index.js';
export * from './solutions/curves/index.js';
export { experiment, experiments, runExperiment, type ExperimentOutput } from './experiments/index.js';
export type * from './experiments/types.js';
export { figureSpec, renderFigure } from './render/plot.js';
export type * from './render/plot.js';
