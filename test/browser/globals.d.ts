/** What the explorer page exposes to the tests (explorer/main.ts). */
type LimitTermShown = { s: number; exponent: string | null; terms: { coeff: string; y: number; z: number }[] };
interface Window {
  explorer: {
    timing: { started: number; levels: number[]; limits: Record<string, number[]>; done: number | null } | null;
    report: {
      series: { s: number; terms: { coeff: string; p: number; H: number; sigma2: number }[] }[];
      regimes: { faces: { face: string; limit: { series: LimitTermShown[] } | null }[] } | null;
    } | null;
    limits: Record<string, { source: { key: string; a: string; b: string }; series: LimitTermShown[] }>;
  };
}
