/**
 * The cheapest and the fastest plan side by side, as a radio group: the one chosen drives the
 * timeline and the pathway below.
 */
import type { PlanData } from '../api/documents.js';
import { addWeeks, formatCost, formatDate, formatWeeks } from '../dates.js';
import type { Chosen } from '../state/query-state.js';
import { paybackText } from './frontier-chart.js';

/** Props of PlanSummary. */
export interface PlanSummaryProps {
  plans: { cheapest: PlanData; fastest: PlanData };
  start: string;
  /** A card, or a frontier point (then no card is checked). */
  chosen: Chosen;
  onChoose(which: 'cheapest' | 'fastest'): void;
}

/** @returns the two plan cards */
export function PlanSummary({ plans, start, chosen, onChoose }: PlanSummaryProps) {
  return (
    <fieldset class="plans">
      <legend>Plans to {plans.cheapest.target.name}</legend>
      {(['cheapest', 'fastest'] as const).map((which) => {
        const plan = plans[which];
        return (
          <label
            key={which}
            class={`plan-card${chosen === which ? ' chosen' : ''}`}
            data-testid={`plan-${which}`}
          >
            <input
              type="radio"
              name="chosen-plan"
              value={which}
              checked={chosen === which}
              onChange={() => onChoose(which)}
            />
            <span class="plan-title">{which === 'cheapest' ? 'Cheapest' : 'Fastest'}</span>
            {plan.feasible ? (
              <span class="plan-figures">
                <span data-testid={`${which}-cost`} data-value={plan.totalCost}>
                  {formatCost(plan.totalCost)}
                </span>
                {' · '}
                <span data-testid={`${which}-weeks`} data-value={plan.totalWeeks}>
                  {formatWeeks(plan.totalWeeks)} weeks
                </span>
                {' · done '}
                {formatDate(addWeeks(start, plan.totalWeeks))}
                {' · '}
                {plan.steps.length} step{plan.steps.length === 1 ? '' : 's'}
                {plan.optimal ? ' · proven optimal' : ' · best found (not proven)'}
                {plan.paybackMonths !== null && (
                  <>
                    {' · '}
                    <span data-testid={`${which}-payback`} data-value={plan.paybackMonths}>
                      {paybackText(plan)}
                    </span>
                  </>
                )}
              </span>
            ) : (
              <span class="plan-figures" data-testid={`${which}-infeasible`}>
                No plan: {plan.reason ?? 'the limits cannot be met'}
              </span>
            )}
          </label>
        );
      })}
    </fieldset>
  );
}
