/**
 * Test support: a course entry for a small hand-written catalog (catalog-v2 fields in `more`).
 * @returns the credential's JSON, before parseCatalog
 */
export const course = (id: string, cost: number, durationWeeks: number, more: object = {}) => ({
  id,
  name: id,
  kind: 'course' as const,
  cost,
  durationWeeks,
  ...more,
});
