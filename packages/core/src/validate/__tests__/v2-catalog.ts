// Test support: a small valid pathwise.catalog/v2 document using every v2 field, and fault helpers.
import { expect } from 'vitest';
import { validateCatalog } from '@pathwise/core';
import type { CatalogFault } from '@pathwise/core';

/** A fresh copy of a valid v2 catalog; each test breaks one thing in it. */
export function v2Catalog(): Record<string, any> {
  return {
    format: 'pathwise.catalog/v2',
    currency: 'USD',
    providers: [
      { id: 'comptia', name: 'CompTIA', kind: 'industry' },
      { id: 'u', name: 'State U', kind: 'university' },
    ],
    credentials: [
      {
        id: 'secplus',
        name: 'Security+',
        kind: 'certification',
        provider: 'comptia',
        cost: 404,
        durationWeeks: 8,
        effortHours: 80,
        validityMonths: 36,
        aliases: ['SY0-701', 'https://www.credly.com/org/comptia/badge/comptia-security-ce'],
        renewal: { cost: 50, effortHours: 50, by: ['cysa'] },
        outcomes: { medianAnnualEarnings: 90000, source: 'CompTIA salary survey', year: 2025 },
        recognizedBy: ['employer:us-dod-8140', 'country:us'],
      },
      {
        id: 'cysa',
        name: 'CySA+',
        kind: 'certification',
        provider: 'comptia',
        cost: 404,
        durationWeeks: 10,
        effortHours: 100,
        validityMonths: 36,
        requires: 'secplus',
      },
      {
        id: 'net101',
        name: 'Networks',
        kind: 'course',
        provider: 'u',
        cost: 900,
        durationWeeks: 15,
        effortHours: 135,
        credits: 3,
        pace: 'fixed',
        starts: ['--01-15', '--08-25', '2027-05-10'],
      },
      {
        id: 'old-exam',
        name: 'Retired exam',
        kind: 'certification',
        provider: 'comptia',
        cost: 300,
        durationWeeks: 4,
        retired: true,
        pace: 'self',
      },
      {
        id: 'cert',
        name: 'Certificate',
        kind: 'certificate',
        provider: 'u',
        cost: 0,
        durationWeeks: 0,
        requires: { all: ['net101', { any: ['secplus', 'old-exam'] }] },
      },
    ],
    offers: [
      {
        id: 'bundle',
        name: 'Exam bundle',
        provider: 'comptia',
        price: 700,
        prices: { secplus: 0, cysa: 0 },
      },
      {
        id: 'student',
        name: 'Student membership',
        price: 10,
        periodMonths: 12,
        prices: { net101: 600 },
        requires: { any: ['secplus', 'cysa'] },
        'x-note': 'kept as is',
      },
    ],
  };
}

/** @returns every fault of a document that must be refused */
export function faultsOf(input: unknown): CatalogFault[] {
  const result = validateCatalog(input);
  if (result.ok) throw new Error('expected the catalog to be refused');
  return result.faults;
}

/** @returns `[code, path, ids]` of each fault, for compact assertions */
export function triples(input: unknown): [string, string, string[]][] {
  return faultsOf(input).map((f) => [f.code, f.path, f.ids]);
}

/** Asserts the document is valid. */
export function expectValid(input: unknown): void {
  const result = validateCatalog(input);
  expect(result.ok ? [] : result.faults).toEqual([]);
}
