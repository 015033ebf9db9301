/**
 * Small valid catalogs for store tests and benchmarks: a rich one that uses every field of
 * catalog-v1 (nested requirements, extensions), its catalog-v2 form with every v2 field and an offer,
 * and a generator of large layered catalogs.
 */
import type { Catalog, Credential } from '@pathwise/core';
import { CATALOG_FORMAT, CATALOG_FORMAT_V2 } from '@pathwise/core';

/**
 * @param id - credential id
 * @param provider - provider id
 * @param extra - fields to add or override
 * @returns a minimal valid credential
 */
export function makeCredential(
  id: string,
  provider: string,
  extra: Partial<Credential> = {},
): Credential {
  return {
    id,
    name: `Credential ${id}`,
    kind: 'badge',
    provider,
    cost: 10,
    durationWeeks: 2,
    ...extra,
  };
}

/** @returns a catalog that uses every field, nested requirements and `x-` extensions everywhere */
export function richCatalog(): Catalog {
  return {
    format: CATALOG_FORMAT,
    currency: 'EUR',
    'x-source': { system: 'fixture', tags: ['a', 'b'] },
    providers: [
      {
        id: 'uni',
        name: 'A University',
        kind: 'university',
        url: 'https://uni.example',
        'x-country': 'NL',
      },
      { id: 'corp', name: 'Corp', kind: 'industry' },
    ],
    credentials: [
      makeCredential('py', 'corp', {
        credits: 2,
        effortHours: 15,
        skills: ['python', 'esco:S1.2'],
      }),
      makeCredential('sql', 'corp', { credits: 1.5, level: 4, 'x-note': null, 'x-weight': 0.25 }),
      makeCredential('viz', 'corp', { credits: 1, skills: [] }),
      makeCredential('stats', 'uni', {
        kind: 'course',
        cost: 0,
        durationWeeks: 0,
        validityMonths: 24,
      }),
      {
        id: 'analyst',
        name: 'Data Analyst',
        kind: 'certificate',
        provider: 'corp',
        cost: 39.5,
        durationWeeks: 2,
        validityMonths: 36,
        url: 'https://corp.example/analyst',
        description: 'Line one\nline "two"',
        requires: { all: ['py', { atLeast: 2, of: ['sql', 'viz', { any: ['stats', 'py'] }] }] },
        'x-ctdl': { '@type': 'ceterms:Certificate', nested: [1, { deep: true }] },
      },
      {
        id: 'msc',
        name: 'MSc Data',
        kind: 'degree',
        provider: 'uni',
        cost: 12000,
        durationWeeks: 52,
        level: 7,
        requires: { any: [{ credits: 3, of: ['py', 'sql', 'viz'] }, 'analyst'] },
      },
      {
        id: 'solo',
        name: 'No provider',
        kind: 'experience',
        cost: 0,
        durationWeeks: 8,
        requires: 'stats',
      },
    ],
  };
}

/**
 * @returns `richCatalog()` as catalog-v2, with every v2 credential field (pace, starts, retired,
 *   aliases, renewal, outcomes, recognizedBy) and an offer; `stats` is retired and still named by
 *   `analyst` (corp's) and `solo`
 */
export function richCatalogV2(): Catalog {
  const v1 = richCatalog();
  const v2: Record<string, Partial<Credential>> = {
    py: { pace: 'self', aliases: ['PY-100', 'urn:badge:py'], recognizedBy: ['industry:tech'] },
    sql: { pace: 'fixed', effortHours: 20, starts: ['--01-15', '2027-05-10'] },
    stats: {
      retired: true,
      renewal: { cost: 5, effortHours: 2, by: ['sql'] },
      outcomes: { medianAnnualEarnings: 50000, source: 'fixture survey', year: 2025 },
    },
    viz: { retired: false, aliases: [] },
  };
  return {
    ...v1,
    format: CATALOG_FORMAT_V2,
    credentials: v1.credentials.map((c) => ({ ...c, ...v2[c.id] })),
    offers: [
      {
        id: 'corp-monthly',
        name: 'Corp monthly',
        provider: 'corp',
        price: 29,
        periodMonths: 1,
        prices: { py: 0, sql: 0 },
        'x-note': 'fixture',
      },
    ],
  };
}

/**
 * A large valid catalog: `count` credentials of `providers` providers in layers, each above the first
 * requiring a group of credentials of the layer below (all/any/atLeast/credits in turn).
 * @param count - number of credentials
 * @param providers - number of providers
 * @param prefix - id prefix (so several generated catalogs can coexist)
 * @returns the catalog
 */
export function generatedCatalog(count: number, providers = 10, prefix = 'c'): Catalog {
  const credentials: Credential[] = [];
  const width = 100;
  for (let i = 0; i < count; i++) {
    const provider = `p${i % providers}`;
    const c = makeCredential(`${prefix}${i}`, provider, { credits: 1 + (i % 3), cost: i % 500 });
    if (i >= width) {
      const below = (Math.floor(i / width) - 1) * width;
      const col = i % width;
      const a = `${prefix}${below + col}`;
      const b = `${prefix}${below + ((col + 1) % width)}`;
      const d = `${prefix}${below + ((col + 2) % width)}`;
      const form = i % 4;
      c.requires =
        form === 0
          ? { all: [a, { any: [b, d] }] }
          : form === 1
            ? { any: [a, b] }
            : form === 2
              ? { atLeast: 1, of: [a, { all: [b] }] }
              : { credits: 1, of: [a, b] };
    }
    credentials.push(c);
  }
  return {
    format: CATALOG_FORMAT,
    providers: Array.from({ length: providers }, (_, i) => ({
      id: `p${i}`,
      name: `Provider ${i}`,
    })),
    credentials,
  };
}

/**
 * The benches' publish into a big catalog: 100 new credentials of its first provider, each standing
 * on an existing credential of that provider.
 * @param catalog - a catalog with at least one provider that issues a credential
 * @param prefix - the new ids are `${prefix}-0` to `${prefix}-99`
 * @returns the publish
 */
export function publishOfHundred(
  catalog: Catalog,
  prefix: string,
): { kind: 'publish'; provider: string; credentials: Credential[] } {
  const provider = catalog.providers![0]!.id;
  const existing = catalog.credentials.filter((c) => c.provider === provider);
  const credentials = Array.from({ length: 100 }, (_, i) =>
    makeCredential(`${prefix}-${i}`, provider, { requires: existing[i % existing.length]!.id }),
  );
  return { kind: 'publish', provider, credentials };
}
