// The learner view in a real headless Chromium against the real service: a goal and a holding
// picked by search-as-you-type give the same totals as the API for the same query; choosing the
// fastest plan changes the timeline; the shareable link restores the query; axe-core finds no serious
// or critical violation; screenshots at desktop and phone width are saved as artefacts.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './helpers/axe.js';
import { browserSuite } from './helpers/browser-suite.js';
import { PHONE_WIDTH, sideways } from './helpers/phone-width.js';
import { screenshot } from './helpers/web-api.js';

const START = '2026-11-23';

const PLAN = `query ($objective: Objective!) {
  plan(input: { target: "pmi-pmp", have: [{ id: "generic-bachelors-degree" }], asOf: "${START}",
                objective: $objective, weeklyHours: 10 }) {
    feasible totalCost totalWeeks steps { credential { id } }
  }
}`;

interface ApiPlan {
  feasible: boolean;
  totalCost: number;
  totalWeeks: number;
  steps: { credential: { id: string } }[];
}

const suite = browserSuite();

async function pick(page: Page, input: string, text: string, optionText: string): Promise<void> {
  await page.locator(input).pressSequentially(text, { delay: 20 });
  const option = page.locator('[role="option"]', { hasText: optionText }).first();
  await option.waitFor();
  await option.click();
}

async function totals(page: Page, which: 'cheapest' | 'fastest') {
  const cost = page.getByTestId(`${which}-cost`);
  await cost.waitFor();
  return {
    totalCost: Number(await cost.getAttribute('data-value')),
    totalWeeks: Number(await page.getByTestId(`${which}-weeks`).getAttribute('data-value')),
  };
}

const stepIds = (page: Page) =>
  page
    .locator('[data-testid="timeline-table"] tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-step')));

describe.skipIf(!suite.run)('learner view in Chromium', () => {
  it('plans like the API, switches plans, shares the query and passes axe', async () => {
    const cheapest = (await suite.api().gql<{ plan: ApiPlan }>(PLAN, { objective: 'CHEAPEST' }))
      .data!.plan;
    const fastest = (await suite.api().gql<{ plan: ApiPlan }>(PLAN, { objective: 'FASTEST' })).data!
      .plan;
    expect(cheapest.feasible && fastest.feasible).toBe(true);

    const page = await suite.browser().context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${suite.api().base}/`);
    expect(await page.locator('#hours').inputValue()).toBe('10');
    await pick(page, '#goal', 'pmp', 'Project Management Professional (PMP)');
    await pick(page, '#holdings', 'bachelor', 'generic-bachelors-degree');
    await expect
      .poll(() => page.locator('[data-holding="generic-bachelors-degree"]').count())
      .toBe(1);
    await page.locator('#start').fill(START);
    await page.getByRole('button', { name: 'Plan' }).click();

    expect(await totals(page, 'cheapest')).toEqual({
      totalCost: cheapest.totalCost,
      totalWeeks: cheapest.totalWeeks,
    });
    expect(await totals(page, 'fastest')).toEqual({
      totalCost: fastest.totalCost,
      totalWeeks: fastest.totalWeeks,
    });
    await expect.poll(() => stepIds(page)).toEqual(cheapest.steps.map((s) => s.credential.id));
    // The pathway highlights exactly the plan's steps and marks the holding.
    await page.locator('[data-testid="pathway"] li').first().waitFor();
    const highlighted = await page
      .locator('[data-testid="pathway"] li.in-plan')
      .evaluateAll((li) => [...new Set(li.map((l) => l.getAttribute('data-credential')))]);
    expect(highlighted.sort()).toEqual(cheapest.steps.map((s) => s.credential.id).sort());
    expect(await page.locator('[data-testid="pathway"] li.held').count()).toBeGreaterThan(0);
    // The graph (a layered layout) highlights the same steps, and the holding.
    const graph = page.getByTestId('pathway-graph');
    await graph.waitFor();
    const drawn = (cls: string) =>
      graph.locator(`g.${cls}`).evaluateAll((g) => g.map((n) => n.getAttribute('data-credential')));
    expect((await drawn('in-plan')).sort()).toEqual(
      cheapest.steps.map((s) => s.credential.id).sort(),
    );
    expect(await drawn('held')).toEqual(['generic-bachelors-degree']);
    expect(await graph.locator('polyline.graph-edge.used').count()).toBeGreaterThan(0);
    const metrics = (
      await suite
        .api()
        .gql<{ credential: { metrics: { pathwayComplexity: number } } }>(
          '{ credential(id: "pmi-pmp") { metrics { pathwayComplexity } } }',
        )
    ).data!.credential.metrics;
    expect(await page.getByTestId('pathway-metrics').textContent()).toContain(
      `structural complexity ${metrics.pathwayComplexity}`,
    );
    // The picture shows the frontier chart too (its own request, drawn once Plot has loaded).
    await page.locator('[data-testid="frontier-chart"] circle').first().waitFor();
    await screenshot(page, 'learner-desktop.png', true);
    expect(errors).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    // The fastest plan drives the timeline once chosen.
    await page.getByRole('radio', { name: /Fastest/ }).check();
    await expect.poll(() => stepIds(page)).toEqual(fastest.steps.map((s) => s.credential.id));

    // The shareable link restores the query in a fresh page and plans it at once.
    const href = (await page.getByTestId('share-link').getAttribute('href'))!;
    expect(href).toContain('goal=pmi-pmp');
    const shared = await suite.browser().context.newPage();
    await shared.setViewportSize({ width: PHONE_WIDTH, height: 844 });
    await shared.goto(href);
    expect(await totals(shared, 'fastest')).toEqual({
      totalCost: fastest.totalCost,
      totalWeeks: fastest.totalWeeks,
    });
    expect(await shared.getByRole('radio', { name: /Fastest/ }).isChecked()).toBe(true);
    expect(await shared.locator('#goal').inputValue()).toBe(
      'Project Management Professional (PMP)',
    );
    expect(await shared.locator('#start').inputValue()).toBe(START);
    await expect.poll(() => stepIds(shared)).toEqual(fastest.steps.map((s) => s.credential.id));
    // Readable at phone width: the page itself never scrolls sideways (wide tables scroll inside).
    await shared.locator('[data-testid="frontier-chart"] circle').first().waitFor();
    await screenshot(shared, 'learner-phone.png', true);
    expect(await sideways(shared)).toEqual({ wide: [], scrollWidth: PHONE_WIDTH });
    expect(await seriousViolations(shared)).toEqual([]);
  });

  it('works from the keyboard alone', async () => {
    const page = await suite.browser().context.newPage();
    await page.goto(`${suite.api().base}/`);
    await page.locator('#goal').focus();
    await page.keyboard.type('google-da-cert', { delay: 20 });
    await page.locator('[role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    expect(await page.locator('#goal').inputValue()).toBe(
      'Google Data Analytics Professional Certificate',
    );
    // Tab to the Plan button and press it.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.textContent === 'Plan')) break;
    }
    await page.keyboard.press('Enter');
    const cost = await totals(page, 'cheapest');
    expect(cost.totalCost).toBeGreaterThan(0);
    expect(page.url()).toContain('goal=google-da-cert');
  });
});
