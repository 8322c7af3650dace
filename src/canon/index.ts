export { canonicalForm, canonicalKey, type CanonicalForm } from './canonicalForm.js';
export { naiveCanonicalForm } from './naive.js';
