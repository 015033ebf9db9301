// "Keep it valid for N months" on the page, in a real headless Chromium against the real service
// over the example catalog (CompTIA Security+ is valid 36 months, renewed for $150 and 50 hours of
// continuing education): typed into the form, the months go into the link and into the plan request
// as keepFor; the timeline marks each renewal of the API's plan for the same query on its due date
// and lists it, the plan's total is the API's (upkeep included); the frontier is asked with keepFor
// too (only when above 0), and its chart shows. A number below 0 is refused by the form. axe-core finds no serious or critical violation.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe.js';
import { browserSuite } from './helpers/browser-suite.js';
import { screenshot } from './helpers/web-api.js';
import { sent, watchPage } from './helpers/page-watch.js';

const START = '2026-11-23';
const GOAL = 'comptia-security-plus';
const KEEP = 48;

interface ApiRenewal {
  credential: { id: string; name: string };
  dueDate: string;
  cost: number;
  effortHours: number | null;
  by: { id: string } | null;
}

const suite = browserSuite();

describe.skipIf(!suite.run)('keeping the goal valid (keepFor) in Chromium', () => {
  it('sends keepFor, marks the real plan’s renewals and shows what the frontier answers', async () => {
    const input = `target: "${GOAL}", asOf: "${START}", weeklyHours: 10, keepFor: ${KEEP}`;
    const res = await suite.api().gql<{
      plan: { totalCost: number; renewals: ApiRenewal[] };
      base: { totalCost: number };
    }>(
      `{ plan(input: { ${input}, objective: CHEAPEST }) {
           totalCost renewals { credential { id name } dueDate cost effortHours by { id } } }
         base: plan(input: { target: "${GOAL}", asOf: "${START}", weeklyHours: 10, objective: CHEAPEST }) {
           totalCost } }`,
    );
    expect(res.errors).toBeUndefined();
    const { plan, base } = res.data!;
    expect(plan.renewals.length).toBeGreaterThan(0);
    expect(plan.totalCost).toBeGreaterThan(base.totalCost);
    const frontier = await suite
      .api()
      .gql<{ frontier: { plans: unknown[] } }>(
        `{ frontier(input: { ${input} }) { plans { totalCost } } }`,
      );

    const page = await suite.browser().context.newPage();
    const { errors, requests } = watchPage(page);
    await page.goto(`${suite.api().base}/?view=learner&goal=${GOAL}&hours=10&start=${START}`);
    await page.getByTestId('shown-plan').waitFor();
    // Without the months: no renewals, and the frontier is asked without keepFor.
    expect(await page.getByTestId('plan-renewals').count()).toBe(0);
    expect(sent(requests, 'Frontier').map((v) => v.keepFor ?? null)).toEqual([null]);

    // A number below 0 is refused by the form (the field's own check, which the browser says),
    // and nothing is asked.
    const field = page.getByLabel('Keep it valid for (months, optional)');
    await field.fill('-3');
    const asked = requests.length;
    await page.getByRole('button', { name: 'Plan', exact: true }).click();
    expect(await field.evaluate((el: HTMLInputElement) => el.validity.rangeUnderflow)).toBe(true);
    expect(await field.evaluate((el: HTMLInputElement) => el.validationMessage)).not.toBe('');
    expect(requests.length).toBe(asked);

    await field.fill(String(KEEP));
    await page.getByRole('button', { name: 'Plan', exact: true }).click();
    const marks = page.locator('[data-testid="gantt"] g.renewal');
    await marks.first().waitFor();
    expect(new URL(page.url()).searchParams.get('keepFor')).toBe(String(KEEP));
    expect(sent(requests, 'Plans').at(-1)).toMatchObject({ target: GOAL, keepFor: KEEP });
    expect(sent(requests, 'Frontier').at(-1)).toMatchObject({ target: GOAL, keepFor: KEEP });

    // The API's renewals, each marked on its due date and listed; the API's total.
    expect(
      await marks.evaluateAll((gs) =>
        gs.map((g) => [g.getAttribute('data-renewal'), g.getAttribute('data-due-date')]),
      ),
    ).toEqual(plan.renewals.map((r) => [r.credential.id, r.dueDate]));
    const listed = await page.locator('[data-testid="plan-renewals"] li').allTextContents();
    expect(listed).toHaveLength(plan.renewals.length);
    for (const [i, r] of plan.renewals.entries()) {
      expect(listed[i]).toContain(`Renew ${r.credential.name} by `);
      expect(listed[i]).toContain(r.by ? 'earn ' : `$${r.cost}`);
    }
    await expect
      .poll(() => page.getByTestId('shown-plan').getAttribute('data-cost'))
      .toBe(String(plan.totalCost));

    // The frontier plans under keepFor too, and its chart shows.
    expect(frontier.errors).toBeUndefined();
    expect(frontier.data!.frontier.plans.length).toBeGreaterThan(0);
    await page.getByTestId('frontier-chart').waitFor();
    await screenshot(page, 'keep-for-renewals.png');

    // The link restores the months.
    await page.goto(page.url());
    await marks.first().waitFor();
    expect(await field.inputValue()).toBe(String(KEEP));
    expect(errors).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
