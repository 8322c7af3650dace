/** Messages between the explorer page and its worker. */
import type { ModelReport } from '../src/render/report/modelReport.js';

export interface Request {
  readonly nu: number;
  readonly scenario: string;
  readonly target: string;
  readonly order: number;
  /** largest s of the faces' limit series (leading-terms engine); ≤ order: the exact series */
  readonly limitOrder: number;
}

export type Reply =
  | { type: 'progress'; s: number; done: number; total: number; phase: 'merge' | 'wick'; limit: boolean }
  | { type: 'level'; s: number; entry: ModelReport['series'][number]; classes: number; front: ModelReport['fronts'][number]; ms: number }
  | { type: 'done'; report: ModelReport; ms: number }
  | { type: 'error'; message: string };
