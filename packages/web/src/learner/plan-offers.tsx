/**
 * The offers a plan takes and the renewals it pays, as lists a screen reader and a phone read (the
 * drawing in plan-gantt.tsx shows the same as bars and marks). Nothing when the plan has neither.
 */
import type { PlanData } from '../api/documents.js';
import { addWeeks, formatCost, formatDate } from '../dates.js';
import { offerLabel } from './plan-gantt.js';

/** Props of PlanOffers. */
export interface PlanOffersProps {
  plan: PlanData;
  start: string;
}

/** @returns the lists, or nothing */
export function PlanOffers({ plan, start }: PlanOffersProps) {
  const renewals = plan.renewals;
  return (
    <>
      {plan.offers.length > 0 && (
        <ul class="plan-offers" aria-label="Offers the plan takes" data-testid="plan-offers">
          {plan.offers.map((o) => (
            <li key={o.offer} data-offer={o.offer}>
              {offerLabel(o)} ({formatDate(addWeeks(start, o.startWeek))} to{' '}
              {formatDate(addWeeks(start, o.endWeek))})
            </li>
          ))}
        </ul>
      )}
      {renewals.length > 0 && (
        <ul class="plan-offers" aria-label="Renewals" data-testid="plan-renewals">
          {renewals.map((r) => (
            <li key={`${r.credential.id}@${r.dueDate}`} data-renewal={r.credential.id}>
              Renew {r.credential.name} by {formatDate(r.dueDate)}
              {r.by
                ? `: earn ${r.by.name}`
                : `: ${formatCost(r.cost)}${r.effortHours ? `, ${r.effortHours} h of continuing education` : ''}`}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
