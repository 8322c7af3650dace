/**
 * diagram/ — the diagram value (a bipartite multigraph with coloured edges), the builders D_{2ν}
 * and R_π, text and JSON syntax, and the graphology boundary. Imports: model/. Public (re-exported
 * by src/index.ts, with the types of their signatures): makeDiagram, diagramD, diagramR,
 * parseDiagram, formatDiagram, diagramToJSON, diagramFromJSON, toGraph, fromGraph. The rest is
 * internal (gf-diagrams/internal and later stages); other folders import this folder only through
 * this file.
 */
export { makeDiagram, edgeCount, edgeList, colourCounts, type Diagram } from './diagram.js';
export { diagramD, diagramR } from './builders.js';
export { parseDiagram, formatDiagram, MAX_MULTIPLICITY } from './syntax.js';
export { diagramFromJSON, diagramToJSON, MAX_COLOUR, type DiagramJSON } from './json.js';
export { checkDiagramSize, MAX_DIAGRAM_NODES, MAX_DIAGRAM_EDGES } from './limits.js';
export { checkDiagramForModel } from './modelCheck.js';
export { toGraph, fromGraph, type DiagramGraph, type DiagramNodeAttributes, type DiagramEdgeAttributes } from './graph.js';

export { freezeDiagram, EDGE_STRIDE } from './diagram.js';
export { COLOUR_COUNT, MAX_NODE_PAIRS, packEdge, packedH, packedP, packedColour, unpackEdge, checkPackable } from './packedEdge.js';
