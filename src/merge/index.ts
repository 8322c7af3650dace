export { merge, mergeClasses, mergeClassesInto, orbitsOf } from './merge.js';
export { mergePowers } from './mergePowers.js';
export { mergeEdges } from './mergeEdges.js';
export { edgeOrbits, type EdgeOrbit } from './edgeOrbits.js';
export { DiagramSum, DiagramSumBuilder, compareTerms, type DiagramTerm, type IntTerm } from './diagramSum.js';
