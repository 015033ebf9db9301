// Offers and renewals on the timeline, in a real headless Chromium against the real service, on a
// catalog with a monthly subscription that covers two courses: the cheapest plan takes it, and the
// timeline draws it as a bar under the steps it pays, spanning the API's offer weeks (from the first
// step it pays to the last) and labelled with its cost and periods, as the readable list says too.
// Renewals (Plan.renewals, which the API is only now gaining) are drawn when a plan carries them:
// the component is checked on a plan object that does, the API's response given the field on its way
// to the page; axe-core finds no serious or critical violation.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { describe, expect, it } from 'vitest';
import type { Catalog } from '@pathwise/core';
import { seriousViolations } from './helpers/axe.js';
import { browserSuite } from './helpers/browser-suite.js';
import { screenshot } from './helpers/web-api.js';

const START = '2026-11-23';

const catalog = {
  format: 'pathwise.catalog/v2',
  providers: [{ id: 'learnco', name: 'LearnCo' }],
  credentials: [
    {
      id: 'sql',
      name: 'SQL Basics',
      kind: 'course',
      provider: 'learnco',
      cost: 300,
      durationWeeks: 4,
      effortHours: 20,
    },
    {
      id: 'viz',
      name: 'Viz Basics',
      kind: 'course',
      provider: 'learnco',
      cost: 300,
      durationWeeks: 6,
      effortHours: 30,
    },
    {
      id: 'cert',
      name: 'Data Cert',
      kind: 'certification',
      provider: 'learnco',
      cost: 100,
      durationWeeks: 1,
      effortHours: 5,
      requires: { all: ['sql', 'viz'] },
    },
  ],
  offers: [
    {
      id: 'platform-monthly',
      name: 'Platform subscription, monthly',
      provider: 'learnco',
      price: 49,
      periodMonths: 1,
      prices: { sql: 0, viz: 0 },
    },
  ],
} as unknown as Catalog;

interface ApiOffer {
  offer: string;
  cost: number;
  periods: number;
  startWeek: number;
  endWeek: number;
}

const suite = browserSuite({}, catalog);

describe.skipIf(!suite.run)('offers and renewals on the timeline in Chromium', () => {
  it('draws the plan’s offer as a bar over its span, labelled with its cost', async () => {
    const res = await suite.api().gql<{
      plan: {
        steps: { credential: { id: string }; startWeek: number; endWeek: number }[];
        offers: ApiOffer[];
      };
    }>(
      `{ plan(input: { target: "cert", asOf: "${START}", weeklyHours: 10, objective: CHEAPEST }) {
           steps { credential { id } startWeek endWeek } offers { offer cost periods startWeek endWeek } } }`,
    );
    expect(res.errors).toBeUndefined();
    const { steps, offers } = res.data!.plan;
    expect(offers.map((o) => o.offer)).toEqual(['platform-monthly']);
    const offer = offers[0]!;
    expect(offer.cost).toBeGreaterThan(0);

    const page = await suite.browser().context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(
      `${suite.api().base}/?view=learner&goal=cert&hours=10&start=${START}&plan=cheapest`,
    );
    const bar = page.locator('[data-testid="gantt"] g.offer[data-offer="platform-monthly"]');
    await bar.waitFor();
    expect({
      offer: await bar.getAttribute('data-offer'),
      startWeek: Number(await bar.getAttribute('data-start-week')),
      endWeek: Number(await bar.getAttribute('data-end-week')),
      cost: Number(await bar.getAttribute('data-cost')),
    }).toEqual({
      offer: offer.offer,
      startWeek: offer.startWeek,
      endWeek: offer.endWeek,
      cost: offer.cost,
    });
    const label = `Offer platform-monthly: $${offer.cost} for ${offer.periods} period${offer.periods === 1 ? '' : 's'}, weeks ${offer.startWeek}–${offer.endWeek}`;
    expect(await bar.locator('text').textContent()).toBe(`platform-monthly: $${offer.cost}`);
    expect(await bar.locator('title').textContent()).toBe(label);
    expect(await page.locator('[data-testid="plan-offers"] li').first().textContent()).toContain(
      label,
    );

    // Drawn under the steps it pays, on the same scale: it starts where the first step it pays
    // starts and ends where the last one ends.
    const box = (await bar.locator('rect').boundingBox())!;
    const stepBars = page.locator('[data-testid="gantt"] rect.bar');
    const first = steps.findIndex((s) => s.startWeek === offer.startWeek);
    const last = steps.findIndex((s) => s.endWeek === offer.endWeek);
    expect([first, last].every((i) => i >= 0)).toBe(true);
    const firstBox = (await stepBars.nth(first).boundingBox())!;
    const lastBox = (await stepBars.nth(last).boundingBox())!;
    expect(box.x).toBeCloseTo(firstBox.x, 1);
    expect(box.x + box.width).toBeCloseTo(lastBox.x + lastBox.width, 1);
    const lowestStep = (await stepBars.nth(steps.length - 1).boundingBox())!;
    expect(box.y).toBeGreaterThan(lowestStep.y);
    await screenshot(page, 'offers-timeline.png');
    expect(errors).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('marks each renewal on its due date when the plan carries renewals', async () => {
    const due = '2029-01-11';
    const page = await suite.browser().context.newPage();
    // The plan object the page receives carries renewals (the API's response, given the field).
    await page.route('**/graphql', async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      const plan = body?.data?.cheapest;
      if (plan)
        plan.renewals = [{ credential: { id: 'cert', name: 'Data Cert' }, dueDate: due, cost: 50 }];
      await route.fulfill({ response, json: body });
    });
    await page.goto(
      `${suite.api().base}/?view=learner&goal=cert&hours=10&start=${START}&plan=cheapest`,
    );
    const mark = page.locator('[data-testid="gantt"] g.renewal[data-renewal="cert"]');
    await mark.waitFor();
    expect(await mark.getAttribute('data-due-date')).toBe(due);
    expect(await mark.locator('text').textContent()).toBe('later: renew Data Cert 11 Jan 2029');
    expect(await page.locator('[data-testid="plan-renewals"] li').textContent()).toBe(
      'Renew Data Cert by 11 Jan 2029: $50',
    );
    // The mark stands after the last step, at the right edge (it is due two years after the plan ends).
    const line = (await mark.locator('line').boundingBox())!;
    const svg = (await page.getByTestId('gantt').boundingBox())!;
    const steps = page.locator('[data-testid="gantt"] rect.bar');
    const lastStep = (await steps.nth((await steps.count()) - 1).boundingBox())!;
    expect(line.x).toBeGreaterThan(lastStep.x);
    expect(svg.x + svg.width - line.x).toBeLessThan(svg.width * 0.02);
    expect(await page.getByRole('img', { name: /1 renewal/ }).count()).toBe(1);
    await screenshot(page, 'renewals-timeline.png');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
