/**
 * The chosen plan drawn over the weeks: each step as a bar, each offer the plan takes as a bar under
 * the steps (its span and cost), each renewal as a mark on its due date (at the right edge when due
 * after the plan's weeks), and the study hours of each
 * week beneath against the weekly budget. The timeline's tables are the readable record of the same.
 */
import type { PlanData } from '../api/documents.js';
import { addWeeks, formatCost, formatDate, formatWeeks, weeksBetween } from '../dates.js';
import { weeklyHours } from './weekly-hours.js';

/** Props of PlanGantt. */
export interface PlanGanttProps {
  plan: PlanData;
  start: string;
  /** The weekly hours budget. */
  hours: number;
}

const W = 720;
const ROW = 22;
const HOURS_H = 80;

/** @returns e.g. "Offer sub-monthly: $120 for 3 periods, weeks 0–12" */
export function offerLabel(o: PlanData['offers'][number]): string {
  const periods = `${o.periods} period${o.periods === 1 ? '' : 's'}`;
  return `Offer ${o.offer}: ${formatCost(o.cost)} for ${periods}, weeks ${formatWeeks(o.startWeek)}–${formatWeeks(o.endWeek)}`;
}

/** @returns the short label the drawing gives an offer's bar, e.g. "sub-monthly: $120" (fits a phone) */
export function offerShort(o: PlanData['offers'][number]): string {
  return `${o.offer}: ${formatCost(o.cost)}`;
}

/** @returns the drawing, or nothing for a plan without steps */
export function PlanGantt({ plan, start, hours }: PlanGanttProps) {
  if (plan.steps.length === 0) return null;
  const renewals = plan.renewals.map((r) => ({
    ...r,
    week: weeksBetween(start, r.dueDate),
  }));
  // The weeks of the plan and its offers; a renewal due later is marked at the right edge (its
  // label gives the date), so one due years on does not squeeze the plan into a sliver.
  const end = Math.max(plan.totalWeeks, ...plan.offers.map((o) => o.endWeek));
  const weeks = Math.max(1, Math.ceil(end));
  const load = weeklyHours(plan.steps, weeks);
  const peak = Math.max(hours, ...load);
  const x = (week: number) => Math.min(W, Math.max(0, (week / weeks) * W));
  const markX = (week: number) => Math.min(W - 7, x(week));
  const offersY = plan.steps.length * ROW;
  const barsH = offersY + plan.offers.length * ROW;
  const height = barsH + HOURS_H + 30;
  const y0 = barsH + 20;
  const label = (at: number) => Math.min(x(at) + 4, W - 200);
  const marks = renewals.length
    ? `, ${renewals.length} renewal${renewals.length === 1 ? '' : 's'}`
    : '';
  return (
    <svg
      viewBox={`0 0 ${W} ${height}`}
      role="img"
      aria-label={`Gantt chart of ${plan.steps.length} steps and ${plan.offers.length} offers over ${weeks} weeks${marks}, with study hours per week (peak ${formatWeeks(Math.max(0, ...load))} of ${hours} allowed)`}
      class="gantt"
      data-testid="gantt"
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
          <text x={label(s.startWeek)} y={i * ROW + ROW - 8} class="bar-label">
            {s.credential.name}
          </text>
        </g>
      ))}
      {plan.offers.map((o, i) => (
        <g
          key={o.offer}
          class="offer"
          data-offer={o.offer}
          data-start-week={o.startWeek}
          data-end-week={o.endWeek}
          data-cost={o.cost}
        >
          <rect
            x={x(o.startWeek)}
            y={offersY + i * ROW + 2}
            width={Math.max(2, x(o.endWeek) - x(o.startWeek))}
            height={ROW - 6}
            class="offer-bar"
          />
          <text x={label(o.startWeek)} y={offersY + i * ROW + ROW - 8} class="bar-label">
            {offerShort(o)}
          </text>
          <title>{offerLabel(o)}</title>
        </g>
      ))}
      {renewals.map((r) => (
        <g
          key={`${r.credential.id}@${r.dueDate}`}
          class="renewal"
          data-renewal={r.credential.id}
          data-due-date={r.dueDate}
        >
          <line x1={markX(r.week)} x2={markX(r.week)} y1={0} y2={barsH} class="renewal-mark" />
          <path d={`M${markX(r.week)} ${barsH - 8} l6 6 l-6 6 l-6 -6 z`} class="renewal-mark" />
          <text x={Math.max(4, markX(r.week) - 8)} y={barsH + 14} class="axis" text-anchor="end">
            {r.week > weeks ? 'later: ' : ''}renew {r.credential.name} {formatDate(r.dueDate)}
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
  );
}
