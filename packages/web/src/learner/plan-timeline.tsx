/**
 * The chosen plan as a dated timeline: a table of steps (the readable record) and a drawing of the
 * steps as bars over the weeks with the study hours of each week beneath, against the weekly budget.
 */
import type { PlanData } from '../api/documents.js';
import { addWeeks, formatCost, formatDate, formatWeeks } from '../dates.js';
import { weeklyHours } from './weekly-hours.js';

/** Props of PlanTimeline. */
export interface PlanTimelineProps {
  plan: PlanData;
  start: string;
  /** The weekly hours budget. */
  hours: number;
}

const W = 720;
const LABEL = 0;
const ROW = 22;
const HOURS_H = 80;

/** @returns the timeline */
export function PlanTimeline({ plan, start, hours }: PlanTimelineProps) {
  const weeks = Math.max(1, Math.ceil(plan.totalWeeks));
  const load = weeklyHours(plan.steps, weeks);
  const peak = Math.max(hours, ...load);
  const x = (week: number) => LABEL + (week / weeks) * (W - LABEL);
  const barsH = plan.steps.length * ROW;
  const height = barsH + HOURS_H + 30;
  const y0 = barsH + 20;
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
              <th scope="col">Step</th>
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
      {plan.steps.length > 0 && (
        <svg
          viewBox={`0 0 ${W} ${height}`}
          role="img"
          aria-label={`Gantt chart of ${plan.steps.length} steps over ${weeks} weeks, with study hours per week (peak ${formatWeeks(Math.max(0, ...load))} of ${hours} allowed)`}
          class="gantt"
        >
          {plan.steps.map((s, i) => (
            <g key={s.credential.id}>
              <rect
                x={x(s.startWeek)}
                y={i * ROW + 2}
                width={Math.max(2, x(s.endWeek) - x(s.startWeek))}
                height={ROW - 6}
                class="bar"
              />
              <text
                x={Math.min(x(s.startWeek) + 4, W - 200)}
                y={i * ROW + ROW - 8}
                class="bar-label"
              >
                {s.credential.name}
              </text>
            </g>
          ))}
          {load.map((h, w) => (
            <rect
              key={w}
              x={x(w) + 0.5}
              y={y0 + HOURS_H - (h / peak) * HOURS_H}
              width={Math.max(0.5, x(w + 1) - x(w) - 1)}
              height={(h / peak) * HOURS_H}
              class="hours"
            />
          ))}
          <line
            x1={0}
            x2={W}
            y1={y0 + HOURS_H - (hours / peak) * HOURS_H}
            y2={y0 + HOURS_H - (hours / peak) * HOURS_H}
            class="budget"
          />
          <text x={4} y={y0 - 4} class="axis">
            hours a week (line: {hours} allowed)
          </text>
          <text x={4} y={height - 2} class="axis">
            {formatDate(start)}
          </text>
          <text x={W - 4} y={height - 2} class="axis" text-anchor="end">
            {formatDate(addWeeks(start, plan.totalWeeks))}
          </text>
        </svg>
      )}
    </section>
  );
}
