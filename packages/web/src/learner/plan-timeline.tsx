/**
 * The chosen plan as a dated timeline: a table of steps, each with the sentence saying why it is there
 * (the API's explanation), the offers and renewals the plan pays (the readable record), and a drawing
 * of the same over the weeks (plan-gantt.tsx).
 */
import type { PlanData } from '../api/documents.js';
import { addWeeks, formatCost, formatDate, formatWeeks } from '../dates.js';
import { PlanGantt } from './plan-gantt.js';
import { PlanOffers } from './plan-offers.js';

/** Props of PlanTimeline. */
export interface PlanTimelineProps {
  plan: PlanData;
  start: string;
  /** The weekly hours budget. */
  hours: number;
}

/** @returns the timeline */
export function PlanTimeline({ plan, start, hours }: PlanTimelineProps) {
  // Why each step is there (the API's explanation), by the step's credential.
  const why = new Map((plan.explanation?.steps ?? []).map((r) => [r.credential.id, r.text]));
  return (
    <section
      aria-labelledby="timeline-heading"
      class="timeline"
      data-testid="timeline"
      data-total-cost={plan.totalCost}
      data-total-weeks={plan.totalWeeks}
    >
      <h3 id="timeline-heading">Timeline</h3>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Steps and dates">
        <table data-testid="timeline-table">
          <caption class="visually-hidden">Steps of the plan with their dates</caption>
          <thead>
            <tr>
              <th scope="col">Step, and why</th>
              <th scope="col">Starts</th>
              <th scope="col">Ends</th>
              <th scope="col">Cost</th>
              <th scope="col">Hours a week</th>
            </tr>
          </thead>
          <tbody>
            {plan.steps.map((s) => {
              const span = s.endWeek - s.startWeek;
              const perWeek =
                s.credential.effortHours && span > 0 ? s.credential.effortHours / span : null;
              return (
                <tr key={s.credential.id} data-step={s.credential.id}>
                  <th scope="row">
                    {s.credential.name}
                    <span class="option-meta">
                      {s.credential.provider ? ` ${s.credential.provider.name}` : ''}
                    </span>
                    {why.has(s.credential.id) && (
                      <span class="why">
                        <span class="visually-hidden">Why: </span>
                        <span class="why-text">{why.get(s.credential.id)}</span>
                      </span>
                    )}
                  </th>
                  <td>{formatDate(addWeeks(start, s.startWeek))}</td>
                  <td>{formatDate(addWeeks(start, s.endWeek))}</td>
                  <td>{formatCost(s.cost)}</td>
                  <td>{perWeek === null ? '–' : formatWeeks(perWeek)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <PlanOffers plan={plan} start={start} />
      <PlanGantt plan={plan} start={start} hours={hours} />
    </section>
  );
}
