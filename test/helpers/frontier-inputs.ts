/**
 * A catalog whose cost-time frontier each plan-v2 input changes: a weekly-hours budget (routes with
 * effort hours stretch), an offer (a bundle makes the fast route cheaper) and a sponsor (one
 * provider's costs paid, so the learner's cost ranks the routes differently). The interface tests
 * (test/cli, test/api) check each input reaches the engine by comparing with the engine's own
 * frontier for the same query and with the frontier without that input.
 */
import type { Catalog } from '@pathwise/core';
import type { PlanQuery } from '@pathwise/engine';

/** The catalog (catalog-v2): a target `t` reached by one of four routes, and one bundle offer. */
export function frontierInputsCatalog(): Catalog {
  const course = (id: string, cost: number, weeks: number, provider: string, effort?: number) => ({
    id,
    name: id,
    kind: 'course' as const,
    cost,
    durationWeeks: weeks,
    provider,
    ...(effort === undefined ? {} : { effortHours: effort }),
  });
  return {
    format: 'pathwise.catalog/v2',
    providers: [
      { id: 'p0', name: 'Provider 0' },
      { id: 'p1', name: 'Provider 1' },
    ],
    credentials: [
      course('slow', 100, 20, 'p0', 40),
      course('mid', 300, 10, 'p1', 100),
      course('fast', 900, 2, 'p1', 80),
      course('dear', 950, 10, 'p0'),
      {
        ...course('t', 10, 1, 'p0', 10),
        kind: 'certification',
        requires: { any: ['slow', 'mid', 'fast', 'dear'] },
      },
    ],
    offers: [
      {
        id: 'fast-bundle',
        name: 'Fast bundle',
        provider: 'p1',
        price: 500,
        prices: { fast: 0, t: 0 },
      },
    ],
  } as Catalog;
}

/** The queries: none of the inputs, then each one. */
export const FRONTIER_INPUTS: Record<
  'none' | 'hours' | 'sponsor',
  Pick<PlanQuery, 'weeklyHours' | 'sponsor'>
> = {
  none: {},
  hours: { weeklyHours: 5 },
  sponsor: { sponsor: { amount: 300, providers: ['p1'] } },
};

/** A frontier's points as the interfaces compare them. */
export function frontierPoints(frontier: {
  plans: {
    totalWeeks: number;
    totalCost: number;
    outOfPocket?: number | null;
    optimal: boolean;
    offers?: { offer: string | { id: string } }[] | null;
  }[];
}): unknown[] {
  return frontier.plans.map((p) => ({
    weeks: p.totalWeeks,
    cost: p.totalCost,
    outOfPocket: p.outOfPocket ?? undefined,
    optimal: p.optimal,
    offers: (p.offers ?? []).map((o) => (typeof o.offer === 'string' ? o.offer : o.offer.id)),
  }));
}
