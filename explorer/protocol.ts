/** Messages between the explorer page and its worker. */
import type { ModelReport } from '../src/render/report/modelReport.js';
import type { LimitTermJson } from '../src/render/report/reportHtml.js';

export interface Request {
  readonly nu: number;
  readonly scenario: string;
  readonly target: string;
  readonly order: number;
  /** largest s of the limit series (leading-terms engine); ≤ order: the exact series */
  readonly limitOrder: number;
  /** a scaling `H = y*p^(a), sigma2 = z*p^(b)` or a face label such as `B-C`; '' for none */
  readonly scaling: string;
}

/** Whose limit series a `limit` message continues: the typed scaling or a face of the regimes. */
export interface LimitSource {
  /** 'custom' or the face label */
  readonly key: string;
  readonly a: string;
  readonly b: string;
}

export type Reply =
  | { type: 'progress'; s: number; done: number; total: number; phase: 'merge' | 'wick'; limit: boolean }
  | { type: 'level'; s: number; entry: ModelReport['series'][number]; classes: number; front: ModelReport['fronts'][number]; ms: number }
  | { type: 'limit'; source: LimitSource; term: LimitTermJson; ms: number }
  | { type: 'done'; report: ModelReport; ms: number; custom: { source: LimitSource; series: LimitTermJson[] } | null; customNote: string | null }
  | { type: 'error'; message: string };
