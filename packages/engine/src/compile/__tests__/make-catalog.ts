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

/**
 * @param catalog - a catalog
 * @param picks - a number per credential (cycled), choosing its catalog-v2 fields
 * @returns the catalog as v2 with effortHours, `fixed` pace (only with weeks), start days, aliases
 *   and renewals spread over its credentials by the picks
 */
export function withV2Fields(catalog: Catalog, picks: readonly number[]): Catalog {
  return {
    ...catalog,
    format: 'pathwise.catalog/v2',
    credentials: catalog.credentials.map((c, i) => {
      const pick = picks.length === 0 ? i : picks[i % picks.length]!;
      const out: Credential = { ...c };
      if (pick % 3 !== 0) out.effortHours = 1 + (pick % 40);
      if (pick % 5 === 0 && c.durationWeeks > 0) out.pace = 'fixed';
      if (pick % 7 === 0) out.starts = pick % 2 === 0 ? ['--01-15'] : ['2027-03-01', '--09-01'];
      if (pick % 4 === 1)
        out.aliases = pick % 8 === 1 ? [`${c.id}~old`] : [`${c.id}~x`, `${c.id}~y`];
      if (pick % 6 === 1)
        out.renewal = { cost: pick % 50, ...(pick % 12 === 1 ? {} : { effortHours: 2 }) };
      return out;
    }),
  };
}
