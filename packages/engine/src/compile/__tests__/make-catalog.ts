// Test helper: a valid catalog from terse credential specs (kind "course", no provider).
import type { Catalog, Credential, Requirement } from '@pathwise/core';

/** [id, cost, durationWeeks, requires?, extra fields?] */
export type Spec = [string, number, number, Requirement?, Partial<Credential>?];

/** @returns a catalog with one credential per spec */
export function makeCatalog(...specs: Spec[]): Catalog {
  return {
    format: 'pathwise.catalog/v1',
    credentials: specs.map(([id, cost, durationWeeks, requires, extra]) => ({
      id,
      name: id,
      kind: 'course',
      cost,
      durationWeeks,
      ...(requires === undefined ? {} : { requires }),
      ...extra,
    })),
  };
}
