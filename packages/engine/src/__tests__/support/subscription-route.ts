/**
 * Test support: the catalog of a subscription behind an `any`. One-month `fixed` courses (months
 * of 4 grids of 13/12 weeks; three, all needed, unless `shape` says otherwise) make a certificate; a
 * target accepts the certificate or a $400 exam, and may ask for more beside it (`alongside`); a $49
 * monthly subscription pays the courses. What a course costs and how many hours it takes are the
 * test's.
 */
import { parseCatalog, type Catalog } from '@pathwise/core';
import { GRID } from './month-grid.js';

/**
 * @param courseCost - each course's own cost
 * @param effortHours - each course's effortHours
 * @param alongside - ids the target asks for beside the certificate or exam (each a $5 badge)
 * @param shape - how many courses there are and how many of them the certificate needs
 * @returns the parsed catalog (target `t`, courses `c1`-`cN`, `cert`, `exam`, offer `monthly`)
 */
export function subscriptionRoute(
  courseCost: number,
  effortHours: number,
  alongside: readonly string[] = [],
  shape: { courses: number; needs: number } = { courses: 3, needs: 3 },
): Catalog {
  const courses = Array.from({ length: shape.courses }, (_, i) => `c${i + 1}`);
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
      ...courses.map(course),
      {
        id: 'cert',
        name: 'cert',
        kind: 'certificate',
        provider: 'learnco',
        cost: 0,
        durationWeeks: 0,
        requires:
          shape.needs === courses.length ? { all: courses } : { atLeast: shape.needs, of: courses },
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
        prices: Object.fromEntries(courses.map((c) => [c, 0])),
      },
    ],
  });
}
