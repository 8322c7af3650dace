/**
 * The observables `gfd expand --observable` accepts: `loss` (or `L`), `D` (= D_{2ν}), `R` (the
 * diagonal Σ_i f_{i…i}, the R diagram of the all-equal pattern), or a diagram in text syntax.
 */
import { diagramD, diagramR, type Diagram, checkDiagramForModel, parseDiagram } from '../diagram/index.js';
import type { Model } from '../model/index.js';

export type Observable = { readonly kind: 'loss'; readonly name: 'loss' } | { readonly kind: 'diagram'; readonly name: string; readonly diagram: Diagram };

/** Reads an observable; bad diagram text, or a colour the model does not have, throws InputError. */
export function parseObservable(model: Model, text: string): Observable {
  const t = text.trim();
  if (t.toLowerCase() === 'loss' || t.toLowerCase() === 'l') return { kind: 'loss', name: 'loss' };
  if (t === 'D') return { kind: 'diagram', name: t, diagram: diagramD(model) };
  if (t === 'R') return { kind: 'diagram', name: t, diagram: diagramR(model, [Array.from({ length: model.nu }, (_, i) => i + 1)]) };
  const diagram = parseDiagram(t);
  checkDiagramForModel(model, diagram);
  return { kind: 'diagram', name: t, diagram };
}
