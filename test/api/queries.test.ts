// Learner and board queries over HTTP against the real service: credential look-ups, filters and
// cursor pagination, requirement trees, stacksInto, providers, reachable, pathways, health, errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, errorCodes, type GqlResponse, type TestApi } from './helpers/api-server.js';
import { campusCatalog } from './helpers/catalogs.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(campusCatalog());
});
afterAll(async () => {
  await api?.stop();
});

describe('credential', () => {
  it('returns every field, the rule as a tree and as JSON, stacksInto and the provider', async () => {
    const res = await api.gql(`{
      credential(id: "cloud-data-eng") {
        id name kind cost durationWeeks validityMonths credits skills extensions
        provider { id name kind }
        requiresJson
        requires { kind text of { kind text credential { id } atLeast of { kind credential { id } } } }
      }
      py: credential(id: "py-101") { stacksInto { id } }
    }`);
    expect(res.errors).toBeUndefined();
    const c = (res.data as any).credential;
    expect(c).toMatchObject({
      id: 'cloud-data-eng',
      kind: 'certification',
      cost: 200,
      durationWeeks: 2,
      validityMonths: 24,
      credits: 0,
      skills: [],
      extensions: { 'x-exam-code': 'CDE-01' },
      provider: { id: 'cloudco', kind: 'industry' },
    });
    expect(c.requiresJson).toEqual(campusCatalog().credentials[5]!.requires);
    expect(c.requires.kind).toBe('ALL');
    expect(c.requires.text).toBe(
      'all(cloud-found, any(data-cert, 2 of (py-101, sql-101, stats-101)))',
    );
    expect(c.requires.of[0]).toMatchObject({
      kind: 'CREDENTIAL',
      credential: { id: 'cloud-found' },
    });
    expect(c.requires.of[1].kind).toBe('ANY');
    expect(c.requires.of[1].of.map((r: any) => r.kind)).toEqual(['CREDENTIAL', 'AT_LEAST']);
    expect((res.data as any).py.stacksInto.map((s: any) => s.id).sort()).toEqual([
      'cloud-data-eng',
      'data-cert',
    ]);
  });

  it('is null for an unknown id', async () => {
    const res = await api.gql(`{ credential(id: "nope") { id } }`);
    expect(res.errors).toBeUndefined();
    expect((res.data as any).credential).toBeNull();
  });
});

describe('credentials', () => {
  const LIST = `query($filter: CredentialFilter, $first: Int, $after: String) {
    credentials(filter: $filter, first: $first, after: $after) {
      totalCount nodes { id } edges { cursor node { id } } pageInfo { hasNextPage endCursor }
    }
  }`;
  const ids = async (filter: object): Promise<string[]> =>
    ((await api.gql(LIST, { filter, first: 100 })).data as any).credentials.nodes.map(
      (n: any) => n.id,
    );

  it('filters by kind, provider, skill and text', async () => {
    expect(await ids({ kind: 'course' })).toEqual(['py-101', 'sql-101', 'stats-101']);
    expect(await ids({ provider: 'cloudco' })).toEqual(['cloud-found', 'cloud-data-eng']);
    expect(await ids({ skill: 'sql' })).toEqual(['sql-101']);
    expect(await ids({ text: 'INFERENTIAL' })).toEqual(['stats-101']);
    expect(await ids({ text: 'cloud', kind: 'badge' })).toEqual(['cloud-found']);
  });

  it('pages with cursors through every credential once, in catalog order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: GqlResponse = await api.gql(LIST, { first: 4, after });
      const conn: any = (res.data as any).credentials;
      expect(conn.totalCount).toBe(6);
      seen.push(...conn.edges.map((e: any) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(campusCatalog().credentials.map((c) => c.id));
  });

  it('refuses a page larger than the limit and a cursor naming nothing', async () => {
    expect(errorCodes(await api.gql(LIST, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.gql(LIST, { first: 2, after: 'bm9wZQ' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});

describe('plan', () => {
  it('answers plan-v1 with nested credentials and satisfies', async () => {
    const res = await api.gql(`{
      plan(input: { target: "data-cert", asOf: "2026-01-01" }) {
        feasible optimal objective totalCost totalWeeks reason
        target { id }
        steps { credential { id } cost startWeek endWeek satisfies { id } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const plan = (res.data as any).plan;
    // credits 6 of py (3, 100), sql (3, 80), stats (4, 120): py + sql = 180, then the cert 50.
    expect(plan).toMatchObject({
      feasible: true,
      optimal: true,
      objective: 'CHEAPEST',
      totalCost: 230,
      target: { id: 'data-cert' },
    });
    expect(plan.steps.map((s: any) => s.credential.id).sort()).toEqual([
      'data-cert',
      'py-101',
      'sql-101',
    ]);
    const cert = plan.steps.find((s: any) => s.credential.id === 'data-cert');
    expect(cert.startWeek).toBe(4);
    expect(plan.totalWeeks).toBe(5);
  });

  it('reports lapsed holdings and counts them as not held', async () => {
    const res = await api.gql(`{
      plan(input: { target: "cloud-data-eng", have: [{ id: "cloud-data-eng", earnedOn: "2020-01-01" }, { id: "data-cert" }, { id: "cloud-found" }], asOf: "2026-01-01" }) {
        totalCost lapsed { credential { id } earnedOn validUntil }
      }
    }`);
    expect(res.errors).toBeUndefined();
    expect((res.data as any).plan).toEqual({
      totalCost: 200,
      lapsed: [
        { credential: { id: 'cloud-data-eng' }, earnedOn: '2020-01-01', validUntil: '2022-01-01' },
      ],
    });
  });

  it('refuses an unknown target or holding and a malformed date with BAD_USER_INPUT', async () => {
    const unknownTarget = await api.gql(`{ plan(input: { target: "nope" }) { totalCost } }`);
    expect(errorCodes(unknownTarget)).toEqual(['BAD_USER_INPUT']);
    expect(unknownTarget.errors![0]!.extensions).toMatchObject({
      pathwiseCode: 'UNKNOWN_CREDENTIAL',
      id: 'nope',
    });
    expect(
      errorCodes(
        await api.gql(
          `{ plan(input: { target: "data-cert", have: [{ id: "ghost" }] }) { totalCost } }`,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(
        await api.gql(`{ plan(input: { target: "data-cert", asOf: "2026-13-45" }) { totalCost } }`),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(
        await api.gql(`{ plan(input: { target: "data-cert", timeBudgetMs: -5 }) { totalCost } }`),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });
});

describe('providers', () => {
  it('lists providers with their credentials', async () => {
    const res = await api.gql(
      `{ providers { id credentials { id } } provider(id: "cloudco") { name } }`,
    );
    expect((res.data as any).providers).toEqual([
      {
        id: 'state-u',
        credentials: [
          { id: 'py-101' },
          { id: 'sql-101' },
          { id: 'stats-101' },
          { id: 'data-cert' },
        ],
      },
      { id: 'cloudco', credentials: [{ id: 'cloud-found' }, { id: 'cloud-data-eng' }] },
    ]);
    expect((res.data as any).provider).toEqual({ name: 'CloudCo' });
  });
});

describe('workforce boards', () => {
  const REACH = `query($from: [HoldingInput!]!, $maxCost: Float, $maxWeeks: Float, $kinds: [String!]) {
    reachable(from: $from, maxCost: $maxCost, maxWeeks: $maxWeeks, asOf: "2026-01-01", kinds: $kinds) {
      credential { id } totalCost totalWeeks objective stepCount
    }
  }`;

  it('reachable lists what a group can reach within cost and time, cheapest first, held ones left out', async () => {
    const from = [{ id: 'py-101' }, { id: 'sql-101' }];
    const all = (await api.gql(REACH, { from })).data as any;
    expect(all.reachable.map((r: any) => [r.credential.id, r.totalCost])).toEqual([
      ['cloud-found', 0],
      ['data-cert', 50],
      ['stats-101', 120],
      ['cloud-data-eng', 200],
    ]);
    const cheap = (await api.gql(REACH, { from, maxCost: 100 })).data as any;
    expect(cheap.reachable.map((r: any) => r.credential.id)).toEqual(['cloud-found', 'data-cert']);
    const certs = (
      await api.gql(REACH, { from, maxCost: 1000, maxWeeks: 3, kinds: ['certification'] })
    ).data as any;
    expect(certs.reachable).toEqual([
      {
        credential: { id: 'cloud-data-eng' },
        totalCost: 200,
        totalWeeks: 3,
        objective: 'CHEAPEST',
        stepCount: 2,
      },
    ]);
    const tooSoon = (await api.gql(REACH, { from, maxWeeks: 2, kinds: ['certification'] }))
      .data as any;
    expect(tooSoon.reachable).toEqual([]);
  });

  it('pathways summarises the cheapest and the fastest route', async () => {
    const res = await api.gql(`{
      pathways(target: "cloud-data-eng", asOf: "2026-01-01") {
        objective totalCost totalWeeks stepCount credentials { id } providers { id }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const [cheapest, fastest] = (res.data as any).pathways;
    // cheapest: 2 of the courses (py 100 + sql 80) beats data-cert's route; then cloud-found and the exam.
    expect(cheapest).toMatchObject({ objective: 'CHEAPEST', totalCost: 380, stepCount: 4 });
    expect(cheapest.providers.map((p: any) => p.id).sort()).toEqual(['cloudco', 'state-u']);
    expect(fastest.objective).toBe('FASTEST');
    expect(fastest.totalWeeks).toBeLessThanOrEqual(cheapest.totalWeeks);
    expect(fastest.totalWeeks).toBe(6);
  });
});

describe('http', () => {
  it('serves /healthz with the catalog version', async () => {
    const res = await fetch(`${api.base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', catalogVersion: 1 });
  });

  it('answers other paths with 404 and malformed JSON with 400', async () => {
    expect((await fetch(`${api.base}/nope`)).status).toBe(404);
    const bad = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(bad.status).toBe(400);
  });

  it('reports a syntax error as a GraphQL error without a stack trace', async () => {
    const res = await api.gql(`{ credential(id: ) }`);
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});
