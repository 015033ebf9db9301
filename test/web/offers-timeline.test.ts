// Offers on the timeline, in a real headless Chromium against the real service, on a
// catalog with a monthly subscription that covers two courses: the cheapest plan takes it, and the
// timeline draws it as a bar under the steps it pays, spanning the API's offer weeks (from the first
// step it pays to the last) and labelled with its cost and periods, as the readable list says too.
// axe-core finds no serious or critical violation. Renewals (a real keepFor plan's marks) are
// checked in keep-for.test.ts.
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

describe.skipIf(!suite.run)('offers on the timeline in Chromium', () => {
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
});
