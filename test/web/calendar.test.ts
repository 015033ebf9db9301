// The plan as an iCalendar file, in a real headless Chromium against the real service: a shared link
// plans at once, "Download the plan as a calendar" saves an RFC 5545 file with one all-day VEVENT per
// step of the chosen plan, dated from the API's own plan (DTSTART the first day, DTEND the day after
// the last, weeks counted from the start date).
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { browserSuite } from './helpers/browser-suite.js';

const START = '2026-11-23';
const suite = browserSuite();

interface ApiPlan {
  steps: { credential: { id: string; name: string }; startWeek: number; endWeek: number }[];
}

/** RFC 5545 3.1: a line starting with a space or tab continues the one before. */
const unfold = (text: string): string[] => text.replace(/\r\n[ \t]/g, '').split('\r\n');

const day = (weeks: number): string =>
  new Date(Date.parse(`${START}T00:00:00Z`) + Math.round(weeks * 7) * 86_400_000)
    .toISOString()
    .slice(0, 10)
    .replaceAll('-', '');

describe.skipIf(!suite.run)('plan calendar in Chromium', () => {
  it('downloads one VEVENT per step with the plan’s dates', async () => {
    const plan = (
      await suite.api().gql<{ plan: ApiPlan }>(`{ plan(input: { target: "pmi-pmp",
        have: [{ id: "generic-bachelors-degree" }], asOf: "${START}", objective: FASTEST,
        weeklyHours: 10 }) { steps { credential { id name } startWeek endWeek } } }`)
    ).data!.plan;
    expect(plan.steps.length).toBeGreaterThan(1);

    const page = await suite.browser().context.newPage();
    await page.goto(
      `${suite.api().base}/?view=learner&goal=pmi-pmp&have=generic-bachelors-degree&hours=10&start=${START}&plan=fastest`,
    );
    const button = page.getByTestId('ics-download');
    await button.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('pathwise-pmi-pmp.ics');
    const text = await readFile((await download.path())!, 'utf8');
    const lines = unfold(text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    const events: Record<string, string>[] = [];
    for (const line of lines) {
      if (line === 'BEGIN:VEVENT') events.push({});
      else if (events.length && line !== 'END:VEVENT') {
        const at = line.indexOf(':');
        events.at(-1)![line.slice(0, at)] = line.slice(at + 1);
      }
    }
    expect(events.map((e) => e.SUMMARY)).toEqual(plan.steps.map((s) => s.credential.name));
    expect(events.map((e) => [e['DTSTART;VALUE=DATE'], e['DTEND;VALUE=DATE']])).toEqual(
      plan.steps.map((s) => [
        day(s.startWeek),
        s.endWeek > s.startWeek ? day(s.endWeek) : day(s.startWeek + 1 / 7),
      ]),
    );
    for (const e of events) expect(e.UID).toMatch(/@pathwise$/);
    expect(new Set(events.map((e) => e.UID)).size).toBe(events.length);
  });
});
