/**
 * A diagram given by the user checked against a model: its colours must be edge colours of the
 * model, 1..ν in ASYM and 1 in SYM (paper §3: colour m is the m-th slot of the tensor).
 */
import { InputError } from '../errors.js';
import { colourCount, type Model } from '../model/index.js';
import { EDGE_STRIDE, type Diagram } from './diagram.js';

/** Throw {@link InputError} when an edge colour of `d` is not a colour of `model`. */
export function checkDiagramForModel(model: Model, d: Diagram): void {
  const colours = colourCount(model);
  for (let e = 2; e < d.edges.length; e += EDGE_STRIDE) {
    const c = d.edges[e]! + 1;
    if (c > colours) {
      const allowed = model.scenario === 'sym' ? 'SYM has the single colour 1' : `ASYM with nu = ${model.nu} has colours 1..${model.nu}`;
      throw new InputError(`diagram: colour ${c} is not a colour of the model (${allowed})`);
    }
  }
}
