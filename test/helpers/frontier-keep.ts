/**
 * A catalog whose cost-time frontier trades cost against weeks and whose target must be renewed
 * (plan-v2 keepFor): `t` (valid 12 months; renewed by paying 100 or by earning `refresh`) is reached
 * by a fast dear route or a slow cheap one. Kept 30 months it needs two renewals: one by earning
 * `refresh` (50), one paid (100), so each point of the frontier costs 150 more than without keepFor,
 * and its weeks stay the weeks until `t` is held. The interface tests (test/cli, test/api) compare
 * with the engine's own frontier for the same query.
 */
import type { Catalog } from '@pathwise/core';

/** The months the interface tests keep the target. */
export const KEEP_FOR = 30;

/** @returns the catalog (catalog-v2), target `t` */
export function frontierKeepCatalog(): Catalog {
  const course = (id: string, cost: number, weeks: number) => ({
    id,
    name: `Course ${id}`,
    kind: 'course' as const,
    cost,
    durationWeeks: weeks,
  });
  return {
    format: 'pathwise.catalog/v2',
    currency: 'USD',
    credentials: [
      course('fast', 500, 2),
      course('slow', 100, 10),
      course('refresh', 50, 1),
      {
        id: 't',
        name: 'Target',
        kind: 'certification',
        cost: 10,
        durationWeeks: 0,
        requires: { any: ['fast', 'slow'] },
        validityMonths: 12,
        renewal: { cost: 100, by: ['refresh'] },
      },
    ],
  };
}
