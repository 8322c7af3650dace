/**
 * The streamed documents of `gfd diagrams`, one class at a time:
 * JSON `{"model":{…},"order":S,"power":S+1,"diagrams":[{"diagram":"h1-p1:1 …","json":{…},
 *   "coeff":"1/8","automorphisms":"2","expectation":{"terms":[…]}}, …]}`,
 * text (a header line, then coeff, |Aut|, diagram and E per line) and a TikZ document.
 */
import { diagramToJSON, formatDiagram } from '../diagram/index.js';
import type { ClassEntry, ClassListing } from '../expansion/index.js';
import type { Model } from '../model/index.js';
import { modelJson } from './seriesRender.js';
import { incompleteJson, type StreamedDocument } from './streamedDocument.js';
import { diagramToTikz, tikzDocument } from './tikz.js';

export const CLASS_LISTING_FORMATS = ['json', 'tikz', 'text'] as const;
export type ClassListingFormat = (typeof CLASS_LISTING_FORMATS)[number];

export interface ClassListingWriter extends StreamedDocument {
  /** writes one class */
  entry(e: ClassEntry): void;
  /** closes the complete document */
  end(): void;
}

/**
 * Starts a listing of `list`; the opening is written with the first class (or at the end). A
 * listing closed early is still valid: JSON gains `"complete":false` and `"reason"`, text stops,
 * and the TikZ document (written at the end) is left out.
 */
export function classListingDocument(format: ClassListingFormat, model: Model, list: ClassListing, write: (text: string) => void): ClassListingWriter {
  const S = list.order;
  const pictures: string[] = [];
  let i = 0;
  let started = false;
  let closed = false;
  const open = (): void => {
    if (started) return;
    started = true;
    if (format === 'json') write(`{"model":${JSON.stringify(modelJson(model))},"order":${S},"power":${list.power},"diagrams":[`);
    else if (format === 'text') write(`# L^{*${list.power}}: ${list.size} classes; Y_${S} = ${S % 2 ? '-' : ''}sum coeff * E[G]${S === 0 ? ' + ½||F||^2' : ''}\n`);
  };
  return {
    get started() {
      return started;
    },
    get closed() {
      return closed;
    },
    entry({ form, coeff, expectation }: ClassEntry): void {
      open();
      if (format === 'json') {
        const doc = {
          diagram: formatDiagram(form.diagram),
          json: diagramToJSON(form.diagram),
          coeff: coeff.toString(),
          automorphisms: form.automorphisms.toString(),
          expectation: { terms: expectation.toJSON() },
        };
        write(`${i ? ',' : ''}\n${JSON.stringify(doc)}`);
      } else if (format === 'text') {
        write(`${coeff.toString()}\t|Aut|=${form.automorphisms}\t${formatDiagram(form.diagram)}\tE = ${expectation.toString()}\n`);
      } else pictures.push(diagramToTikz(form.diagram, { coefficient: coeff.toLatex() }));
      i++;
    },
    end(): void {
      open();
      closed = true;
      if (format === 'json') write('\n]}\n');
      if (format === 'tikz') write(`${tikzDocument(pictures)}\n`);
    },
    abort(reason: string): void {
      closed = true;
      if (format !== 'json') return;
      open();
      write(`\n]${incompleteJson(reason)}}\n`);
    },
  };
}

/** Writes the whole listing through `write`, each class as soon as its expectation is known. */
export function writeClassListing(format: ClassListingFormat, model: Model, list: ClassListing, write: (text: string) => void): void {
  const doc = classListingDocument(format, model, list, write);
  for (const e of list.entries()) doc.entry(e);
  doc.end();
}
