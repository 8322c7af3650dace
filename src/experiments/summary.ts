/**
 * The summary paragraph of an experiment, written from the numbers of its result: the headline
 * statistic first, then sizes and integrator (read from the jobs), the further statistics, the
 * maximum relative deviation of every curve. It is a function of the results only (no timing), so
 * that a sharded run writes the same document as a single one.
 */
import { percent, sig } from './format.js';
import type { ExperimentResult, Statistic } from './types.js';

/** A statistic's value as the summary prints it ("0.12", "31/40", "4.3 %"; "—" for none). */
function formatValue(s: Statistic): string {
  if (s.value === null) return '—';
  if (s.unit === 'fraction') return `${s.count}/${s.of}`;
  if (s.unit === 'percent') return percent(s.value);
  return Number.isFinite(s.value) ? sig(s.value, 2) : String(s.value);
}

/** "text: value (theory: x)". */
function formatStatistic(s: Statistic): string {
  const theory = s.unit === 'fraction' ? `${s.theory === 1 ? 'all' : sig(s.theory, 2)}` : s.unit === 'percent' ? percent(s.theory) : sig(s.theory, 3);
  return `${s.text}: ${formatValue(s)} (theory: ${theory})`;
}

/** Per curve: "panel label: max relative deviation at t". */
function perCurve(r: Omit<ExperimentResult, 'summary'>): string[] {
  return r.panels.flatMap((pn) =>
    pn.kind !== 'curves'
      ? []
      : pn.series.flatMap((s) =>
          s.theory.map((th) => {
            const d = th.deviation;
            const which = s.theory.length > 1 ? ` [${th.formula}]` : '';
            const median = s.statistic === 'median' ? ' (median)' : '';
            return `${pn.id} ${s.label}${which}${median}: ${percent(d.maxRelative)} at t = ${d.at === null ? '—' : sig(d.at, 3)}`;
          }),
        ),
  );
}

/** The summary paragraph of a result. */
export function summaryParagraph(r: Omit<ExperimentResult, 'summary'>): string {
  const stats = r.statistics
    .map((s) => {
      const t = formatStatistic(s);
      return t.charAt(0).toUpperCase() + t.slice(1);
    })
    .join('. ');
  const curves = perCurve(r);
  const curveText = curves.length > 0 ? ` Max relative deviation of the mean over runs (or the median where marked) from theory, per curve over its plotted range: ${curves.join('; ')}.` : '';
  return (
    `${r.experiment} — ${formatStatistic(r.headline)}. ` +
    `${r.title} (${r.paper}); size ${r.size}: ${r.sizes}. Integrator: ${r.integrator}. ${r.timeNormalisation}. ` +
    (stats === '' ? '' : `${stats}.`) +
    curveText
  )
    .replace(/\s+/g, ' ')
    .trim();
}
