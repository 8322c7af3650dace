/**
 * canon/ — canonical labelling of diagrams by individualisation–refinement with automorphism
 * pruning (group order and generators), a key computed on the twin quotient, and a brute-force
 * reference. Kernels (kernel/) take typed arrays only. Imports: diagram/. Public (re-exported by
 * src/index.ts, with the types of their signatures): canonicalForm. The rest is internal
 * (gf-diagrams/internal and later stages); other folders import this folder only through this
 * file.
 */
export { canonicalForm, canonicalKey, type CanonicalForm } from './canonicalForm.js';
export { naiveCanonicalForm } from './naive.js';

export { formOfKey } from './canonicalForm.js';
export { diagramOfKey, edgeCountOfKey } from './classKey.js';
export { twinCanonicalKey, twinClassesOfRuns } from './twinKey.js';
export { mix32 } from './kernel/refine.js';
