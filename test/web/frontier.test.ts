// The frontier chart in a real headless Chromium against the real service, on the payback test
// catalog (three trade-offs to `cert`; outcomes on `cert`): the chart draws one point per plan of
// the API's frontier for the same query; clicking a point, or activating it from the keyboard,
// changes the timeline (its totals and steps equal that point's plan from the API) and the pathway's
// highlights; each point and each plan card shows its payback; a link restores the chosen point;
// axe-core finds no serious or critical violation; screenshots are saved as artefacts.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { paybackCatalog } from '@pathwise/test-support';
import { seriousViolations } from './helpers/axe.js';
import { browserSuite } from './helpers/browser-suite.js';
import { PHONE_WIDTH, sideways } from './helpers/phone-width.js';
import { screenshot } from './helpers/web-api.js';

const START = '2026-11-23';
const EARNINGS = 50_000;

const FRONTIER = `{
  frontier(input: { target: "cert", asOf: "${START}", weeklyHours: 10,
                    currentAnnualEarnings: ${EARNINGS} }) {
    complete
    plans { totalCost totalWeeks paybackMonths steps { credential { id } } }
  }
}`;

interface ApiPlan {
  totalCost: number;
  totalWeeks: number;
  paybackMonths: number | null;
  steps: { credential: { id: string } }[];
}

const suite = browserSuite({}, paybackCatalog());

/** What the timeline shows: its totals and its steps, in order. */
async function timeline(page: Page) {
  const section = page.getByTestId('timeline');
  await section.waitFor();
  return {
    totalCost: Number(await section.getAttribute('data-total-cost')),
    totalWeeks: Number(await section.getAttribute('data-total-weeks')),
    steps: await page
      .locator('[data-testid="timeline-table"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-step'))),
  };
}

const planShown = (plan: ApiPlan) => ({
  totalCost: plan.totalCost,
  totalWeeks: plan.totalWeeks,
  steps: plan.steps.map((s) => s.credential.id),
});

const highlighted = (page: Page) =>
  page
    .getByTestId('pathway-graph')
    .locator('g.in-plan')
    .evaluateAll((g) => g.map((n) => n.getAttribute('data-credential')).sort());

describe.skipIf(!suite.run)('frontier chart in Chromium', () => {
  it('clicking a frontier point changes the timeline to that plan', async () => {
    const res = await suite
      .api()
      .gql<{ frontier: { complete: boolean; plans: ApiPlan[] } }>(FRONTIER);
    const plans = res.data!.frontier.plans;
    // (Under weeklyHours the engine marks the frontier not complete even with no effort hours.)
    expect(plans.length).toBe(3);

    const page = await suite.browser().context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(
      `${suite.api().base}/?view=learner&goal=cert&hours=10&start=${START}&earnings=${EARNINGS}&plan=cheapest`,
    );
    const points = page.locator('[data-testid="frontier-chart"] circle.frontier-point');
    await expect.poll(() => points.count()).toBe(plans.length);
    // Each point is labelled with its plan's figures.
    const labels = await points.evaluateAll((c) => c.map((n) => n.getAttribute('aria-label')));
    labels.forEach((label, i) => {
      expect(label).toContain(`Plan ${i + 1}: ${plans[i]!.totalWeeks} weeks`);
      expect(label).toContain('pays back in');
    });

    // The cheapest card drives the timeline first: the last (cheapest) point's plan, not the first's.
    expect(await timeline(page)).toEqual(planShown(plans.at(-1)!));
    expect(planShown(plans[0]!)).not.toEqual(planShown(plans.at(-1)!));

    // A click on the first (fastest) point changes the timeline and the pathway to its plan.
    await points.nth(0).click();
    await expect.poll(() => timeline(page)).toEqual(planShown(plans[0]!));
    await expect
      .poll(() => highlighted(page))
      .toEqual(plans[0]!.steps.map((s) => s.credential.id).sort());
    expect(await points.nth(0).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('radio', { name: /Cheapest/ }).isChecked()).toBe(false);
    expect(page.url()).toContain('plan=frontier-1');
    const shown = page.getByTestId('shown-plan');
    expect(await shown.textContent()).toContain('plan 1 of the frontier');

    // The keyboard: Tab from the first point to the second, Space opens it.
    await page.locator('[data-point="0"]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-point'))).toBe('1');
    await page.keyboard.press('Space');
    await expect.poll(() => timeline(page)).toEqual(planShown(plans[1]!));
    await expect
      .poll(() => highlighted(page))
      .toEqual(plans[1]!.steps.map((s) => s.credential.id).sort());
    // Focus stays on the point across the redraw.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-point'))).toBe('1');

    // Payback beside each point (the table) and on the plan cards, as the API gives it.
    for (const [i, plan] of plans.entries()) {
      const cell = await page.getByTestId(`frontier-payback-${i}`).textContent();
      const months = Math.round(plan.paybackMonths! * 10) / 10;
      expect(cell).toBe(`${months} month${months === 1 ? '' : 's'}`);
    }
    const cheapestPayback = page.getByTestId('cheapest-payback');
    expect(Number(await cheapestPayback.getAttribute('data-value'))).toBeCloseTo(
      plans.at(-1)!.paybackMonths!,
      9,
    );

    await screenshot(page, 'frontier-desktop.png');
    expect(errors).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    // A link restores the chosen point, at a phone's width.
    const phone = await suite.browser().context.newPage();
    await phone.setViewportSize({ width: PHONE_WIDTH, height: 844 });
    await phone.goto(page.url());
    await expect.poll(() => timeline(phone)).toEqual(planShown(plans[1]!));
    await phone.locator('[data-testid="frontier-chart"] circle').first().waitFor();
    await screenshot(phone, 'frontier-phone.png');
    expect(await sideways(phone)).toEqual({ wide: [], scrollWidth: PHONE_WIDTH });
    expect(await seriousViolations(phone)).toEqual([]);

    // A link to a point the frontier does not have shows the cheapest plan, its card checked.
    await phone.goto(page.url().replace('plan=frontier-2', 'plan=frontier-9'));
    await phone.locator('[data-testid="frontier-chart"] circle').first().waitFor();
    await expect.poll(() => timeline(phone)).toEqual(planShown(plans.at(-1)!));
    expect(await phone.getByRole('radio', { name: /Cheapest/ }).isChecked()).toBe(true);
  });
});
