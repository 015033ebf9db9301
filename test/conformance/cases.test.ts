// The repository's conformance cases (docs/conformance) are present and well formed, so every
// interface's run checks something: names are unique (the API test groups by name), every catalog
// passes the repository's JSON Schema of its format (docs/schema/catalog-v1.schema.json or
// catalog-v2.schema.json), and every query has both optima.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadConformanceCases, repoRoot } from '../helpers/conformance.js';

const schemaOf = (version: 'v1' | 'v2') =>
  new Ajv2020({ allErrors: true, strict: false }).compile(
    JSON.parse(
      readFileSync(join(repoRoot, `docs/schema/catalog-${version}.schema.json`), 'utf8'),
    ) as object,
  );
const schemas = { 'pathwise.catalog/v1': schemaOf('v1'), 'pathwise.catalog/v2': schemaOf('v2') };

describe('conformance cases', () => {
  const cases = loadConformanceCases();
  it('are found, each name once', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });
  it.each(cases.map((c) => [c.name, c] as const))('%s is well formed', (_name, c) => {
    expect(c.description.length).toBeGreaterThan(0);
    const schemaCheck = schemas[c.catalog.format];
    expect(schemaCheck(c.catalog), JSON.stringify(schemaCheck.errors)).toBe(true);
    expect(c.queries.length).toBeGreaterThan(0);
    for (const q of c.queries) {
      expect(typeof q.expect.cheapest.totalCost).toBe('number');
      expect(typeof q.expect.fastest.totalWeeks).toBe('number');
    }
  });
});
