/**
 * Loss and gradient of the CP model (paper eqs. f_F_def, loss) without forming the p^ν tensor.
 *
 * Layout: the weights are one Float64Array of `colours` row-major H×p matrices U_c
 * (`w[(c·H + k)·p + i] = u^{(c)}_{k,i}`); slot m (0-based) uses colour m in ASYM and colour 0 in
 * SYM. The target Σ_t c_t δ_{π_t} is packed as `coeff[t]`, `blockCount[t]` and
 * `slotBlock[t·ν + m]` (block of π_t containing slot m, blocks numbered 0..blockCount[t]−1).
 *
 * L = ½ Σ_{k,k'} Π_m G_m[k,k'] − Σ_t c_t Σ_k Π_{B∈π_t} S_{k,B} + ½‖F‖²   (eq. loss_D_R_decomposition)
 * with G_m = U_m U_mᵀ and S_{k,B} = Σ_i Π_{m∈B} u^{(m)}_{k,i}. The gradient of the first term
 * with respect to U_m is W_m U_m, W_m = ∘_{m'≠m} G_{m'} (Hadamard product); in SYM it is
 * ν G^{∘(ν−1)} U. Cost O(νH²p) for the products, O(νHp) per target pattern.
 *
 * With `blockRows` = b > 0 the H×H matrices are never held whole: rows k0…k0+b−1 of every G_m,
 * of the Hadamard products and of the gradient are computed a block at a time (memory O(colours·bH)
 * instead of O(colours·H²), at the price of full Gram rows instead of upper triangles). Every
 * entry is the same sum in the same order as without blocks, and the model term is summed over
 * the entries in the same row-major order, so both give the same bits.
 */
import { gram, multiplyABt, transpose } from './gemm.js';

/**
 * Returns L(w); when `wantGrad` is 1 also writes ∂L/∂w into `grad` (same layout as `w`).
 * Workspaces: `grams` (colours·H·H), `had` (H·H), `wt` (p·H), `rowBuf` (p), `blockSums` (ν).
 */
export function lossAndGradient(
  nu: number,
  sym: number,
  H: number,
  p: number,
  w: Float64Array,
  grad: Float64Array,
  wantGrad: number,
  termCount: number,
  coeff: Float64Array,
  slotBlock: Int32Array,
  blockCount: Int32Array,
  normF2: number,
  grams: Float64Array,
  had: Float64Array,
  wt: Float64Array,
  rowBuf: Float64Array,
  blockSums: Float64Array,
  blockRows = 0,
): number {
  const HH = H * H;
  const Hp = H * p;
  const colours = sym ? 1 : nu;
  // Model–model term ½ Σ_{k,k'} Π_m G_m[k,k'] and its gradient.
  let modelTerm = 0;
  if (blockRows > 0) {
    modelTerm = modelTermBlocked(nu, sym, H, p, w, grad, wantGrad, grams, had, wt, blockRows);
  } else {
    for (let c = 0; c < colours; c++) gram(w.subarray(c * Hp, (c + 1) * Hp), H, p, grams.subarray(c * HH, (c + 1) * HH));
    modelTerm = modelTermWhole(nu, sym, H, p, w, grad, wantGrad, grams, had, wt);
  }

  // Cross term Σ_t c_t Σ_k Π_B S_{k,B} and its gradient (subtracted).
  let cross = 0;
  for (let t = 0; t < termCount; t++) {
    const c = coeff[t]!;
    const nb = blockCount[t]!;
    const sb = t * nu;
    for (let k = 0; k < H; k++) {
      const rowOff = k * p;
      for (let b = 0; b < nb; b++) {
        for (let i = 0; i < p; i++) rowBuf[i] = 1;
        for (let m = 0; m < nu; m++) {
          if (slotBlock[sb + m] !== b) continue;
          const off = (sym ? 0 : m * Hp) + rowOff;
          for (let i = 0; i < p; i++) rowBuf[i] = rowBuf[i]! * w[off + i]!;
        }
        let s = 0;
        for (let i = 0; i < p; i++) s += rowBuf[i]!;
        blockSums[b] = s;
      }
      let prod = 1;
      for (let b = 0; b < nb; b++) prod *= blockSums[b]!;
      cross += c * prod;
      if (!wantGrad) continue;
      for (let b = 0; b < nb; b++) {
        let others = c;
        for (let b2 = 0; b2 < nb; b2++) if (b2 !== b) others *= blockSums[b2]!;
        for (let m = 0; m < nu; m++) {
          if (slotBlock[sb + m] !== b) continue;
          // rowBuf = Π_{m'∈B, m'≠m} u^{(m')}_{k,·}
          for (let i = 0; i < p; i++) rowBuf[i] = others;
          for (let m2 = 0; m2 < nu; m2++) {
            if (m2 === m || slotBlock[sb + m2] !== b) continue;
            const off = (sym ? 0 : m2 * Hp) + rowOff;
            for (let i = 0; i < p; i++) rowBuf[i] = rowBuf[i]! * w[off + i]!;
          }
          const goff = (sym ? 0 : m * Hp) + rowOff;
          for (let i = 0; i < p; i++) grad[goff + i] = grad[goff + i]! - rowBuf[i]!;
        }
      }
    }
  }
  return 0.5 * modelTerm - cross + 0.5 * normF2;
}

/**
 * SYM: had[e] = G[e]^{ν−1} for e < n, and `total` + Σ_e G[e]^ν added in order (the running sum
 * is passed in so that the blocked and whole kernels add in the same order).
 */
function powerHadamard(nu: number, grams: Float64Array, had: Float64Array, n: number, total: number): number {
  for (let e = 0; e < n; e++) {
    const g = grams[e]!;
    let h = g;
    for (let m = 2; m < nu; m++) h *= g;
    had[e] = h;
    total += h * g;
  }
  return total;
}

/** ASYM: had[e] = Π_{q≠m} G_q[e] for e < n, colour q's block starting at q·stride. */
function productExcept(nu: number, m: number, grams: Float64Array, stride: number, had: Float64Array, n: number): void {
  for (let e = 0; e < n; e++) {
    let h = 1;
    for (let q = 0; q < nu; q++) if (q !== m) h *= grams[q * stride + e]!;
    had[e] = h;
  }
}

/** The model term Σ_{k,k'} Π_m G_m[k,k'] from whole Gram matrices `grams`, and its gradient. Workspaces `had` H·H, `wt` p·H. */
function modelTermWhole(
  nu: number, sym: number, H: number, p: number, w: Float64Array, grad: Float64Array, wantGrad: number,
  grams: Float64Array, had: Float64Array, wt: Float64Array,
): number {
  const HH = H * H;
  const Hp = H * p;
  let modelTerm = 0;
  if (sym) {
    // had = G^{∘(ν−1)}
    modelTerm = powerHadamard(nu, grams, had, HH, modelTerm);
    if (wantGrad) {
      for (let e = 0; e < HH; e++) had[e] = nu * had[e]!;
      transpose(w, H, p, wt);
      multiplyABt(had, H, wt, p, H, grad, 0);
    }
  } else {
    for (let m = 0; m < nu; m++) {
      if (m > 0 && !wantGrad) break;
      // had = ∘_{m'≠m} G_{m'}
      productExcept(nu, m, grams, HH, had, HH);
      if (m === 0) for (let e = 0; e < HH; e++) modelTerm += had[e]! * grams[e]!;
      if (wantGrad) {
        transpose(w.subarray(m * Hp, (m + 1) * Hp), H, p, wt);
        multiplyABt(had, H, wt, p, H, grad.subarray(m * Hp, (m + 1) * Hp), 0);
      }
    }
  }
  return modelTerm;
}

/**
 * The model term Σ_{k,k'} Π_m G_m[k,k'] and (with `wantGrad`) its gradient written into `grad`, by
 * blocks of `b` rows. Workspaces: `grams` colours·b·H (rows of every G_m), `had` b·H, `wt`
 * colours·p·H (Uᵀ of every colour).
 */
function modelTermBlocked(
  nu: number, sym: number, H: number, p: number, w: Float64Array, grad: Float64Array, wantGrad: number,
  grams: Float64Array, had: Float64Array, wt: Float64Array, b: number,
): number {
  const Hp = H * p;
  const colours = sym ? 1 : nu;
  const bH = b * H;
  if (wantGrad) for (let c = 0; c < colours; c++) transpose(w.subarray(c * Hp, (c + 1) * Hp), H, p, wt.subarray(c * Hp, (c + 1) * Hp));
  let modelTerm = 0;
  for (let k0 = 0; k0 < H; k0 += b) {
    const kb = Math.min(b, H - k0);
    const n = kb * H;
    for (let c = 0; c < colours; c++) {
      const U = w.subarray(c * Hp, (c + 1) * Hp);
      multiplyABt(U.subarray(k0 * p, (k0 + kb) * p), kb, U, H, p, grams.subarray(c * bH, c * bH + n), 0);
    }
    if (sym) {
      modelTerm = powerHadamard(nu, grams, had, n, modelTerm);
      if (wantGrad) {
        for (let e = 0; e < n; e++) had[e] = nu * had[e]!;
        multiplyABt(had, kb, wt, p, H, grad.subarray(k0 * p, (k0 + kb) * p), 0);
      }
    } else {
      for (let m = 0; m < nu; m++) {
        if (m > 0 && !wantGrad) break;
        productExcept(nu, m, grams, bH, had, n);
        if (m === 0) for (let e = 0; e < n; e++) modelTerm += had[e]! * grams[e]!;
        if (wantGrad) multiplyABt(had, kb, wt.subarray(m * Hp, (m + 1) * Hp), p, H, grad.subarray(m * Hp + k0 * p, m * Hp + (k0 + kb) * p), 0);
      }
    }
  }
  return modelTerm;
}

/** R = Σ_i f_{i..i} = Σ_k Σ_i Π_m u^{(m)}_{k,i}, the trace of the model tensor (eq. rnuidtarget). */
export function diagonalSum(nu: number, sym: number, H: number, p: number, w: Float64Array): number {
  const Hp = H * p;
  let total = 0;
  for (let k = 0; k < H; k++) {
    for (let i = 0; i < p; i++) {
      let prod = 1;
      for (let m = 0; m < nu; m++) prod *= w[(sym ? 0 : m * Hp) + k * p + i]!;
      total += prod;
    }
  }
  return total;
}
