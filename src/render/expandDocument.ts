/**
 * The streamed documents of `gfd expand`: JSON (the contract in seriesRender.ts, plus
 * `"observable"` and `"diagramClasses"`), LaTeX (an align* block) and text (one line per s).
 * Each coefficient is written as soon as it is given.
 */
import type { SeriesTerm } from '../expansion/index.js';
import type { Model } from '../model/index.js';
import { latexFooter, latexHeader, modelJson, seriesEntryJson, seriesEntryLatex, seriesEntryText } from './seriesRender.js';

export const EXPAND_FORMATS = ['json', 'latex', 'text'] as const;
export type ExpandFormat = (typeof EXPAND_FORMATS)[number];

export interface SeriesDocumentWriter {
  /** writes one coefficient */
  term(t: SeriesTerm): void;
  /** closes the document */
  end(): void;
}

/**
 * Starts a document (the opening is written at once). `observable` is `null` for the loss series
 * (symbol Y), else the observable's name (symbol G).
 */
export function seriesDocument(format: ExpandFormat, model: Model, observable: string | null, write: (text: string) => void): SeriesDocumentWriter {
  const name = observable ?? 'loss';
  const symbol = observable === null ? 'Y' : 'G';
  let first = true;
  const classes: number[] = [];
  if (format === 'json') write(`{"model":${JSON.stringify(modelJson(model))},"observable":${JSON.stringify(name)},"series":[`);
  if (format === 'latex') write(`${latexHeader(model, observable === null ? 'Y_s = T^s E[d^s L/dt^s(0)]' : `T^s E[d^s G/dt^s(0)], G = ${name}`)}\n`);
  return {
    term(t: SeriesTerm): void {
      classes.push(t.classes);
      if (format === 'json') write(`${first ? '\n' : ',\n'}${JSON.stringify(seriesEntryJson(t.s, t.poly))}`);
      else if (format === 'text') write(`${seriesEntryText(symbol, t.s, t.poly)}\n`);
      else write(`${first ? '' : ' \\\\\n'}${seriesEntryLatex(symbol, t.s, t.poly)}`);
      first = false;
    },
    end(): void {
      if (format === 'json') write(`\n],"diagramClasses":${JSON.stringify(classes)}}\n`);
      if (format === 'latex') write(`\n${latexFooter}\n`);
    },
  };
}
