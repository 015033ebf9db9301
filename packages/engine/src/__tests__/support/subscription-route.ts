/**
 * Test support: the catalog of a subscription behind an `any`. Three one-month `fixed` courses
 * (months of 4 grids of 13/12 weeks) make a certificate; a target accepts the certificate or a $400
 * exam, and may ask for more beside it (`alongside`); a $49 monthly subscription pays the courses.
 * What a course costs and how many hours it takes are the test's.
 */
import { parseCatalog, type Catalog } from '@pathwise/core';

/** A week grid on which a month is 4 grids (the exhaustive oracle's `gridWeeks`). */
export const GRID = 13 / 12;

/**
 * @param courseCost - each course's own cost
 * @param effortHours - each course's effortHours
 * @param alongside - ids the target asks for beside the certificate or exam (each a $5 badge)
 * @returns the parsed catalog (target `t`, courses `c1`-`c3`, `cert`, `exam`, offer `monthly`)
 */
export function subscriptionRoute(
  courseCost: number,
  effortHours: number,
  alongside: readonly string[] = [],
): Catalog {
  const course = (id: string) => ({
    id,
    name: id,
    kind: 'course' as const,
    provider: 'learnco',
    cost: courseCost,
    durationWeeks: 4 * GRID,
    effortHours,
    pace: 'fixed' as const,
  });
  const badge = (id: string) => ({
    id,
    name: id,
    kind: 'badge' as const,
    provider: 'learnco',
    cost: 5,
    durationWeeks: 0,
  });
  const route = { any: ['cert', 'exam'] };
  return parseCatalog({
    format: 'pathwise.catalog/v2',
    providers: [{ id: 'learnco', name: 'LearnCo' }],
    credentials: [
      course('c1'),
      course('c2'),
      course('c3'),
      {
        id: 'cert',
        name: 'cert',
        kind: 'certificate',
        provider: 'learnco',
        cost: 0,
        durationWeeks: 0,
        requires: { all: ['c1', 'c2', 'c3'] },
      },
      {
        id: 'exam',
        name: 'exam',
        kind: 'assessment',
        provider: 'learnco',
        cost: 400,
        durationWeeks: 0,
      },
      ...alongside.map(badge),
      {
        id: 't',
        name: 't',
        kind: 'certification',
        provider: 'learnco',
        cost: 100,
        durationWeeks: 0,
        requires: alongside.length > 0 ? { all: [...alongside, route] } : route,
      },
    ],
    offers: [
      {
        id: 'monthly',
        name: 'Monthly',
        price: 49,
        periodMonths: 1,
        prices: { c1: 0, c2: 0, c3: 0 },
      },
    ],
  });
}
