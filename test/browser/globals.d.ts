/** What the explorer page exposes to the tests (explorer/main.ts). */
interface Window {
  explorer: {
    timing: { started: number; levels: number[]; done: number | null } | null;
    report: { series: { s: number; terms: { coeff: string; p: number; H: number; sigma2: number }[] }[] } | null;
  };
}
