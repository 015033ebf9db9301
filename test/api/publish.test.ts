// Publishing over HTTP against the real service and file store: keys, provider ownership, whole-catalog
// validation with every fault listed, atomicity (a failed publish changes nothing), retire, and two
// service processes on one store seeing each other's publishes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, errorCodes, type TestApi } from './helpers/api-server.js';
import { campusCatalog } from './helpers/catalogs.js';

const KEYS = { 'su-key': 'state-u', 'cc-key': 'cloudco', 'new-key': 'newco' };

const PUBLISH = `mutation($input: PublishProgramInput!) {
  publishProgram(input: $input) {
    catalogVersion
    credentials { id name provider { id name } requires { text } stacksInto { id } extensions }
  }
}`;
const RETIRE = `mutation($id: ID!) { retireCredential(id: $id) { catalogVersion id } }`;
const STATE = `{ catalogVersion credentials(first: 100) { nodes { id name } } }`;

const ml = (id: string, extra: object = {}) => ({
  id,
  name: `ML ${id}`,
  kind: 'course',
  cost: 90,
  durationWeeks: 5,
  credits: 3,
  ...extra,
});

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(campusCatalog(), { keys: KEYS });
});
afterAll(async () => {
  await api?.stop();
});

async function state(target: TestApi = api): Promise<{ version: number; ids: string[] }> {
  const res = await target.gql(STATE);
  const data = res.data as any;
  return { version: data.catalogVersion, ids: data.credentials.nodes.map((n: any) => n.id) };
}

describe('publishProgram', () => {
  it('refuses a request without a key or with an unknown key (UNAUTHENTICATED), changing nothing', async () => {
    const before = await state();
    const input = { provider: 'state-u', credentials: [ml('ml-101')] };
    expect(errorCodes(await api.gql(PUBLISH, { input }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await api.gql(PUBLISH, { input }, 'wrong-key'))).toEqual(['UNAUTHENTICATED']);
    expect(await state()).toEqual(before);
  });

  it("refuses a key writing for another provider or over another provider's credential (FORBIDDEN)", async () => {
    const before = await state();
    expect(
      errorCodes(
        await api.gql(
          PUBLISH,
          { input: { provider: 'state-u', credentials: [ml('ml-101')] } },
          'cc-key',
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const hijack = { provider: 'cloudco', credentials: [{ ...ml('py-101'), name: 'Hijacked' }] };
    expect(errorCodes(await api.gql(PUBLISH, { input: hijack }, 'cc-key'))).toEqual(['FORBIDDEN']);
    const mislabelled = {
      provider: 'cloudco',
      credentials: [{ ...ml('cc-new'), provider: 'state-u' }],
    };
    expect(errorCodes(await api.gql(PUBLISH, { input: mislabelled }, 'cc-key'))).toEqual([
      'FORBIDDEN',
    ]);
    expect(await state()).toEqual(before);
  });

  it('refuses an invalid result with every fault listed, and the catalog stays as it was', async () => {
    const before = await state();
    const input = {
      provider: 'state-u',
      credentials: [
        ml('ml-101', { requires: 'ghost-course' }),
        ml('ml-102', { cost: -5 }),
        ml('ml-103', { requires: { credits: 50, of: ['py-101'] } }),
      ],
    };
    const res = await api.gql(PUBLISH, { input }, 'su-key');
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    const ext = res.errors![0]!.extensions!;
    expect(ext.pathwiseCode).toBe('CATALOG_INVALID');
    const faults = ext.faults as { code: string; ids: string[] }[];
    expect(faults.map((f) => f.code).sort()).toEqual(
      ['BAD_NUMBER', 'DANGLING_CREDENTIAL', 'UNREACHABLE_CREDITS'].sort(),
    );
    expect(faults.find((f) => f.code === 'DANGLING_CREDENTIAL')!.ids).toContain('ghost-course');
    expect(await state()).toEqual(before);
  });

  it('refuses an extension field not starting with x-', async () => {
    const res = await api.gql(
      PUBLISH,
      {
        input: { provider: 'state-u', credentials: [ml('ml-101', { extensions: { secret: 1 } })] },
      },
      'su-key',
    );
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });

  it('applies a valid programme atomically: a new version, new and replaced credentials, plans see them', async () => {
    const before = await state();
    const input = {
      provider: 'state-u',
      credentials: [
        ml('ml-101', {
          requires: 'py-101',
          provider: 'state-u',
          extensions: { 'x-code': 'ML101' },
        }),
        { ...ml('sql-101'), name: 'SQL Basics (2027)', cost: 60, durationWeeks: 3 },
      ],
    };
    const res = await api.gql(PUBLISH, { input }, 'su-key');
    expect(res.errors).toBeUndefined();
    const result = (res.data as any).publishProgram;
    expect(result.catalogVersion).toBe(before.version + 1);
    expect(result.credentials).toEqual([
      {
        id: 'ml-101',
        name: 'ML ml-101',
        provider: { id: 'state-u', name: 'State University' },
        requires: { text: 'py-101' },
        stacksInto: [],
        extensions: { 'x-code': 'ML101' },
      },
      {
        id: 'sql-101',
        name: 'SQL Basics (2027)',
        provider: { id: 'state-u', name: 'State University' },
        requires: null,
        stacksInto: [{ id: 'data-cert' }, { id: 'cloud-data-eng' }],
        extensions: null,
      },
    ]);
    const after = await state();
    expect(after.version).toBe(before.version + 1);
    expect(after.ids).toEqual([...before.ids, 'ml-101']);
    // The planner was rebuilt for the new version: py (100) + sql (now 60) + cert 50.
    const plan = await api.gql(`{ plan(input: { target: "data-cert" }) { totalCost } }`);
    expect((plan.data as any).plan.totalCost).toBe(210);
  });

  it('adds a new provider under its key, with the given name', async () => {
    const res = await api.gql(
      PUBLISH,
      { input: { provider: 'newco', providerName: 'New Co', credentials: [ml('newco-1')] } },
      'new-key',
    );
    expect(res.errors).toBeUndefined();
    expect((res.data as any).publishProgram.credentials[0].provider).toEqual({
      id: 'newco',
      name: 'New Co',
    });
  });
});

describe('retireCredential', () => {
  it("needs a key, refuses another provider's or an unknown credential", async () => {
    const before = await state();
    expect(errorCodes(await api.gql(RETIRE, { id: 'stats-101' }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await api.gql(RETIRE, { id: 'stats-101' }, 'cc-key'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await api.gql(RETIRE, { id: 'no-such' }, 'su-key'))).toEqual(['NOT_FOUND']);
    expect(await state()).toEqual(before);
  });

  it("retires the caller's own credential: marked retired, nothing deleted (more in retire.test.ts)", async () => {
    const before = await state();
    const res = await api.gql(RETIRE, { id: 'newco-1' }, 'new-key');
    expect(res.data).toEqual({
      retireCredential: { catalogVersion: before.version + 1, id: 'newco-1' },
    });
    const after = await state();
    expect(after.ids).toEqual(before.ids);
    const shown = await api.gql('{ credential(id: "newco-1") { retired } }');
    expect(shown.data).toEqual({ credential: { retired: true } });
  });
});

describe('two service processes on one store', () => {
  // The other process checks the store's version in the background of its requests and loads the new
  // version while it answers from the loaded one: it sees the publish once that load is done (a
  // publish's own process sees it at once).
  it("each sees the other's publishes (planner rebuilt by catalog version)", async () => {
    const other = await startTestApi(campusCatalog(), { keys: KEYS, dataDir: api.dataDir });
    try {
      const before = await state(other);
      expect(before).toEqual(await state(api));
      const res = await other.gql(
        PUBLISH,
        {
          input: {
            provider: 'cloudco',
            credentials: [
              {
                id: 'cloud-adv',
                name: 'Cloud Advanced',
                kind: 'certification',
                cost: 300,
                durationWeeks: 3,
                requires: 'cloud-found',
              },
            ],
          },
        },
        'cc-key',
      );
      expect(res.errors).toBeUndefined();
      expect((await state(other)).version).toBe(before.version + 1);
      let seen = await state(api);
      for (let i = 0; i < 400 && seen.version === before.version; i++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        seen = await state(api);
      }
      expect(seen.version).toBe(before.version + 1);
      expect(seen.ids).toContain('cloud-adv');
      const plan = await api.gql(`{ plan(input: { target: "cloud-adv" }) { totalCost } }`);
      expect((plan.data as any).plan.totalCost).toBe(300);
    } finally {
      await other.stop();
    }
  });
});
