// Test support: fast-check arbitraries of valid catalogs, v1 (v1 fields only) and v2 (every v2
// field and offers), built so every rule holds: requirements name earlier credentials only (no
// cycle), credit thresholds are reachable, ids, offer ids and aliases are distinct, renewals have
// validityMonths and never name their own credential.
import fc from 'fast-check';
import { CREDENTIAL_KINDS, PROVIDER_KINDS } from '@pathwise/core';

type Json = Record<string, unknown>;

const PROVIDERS = ['p0', 'p1', 'p2'];

/** A requirement over ids `c0 … c{below-1}` (depth ≤ 3), with credits of each id. */
function requirement(below: number, credits: number[], depth: number): fc.Arbitrary<unknown> {
  const id = fc.integer({ min: 0, max: below - 1 }).map((i) => `c${i}`);
  const ids = fc.uniqueArray(fc.integer({ min: 0, max: below - 1 }), {
    minLength: 1,
    maxLength: Math.min(4, below),
  });
  const creditsGroup = ids.chain((members): fc.Arbitrary<unknown> => {
    const total = members.reduce((sum, i) => sum + credits[i]!, 0);
    if (total <= 0) return fc.constant(`c${members[0]!}`);
    return fc
      .double({ min: 0.5, max: total, noNaN: true })
      .map((n) => ({ credits: n, of: members.map((i) => `c${i}`) }));
  });
  if (depth === 0) return fc.oneof(id, creditsGroup);
  // Members of one group are distinct ids or groups (the same id twice in a group is refused).
  const members = fc
    .array(requirement(below, credits, depth - 1), { minLength: 1, maxLength: 3 })
    .map((list) => list.filter((m, i) => typeof m !== 'string' || list.indexOf(m) === i));
  return fc.oneof(
    { weight: 3, arbitrary: id },
    { weight: 1, arbitrary: creditsGroup },
    { weight: 2, arbitrary: members.map((all) => ({ all })) },
    { weight: 2, arbitrary: members.map((any) => ({ any })) },
    {
      weight: 1,
      arbitrary: members.chain((of) =>
        fc.integer({ min: 1, max: of.length }).map((atLeast) => ({ atLeast, of })),
      ),
    },
  );
}

const day = fc
  .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ month, day: d }) => `${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const startDay = fc.oneof(
  day.map((md) => `--${md}`),
  fc.tuple(fc.integer({ min: 2000, max: 2040 }), day).map(([y, md]) => `${y}-${md}`),
  fc.constantFrom('2028-02-29', '--12-31', '--02-28'),
);

/** The v2 fields of credential `i` of `n` (aliases are made unique by their index). */
function v2Fields(i: number, n: number, validity: number | undefined): fc.Arbitrary<Json> {
  const others = Array.from({ length: n }, (_, j) => `c${j}`).filter((id) => id !== `c${i}`);
  return fc
    .record(
      {
        pace: fc.constantFrom('self', 'fixed'),
        starts: fc.uniqueArray(startDay, { minLength: 1, maxLength: 4 }),
        retired: fc.boolean(),
        aliases: fc
          .array(fc.constantFrom('CTID-ce-', 'https://credly.example/b/', 'EXAM-'), {
            maxLength: 3,
          })
          .map((kinds) => kinds.map((k, j) => `${k}${i}-${j}`)),
        renewal: fc.record(
          {
            cost: fc.double({ min: 0, max: 500, noNaN: true }),
            effortHours: fc.integer({ min: 0, max: 60 }),
            by: fc.subarray(others, { maxLength: Math.min(2, others.length) }),
          },
          { requiredKeys: ['cost'] },
        ),
        outcomes: fc.record({
          medianAnnualEarnings: fc.integer({ min: 0, max: 300_000 }),
          source: fc.constantFrom('BLS OES 2024', 'CompTIA survey'),
          year: fc.integer({ min: 1990, max: 2030 }),
        }),
        recognizedBy: fc.uniqueArray(
          fc.constantFrom(
            'industry:finance',
            'employer:us-dod-8140',
            'country:de',
            'occupation:onet:15-1212.00',
          ),
          { maxLength: 3 },
        ),
      },
      { requiredKeys: [] },
    )
    .map((fields) => {
      if (validity === undefined) delete fields.renewal;
      return fields;
    });
}

/** The v1 fields of credential `i`, with numbers small enough that no sum overflows. */
function credentialShape(i: number): fc.Arbitrary<Json> {
  return fc
    .record(
      {
        kind: fc.constantFrom(...CREDENTIAL_KINDS),
        provider: fc.option(fc.constantFrom(...PROVIDERS), { nil: undefined }),
        cost: fc.double({ min: 0, max: 5000, noNaN: true }),
        durationWeeks: fc.integer({ min: 1, max: 52 }),
        effortHours: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
        credits: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
        level: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
        validityMonths: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
        hasRule: fc.boolean(),
      },
      { requiredKeys: ['kind', 'cost', 'durationWeeks', 'hasRule'] },
    )
    .map((shape) => {
      const c: Json = { id: `c${i}`, name: `Credential ${i}` };
      for (const [key, value] of Object.entries(shape)) if (value !== undefined) c[key] = value;
      return c;
    });
}

/**
 * A valid catalog of 1 to `maxSize` credentials.
 * @param version - 1 for v1 fields only, 2 for every v2 field and offers
 */
export function validCatalog(version: 1 | 2, maxSize = 12): fc.Arbitrary<Json> {
  return fc.integer({ min: 1, max: maxSize }).chain((n) =>
    fc.tuple(...Array.from({ length: n }, (_, i) => credentialShape(i))).chain((shapes) => {
      const credits = shapes.map((s) => (typeof s.credits === 'number' ? s.credits : 0));
      const rules = shapes.map((s, i) =>
        s.hasRule && i > 0 ? requirement(i, credits, 2) : fc.constant(undefined),
      );
      const extras = shapes.map((s, i) =>
        version === 2 ? v2Fields(i, n, s.validityMonths as number | undefined) : fc.constant({}),
      );
      const offers =
        version === 2 ? fc.array(offer(n, credits), { maxLength: 3 }) : fc.constant([]);
      return fc.tuple(fc.tuple(...rules), fc.tuple(...extras), offers).map(([r, x, o]) => {
        const credentials = shapes.map((s, i) => {
          const { hasRule: _hasRule, ...c } = s;
          if (r[i] !== undefined) c.requires = r[i];
          // Rule 4 holds: durationWeeks ≥ 1 here, so a fixed credential with effort has weeks.
          return Object.assign(c, x[i]);
        });
        const catalog: Json = {
          format: version === 2 ? 'pathwise.catalog/v2' : 'pathwise.catalog/v1',
          currency: 'USD',
          providers: PROVIDERS.map((id, k) => ({
            id,
            name: `Provider ${k}`,
            kind: PROVIDER_KINDS[k % PROVIDER_KINDS.length],
          })),
          credentials,
        };
        if (version === 2 && o.length > 0)
          catalog.offers = o.map((offerJson, k) => ({ ...offerJson, id: `offer-${k}` }));
        return catalog;
      });
    }),
  );
}

function offer(n: number, credits: number[]): fc.Arbitrary<Json> {
  const ids = Array.from({ length: n }, (_, j) => `c${j}`);
  return fc
    .record(
      {
        name: fc.constantFrom('Monthly subscription', 'Membership', 'Bundle'),
        provider: fc.constantFrom(...PROVIDERS),
        price: fc.double({ min: 0, max: 1000, noNaN: true }),
        periodMonths: fc.integer({ min: 1, max: 12 }),
        covers: fc.subarray(ids, { minLength: 1 }),
        prices: fc.array(fc.double({ min: 0, max: 500, noNaN: true }), {
          minLength: n,
          maxLength: n,
        }),
        requires: requirement(n, credits, 1),
      },
      { requiredKeys: ['name', 'price', 'covers', 'prices'] },
    )
    .map(({ covers, prices, ...rest }) => ({
      ...rest,
      prices: Object.fromEntries(covers.map((id) => [id, prices[Number(id.slice(1))]!])),
    }));
}
