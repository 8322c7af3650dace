/**
 * What the explorer's scaling field accepts: a scaling `H = y*p^(a), sigma2 = z*p^(b)` (the syntax
 * of `gfd limit --scaling`) or the label of a face of the regimes (`A`, `B-C`, …); empty for none.
 */
import { parseScaling, type Scaling } from '../src/asymptotics/index.js';
import { InputError } from '../src/errors.js';

export type ScalingInput = { kind: 'scaling'; scaling: Scaling } | { kind: 'face'; face: string } | null;

const FACE = /^([A-E])(?:\s*[-–]\s*([A-E]))?$/i;

/** Parse the field; throws {@link InputError} with a message fit to show beside it. */
export function parseScalingInput(text: string): ScalingInput {
  const t = text.trim();
  if (t === '') return null;
  const face = FACE.exec(t);
  if (face) return { kind: 'face', face: face[2] ? `${face[1]!.toUpperCase()}-${face[2].toUpperCase()}` : face[1]!.toUpperCase() };
  try {
    return { kind: 'scaling', scaling: parseScaling(t) };
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.message.replace(/^--scaling: /, ''));
    throw e;
  }
}
