// The explanation beside each step, in a real headless Chromium against the real service, on the
// payback test catalog (three trade-offs to `cert`): for a query, each step's sentence on the page
// equals the API's explanation of the same step; clicking a frontier point (or opening it from the
// keyboard) changes the sentences to that point's explanation from the API's frontier; the sentences
// read at a phone's width; axe-core finds no serious or critical violation.
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
const INPUT = `target: "cert", asOf: "${START}", weeklyHours: 10`;
const EXPLAINED = `steps { credential { id } } explanation { steps { credential { id } text } }`;

interface ApiPlan {
  steps: { credential: { id: string } }[];
  explanation: { steps: { credential: { id: string }; text: string }[] };
}

const suite = browserSuite({}, paybackCatalog());

/** The API's sentence for each step of a plan, in the plan's order. */
const apiWhy = (plan: ApiPlan): [string, string][] => {
  const text = new Map(plan.explanation.steps.map((s) => [s.credential.id, s.text]));
  return plan.steps.map((s) => [s.credential.id, text.get(s.credential.id)!]);
};

/** The page's sentence beside each step of the timeline, in its order. */
const pageWhy = (page: Page): Promise<[string, string][]> =>
  page
    .locator('[data-testid="timeline-table"] tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [
        r.getAttribute('data-step') ?? '',
        r.querySelector('.why-text')?.textContent ?? '',
      ]),
    );

describe.skipIf(!suite.run)('explanations on the page in Chromium', () => {
  it('shows the API’s sentence beside each step, for the plan and for a clicked frontier point', async () => {
    const res = await suite.api().gql<{ plan: ApiPlan; frontier: { plans: ApiPlan[] } }>(
      `{ plan(input: { ${INPUT}, objective: CHEAPEST }) { ${EXPLAINED} }
         frontier(input: { ${INPUT} }) { plans { ${EXPLAINED} } } }`,
    );
    expect(res.errors).toBeUndefined();
    const { plan, frontier } = res.data!;
    expect(frontier.plans.length).toBe(3);
    const cheapest = apiWhy(plan);
    expect(cheapest.length).toBeGreaterThan(1);
    expect(cheapest.every(([, text]) => text.length > 0)).toBe(true);

    const page = await suite.browser().context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(
      `${suite.api().base}/?view=learner&goal=cert&hours=10&start=${START}&plan=cheapest`,
    );
    await expect.poll(() => pageWhy(page)).toEqual(cheapest);
    // Each sentence is part of its row's header, so a screen reader reads it with the step.
    const header = await page
      .locator('[data-testid="timeline-table"] tbody tr th[scope="row"]')
      .first()
      .textContent();
    expect(header).toContain(`Why: ${cheapest[0]![1]}`);

    // A click on the first (fastest) frontier point: its sentences, which differ from the cheapest's.
    const points = page.locator('[data-testid="frontier-chart"] circle.frontier-point');
    await expect.poll(() => points.count()).toBe(3);
    const fastest = apiWhy(frontier.plans[0]!);
    expect(fastest).not.toEqual(cheapest);
    await points.nth(0).click();
    await expect.poll(() => pageWhy(page)).toEqual(fastest);
    // From the keyboard: the second point.
    await page.locator('[data-point="0"]').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => pageWhy(page)).toEqual(apiWhy(frontier.plans[1]!));
    await screenshot(page, 'explanations-desktop.png');
    expect(errors).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    // At a phone's width the sentences wrap inside their cells: nothing sticks out of the page.
    const phone = await suite.browser().context.newPage();
    await phone.setViewportSize({ width: PHONE_WIDTH, height: 844 });
    await phone.goto(page.url());
    await expect.poll(() => pageWhy(phone)).toEqual(apiWhy(frontier.plans[1]!));
    const cell = await phone.locator('.why').first().boundingBox();
    expect(cell!.width).toBeLessThanOrEqual(PHONE_WIDTH);
    await screenshot(phone, 'explanations-phone.png');
    expect(await sideways(phone)).toEqual({ wide: [], scrollWidth: PHONE_WIDTH });
    expect(await seriousViolations(phone)).toEqual([]);
  });
});
