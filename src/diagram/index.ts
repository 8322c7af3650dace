/** Diagrams: the value type, the builders D and R, text/JSON syntax and the graphology boundary. */
export * from './diagram.js';
export * from './builders.js';
export { parseDiagram, formatDiagram, MAX_MULTIPLICITY } from './syntax.js';
export { diagramFromJSON, diagramToJSON, MAX_COLOUR, type DiagramJSON } from './json.js';
export { checkDiagramSize, MAX_DIAGRAM_NODES, MAX_DIAGRAM_EDGES } from './limits.js';
export { checkDiagramForModel } from './modelCheck.js';
export { toGraph, fromGraph, type DiagramGraph, type DiagramNodeAttributes, type DiagramEdgeAttributes } from './graph.js';
