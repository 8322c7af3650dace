/**
 * merge/ — the merge ⋆ on diagrams and on linear combinations of diagram classes (the one class-sum
 * type, DiagramSum), and left-nested merge powers. Imports: rational/, diagram/, canon/. Public
 * (re-exported by src/index.ts, with the types of their signatures): merge, DiagramSum. The rest is
 * internal (gf-diagrams/internal and later stages); other folders import this folder only through
 * this file.
 */
export { merge } from './merge.js';
export { mergePowers } from './mergePowers.js';
export { DiagramSum, type DiagramTerm } from './diagramSum.js';

export { mergeClasses, mergeClassesInto, mergeTerms, orbitsOf } from './merge.js';
export { mergeEdges } from './mergeEdges.js';
export { edgeOrbits, type EdgeOrbit } from './edgeOrbits.js';
export { DiagramSumBuilder, type IntTerm } from './diagramSum.js';
