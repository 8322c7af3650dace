/**
 * A formula → series compiler: a formula written by hand (e.g. `p/2 + exp(-4*t)*sqrt(1 + y*t)`)
 * is parsed by nerdamer into its expression tree (`nerdamer.tree`, no simplification) and the tree
 * is evaluated bottom-up as an exact truncated power series in the series variable, with the other
 * names as parameters of the coefficient ring. Supported: numbers (integers, decimals, a/b),
 * + − × ÷, ^ with a rational exponent (e^x is exp(x)), exp, log, sqrt, and n! / factorial(n) of a
 * non-negative integer. Anything else is refused with a one-line InputError.
 *
 * Divisions by series that vanish at t = 0 lose orders; the evaluation is repeated at a higher
 * working order until the result is known to the order asked for.
 */
import { InputError } from '../errors.js';
import { LaurentPoly, Rational, nerdamer, type NerdamerTreeNode, type RationalLike } from '../rational/index.js';
import { PowerSeries } from './powerSeries.js';
import { seriesExp, seriesLog, seriesPow, seriesSqrt } from './elementary.js';

export interface FormulaSeriesOptions {
  /** Truncation order N of the result (O(t^N)). */
  readonly order: number;
  /** Name of the series variable (default `t`); null for a formula without one. */
  readonly variable?: string | null;
  /** Names allowed as parameters of the coefficients, e.g. ['y', 'z']. */
  readonly parameters: readonly string[];
  /** Names bound to numbers, e.g. { s: 3 }. */
  readonly values?: Readonly<Record<string, RationalLike>>;
}

/** Largest integer exponent or factorial argument accepted in a formula. */
export const MAX_FORMULA_EXPONENT = 256;
/** Retries at a higher working order before giving up. */
const MAX_RETRIES = 4;

const FUNCTIONS = ['exp', 'log', 'sqrt', 'factorial'];
const TOKEN = /[A-Za-z_][A-Za-z0-9_]*|\d+\.?\d*|\.\d+/g;

/**
 * The formula as a series in the variable, to O(t^order).
 * @example
 * ```ts
 * formulaSeries('exp(-y*t)/(1 - t)', { order: 3, parameters: ['y'] }).toString(); // "1 + (1 - y)*t + (1 - y + 1/2*y^2)*t^2 + O(t^3)"
 * ```
 */
export function formulaSeries(text: string, opts: FormulaSeriesOptions): PowerSeries {
  const tree = parseFormula(text);
  const N = opts.order;
  if (!Number.isSafeInteger(N) || N < 0) throw new InputError(`formula: order must be a non-negative integer, got ${N}`);
  const ctx = context(text, opts);
  let working = N;
  for (let attempt = 0; ; attempt++) {
    const s = evaluate(tree, { ...ctx, order: working });
    if (s.order >= N) return s.truncate(N);
    if (attempt === MAX_RETRIES) throw new InputError(`formula: "${text}" is known only to O(${ctx.variable ?? 't'}^${s.order}) at working order ${working} (a division by a series vanishing to high order?)`);
    working += N - s.order;
  }
}

/**
 * The formula's value as a Laurent polynomial in the parameters (no series variable), e.g. a
 * conjectured s-th coefficient with s bound to a number.
 * @example
 * ```ts
 * formulaValue('(s+1)!*y^s/2', { parameters: ['y'], values: { s: 2 } }).toString(); // "3*y^2"
 * ```
 */
export function formulaValue(text: string, opts: { parameters: readonly string[]; values?: Readonly<Record<string, RationalLike>> }): LaurentPoly {
  return formulaSeries(text, { order: 1, variable: null, parameters: opts.parameters, values: opts.values }).coeff(0);
}

interface Context {
  text: string;
  variable: string | null;
  parameters: ReadonlySet<string>;
  values: ReadonlyMap<string, Rational>;
  order: number;
}

function context(text: string, opts: FormulaSeriesOptions): Omit<Context, 'order'> {
  const variable = opts.variable === undefined ? 't' : opts.variable;
  const values = new Map(Object.entries(opts.values ?? {}).map(([k, v]) => [k, Rational.parse(v)] as const));
  return { text, variable, parameters: new Set(opts.parameters), values };
}

/** The nerdamer expression tree, after checks nerdamer's tree builder does not make. */
function parseFormula(text: string): NerdamerTreeNode {
  const src = text.trim();
  if (src === '') throw new InputError('formula: empty formula');
  if (/[^0-9A-Za-z_+\-*/^().! \t]/.test(src)) throw new InputError(`formula: unexpected character in "${text}" (use + - * / ^ ( ) and names)`);
  if (/\^\s*[-+]/.test(src)) throw new InputError(`formula: put a signed exponent in parentheses, e.g. t^(-1), in "${text}"`);
  if (/\^\s*[\w.]+\s*\^/.test(src)) throw new InputError(`formula: repeated exponent "^…^" in "${text}"; use parentheses`);
  if (/(?:^|[^\w.])(?:\d+\.?\d*|\.\d+)[eE][+-]?\d/.test(src)) throw new InputError(`formula: scientific notation is not read in "${text}"; write e.g. 3/2*10^3`);
  const implicit = /([A-Za-z_][A-Za-z0-9_]*|\d+\.?\d*|\.\d+|\))\s*\(/g;
  for (const m of src.matchAll(implicit)) {
    if (!FUNCTIONS.includes(m[1]!)) throw new InputError(`formula: write * for a product in "${text}" (or an unsupported function ${m[1]}(…); use exp, log, sqrt)`);
  }
  let tree: NerdamerTreeNode;
  try {
    tree = nerdamer().tree(src);
  } catch (e) {
    throw new InputError(`formula: cannot parse "${text}" (${(e as Error).message.split('\n')[0]})`);
  }
  // nerdamer's tree silently drops what it cannot place (e.g. "t t"): every name and number of the
  // text must be a leaf or a function of the tree
  const count = (n: NerdamerTreeNode | undefined): number => {
    if (!n || typeof n !== 'object') return 0;
    const own = n.type === 'OPERATOR' ? 0 : (String(n.value).match(TOKEN) ?? []).length;
    return own + count(n.left) + count(n.right);
  };
  if (!tree || count(tree) !== (src.match(TOKEN) ?? []).length) throw new InputError(`formula: cannot parse "${text}" (write * between factors)`);
  return tree;
}

function evaluate(node: NerdamerTreeNode | undefined, ctx: Context): PowerSeries {
  if (!node || typeof node !== 'object') throw new InputError(`formula: incomplete expression in "${ctx.text}"`);
  if (node.type === 'VARIABLE_OR_LITERAL') return leaf(node.value, ctx);
  if (node.type === 'FUNCTION') return call(node, ctx);
  if (node.type !== 'OPERATOR') throw new InputError(`formula: cannot read "${node.value}" in "${ctx.text}"`);
  const { left, right } = node;
  switch (node.value) {
    case '+':
      return right ? evaluate(left, ctx).add(evaluate(right, ctx)) : evaluate(left, ctx);
    case '-':
      return right ? evaluate(left, ctx).sub(evaluate(right, ctx)) : evaluate(left, ctx).neg();
    case '*':
      return evaluate(left, ctx).mul(evaluate(right, ctx));
    case '/':
      return evaluate(left, ctx).div(evaluate(right, ctx));
    case '^': {
      if (left?.type === 'VARIABLE_OR_LITERAL' && left.value === 'e') return seriesExp(evaluate(right, ctx));
      const exponent = constantOf(right, ctx, 'an exponent');
      if (exponent.isInteger() && (exponent.num > BigInt(MAX_FORMULA_EXPONENT) || -exponent.num > BigInt(MAX_FORMULA_EXPONENT))) {
        throw new InputError(`formula: exponent ${exponent.toString()} exceeds the limit of ${MAX_FORMULA_EXPONENT}`);
      }
      return seriesPow(evaluate(left, ctx), exponent);
    }
    case '!':
      return PowerSeries.constant(factorial(constantOf(right ?? left, ctx, 'a factorial argument'), ctx), ctx.order);
    default:
      throw new InputError(`formula: unsupported operator "${node.value}" in "${ctx.text}"`);
  }
}

function leaf(value: string, ctx: Context): PowerSeries {
  if (/^(?:\d+\.?\d*|\.\d+)$/.test(value)) return PowerSeries.constant(Rational.parse(value), ctx.order);
  if (value === ctx.variable) return PowerSeries.variable(ctx.order);
  const bound = ctx.values.get(value);
  if (bound !== undefined) return PowerSeries.constant(bound, ctx.order);
  if (ctx.parameters.has(value)) return PowerSeries.constant(LaurentPoly.variable(value), ctx.order);
  const known = [...(ctx.variable ? [ctx.variable] : []), ...ctx.values.keys(), ...ctx.parameters].join(', ');
  if (value === 'e') throw new InputError(`formula: e is allowed only as e^(…) (exp) in "${ctx.text}"`);
  throw new InputError(`formula: unknown name "${value}" in "${ctx.text}" (use ${known})`);
}

function call(node: NerdamerTreeNode, ctx: Context): PowerSeries {
  const arg = node.right;
  if (!arg || (arg.type === 'OPERATOR' && arg.value === ',')) throw new InputError(`formula: ${node.value} takes one argument in "${ctx.text}"`);
  switch (node.value) {
    case 'exp':
      return seriesExp(evaluate(arg, ctx));
    case 'log':
      return seriesLog(evaluate(arg, ctx));
    case 'sqrt':
      return seriesSqrt(evaluate(arg, ctx));
    case 'factorial':
      return PowerSeries.constant(factorial(constantOf(arg, ctx, 'a factorial argument'), ctx), ctx.order);
    default:
      throw new InputError(`formula: unsupported function ${node.value} in "${ctx.text}" (use exp, log, sqrt, factorial)`);
  }
}

/** A subexpression that must be a rational number (exponents, factorial arguments). */
function constantOf(node: NerdamerTreeNode | undefined, ctx: Context, what: string): Rational {
  const symbolic = (n: NerdamerTreeNode | undefined): boolean =>
    !!n && typeof n === 'object' && ((n.type === 'VARIABLE_OR_LITERAL' && (n.value === ctx.variable || ctx.parameters.has(n.value))) || symbolic(n.left) || symbolic(n.right));
  if (symbolic(node)) throw new InputError(`formula: ${what} must be a rational number in "${ctx.text}"`);
  const s = evaluate(node, { ...ctx, order: 1 });
  const c = s.low < 0 ? null : s.coeff(0).constantValue();
  if (c === null) throw new InputError(`formula: ${what} must be a rational number in "${ctx.text}"`);
  return c;
}

function factorial(n: Rational, ctx: Context): Rational {
  if (!n.isInteger() || n.sign() < 0 || n.num > BigInt(MAX_FORMULA_EXPONENT)) {
    throw new InputError(`formula: factorial of ${n.toString()} (need an integer from 0 to ${MAX_FORMULA_EXPONENT}) in "${ctx.text}"`);
  }
  let f = 1n;
  for (let k = 2n; k <= n.num; k++) f *= k;
  return Rational.of(f);
}
