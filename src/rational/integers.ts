/** Greatest common divisor and least common multiple of BigInts (results non-negative). */
export function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function lcm(a: bigint, b: bigint): bigint {
  if (a === 0n || b === 0n) return 0n;
  const m = (a / gcd(a, b)) * b;
  return m < 0n ? -m : m;
}
