/**
 * Reading polynomials in p, H, σ² written by hand, e.g.
 * `1/2*p - p*H*sigma2 + 1/2*(p^2*H + p*H^2 + p*H)*sigma2^2`. The variable σ² is written `sigma2`
 * (aliases `s2`, `σ²`). Numbers are integers, decimals or scientific notation, read exactly;
 * `**` means `^`, and juxtaposition multiplies (`2p`, `p(H+1)`, `(p+1)(p-1)`).
 *
 * The text is parsed into a tree first and its size is bounded before anything is expanded:
 * every exponent, written or computed (`p^(2*500)`, `p^(10^9)`), must be an integer constant of
 * at most {@link MAX_EXPONENT}; the degree in each variable at most {@link MAX_DEGREE}; constants
 * at most {@link MAX_CONSTANT_BITS} bits; and the estimated work of the expansion (products of
 * terms, each operand counted at the number of monomials its degrees allow) at most
 * {@link MAX_EXPANSION_WORK}. Then the tree is expanded exactly with {@link Poly} arithmetic.
 */
import { InputError } from '../errors.js';
import { Poly } from './poly.js';
import { Rational } from './rational.js';

/** Largest exponent after `^`, written or computed (towers `a^b^c` need parentheses). */
export const MAX_EXPONENT = 256;

/** Largest degree of the expanded polynomial in each of p, H, σ². */
export const MAX_DEGREE = 4095;

/** Largest size in bits (numerator plus denominator) of a constant computed while reading. */
export const MAX_CONSTANT_BITS = 65_536;

/** Largest estimated number of term-by-term products of the expansion (a few seconds). */
export const MAX_EXPANSION_WORK = 2 ** 24;

const VARS = ['p', 'H', 'sigma2'] as const;
type Var = (typeof VARS)[number];

type Node =
  | { readonly k: 'num'; readonly value: Rational }
  | { readonly k: 'var'; readonly name: Var }
  | { readonly k: 'neg'; readonly a: Node }
  | { readonly k: '+' | '-' | '*' | '/' | '^'; readonly a: Node; readonly b: Node };

type Token = { readonly t: 'num' | 'id' | 'op'; readonly s: string; readonly at: number };

function tokenize(src: string, fail: (why: string) => never): Token[] {
  const out: Token[] = [];
  const re = /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(\*\*|[-+*/^()]))/y;
  let at = 0;
  while (at < src.length) {
    if (/^\s*$/.test(src.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(src);
    if (!m) fail(`unexpected character at position ${at + 1}`);
    const start = m.index + m[0].length - (m[1] ?? m[2] ?? m[3])!.length;
    if (m[1] !== undefined) out.push({ t: 'num', s: m[1], at: start });
    else if (m[2] !== undefined) out.push({ t: 'id', s: m[2], at: start });
    else out.push({ t: 'op', s: m[3] === '**' ? '^' : m[3]!, at: start });
    at = re.lastIndex;
  }
  return out;
}

function parse(tokens: Token[], text: string, fail: (why: string) => never): Node {
  let i = 0;
  const peek = () => tokens[i];
  const isOp = (s: string) => peek()?.t === 'op' && peek()!.s === s;
  const unknown: string[] = [];

  const expr = (): Node => {
    let a = term();
    while (isOp('+') || isOp('-')) {
      const op = tokens[i++]!.s as '+' | '-';
      a = { k: op, a, b: term() };
    }
    return a;
  };
  const term = (): Node => {
    let a = unary();
    for (;;) {
      if (isOp('*') || isOp('/')) {
        const op = tokens[i++]!.s as '*' | '/';
        a = { k: op, a, b: unary() };
      } else if (peek() && (peek()!.t !== 'op' || peek()!.s === '(')) {
        a = { k: '*', a, b: unary() }; // juxtaposition
      } else return a;
    }
  };
  const unary = (): Node => {
    if (isOp('-')) {
      i++;
      return { k: 'neg', a: unary() };
    }
    if (isOp('+')) {
      i++;
      return unary();
    }
    return power();
  };
  const power = (): Node => {
    const a = atom();
    if (!isOp('^')) return a;
    i++;
    const b = isOp('-') || isOp('+') ? unary() : atom();
    if (isOp('^')) throw new InputError(`formula: repeated exponent "^…^" in "${text}"; use parentheses`);
    return { k: '^', a, b };
  };
  const atom = (): Node => {
    const tok = tokens[i++];
    if (!tok) fail('unexpected end');
    if (tok.t === 'num') {
      const exp = /[eE]([+-]?\d+)$/.exec(tok.s);
      if (exp && Math.abs(Number(exp[1])) > 10_000) throw new InputError(`formula: the number "${tok.s}" is too large`);
      return { k: 'num', value: Rational.parse(tok.s) };
    }
    if (tok.t === 'id') {
      if ((VARS as readonly string[]).includes(tok.s)) return { k: 'var', name: tok.s as Var };
      if (!unknown.includes(tok.s)) unknown.push(tok.s);
      return { k: 'num', value: Rational.ONE };
    }
    if (tok.s === '(') {
      const e = expr();
      if (!isOp(')')) fail(peek() ? `expected ")" at position ${peek()!.at + 1}` : 'missing ")"');
      i++;
      return e;
    }
    fail(`unexpected "${tok.s}" at position ${tok.at + 1}`);
  };

  const tree = expr();
  if (i < tokens.length) fail(`unexpected "${tokens[i]!.s}" at position ${tokens[i]!.at + 1}`);
  if (unknown.length) throw new InputError(`formula: unknown variable(s) ${unknown.join(', ')} (use p, H, sigma2)`);
  return tree;
}

/** What is known of a subexpression before it is expanded. */
interface Bound {
  /** its value, when it is a constant */
  readonly c: Rational | null;
  /** degree bound in p, H, σ² */
  readonly deg: readonly [number, number, number];
  /** bounds of the total degree of its monomials */
  readonly low: number;
  readonly high: number;
  /** bound of its number of terms from how it is built (sums, products, powers of its parts) */
  readonly terms: number;
}

const bits = (x: bigint) => (x < 0n ? -x : x).toString(2).length;
const constantBits = (r: Rational) => bits(r.num) + bits(r.den);

/** #{(b, c) : 0 ≤ b ≤ B, 0 ≤ c ≤ C, b + c ≤ t}. */
function pairsUpTo(B: number, C: number, t: number): number {
  if (t < 0) return 0;
  const n = Math.min(B, t);
  let count = 0;
  const full = Math.min(n, t - C); // b ≤ t − C: c takes all C + 1 values
  if (full >= 0) count += (full + 1) * (C + 1);
  const lo = Math.max(0, t - C + 1);
  if (n >= lo) count += (n - lo + 1) * (t + 1) - ((lo + n) * (n - lo + 1)) / 2;
  return count;
}

/**
 * A bound of the number of terms: the monomials p^a H^b σ^{2c} with a, b, c within `deg` and
 * total degree in [low, high], and the bound from how the expression is built.
 */
function monomials(b: Bound): number {
  if (b.c !== null) return 1;
  const [dp, dH, ds] = b.deg;
  let n = 0;
  for (let a = 0; a <= dp; a++) n += pairsUpTo(dH, ds, b.high - a) - pairsUpTo(dH, ds, b.low - 1 - a);
  return Math.min(n, b.terms);
}

/** C(t + j − 1, j): the products of j terms chosen among t with repetition (a float, possibly Infinity). */
function multisets(t: number, j: number): number {
  let r = 1;
  for (let i = 1; i <= j && r < 2 ** 60; i++) r = (r * (t - 1 + i)) / i;
  return r;
}

/**
 * Bounds every node of the tree, refusing what is too large, and returns the bound of the root.
 * `work` accumulates the estimated term-by-term products of the expansion.
 */
function bound(tree: Node, text: string): Bound {
  let work = 0;
  const charge = (w: number) => {
    work += w;
    if (!(work <= MAX_EXPANSION_WORK)) {
      throw new InputError(`formula: expanding "${text}" is too large (estimated above ${MAX_EXPANSION_WORK} term products); expand it partly by hand`);
    }
  };
  const checkDegree = (b: Bound): Bound => {
    b.deg.forEach((d, v) => {
      if (d > MAX_DEGREE) throw new InputError(`formula: degree ${d} in ${VARS[v]} exceeds the limit of ${MAX_DEGREE}`);
    });
    return b;
  };
  const constant = (c: Rational): Bound => {
    if (constantBits(c) > MAX_CONSTANT_BITS) throw new InputError(`formula: a constant of "${text}" exceeds ${MAX_CONSTANT_BITS} bits`);
    return { c, deg: [0, 0, 0], low: 0, high: 0, terms: 1 };
  };
  const sizeCheckedProduct = (x: Rational, y: Rational): Rational => {
    if (constantBits(x) + constantBits(y) > MAX_CONSTANT_BITS + 2) throw new InputError(`formula: a constant of "${text}" exceeds ${MAX_CONSTANT_BITS} bits`);
    return x.mul(y);
  };
  const product = (x: Bound, y: Bound): Bound => {
    if (x.c !== null && y.c !== null) return constant(sizeCheckedProduct(x.c, y.c));
    const r = checkDegree({
      c: null,
      deg: [x.deg[0] + y.deg[0], x.deg[1] + y.deg[1], x.deg[2] + y.deg[2]],
      low: x.low + y.low,
      high: x.high + y.high,
      terms: monomials(x) * monomials(y),
    });
    charge(monomials(x) * monomials(y));
    return r;
  };
  const visit = (n: Node): Bound => {
    switch (n.k) {
      case 'num':
        return constant(n.value);
      case 'var':
        return { c: null, deg: [n.name === 'p' ? 1 : 0, n.name === 'H' ? 1 : 0, n.name === 'sigma2' ? 1 : 0], low: 1, high: 1, terms: 1 };
      case 'neg': {
        const a = visit(n.a);
        return a.c !== null ? constant(a.c.neg()) : a;
      }
      case '+':
      case '-': {
        const a = visit(n.a);
        const b = visit(n.b);
        if (a.c !== null && b.c !== null) return constant(n.k === '+' ? a.c.add(b.c) : a.c.sub(b.c));
        charge(monomials(a) + monomials(b));
        return {
          c: null,
          deg: [Math.max(a.deg[0], b.deg[0]), Math.max(a.deg[1], b.deg[1]), Math.max(a.deg[2], b.deg[2])],
          low: Math.min(a.low, b.low),
          high: Math.max(a.high, b.high),
          terms: monomials(a) + monomials(b),
        };
      }
      case '*':
        return product(visit(n.a), visit(n.b));
      case '/': {
        const a = visit(n.a);
        const b = visit(n.b);
        if (b.c === null) throw new InputError(`formula: "${text}" is not a polynomial in p, H, sigma2 (division by a non-constant)`);
        if (b.c.isZero()) throw new InputError(`formula: division by zero in "${text}"`);
        return a.c !== null ? constant(sizeCheckedProduct(a.c, Rational.ONE.div(b.c))) : a;
      }
      case '^': {
        const a = visit(n.a);
        const e = visit(n.b);
        if (e.c === null) throw new InputError(`formula: an exponent of "${text}" is not a constant`);
        if (!e.c.isInteger()) throw new InputError(`formula: "${text}" is not a polynomial in p, H, sigma2 (exponent ${e.c.toString()})`);
        const k = e.c.num;
        if (k > BigInt(MAX_EXPONENT) || -k > BigInt(MAX_EXPONENT)) throw new InputError(`formula: exponent ${k} exceeds the limit of ${MAX_EXPONENT}`);
        const K = Number(k);
        if (a.c !== null) {
          if (K < 0 && a.c.isZero()) throw new InputError(`formula: division by zero in "${text}"`);
          if (constantBits(a.c) * Math.abs(K) > MAX_CONSTANT_BITS + 2 * Math.abs(K)) throw new InputError(`formula: a constant of "${text}" exceeds ${MAX_CONSTANT_BITS} bits`);
          return constant(a.c.pow(K));
        }
        if (K < 0) throw new InputError(`formula: "${text}" is not a polynomial in p, H, sigma2 (exponent ${K})`);
        if (K === 0) return constant(Rational.ONE);
        const base = monomials(a);
        const power = (j: number): Bound => ({ c: null, deg: [a.deg[0] * j, a.deg[1] * j, a.deg[2] * j], low: a.low * j, high: a.high * j, terms: multisets(base, j) });
        const result = checkDegree(power(K));
        // expanded by repeated multiplication: a^j · a for j = 1 … K − 1
        for (let j = 1; j < K; j++) charge(monomials(power(j)) * base);
        return result;
      }
    }
  };
  return visit(tree);
}

function expand(n: Node): Poly {
  switch (n.k) {
    case 'num':
      return Poly.constant(n.value);
    case 'var':
      return Poly.monomial(1, n.name === 'p' ? 1 : 0, n.name === 'H' ? 1 : 0, n.name === 'sigma2' ? 1 : 0);
    case 'neg':
      return expand(n.a).scale(-1);
    case '+':
      return expand(n.a).add(expand(n.b));
    case '-':
      return expand(n.a).sub(expand(n.b));
    case '*':
      return expand(n.a).mul(expand(n.b));
    case '/':
      return expand(n.a).scale(Rational.ONE.div(expand(n.b).coeff(0, 0, 0)));
    case '^': {
      const a = expand(n.a);
      const K = Number(expand(n.b).coeff(0, 0, 0).num);
      if (K < 0) return Poly.constant(a.coeff(0, 0, 0).pow(K)); // a constant (checked by bound)
      let r = Poly.constant(1);
      for (let j = 0; j < K; j++) r = r.mul(a);
      return r;
    }
  }
}

/**
 * Parse a polynomial in p, H, sigma2 with rational coefficients; too large a request is refused
 * before it is expanded (module header). Throws {@link InputError}.
 *
 * @example
 * ```ts
 * parsePoly('(p+H)^2*sigma2/2').toString(); // "1/2*p^2*sigma2 + p*H*sigma2 + 1/2*H^2*sigma2"
 * ```
 */
export function parsePoly(text: string): Poly {
  const src = text.replace(/\bs2\b/g, 'sigma2').replace(/σ²|σ\^2/g, 'sigma2').trim();
  if (src === '') throw new InputError('formula: empty formula');
  if (/[^0-9A-Za-z_+\-*/^(). \t]/.test(src)) throw new InputError(`formula: unexpected character in "${text}"`);
  const fail = (why: string): never => {
    throw new InputError(`formula: cannot parse "${text}" (${why})`);
  };
  const tree = parse(tokenize(src, fail), text, fail);
  bound(tree, text);
  return expand(tree);
}
