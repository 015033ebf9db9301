// Interop through the real service: plan(input: { wallet }) turns an Open Badges 3.0 / VC wallet into
// holdings (expired and unmatched achievements reported), and importCtdl publishes a CTDL pathway as
// the caller's provider, atomically, with malformed documents refused with every fault listed.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, errorCodes, type TestApi } from './helpers/api-server.js';
import { campusCatalog } from './helpers/catalogs.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(campusCatalog(), { keys: { 'su-key': 'state-u' } });
});
afterAll(async () => {
  await api?.stop();
});

describe('plan with a wallet', () => {
  const PLAN = `query($input: PlanInput!) {
    plan(input: $input) {
      totalCost steps { credential { id } }
      wallet { holdings { id earnedOn } unmatched expired warnings }
    }
  }`;

  it("counts the wallet's valid achievements as holdings and reports the rest", async () => {
    const res = await api.gql(PLAN, {
      input: { target: 'data-cert', asOf: '2026-06-01', wallet: fixture('learner-wallet.json') },
    });
    expect(res.errors).toBeUndefined();
    const plan = (res.data as any).plan;
    expect(plan.wallet.holdings).toEqual([{ id: 'py-101', earnedOn: '2026-02-01' }]);
    expect(plan.wallet.expired).toHaveLength(1);
    expect(plan.wallet.expired[0]).toMatchObject({ id: 'sql-101' });
    expect(plan.wallet.unmatched).toEqual([
      expect.objectContaining({
        achievementId: 'https://other.example.org/achievements/leadership',
      }),
    ]);
    // py-101 held (3 credits); the cheapest 3 more credits is sql-101 (80), then the certificate (50).
    expect(plan.totalCost).toBe(130);
    expect(plan.steps.map((s: any) => s.credential.id).sort()).toEqual(['data-cert', 'sql-101']);
  });

  it('refuses a wallet with no achievement credential as BAD_USER_INPUT', async () => {
    const res = await api.gql(PLAN, { input: { target: 'data-cert', wallet: { hello: 'world' } } });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.pathwiseCode).toBe('IMPORT_INVALID');
  });
});

describe('importCtdl', () => {
  const IMPORT = `mutation($document: JSON!) {
    importCtdl(document: $document) {
      catalogVersion warnings { code path message }
      credentials { id provider { id } requires { kind atLeast of { credential { id } } } }
    }
  }`;

  it('needs a key', async () => {
    expect(
      errorCodes(await api.gql(IMPORT, { document: fixture('data-pathway.ctdl.json') })),
    ).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a malformed document with its faults, changing nothing', async () => {
    const before = ((await api.gql('{ catalogVersion }')).data as any).catalogVersion;
    const res = await api.gql(
      IMPORT,
      {
        document: {
          '@graph': [
            { '@type': 'ceterms:Pathway', 'ceterms:hasChild': ['https://nowhere.example/x'] },
          ],
        },
      },
      'su-key',
    );
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.pathwiseCode).toBe('IMPORT_INVALID');
    expect((res.errors![0]!.extensions!.faults as unknown[]).length).toBeGreaterThan(0);
    expect(((await api.gql('{ catalogVersion }')).data as any).catalogVersion).toBe(before);
  });

  it("publishes the pathway's credentials as the caller's provider, and plans use them", async () => {
    const res = await api.gql(IMPORT, { document: fixture('data-pathway.ctdl.json') }, 'su-key');
    expect(res.errors).toBeUndefined();
    const result = (res.data as any).importCtdl;
    expect(result.catalogVersion).toBe(2);
    expect(result.credentials.map((c: any) => [c.id, c.provider.id])).toEqual([
      ['ce-5a1d0c2e-0000-4000-8000-00000000da7a', 'state-u'],
      ['ce-5a1d0c2e-0000-4000-8000-0000000000a1', 'state-u'],
      ['ce-5a1d0c2e-0000-4000-8000-0000000000b2', 'state-u'],
      ['ce-5a1d0c2e-0000-4000-8000-0000000000c3', 'state-u'],
    ]);
    const rule = result.credentials[0].requires;
    expect(rule).toMatchObject({ kind: 'AT_LEAST', atLeast: 2 });
    expect(rule.of.map((r: any) => r.credential.id).sort()).toEqual([
      'ce-5a1d0c2e-0000-4000-8000-0000000000a1',
      'ce-5a1d0c2e-0000-4000-8000-0000000000b2',
      'ce-5a1d0c2e-0000-4000-8000-0000000000c3',
    ]);
    const plan = await api.gql(
      `{ plan(input: { target: "ce-5a1d0c2e-0000-4000-8000-00000000da7a" }) { totalCost } }`,
    );
    expect((plan.data as any).plan.totalCost).toBe(330);
  });
});
