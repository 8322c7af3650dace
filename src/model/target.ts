/**
 * Targets F = Σ_π c_π δ_π: linear combinations of delta patterns (set partitions of the slots
 * 1..ν, δ_π = 1 iff the indices in each block are equal). `identity` is the one-block pattern,
 * `zero` the empty combination (free evolution).
 *
 * Text syntax (whitespace ignored):
 *   target  := "identity" | "zero" | term (("+" | "-") term)*
 *   term    := [coeff "*"] pattern          coeff: integer, a/b or decimal
 *   pattern := ("{" slot ("," slot)* "}")+  the blocks must partition 1..ν
 * e.g. `{1,2}{3}`, `2*{1,2,3} - {1}{2}{3}`, `1/2*{1}{2}`.
 */
import { Rational } from '../rational/index.js';
import { InputError } from '../errors.js';
import { formatPartition, joinBlockCount, normalizePartition, type SetPartition } from './setPartition.js';

export interface PatternTerm {
  readonly coeff: Rational;
  readonly pattern: SetPartition;
}

export interface Target {
  /** Name as given by the user, normalised (`identity`, `zero` or the pattern expression). */
  readonly name: string;
  /** Nonzero terms with distinct patterns. */
  readonly terms: readonly PatternTerm[];
}

/** Parse and validate a target for order ν. Throws {@link InputError}. */
export function parseTarget(text: string, nu: number): Target {
  const src = text.replace(/\s+/g, '');
  if (src === '' ) throw new InputError('target: empty target');
  if (src === 'identity' || src === 'id') {
    return freeze('identity', [{ coeff: Rational.ONE, pattern: [Array.from({ length: nu }, (_, i) => i + 1)] }]);
  }
  if (src === 'zero' || src === '0') return freeze('zero', []);
  const terms = new Map<string, PatternTerm>();
  let i = 0;
  const fail = (why: string): never => {
    throw new InputError(`target: ${why} in "${text}"`);
  };
  while (i < src.length) {
    let sign = 1n;
    if (src[i] === '+' || src[i] === '-') {
      if (src[i] === '-') sign = -1n;
      i++;
    } else if (i > 0) fail(`expected + or - at position ${i + 1}`);
    let coeff = Rational.of(sign);
    const star = /^([0-9./]+)\*/.exec(src.slice(i));
    if (star) {
      try {
        coeff = coeff.mul(Rational.parse(star[1]!));
      } catch {
        fail(`bad coefficient "${star[1]}"`);
      }
      i += star[0].length;
    }
    const blocks: number[][] = [];
    while (src[i] === '{') {
      const close = src.indexOf('}', i);
      if (close < 0) fail('unclosed "{"');
      const inner = src.slice(i + 1, close);
      if (!/^\d+(,\d+)*$/.test(inner)) fail(`bad block "{${inner}}"`);
      blocks.push(inner.split(',').map(Number));
      i = close + 1;
    }
    if (blocks.length === 0) fail(`expected a pattern like {1,2}{3} at position ${i + 1}`);
    const seen = new Set<number>();
    for (const b of blocks) {
      for (const s of b) {
        if (s < 1 || s > nu) fail(`slot ${s} outside 1..${nu}`);
        if (seen.has(s)) fail(`slot ${s} appears twice`);
        seen.add(s);
      }
    }
    if (seen.size !== nu) fail(`pattern ${formatPartition(blocks)} is not a partition of 1..${nu}`);
    const pattern = normalizePartition(blocks);
    const key = formatPartition(pattern);
    const old = terms.get(key);
    terms.set(key, { pattern, coeff: old ? old.coeff.add(coeff) : coeff });
  }
  const list = [...terms.values()].filter((t) => !t.coeff.isZero());
  return freeze(formatTarget(list), list);
}

function freeze(name: string, terms: PatternTerm[]): Target {
  return Object.freeze({ name, terms: Object.freeze(terms.map((t) => Object.freeze(t))) });
}

/** Canonical text of a combination of patterns. */
export function formatTarget(terms: readonly PatternTerm[]): string {
  if (terms.length === 0) return 'zero';
  return terms
    .map((t, j) => {
      const a = t.coeff.abs();
      const sign = t.coeff.sign() < 0 ? '-' : j === 0 ? '' : '+';
      return `${sign}${a.equals(1) ? '' : `${a}*`}${formatPartition(t.pattern)}`;
    })
    .join(' ')
    .replace(/ ([+-])/g, ' $1 ');
}

/** ‖F‖² = Σ_{π,π'} c_π c_π' p^{#blocks(π∨π')}, as coefficients by power of p (index = power). */
export function targetNormSquared(target: Target, nu: number): Rational[] {
  const out: Rational[] = Array.from({ length: nu + 1 }, () => Rational.ZERO);
  for (const a of target.terms) {
    for (const b of target.terms) {
      const k = joinBlockCount(a.pattern, b.pattern, nu);
      out[k] = out[k]!.add(a.coeff.mul(b.coeff));
    }
  }
  return out;
}
