// The project's JSON Schemas (docs/schema/catalog-v1 and -v2) checked with ajv against the example
// catalogs, the v2 test documents and random valid catalogs, and against documents parseCatalog
// refuses for a reason a schema can express.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { CATALOG_FORMAT, CATALOG_FORMAT_V2, validateCatalog } from '@pathwise/core';
import { v2Catalog } from './v2-catalog.js';
import { validCatalog } from './random-catalog.js';

const root = resolve(import.meta.dirname, '../../../../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(resolve(root, path), 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: true, allowMatchingProperties: true });
const schemas = {
  [CATALOG_FORMAT]: ajv.compile(readJson('docs/schema/catalog-v1.schema.json') as object),
  [CATALOG_FORMAT_V2]: ajv.compile(readJson('docs/schema/catalog-v2.schema.json') as object),
};

/** @returns ajv's errors for a document, checked against the schema of the format it says */
function schemaErrors(document: Record<string, unknown>): unknown[] {
  const check = schemas[document.format as keyof typeof schemas];
  if (!check) throw new Error(`no schema for ${String(document.format)}`);
  return check(document) ? [] : (check.errors ?? []);
}

// The public v1 schema is in ../shared/spec when that folder is beside the repository; a clone on its
// own has nothing to compare with and skips that test (never under CI, where the folder is beside).
const publicV1 = '../shared/spec/catalog-v1.schema.json';
const publicBeside = existsSync(resolve(root, publicV1));

describe('docs/schema', () => {
  it.skipIf(!publicBeside && process.env.CI !== 'true')(
    `catalog-v1.schema.json is the public v1 schema (${publicV1})`,
    () => {
      expect(readJson('docs/schema/catalog-v1.schema.json')).toEqual(readJson(publicV1));
    },
  );

  const examples = readdirSync(resolve(root, 'examples/catalogs')).filter((f) =>
    f.endsWith('.json'),
  );
  it.each(examples)('the example catalog %s validates against its schema', (file) => {
    const catalog = readJson(`examples/catalogs/${file}`) as Record<string, unknown>;
    expect(schemaErrors(catalog)).toEqual([]);
  });

  it('the v2 test document validates against the v2 schema, and not the v1 one', () => {
    expect(schemaErrors(v2Catalog())).toEqual([]);
    expect(schemas[CATALOG_FORMAT]({ ...v2Catalog(), format: CATALOG_FORMAT })).toBe(false);
  });

  it('random valid v1 and v2 catalogs validate against their schemas', () => {
    fc.assert(
      fc.property(fc.oneof(validCatalog(1), validCatalog(2)), (catalog) => {
        expect(schemaErrors(catalog)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  const refused: [string, (c: Record<string, any>) => void][] = [
    ['a yearly --02-29 start', (c) => (c.credentials[2].starts = ['--02-29'])],
    ['a start on --04-31', (c) => (c.credentials[2].starts = ['--04-31'])],
    ['a renewal without validityMonths', (c) => delete c.credentials[0].validityMonths],
    ['a fixed credential with effort and no weeks', (c) => (c.credentials[2].durationWeeks = 0)],
    ['an unknown pace', (c) => (c.credentials[2].pace = 'cohort')],
    ['an offer without prices', (c) => delete c.offers[0].prices],
    ['an offer price below 0', (c) => (c.offers[0].prices.secplus = -1)],
    ['a fractional billing period', (c) => (c.offers[1].periodMonths = 1.5)],
    ['a recognition without a scheme', (c) => (c.credentials[0].recognizedBy = ['finance'])],
    ['an alias with a space', (c) => (c.credentials[0].aliases = ['SY0 701'])],
    ['outcomes without a source', (c) => delete c.credentials[0].outcomes.source],
    ['an unknown renewal field', (c) => (c.credentials[0].renewal.fee = 1)],
  ];
  it.each(refused)('the v2 schema and parseCatalog both refuse %s', (_, breakIt) => {
    const c = v2Catalog();
    breakIt(c);
    expect(schemaErrors(c)).not.toEqual([]);
    expect(validateCatalog(c).ok).toBe(false);
  });

  it('a yearly day that exists every year and a real leap day pass the schema', () => {
    const c = v2Catalog();
    c.credentials[2].starts = ['--02-28', '--12-31', '2028-02-29', '2027-04-30'];
    expect(schemaErrors(c)).toEqual([]);
    expect(validateCatalog(c).ok).toBe(true);
  });
});
