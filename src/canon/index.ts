/**
 * canon/ — canonical labelling of diagrams by individualisation–refinement with automorphism
 * pruning (group order and generators), and a brute-force reference. Imports: diagram/.
 * Kernels (kernel/) take typed arrays only. Other folders import this folder only through this file.
 */
// public: re-exported by src/index.ts
export { canonicalForm, canonicalKey, type CanonicalForm } from './canonicalForm.js';
export { naiveCanonicalForm } from './naive.js';

// internal: for later stages and 'gf-diagrams/internal'
export { formOfKey } from './canonicalForm.js';
export { diagramOfKey, edgeCountOfKey } from './classKey.js';
