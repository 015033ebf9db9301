// Return on investment over HTTP against the real service process (planning in its worker pool):
// PlanInput.currentAnnualEarnings gives Plan.paybackMonths = totalCost / ((median − current) / 12) from
// the target's outcomes (the payback catalog: median 62,000) on plan and on every frontier point;
// null without it or without an uplift; a negative value is BAD_USER_INPUT naming the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAYBACK_MEDIAN, paybackCatalog } from '@pathwise/test-support';
import { postGraphQL } from './helpers/spawn-service.js';
import { startCatalogService, type CatalogService } from './helpers/catalog-service.js';

let service: CatalogService;
let port: number;

beforeAll(async () => {
  service = await startCatalogService('payback', paybackCatalog(), { PATHWISE_PLAN_WORKERS: '2' });
  port = service.port;
}, 90_000);
afterAll(() => service?.stop());

const months = (cost: number, current: number): number => cost / ((PAYBACK_MEDIAN - current) / 12);
const input = (extra: string): string => `target: "cert", asOf: "2026-06-01"${extra}`;

interface Figures {
  totalCost: number;
  paybackMonths: number | null;
}

describe('paybackMonths over GraphQL', () => {
  it('Plan.paybackMonths for both objectives', async () => {
    const res = await postGraphQL(
      port,
      `{ cheapest: plan(input: { ${input(', currentAnnualEarnings: 50000')} }) { totalCost paybackMonths }
         fastest: plan(input: { ${input(', currentAnnualEarnings: 50000, objective: FASTEST')} }) { totalCost paybackMonths }
         without: plan(input: { ${input('')} }) { paybackMonths }
         above: plan(input: { ${input(', currentAnnualEarnings: 62000')} }) { paybackMonths } }`,
    );
    expect(res.errors).toBeUndefined();
    const { cheapest, fastest, without, above } = res.data as Record<string, Figures>;
    expect([cheapest!.totalCost, fastest!.totalCost]).toEqual([110, 1010]);
    for (const p of [cheapest!, fastest!])
      expect(p.paybackMonths).toBeCloseTo(months(p.totalCost, 50_000), 9);
    expect(without!.paybackMonths).toBeNull();
    // Earning the median already: no uplift.
    expect(above!.paybackMonths).toBeNull();
  });

  it('every frontier point carries its paybackMonths', async () => {
    const res = await postGraphQL(
      port,
      `{ frontier(input: { ${input(', currentAnnualEarnings: 38000')} }) { plans { totalCost totalWeeks paybackMonths } } }`,
    );
    expect(res.errors).toBeUndefined();
    const plans = res.data.frontier.plans as Figures[];
    expect(plans.map((p) => p.totalCost)).toEqual([1010, 310, 110]);
    for (const p of plans) expect(p.paybackMonths).toBeCloseTo(months(p.totalCost, 38_000), 9);
  });

  it('a negative currentAnnualEarnings is BAD_USER_INPUT naming the field', async () => {
    const res = await postGraphQL(
      port,
      `{ plan(input: { ${input(', currentAnnualEarnings: -1')} }) { paybackMonths } }`,
    );
    expect(res.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors[0].message).toContain('currentAnnualEarnings');
  });
});
