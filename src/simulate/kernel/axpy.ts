/** y ← y + a·x over the first n entries. */
export function axpy(a: number, x: Float64Array, y: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) y[i] = y[i]! + a * x[i]!;
}

/** z ← y + a·x over the first n entries. */
export function axpyTo(a: number, x: Float64Array, y: Float64Array, z: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) z[i] = y[i]! + a * x[i]!;
}
