// Issue 13 items 15 and 16 over HTTP against the real service and file store: two credentials with
// one id in one publish are refused (no "last one wins"), and publish faults point into what was sent
// (`credentials[0].cost` for the first credential sent), with its id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './helpers/api-server.js';
import { campusCatalog } from './helpers/catalogs.js';

const PUBLISH = `mutation($input: PublishProgramInput!) {
  publishProgram(input: $input) { catalogVersion credentials { id cost } }
}`;
const VERSION = `{ catalogVersion }`;

const course = (id: string, extra: object = {}) => ({
  id,
  name: `Course ${id}`,
  kind: 'course',
  cost: 90,
  durationWeeks: 5,
  ...extra,
});

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(campusCatalog(), { keys: { 'su-key': 'state-u' } });
});
afterAll(async () => {
  await api?.stop();
});

const version = async (): Promise<number> =>
  ((await api.gql(VERSION)).data as { catalogVersion: number }).catalogVersion;

describe('publish faults', () => {
  it('refuses two credentials with one id in one publish, and changes nothing', async () => {
    const before = await version();
    const input = {
      provider: 'state-u',
      credentials: [course('dup', { cost: 10 }), course('other'), course('dup', { cost: 20 })],
    };
    const res = await api.gql(PUBLISH, { input }, 'su-key');
    const ext = res.errors![0]!.extensions!;
    expect(ext.code).toBe('BAD_USER_INPUT');
    expect(ext.faults).toMatchObject([
      { code: 'DUPLICATE_ID', path: 'credentials[2].id', ids: ['dup'] },
    ]);
    expect(await version()).toBe(before);
  });

  it('points fault paths into the credentials sent, with their ids', async () => {
    const catalogSize = campusCatalog().credentials.length;
    expect(catalogSize).toBeGreaterThan(2);
    const input = {
      provider: 'state-u',
      credentials: [
        course('neg', { cost: -1 }),
        course('fine'),
        course('dangles', { requires: 'ghost' }),
      ],
    };
    const res = await api.gql(PUBLISH, { input }, 'su-key');
    const faults = res.errors![0]!.extensions!.faults as {
      code: string;
      path: string;
      ids: string[];
    }[];
    expect(faults.map((f) => `${f.code} ${f.path}`).sort()).toEqual([
      'BAD_NUMBER credentials[0].cost',
      'DANGLING_CREDENTIAL credentials[2].requires',
    ]);
    expect(faults.find((f) => f.code === 'BAD_NUMBER')!.ids).toContain('neg');
    expect(faults.find((f) => f.code === 'DANGLING_CREDENTIAL')!.ids).toContain('dangles');
  });
});
