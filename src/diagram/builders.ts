/**
 * The diagrams of the loss (paper eq. loss_D_R_decomposition): L = ½D_{2ν} − R + ½‖F‖².
 */
import type { Model, SetPartition } from '../model/index.js';
import { makeDiagram, type Diagram } from './diagram.js';

/** Colour of slot m (1-based) in a model: m−1 in ASYM, 0 in SYM. */
function slotColour(model: Model, slot: number): number {
  return model.scenario === 'sym' ? 0 : slot - 1;
}

/**
 * D_{2ν} (paper Fig. 1a): two H-nodes, ν p-nodes; p-node m joined to both H-nodes by
 * colour-m edges.
 */
export function diagramD(model: Model): Diagram {
  const edges: [number, number, number][] = [];
  for (let m = 1; m <= model.nu; m++) {
    const c = slotColour(model, m);
    edges.push([0, m - 1, c], [1, m - 1, c]);
  }
  return makeDiagram(2, model.nu, edges);
}

/**
 * R for a delta pattern π (paper eq. rnuidtarget for the identity π = {1..ν}): one H-node, one
 * p-node per block, and the edge of slot m (colour m) going to the block containing m.
 */
export function diagramR(model: Model, pattern: SetPartition): Diagram {
  const edges: [number, number, number][] = [];
  pattern.forEach((block, j) => {
    for (const m of block) edges.push([0, j, slotColour(model, m)]);
  });
  edges.sort((a, b) => a[2] - b[2] || a[1] - b[1]);
  return makeDiagram(1, pattern.length, edges);
}
