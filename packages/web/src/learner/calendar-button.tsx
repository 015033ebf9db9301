/**
 * "Add to calendar": downloads the chosen plan as an iCalendar file (plan-calendar.ts).
 */
import { useState } from 'preact/hooks';
import type { PlanData } from '../api/documents.js';
import { download, planCalendar } from './plan-calendar.js';

/** @returns the button, and a fault line when the file could not be made */
export function CalendarButton({
  plan,
  start,
  hours,
}: {
  plan: PlanData;
  start: string;
  hours: number;
}) {
  const [fault, setFault] = useState('');
  return (
    <p class="share">
      <button
        type="button"
        data-testid="ics-download"
        onClick={() =>
          planCalendar(plan, start, hours)
            .then((text) => {
              setFault('');
              download(`pathwise-${plan.target.id}.ics`, text, 'text/calendar');
            })
            .catch((e: unknown) => setFault(`No calendar file: ${(e as Error).message}`))
        }
      >
        Download the plan as a calendar (.ics)
      </button>
      {fault && (
        <span role="alert" class="fault">
          {' '}
          {fault}
        </span>
      )}
    </p>
  );
}
