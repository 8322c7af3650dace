export { merge, mergeClasses, orbitsOf } from './merge.js';
export { mergeEdges } from './mergeEdges.js';
export { edgeOrbits, type EdgeOrbit } from './edgeOrbits.js';
export { DiagramSum, type DiagramTerm } from './diagramSum.js';
