/**
 * Moments of a real Wishart matrix, E tr((UUᵀ)^k) for U an H×p matrix of i.i.d. N(0, 1), as a
 * polynomial in H and p: the expectation of the 2k-cycle C_2k (k H-nodes, k p-nodes, 2k edges
 * of one colour) up to the factor σ^{2k}.
 *
 * Method (zonal polynomials, the Jack polynomials J_λ at α = 2; Hanlon–Stanley–Stembridge 1992):
 *   p_k = Σ_{λ ⊢ k} (α k θ_λ / j_λ) J_λ,
 * with θ_λ = Π_{s ∈ λ, s ≠ (1,1)} (α a'(s) − l'(s)) the coefficient of the power sum p_k in J_λ
 * (Stanley 1989) and j_λ = Π_s (α a(s) + l(s) + 1)(α a(s) + l(s) + α) the norm of J_λ; for a
 * real Wishart matrix W = UUᵀ (Muirhead, Thm 7.2.7)
 *   E J_λ(W) = Π_s (p + 2a'(s) − l'(s)) · J_λ(1^H),   J_λ(1^H) = Π_s (H + 2a'(s) − l'(s)).
 * Here a(s), l(s) are the arm and leg of the cell s = (i, j) and a'(s) = j − 1, l'(s) = i − 1 its
 * co-arm and co-leg. Hence
 *   E tr(W^k) = Σ_{λ ⊢ k} c_λ f_λ(H) f_λ(p),   f_λ(x) = Π_s (x + 2a'(s) − l'(s)),
 *   c_λ = 2k θ_λ / j_λ,
 * a sum over the partitions of k (231 for k = 16) in exact rational arithmetic; the total has
 * integer coefficients. Symmetric in H and p, as it must be.
 */

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** The partitions of k (parts in non-increasing order). */
function partitions(k: number): number[][] {
  const out: number[][] = [];
  const parts: number[] = [];
  const rec = (rest: number, max: number): void => {
    if (rest === 0) {
      out.push([...parts]);
      return;
    }
    for (let part = Math.min(rest, max); part >= 1; part--) {
      parts.push(part);
      rec(rest - part, part);
      parts.pop();
    }
  };
  rec(k, k);
  return out;
}

/**
 * Coefficients of E tr((UUᵀ)^k): out[a][b] is the coefficient of H^a p^b (0 ≤ a, b ≤ k), for an
 * H×p matrix U with i.i.d. standard Gaussian entries. Computed once per k and kept.
 *
 * @example
 * ```ts
 * // E tr(W²) = Hp(H + p + 1) = Hp + Hp² + H²p
 * wishartTraceMoment(2); // [[0n, 0n, 0n], [0n, 1n, 1n], [0n, 1n, 0n]]
 * ```
 */
export function wishartTraceMoment(k: number): readonly (readonly bigint[])[] {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`wick: cycle half-length must be a positive integer, got ${k}`);
  let table = computed.get(k);
  if (!table) {
    table = compute(k);
    computed.set(k, table);
  }
  return table;
}

/** Tables already computed, by k (a few hundred BigInts each). */
const computed = new Map<number, readonly (readonly bigint[])[]>();

function compute(k: number): readonly (readonly bigint[])[] {
  // Σ_λ c_λ f_λ(H) f_λ(p) over the common denominator `den`.
  let num: bigint[][] = Array.from({ length: k + 1 }, () => new Array<bigint>(k + 1).fill(0n));
  let den = 1n;
  for (const lambda of partitions(k)) {
    const conj: number[] = [];
    for (let j = 0; j < lambda[0]!; j++) conj.push(lambda.filter((part) => part > j).length);
    let theta = 1n;
    let norm = 1n;
    // f_λ(x) = Π_s (x + 2a' − l'), coefficients by degree
    let f: bigint[] = [1n];
    for (let i = 0; i < lambda.length; i++) {
      for (let j = 0; j < lambda[i]!; j++) {
        const content = BigInt(2 * j - i);
        if (i > 0 || j > 0) theta *= content;
        const arm = lambda[i]! - j - 1;
        const leg = conj[j]! - i - 1;
        norm *= BigInt(2 * arm + leg + 1) * BigInt(2 * arm + leg + 2);
        const g = new Array<bigint>(f.length + 1).fill(0n);
        for (let a = 0; a < f.length; a++) {
          g[a + 1]! += f[a]!;
          g[a]! += content * f[a]!;
        }
        f = g;
      }
    }
    if (theta === 0n) continue;
    // add (2kθ / norm) f ⊗ f
    const c = 2n * BigInt(k) * theta;
    const g = gcd(den, norm);
    const scaleOld = norm / g;
    const scaleNew = den / g;
    if (scaleOld !== 1n) num = num.map((row) => row.map((x) => x * scaleOld));
    den *= scaleOld;
    for (let a = 0; a <= k; a++) {
      if (f[a] === 0n) continue;
      for (let b = 0; b <= k; b++) num[a]![b]! += c * scaleNew * f[a]! * f[b]!;
    }
  }
  return num.map((row) =>
    row.map((x) => {
      if (x % den !== 0n) throw new Error(`wick: non-integer Wishart moment coefficient for k = ${k}`);
      return x / den;
    }),
  );
}
