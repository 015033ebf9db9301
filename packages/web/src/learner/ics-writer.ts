/**
 * All-day events as an iCalendar file (RFC 5545), written by ical-generator (well kept, no runtime
 * dependencies). A module of its own so the page loads it, and the library, on demand only.
 */
import ical from 'ical-generator';

/** One all-day event; `end` is exclusive (the day after the last), as RFC 5545 has it. */
export interface AllDayEvent {
  id: string;
  first: string;
  end: string;
  summary: string;
  description: string;
}

/** Midnight UTC of a date: ical-generator writes an all-day DATE from the UTC day. */
const utcDay = (date: string): Date => new Date(`${date}T00:00:00Z`);

/**
 * @param name - the calendar's name
 * @param events - its events
 * @returns the calendar's text
 */
export function writeCalendar(name: string, events: AllDayEvent[]): string {
  const calendar = ical({ prodId: { company: 'Pathwise', product: 'plan', language: 'EN' }, name });
  for (const e of events)
    calendar.createEvent({
      id: e.id,
      start: utcDay(e.first),
      end: utcDay(e.end),
      allDay: true,
      summary: e.summary,
      description: e.description,
    });
  return calendar.toString();
}
