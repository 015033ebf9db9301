// Fuzz (fast-check) over the GraphQL inputs of the real service (a process on a free loopback port,
// file store): random plan inputs (ids, dates, numbers at their extremes, wallets, exclusions),
// reachable and pathways arguments, publishes of random credentials and imports of random CTDL.
// Bad input must be refused with a client error code: any INTERNAL_SERVER_ERROR, HTTP 500 or stack
// trace in an answer fails the property.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAMPUS_KEY, startCampusService, type CampusService } from './campus-service.js';

const KEY = CAMPUS_KEY;
let service: CampusService;
let url: string;

async function gql(query: string, variables: unknown, key?: string): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  expect(res.status, text).not.toBe(500);
  expect(text).not.toMatch(/INTERNAL_SERVER_ERROR|\n\s+at |"stacktrace"/);
}

const ids = fc.oneof(
  fc.constantFrom('py-101', 'state-u', 'missing', '', ' ', '__proto__', 'constructor'),
  fc.string({ maxLength: 40 }),
);
const numbers = fc.oneof(
  fc.double(),
  fc.constantFrom(5e-324, 1e-300, 1e308, -1, 0, 2 ** 53),
  fc.integer(),
);
const dates = fc.oneof(
  fc.constantFrom('2024-02-30', '0000-01-01', '9999-12-31', '2024-1-1', 'today', ''),
  fc.string({ maxLength: 12 }),
);
/**
 * JSON, or a description of JSON nested `depth` deep (arrays, or wallet-like objects) that `build`
 * makes inside the property (so fast-check's report of a failure stays printable). At most 2,000 deep:
 * the test's own JSON.stringify overflows beyond; deep-input.test.ts sends 10,000 levels as text.
 */
type JsonSpec = { json: unknown } | { depth: number; objects: boolean };
const json: fc.Arbitrary<JsonSpec> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((value) => ({ json: value })),
  fc.record({ depth: fc.integer({ min: 1, max: 2000 }), objects: fc.boolean() }),
);
function build(spec: JsonSpec | undefined): unknown {
  if (spec === undefined) return undefined;
  if ('json' in spec) return spec.json;
  let v: unknown = 'x';
  for (let i = 0; i < spec.depth; i++) v = spec.objects ? { credentialSubject: v } : [v];
  return v;
}
const holding = fc.record({ id: ids, earnedOn: fc.option(dates, { nil: undefined }) });

const PLAN = `query($in: PlanInput!) { plan(input: $in) { feasible optimal totalCost totalWeeks
  steps { credential { id } startWeek endWeek } wallet { warnings } } }`;
const BOARDS = `query($from: [HoldingInput!]!, $c: Float, $w: Float, $t: ID!, $asOf: String) {
  reachable(from: $from, maxCost: $c, maxWeeks: $w, asOf: $asOf) { credential { id } }
  pathways(target: $t, have: $from, asOf: $asOf) { totalCost } }`;
const PUBLISH = `mutation($in: PublishProgramInput!) { publishProgram(input: $in) { catalogVersion } }`;
const IMPORT = `mutation($d: JSON!) { importCtdl(document: $d) { catalogVersion } }`;

describe('fuzz: GraphQL inputs of the real service', () => {
  beforeAll(async () => {
    service = await startCampusService({ PATHWISE_PLAN_TIME_BUDGET_MS: '200' });
    url = service.url;
  });
  afterAll(() => service.stop());

  it('plan: random inputs never give an internal error', async () => {
    const input = fc.record(
      {
        target: ids,
        have: fc.array(holding, { maxLength: 4 }),
        asOf: dates,
        objective: fc.constantFrom('CHEAPEST', 'FASTEST'),
        wallet: json,
        maxWeeks: numbers,
        maxCost: numbers,
        exclude: fc.array(ids, { maxLength: 3 }),
        weeklyHours: numbers,
        timeBudgetMs: fc.integer(),
      },
      { requiredKeys: ['target'] },
    );
    await fc.assert(
      fc.asyncProperty(input, (i) => gql(PLAN, { in: { ...i, wallet: build(i.wallet) } })),
      { numRuns: 150 },
    );
  });

  it('reachable and pathways: random arguments never give an internal error', async () => {
    const args = fc.record({
      from: fc.array(holding, { maxLength: 4 }),
      c: numbers,
      w: numbers,
      t: ids,
      asOf: dates,
    });
    await fc.assert(
      fc.asyncProperty(args, (a) => gql(BOARDS, a)),
      { numRuns: 60 },
    );
  });

  it('publishProgram and importCtdl: random documents never give an internal error', async () => {
    const credential = fc.record(
      {
        id: ids,
        name: fc.string({ maxLength: 20 }),
        kind: fc.constantFrom('course', 'certificate', 'degree', 'bogus'),
        cost: numbers,
        durationWeeks: numbers,
        requires: json.map(build),
        skills: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
      },
      { requiredKeys: ['id', 'name', 'kind', 'cost', 'durationWeeks'] },
    );
    const publish = fc.record({
      provider: fc.constantFrom('state-u', 'other'),
      credentials: fc.array(credential, { maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(publish, json, async (p, document) => {
        await gql(PUBLISH, { in: p }, KEY);
        await gql(IMPORT, { d: build(document) }, KEY);
      }),
      { numRuns: 80 },
    );
  });
});
