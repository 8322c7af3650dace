/**
 * A CP learning problem packed into typed arrays for the simulator kernels: order ν, scenario,
 * sizes p and H, the target Σ_t c_t δ_{π_t} (coefficients as floats) and ‖F‖², plus the
 * workspaces the kernels need. Weights live in one Float64Array of `colours` row-major H×p
 * matrices, `w[(c·H + k)·p + i] = u^{(c)}_{k,i}` (colours = ν in ASYM, 1 in SYM).
 */
import { colourCount, type Model, blockOf, targetNormSquared } from '../model/index.js';
import { diagonalSum, lossAndGradient } from './kernel/lossGradient.js';

/** Plain-data description of a problem (structured-clone safe, e.g. for worker threads). */
export interface ProblemSpec {
  readonly nu: number;
  readonly sym: boolean;
  /** Number of weight matrices: ν in ASYM, 1 in SYM ({@link colourCount}). */
  readonly colours: number;
  readonly p: number;
  readonly H: number;
  /** c_t as floats. */
  readonly coeff: readonly number[];
  /** Block of slot m in pattern t at index t·ν + m. */
  readonly slotBlock: readonly number[];
  /** Number of blocks of pattern t. */
  readonly blockCount: readonly number[];
  /** ‖F‖² = Σ_{t,t'} c_t c_t' p^{#blocks(π_t ∨ π_t')}, in floating point. */
  readonly normF2: number;
  /**
   * 0: the H×H Gram matrices are held whole; b > 0: they are computed b rows at a time and never
   * held whole (the same bits, memory O(colours·bH), full rows instead of upper triangles).
   */
  readonly blockRows: number;
}

/** Above this many Gram entries (colours + 1)·H² (2^26 doubles, 512 MiB), the products go by blocks of rows. */
export const GRAM_BLOCK_ABOVE = 2 ** 26;

/** Rows per block when the Gram matrices are not held whole. */
export const GRAM_BLOCK_ROWS = 256;

export interface Problem extends ProblemSpec {
  /** Number of weights: colours·H·p. */
  readonly size: number;
  readonly coeffArr: Float64Array;
  readonly slotBlockArr: Int32Array;
  readonly blockCountArr: Int32Array;
  readonly grams: Float64Array;
  readonly had: Float64Array;
  readonly wt: Float64Array;
  readonly rowBuf: Float64Array;
  readonly blockSums: Float64Array;
}

/**
 * Pack a model at sizes p, H (no validation of p, H beyond what the kernels need). `blockRows`
 * overrides the choice between whole Gram matrices (0) and blocks of rows (by default: blocks of
 * {@link GRAM_BLOCK_ROWS} when (colours + 1)·H² > {@link GRAM_BLOCK_ABOVE}).
 */
export function problemSpec(model: Model, p: number, H: number, blockRows?: number): ProblemSpec {
  const nu = model.nu;
  const terms = model.target.terms;
  const norm = targetNormSquared(model.target, nu);
  let normF2 = 0;
  for (let k = norm.length - 1; k >= 0; k--) normF2 = normF2 * p + norm[k]!.toNumber();
  const colours = colourCount(model);
  return {
    nu,
    sym: model.scenario === 'sym',
    colours,
    p,
    H,
    coeff: terms.map((t) => t.coeff.toNumber()),
    slotBlock: terms.flatMap((t) => blockOf(t.pattern, nu)),
    blockCount: terms.map((t) => t.pattern.length),
    normF2,
    blockRows: blockRows ?? ((colours + 1) * H * H > GRAM_BLOCK_ABOVE ? Math.min(GRAM_BLOCK_ROWS, H) : 0),
  };
}

/** Allocate the typed arrays and workspaces of a problem. */
export function makeProblem(spec: ProblemSpec): Problem {
  const { nu, colours, p, H, blockRows } = spec;
  const rows = blockRows > 0 ? blockRows : H;
  return {
    ...spec,
    size: colours * H * p,
    coeffArr: Float64Array.from(spec.coeff),
    slotBlockArr: Int32Array.from(spec.slotBlock),
    blockCountArr: Int32Array.from(spec.blockCount),
    grams: new Float64Array(colours * rows * H),
    had: new Float64Array(rows * H),
    wt: new Float64Array((blockRows > 0 ? colours : 1) * p * H),
    rowBuf: new Float64Array(p),
    blockSums: new Float64Array(nu),
  };
}

/**
 * L(w) (paper eq. loss); when `grad` is given, also writes ∂L/∂w into it. Floating point: L is
 * ½‖f‖² − ⟨f, F⟩ + ½‖F‖² evaluated separately, so its absolute error is about 1e−16 times
 * ‖f‖² + ‖F‖² (a loss far below that, e.g. after convergence, is rounding noise).
 *
 * @example
 * ```ts
 * const pb = makeProblem(problemSpec(makeModel({ nu: 2, scenario: 'sym' }), 1, 1));
 * // p = H = 1, u = 2: L = ½(u² − 1)² = ½(2² − 1)²
 * loss(pb, Float64Array.of(2)); // 4.5
 * ```
 */
export function loss(pb: Problem, w: Float64Array, grad?: Float64Array): number {
  return lossAndGradient(
    pb.nu, pb.sym ? 1 : 0, pb.H, pb.p, w, grad ?? pb.rowBuf, grad ? 1 : 0,
    pb.coeffArr.length, pb.coeffArr, pb.slotBlockArr, pb.blockCountArr, pb.normF2,
    pb.grams, pb.had, pb.wt, pb.rowBuf, pb.blockSums, pb.blockRows,
  );
}

/** R(w) = Σ_i f_{i..i}, the model's diagonal sum. */
export function diagonal(pb: Problem, w: Float64Array): number {
  return diagonalSum(pb.nu, pb.sym ? 1 : 0, pb.H, pb.p, w);
}
