/** Number formatting for summaries. */

/** A ratio as a percentage with two significant digits ("4.3 %", "37 %", "1200 %"), "—" when null. */
export function percent(x: number | null): string {
  if (x === null) return '—';
  const v = 100 * x;
  if (v >= 1e5) return `${v.toExponential(1)} %`;
  return `${v < 99.5 ? v.toPrecision(2) : v.toFixed(0)} %`;
}

/** A number with `digits` significant digits, without trailing zeros. */
export function sig(x: number, digits = 3): string {
  return String(Number(x.toPrecision(digits)));
}
