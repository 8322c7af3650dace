/**
 * Run one experiment end to end: simulate its plan, analyse, write `<dir>/<name>.json`, then
 * render and write `<dir>/<name>.svg`, `.png` and `.pdf` (the JSON exists even if plotting is interrupted).
 */
import { accessSync, constants, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { renderFigure, svgToPdf, svgToPng } from '../render/index.js';
import { GENERATOR } from '../simulate/index.js';
import { integratorText, sizesText } from './jobs.js';
import { runJobs, withSeeds } from './runJobs.js';
import { summaryParagraph } from './summary.js';
import type { Experiment, ExperimentOptions, ExperimentResult } from './types.js';

/** Create `dir` if needed and check that it is a writable directory. Throws {@link InputError}. */
export function prepareOutputDir(dir: string): void {
  if (dir.trim() === '') throw new InputError('experiment: --out needs a directory');
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new InputError(`experiment: --out "${dir}" is not a directory`);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new InputError(`experiment: cannot create output directory "${dir}" (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new InputError(`experiment: output directory "${dir}" is not writable`);
  }
}

export interface ExperimentOutput {
  readonly result: ExperimentResult;
  readonly jsonPath: string;
  readonly svgPath: string;
  /** the same figure as PNG, at twice the SVG's size */
  readonly pngPath: string;
  /** the same figure as a vector PDF */
  readonly pdfPath: string;
}

/**
 * Run `exp` and write its JSON, SVG, PNG and PDF into `dir` (created if missing).
 * @example
 * ```ts
 * const { result } = await runExperiment(experiment('ntk-asym'), 'out', { size: 'tiny' });
 * result.experiment; // 'ntk-asym'
 * result.size; // 'tiny'
 * ```
 */
export async function runExperiment(exp: Experiment, dir: string, options: ExperimentOptions): Promise<ExperimentOutput> {
  if (options.seeds !== undefined && !(Number.isSafeInteger(options.seeds) && options.seeds >= 1)) {
    throw new InputError(`experiment: --seeds must be an integer >= 1, got ${options.seeds}`);
  }
  prepareOutputDir(dir);
  const start = performance.now();
  const plan = exp.plan(options.size);
  const jobs = withSeeds(plan.jobs, options.seeds);
  const results = await runJobs(jobs, options);
  const analysis = plan.analyse(results);
  const base = {
    experiment: exp.name,
    title: exp.title,
    paper: exp.paper,
    size: options.size,
    headline: analysis.headline,
    statistics: analysis.statistics,
    sizes: `${sizesText(jobs)} (paper: ${plan.paperSizes})`,
    integrator: integratorText(jobs),
    timeNormalisation: plan.timeNormalisation,
    generator: GENERATOR,
    wallSeconds: (performance.now() - start) / 1000,
    panels: analysis.panels,
    agreement: analysis.agreement,
    findings: analysis.findings,
  };
  const result: ExperimentResult = { ...base, summary: summaryParagraph(base) };
  const jsonPath = join(dir, `${exp.name}.json`);
  const svgPath = join(dir, `${exp.name}.svg`);
  writeFileSync(jsonPath, `${JSON.stringify(result, null, 1)}\n`);
  const pngPath = join(dir, `${exp.name}.png`);
  const svg = await renderFigure(exp.figure(result));
  writeFileSync(svgPath, svg);
  writeFileSync(pngPath, await svgToPng(svg));
  const pdfPath = join(dir, `${exp.name}.pdf`);
  writeFileSync(pdfPath, await svgToPdf(svg));
  return { result, jsonPath, svgPath, pngPath, pdfPath };
}
