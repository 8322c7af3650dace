/** Stirling numbers of the second kind S(i, j), 0 ≤ j ≤ i ≤ n: θ^i = Σ_j S(i, j) x^j (d/dx)^j. */
export function stirlingSecondKind(n: number): bigint[][] {
  const S: bigint[][] = [[1n]];
  for (let i = 1; i <= n; i++) {
    const row = new Array<bigint>(i + 1).fill(0n);
    for (let j = 1; j <= i; j++) row[j] = (S[i - 1]![j - 1] ?? 0n) + BigInt(j) * (S[i - 1]![j] ?? 0n);
    S.push(row);
  }
  return S;
}
