/**
 * The frontier as a chart (cost against weeks, each point a plan; frontier-plot.ts draws it with
 * Observable Plot, loaded when a frontier first shows) and as a table, the readable record of the
 * same points. Choosing a point makes its plan drive the timeline and the pathway.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FrontierData } from '../api/frontier-document.js';
import type { PlanData } from '../api/documents.js';
import { addWeeks, formatCost, formatDate, formatMonths, formatWeeks } from '../dates.js';
import type { FrontierPoint } from './frontier-plot.js';

/** Props of FrontierChart. */
export interface FrontierChartProps {
  frontier: FrontierData;
  start: string;
  /** The chosen point's index, or null when a plan card is chosen. */
  chosen: number | null;
  onChoose(index: number): void;
}

/** @returns "pays back in 3.2 months", or '' without a payback */
export function paybackText(plan: PlanData): string {
  const m = plan.paybackMonths;
  return m === null
    ? ''
    : `pays back in ${formatWeeks(m)} month${formatWeeks(m) === '1' ? '' : 's'}`;
}

const pointLabel = (plan: PlanData, i: number): string =>
  [
    `Plan ${i + 1}: ${formatWeeks(plan.totalWeeks)} weeks, ${formatCost(plan.totalCost)}`,
    paybackText(plan),
  ]
    .filter(Boolean)
    .join(', ');

/** @returns the chart and its table */
export function FrontierChart({ frontier, start, chosen, onChoose }: FrontierChartProps) {
  const host = useRef<HTMLDivElement>(null);
  // The drawing's listeners call the latest onChoose, not the one of the render that drew it.
  const choose = useRef(onChoose);
  choose.current = onChoose;
  const [failed, setFailed] = useState('');
  const plans = frontier.plans;
  useEffect(() => {
    const el = host.current;
    if (!el || plans.length === 0) return;
    const points: FrontierPoint[] = plans.map((p, i) => ({
      weeks: p.totalWeeks,
      cost: p.totalCost,
      label: pointLabel(p, i),
    }));
    let live = true;
    import('./frontier-plot.js')
      .then(({ drawFrontier }) => {
        if (!live) return;
        // Keep focus on the point the keyboard was on across the redraw.
        const focused = el.querySelector(':focus')?.getAttribute('data-point');
        drawFrontier(el, points, chosen ?? -1, Math.min(720, el.clientWidth || 640), (i) =>
          choose.current(i),
        );
        if (focused != null) el.querySelector<SVGElement>(`[data-point="${focused}"]`)?.focus();
      })
      .catch((e: unknown) => setFailed((e as Error).message));
    return () => {
      live = false;
    };
  }, [frontier, chosen]);

  if (!frontier.feasible || plans.length === 0) return null;
  return (
    <section aria-labelledby="frontier-heading" class="frontier">
      <h3 id="frontier-heading">Cost against time</h3>
      <p class="hint">
        Every plan here is the cheapest for its weeks; no other plan is both cheaper and faster
        {frontier.complete ? '' : ' (not proven whole: a plan may be missing between these)'}. Pick
        a point to open its plan.
      </p>
      {failed && <p role="alert">The chart could not be drawn: {failed}</p>}
      <div ref={host} class="frontier-chart" data-testid="frontier-chart" />
      <div class="table-scroll" tabIndex={0} role="region" aria-label="The frontier's plans">
        <table data-testid="frontier-table">
          <caption class="visually-hidden">The frontier's plans, fastest first</caption>
          <thead>
            <tr>
              <th scope="col">Plan</th>
              <th scope="col">Weeks</th>
              <th scope="col">Done</th>
              <th scope="col">Cost</th>
              <th scope="col">Payback</th>
              <th scope="col">Steps</th>
            </tr>
          </thead>
          <tbody>
            {plans.map((p, i) => (
              <tr key={i} class={chosen === i ? 'chosen' : ''} aria-current={chosen === i}>
                <th scope="row">{i + 1}</th>
                <td>{formatWeeks(p.totalWeeks)}</td>
                <td>{formatDate(addWeeks(start, p.totalWeeks))}</td>
                <td>{formatCost(p.totalCost)}</td>
                <td data-testid={`frontier-payback-${i}`}>
                  {p.paybackMonths === null ? '–' : formatMonths(p.paybackMonths)}
                </td>
                <td>{p.steps.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
