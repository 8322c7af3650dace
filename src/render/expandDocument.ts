/**
 * The streamed documents of `gfd expand`: JSON (the contract in seriesRender.ts, plus
 * `"observable"` and `"diagramClasses"`), LaTeX (an align* block) and text (one line per s).
 * Each coefficient is written as soon as it is given; the opening is written with the first one (or
 * at the end), so that a run refused before its first coefficient writes nothing. A document
 * closed early ({@link SeriesDocumentWriter.abort}) is still valid: JSON gains `"complete":false`
 * and `"reason"`, LaTeX closes its align* block, text stops.
 */
import type { SeriesTerm } from '../expansion/index.js';
import type { Model } from '../model/index.js';
import { incompleteJson, type StreamedDocument } from './streamedDocument.js';
import { latexFooter, latexHeader, modelJson, seriesEntryJson, seriesEntryLatex, seriesEntryText } from './seriesRender.js';

export const EXPAND_FORMATS = ['json', 'latex', 'text'] as const;
export type ExpandFormat = (typeof EXPAND_FORMATS)[number];

export interface SeriesDocumentWriter extends StreamedDocument {
  /** writes one coefficient */
  term(t: SeriesTerm): void;
  /** closes the complete document */
  end(): void;
}

/**
 * Starts a document. `observable` is `null` for the loss series
 * (symbol Y), else the observable's name (symbol G).
 */
export function seriesDocument(format: ExpandFormat, model: Model, observable: string | null, write: (text: string) => void): SeriesDocumentWriter {
  const name = observable ?? 'loss';
  const symbol = observable === null ? 'Y' : 'G';
  let first = true;
  let started = false;
  let closed = false;
  const classes: number[] = [];
  const open = (): void => {
    if (started) return;
    started = true;
    if (format === 'json') write(`{"model":${JSON.stringify(modelJson(model))},"observable":${JSON.stringify(name)},"series":[`);
    if (format === 'latex') write(`${latexHeader(model, observable === null ? 'Y_s = T^s E[d^s L/dt^s(0)]' : `T^s E[d^s G/dt^s(0)], G = ${name}`)}\n`);
  };
  const close = (tail: string): void => {
    open();
    closed = true;
    if (format === 'json') write(`\n],"diagramClasses":${JSON.stringify(classes)}${tail}}\n`);
    if (format === 'latex') write(`\n${latexFooter}\n`);
  };
  return {
    get started() {
      return started;
    },
    get closed() {
      return closed;
    },
    term(t: SeriesTerm): void {
      open();
      classes.push(t.classes);
      if (format === 'json') write(`${first ? '\n' : ',\n'}${JSON.stringify(seriesEntryJson(t.s, t.poly))}`);
      else if (format === 'text') write(`${seriesEntryText(symbol, t.s, t.poly)}\n`);
      else write(`${first ? '' : ' \\\\\n'}${seriesEntryLatex(symbol, t.s, t.poly)}`);
      first = false;
    },
    end(): void {
      close('');
    },
    abort(reason: string): void {
      if (format === 'latex' && started) write(`\n% incomplete: ${reason}`);
      close(incompleteJson(reason));
    },
  };
}
