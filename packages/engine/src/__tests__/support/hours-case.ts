/**
 * Test support: random small v2 catalogs with hours for the exactness properties: randomCase's
 * requirement shapes with durations of 0-3 weeks, effortHours 0-16, one credential in three `fixed`
 * (never with effort and no weeks), one in four starting only on term days (every 2-4 weeks from a
 * random first week, as dates from startDate), holdings only of credentials without requirements (so
 * no holding implies another), and a budget of 1-12 hours (none in one case in ten).
 */
import fc from 'fast-check';
import type { Catalog } from '@pathwise/core';
import { randomCase, type RandomCase } from '@pathwise/test-support';

/** A random case with hours. */
export interface HoursCase extends RandomCase {
  weeklyHours: number | undefined;
}

/** @returns `YYYY-MM-DD` that many weeks after `date` */
export function weeksAfter(date: string, weeks: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + weeks * 7 * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

const shape = fc.record({
  durationWeeks: fc.integer({ min: 0, max: 3 }),
  effortHours: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 16 })),
  fixed: fc.integer({ min: 0, max: 2 }).map((x) => x === 0),
  term: fc.option(
    fc.record({ first: fc.integer({ min: 0, max: 3 }), every: fc.integer({ min: 2, max: 4 }) }),
    {
      freq: 3,
      nil: undefined,
    },
  ),
});

/**
 * @param min - fewest credentials
 * @param max - most credentials
 * @returns an arbitrary of cases
 */
export function hoursCase(min = 3, max = 6): fc.Arbitrary<HoursCase> {
  return randomCase(min, max).chain((c) =>
    fc
      .tuple(
        fc.array(shape, {
          minLength: c.catalog.credentials.length,
          maxLength: c.catalog.credentials.length,
        }),
        fc.option(fc.integer({ min: 1, max: 12 }), { freq: 9, nil: undefined }),
      )
      .map(([shapes, weeklyHours]) => {
        const catalog: Catalog = {
          ...c.catalog,
          format: 'pathwise.catalog/v2',
          credentials: c.catalog.credentials.map((x, i) => {
            const s = shapes[i]!;
            const out = { ...x, durationWeeks: s.durationWeeks };
            if (s.effortHours > 0) Object.assign(out, { effortHours: s.effortHours });
            if (s.fixed && (s.durationWeeks > 0 || s.effortHours === 0))
              Object.assign(out, { pace: 'fixed' });
            if (s.term !== undefined) {
              const weeks: number[] = [];
              for (let w = s.term.first; w <= 240; w += s.term.every) weeks.push(w);
              Object.assign(out, { starts: weeks.map((w) => weeksAfter(c.asOf, w)) });
            }
            return out;
          }),
        };
        const plain = new Set(
          catalog.credentials.filter((x) => x.requires === undefined).map((x) => x.id),
        );
        return { ...c, catalog, have: c.have.filter((h) => plain.has(h.id)), weeklyHours };
      }),
  );
}
