/**
 * Test support: random tiny catalogs (catalog-v2) with offers of every kind: one-off bundles and
 * vouchers, periodic subscriptions and memberships (3 or 6 months, whole weeks, so the exhaustive
 * oracle of offers-oracle.ts is exact), some with a `requires` that the holdings may or may not meet.
 * Durations are 0-4 weeks so that the oracle's schedules stay few; a periodic offer covers at most
 * two credentials for the same reason. Credentials alternate between two providers (for sponsors).
 */
import fc from 'fast-check';
import type { Catalog, Offer } from '@pathwise/core';
import { parseCatalog } from '@pathwise/core';
import { randomCase, type RandomCase } from '@pathwise/test-support';

/** A random case whose catalog lists offers. */
export type OffersCase = RandomCase;

/** @returns random cases of 3-6 credentials with 1-3 offers */
export function offersCase(): fc.Arbitrary<OffersCase> {
  return randomCase(3, 6).chain((c) => {
    const ids = c.catalog.credentials.map((x) => x.id);
    const offer = (i: number): fc.Arbitrary<Offer> =>
      fc
        .record({
          price: fc.integer({ min: 0, max: 300 }),
          periodMonths: fc.option(fc.constantFrom(3, 6), { nil: undefined }),
          covered: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 3 }),
          prices: fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 3, maxLength: 3 }),
          requires: fc.option(fc.constantFrom(...ids), { nil: undefined, freq: 4 }),
          provider: fc.option(fc.constantFrom('p0', 'p1'), { nil: undefined }),
        })
        .map((r) => {
          const covered = r.periodMonths === undefined ? r.covered : r.covered.slice(0, 2);
          const o: Offer = {
            id: `offer-${i}`,
            name: `Offer ${i}`,
            price: r.price,
            prices: Object.fromEntries(covered.map((id, j) => [id, r.prices[j]!])),
          };
          if (r.periodMonths !== undefined) o.periodMonths = r.periodMonths;
          if (r.requires !== undefined) o.requires = r.requires;
          if (r.provider !== undefined) o.provider = r.provider;
          return o;
        });
    return fc
      .integer({ min: 1, max: 3 })
      .chain((k) => fc.tuple(...Array.from({ length: k }, (_, i) => offer(i))))
      .map((offers) => {
        const catalog: Catalog = {
          format: 'pathwise.catalog/v2',
          providers: [
            { id: 'p0', name: 'Provider 0' },
            { id: 'p1', name: 'Provider 1' },
          ],
          credentials: c.catalog.credentials.map((x, i) => ({
            ...x,
            provider: `p${i % 2}`,
            durationWeeks: x.durationWeeks % 5,
          })),
          offers,
        };
        return { ...c, catalog: parseCatalog(catalog) };
      });
  });
}
