/**
 * merge/ — the merge ⋆ on diagrams and on linear combinations of diagram classes (the one
 * class-sum type, DiagramSum), and left-nested merge powers. Imports: rational/, diagram/, canon/.
 * Other folders import this folder only through this file.
 */
// public: re-exported by src/index.ts
export { merge } from './merge.js';
export { mergePowers } from './mergePowers.js';
export { DiagramSum, type DiagramTerm } from './diagramSum.js';

// internal: for later stages and 'gf-diagrams/internal'
export { mergeClasses, mergeClassesInto, mergeTerms, orbitsOf } from './merge.js';
export { mergeEdges } from './mergeEdges.js';
export { edgeOrbits, type EdgeOrbit } from './edgeOrbits.js';
export { DiagramSumBuilder, type IntTerm } from './diagramSum.js';
