// The repository's conformance cases (docs/conformance) are present and well formed, so every
// interface's run checks something: names are unique (the API test groups by name), every catalog
// passes the repository's JSON Schema (docs/schema/catalog-v1.schema.json), and every query has both optima.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadConformanceCases, repoRoot } from '../helpers/conformance.js';

const schema = JSON.parse(
  readFileSync(join(repoRoot, 'docs/schema/catalog-v1.schema.json'), 'utf8'),
);
const schemaCheck = new Ajv2020({ allErrors: true, strict: false }).compile(schema as object);

describe('conformance cases', () => {
  const cases = loadConformanceCases();
  it('are found, each name once', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });
  it.each(cases.map((c) => [c.name, c] as const))('%s is well formed', (_name, c) => {
    expect(c.description.length).toBeGreaterThan(0);
    expect(schemaCheck(c.catalog), JSON.stringify(schemaCheck.errors)).toBe(true);
    expect(c.queries.length).toBeGreaterThan(0);
    for (const q of c.queries) {
      expect(typeof q.expect.cheapest.totalCost).toBe('number');
      expect(typeof q.expect.fastest.totalWeeks).toBe('number');
    }
  });
});
