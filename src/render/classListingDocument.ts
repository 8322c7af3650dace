/**
 * The streamed documents of `gfd diagrams`, one class at a time:
 * JSON `{"model":{…},"order":S,"power":S+1,"diagrams":[{"diagram":"h1-p1:1 …","json":{…},
 *   "coeff":"1/8","automorphisms":"2","expectation":{"terms":[…]}}, …]}`,
 * text (a header line, then coeff, |Aut|, diagram and E per line) and a TikZ document.
 */
import { diagramToJSON, formatDiagram } from '../diagram/index.js';
import type { ClassListing } from '../expansion/index.js';
import type { Model } from '../model/index.js';
import { modelJson } from './seriesRender.js';
import { diagramToTikz, tikzDocument } from './tikz.js';

export const CLASS_LISTING_FORMATS = ['json', 'tikz', 'text'] as const;
export type ClassListingFormat = (typeof CLASS_LISTING_FORMATS)[number];

/** Writes the whole listing through `write`, each class as soon as its expectation is known. */
export function writeClassListing(format: ClassListingFormat, model: Model, list: ClassListing, write: (text: string) => void): void {
  const S = list.order;
  if (format === 'json') write(`{"model":${JSON.stringify(modelJson(model))},"order":${S},"power":${list.power},"diagrams":[`);
  else if (format === 'text') write(`# L^{*${list.power}}: ${list.size} classes; Y_${S} = ${S % 2 ? '-' : ''}sum coeff * E[G]${S === 0 ? ' + ½||F||^2' : ''}\n`);
  const pictures: string[] = [];
  let i = 0;
  for (const { form, coeff, expectation } of list.entries()) {
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
  }
  if (format === 'json') write('\n]}\n');
  if (format === 'tikz') write(`${tikzDocument(pictures)}\n`);
}
