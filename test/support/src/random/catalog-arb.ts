/**
 * fast-check generator of valid catalogs for round-trip properties: nested all / any / atLeast /
 * credits requirements over earlier credentials only (so no cycles), reachable credit thresholds,
 * every optional field and `x-` extensions now and then.
 */
import fc from 'fast-check';
import type { Catalog, Credential, Provider, Requirement } from '@pathwise/core';
import { CATALOG_FORMAT, CREDENTIAL_KINDS, PROVIDER_KINDS } from '@pathwise/core';
import { creditsWithin, distinctIds } from './group-rules.js';

type Shape =
  | { t: 'id'; n: number }
  | { t: 'all' | 'any'; items: Shape[] }
  | { t: 'atLeast'; k: number; items: Shape[] }
  | { t: 'credits'; ids: number[]; ratio: number };

const { shape } = fc.letrec<{ shape: Shape }>((tie) => ({
  shape: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'req' },
    fc.record({ t: fc.constant('id' as const), n: fc.nat() }),
    fc.record({
      t: fc.constantFrom('all' as const, 'any' as const),
      items: fc.array(tie('shape'), { minLength: 1, maxLength: 4 }),
    }),
    fc.record({
      t: fc.constant('atLeast' as const),
      k: fc.nat(),
      items: fc.array(tie('shape'), { minLength: 1, maxLength: 4 }),
    }),
    fc.record({
      t: fc.constant('credits' as const),
      ids: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
      ratio: fc.integer({ min: 1, max: 100 }),
    }),
  ),
}));

const trimmed = fc
  .string({ minLength: 1, maxLength: 30 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const idArb = fc.stringMatching(/^[A-Za-z0-9._:/-]{1,24}$/);
const money = fc.integer({ min: 0, max: 500_000 }).map((c) => c / 100);
const weeks = fc.oneof(
  fc.integer({ min: 0, max: 104 }),
  fc.integer({ min: 1, max: 400 }).map((w) => w / 4),
);
const jsonValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 3 }),
);

// Built on first use, not at import: fc.webUrl() takes about a second to build, which every test
// file importing test-support paid whether it drew catalogs or not.
let fieldsArb: ReturnType<typeof buildCredentialFields> | undefined;
const credentialFields = (): ReturnType<typeof buildCredentialFields> =>
  (fieldsArb ??= buildCredentialFields());

function buildCredentialFields() {
  return fc.record(
    {
      name: trimmed,
      kind: fc.constantFrom(...CREDENTIAL_KINDS),
      cost: money,
      durationWeeks: weeks,
      effortHours: fc.integer({ min: 0, max: 400 }),
      credits: fc.oneof(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 40 }).map((c) => c / 2),
      ),
      level: fc.integer({ min: 1, max: 8 }),
      skills: fc.array(trimmed, { maxLength: 3 }),
      validityMonths: fc.integer({ min: 1, max: 72 }),
      url: fc.webUrl(),
      description: trimmed,
      'x-note': jsonValue,
      providerPick: fc.nat(),
      shape,
    },
    { requiredKeys: ['name', 'kind', 'cost', 'durationWeeks', 'shape', 'providerPick'] },
  );
}

function materialise(s: Shape, pool: Credential[]): Requirement {
  const pick = (n: number): string => pool[n % pool.length]!.id;
  switch (s.t) {
    case 'id':
      return pick(s.n);
    case 'all':
      return { all: distinctIds(s.items.map((i) => materialise(i, pool))) };
    case 'any':
      return { any: distinctIds(s.items.map((i) => materialise(i, pool))) };
    case 'atLeast': {
      const of = distinctIds(s.items.map((i) => materialise(i, pool)));
      return { atLeast: 1 + (s.k % of.length), of };
    }
    case 'credits': {
      const ids = [...new Set(s.ids.map(pick))];
      const byId = new Map(pool.map((c) => [c.id, c] as const));
      const sum = creditsWithin(ids, (id) => byId.get(id)!.credits);
      if (sum <= 0) return ids[0]!;
      return { credits: Math.max(0.5, Math.floor((sum * s.ratio) / 50) / 2), of: ids };
    }
  }
}

/**
 * @param max - the most credentials a catalog has
 * @returns valid catalogs of 1 to `max` credentials, with providers and a currency now and then
 */
export function catalogArb(max = 10): fc.Arbitrary<Catalog> {
  return fc
    .record(
      {
        ids: fc.uniqueArray(idArb, { minLength: 1, maxLength: max }),
        providers: fc.uniqueArray(
          fc.record(
            { id: idArb, name: trimmed, kind: fc.constantFrom(...PROVIDER_KINDS) },
            { requiredKeys: ['id', 'name'] },
          ),
          { maxLength: 3, selector: (p) => p.id },
        ),
        fields: fc.array(credentialFields(), { minLength: max, maxLength: max }),
        currency: fc.constantFrom('USD', 'EUR', 'GBP'),
        'x-source': jsonValue,
      },
      { requiredKeys: ['ids', 'providers', 'fields'] },
    )
    .map(({ ids, providers, fields, currency, 'x-source': xSource }) => {
      const credentials: Credential[] = [];
      ids.forEach((id, i) => {
        const { shape: s, providerPick, ...rest } = fields[i]!;
        const c: Credential = { id, ...rest };
        if (providers.length > 0 && providerPick % 3 !== 0)
          c.provider = providers[providerPick % providers.length]!.id;
        if (credentials.length > 0 && i % 4 !== 0) c.requires = materialise(s, credentials);
        credentials.push(c);
      });
      const catalog: Catalog = { format: CATALOG_FORMAT, credentials };
      if (providers.length > 0) catalog.providers = providers as Provider[];
      if (currency !== undefined) catalog.currency = currency;
      if (xSource !== undefined) catalog['x-source'] = xSource;
      return catalog;
    });
}

/**
 * @param catalog - a catalog
 * @param canonical - puts one requirement in canonical form
 * @returns the catalog with every requirement in canonical form (what an import of its export returns)
 */
export function withCanonicalRules(
  catalog: Catalog,
  canonical: (r: Requirement) => Requirement,
): Catalog {
  return {
    ...catalog,
    credentials: catalog.credentials.map((c) =>
      c.requires === undefined ? c : { ...c, requires: canonical(c.requires) },
    ),
  };
}
