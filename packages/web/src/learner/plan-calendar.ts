/**
 * The chosen plan as an iCalendar file (RFC 5545): one all-day VEVENT per step, DTSTART the day the
 * step starts and DTEND the day after it ends (exclusive, as RFC 5545 has all-day ends), both dated
 * from the plan's weeks after the start date. ics-writer.ts (ical-generator) is loaded only when a
 * learner asks for the file, so the view does not carry it.
 */
import type { PlanData } from '../api/documents.js';
import { addWeeks } from '../dates.js';

/**
 * @param plan - a feasible plan
 * @param start - the plan's start date, YYYY-MM-DD
 * @param hours - the learner's hours a week (said in each event)
 * @returns the calendar's text
 */
export async function planCalendar(plan: PlanData, start: string, hours: number): Promise<string> {
  const { writeCalendar } = await import('./ics-writer.js');
  const count = plan.steps.length;
  return writeCalendar(
    `Pathwise: ${plan.target.name}`,
    plan.steps.map((step, i) => {
      const first = addWeeks(start, step.startWeek);
      // An all-day event ends the day after its last day; a step of no length still takes its day.
      const last = addWeeks(start, step.endWeek);
      const provider = step.credential.provider?.name;
      return {
        id: `${plan.objective.toLowerCase()}-${start}-${i}-${step.credential.id}@pathwise`,
        first,
        end: last > first ? last : addWeeks(first, 1 / 7),
        summary: step.credential.name,
        description: [
          `Step ${i + 1} of ${count} toward ${plan.target.name} (${plan.objective.toLowerCase()} plan).`,
          `Cost: $${step.cost}${provider ? `, from ${provider}` : ''}.`,
          `Planned at ${hours} hours a week.`,
        ].join('\n'),
      };
    }),
  );
}

/**
 * Saves text as a file the browser downloads.
 * @param name - the file's name
 * @param text - its contents
 * @param type - its media type
 */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
