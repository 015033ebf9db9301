// Issue 11 (page support) through the real service: Query.walletHoldings gives a wallet's holdings
// with the CLI's checks (expired, revoked and unmatched reported with their reason, not counted), and
// Query.validateCatalogFile is a dry run of Mutation.publishCatalogFile: every fault beside its
// credential and the diff, with the catalog version unchanged; then the same file publishes.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, startTestApi, type TestApi } from './helpers/api-server.js';
import { campusCatalog } from './helpers/catalogs.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

/** An Open Badges 2.0 assertion its issuer revoked. */
const revoked = (badge: string) => ({
  '@context': 'https://w3id.org/openbadges/v2',
  type: 'Assertion',
  id: `https://issuer.example.org/assertions/${badge}`,
  recipient: { type: 'email', hashed: false, identity: 'learner@example.org' },
  badge: { type: 'BadgeClass', id: badge, name: badge, issuer: 'https://issuer.example.org' },
  verification: { type: 'hosted' },
  issuedOn: '2025-03-01T00:00:00Z',
  revoked: true,
  revocationReason: 'Issued in error',
});

const WALLET = `query($wallet: JSON!, $asOf: String) {
  walletHoldings(wallet: $wallet, asOf: $asOf) {
    holdings { id earnedOn } unmatched expired rejected warnings
  }
}`;
const CHECK = `query($input: CatalogFileInput!) {
  validateCatalogFile(input: $input) {
    catalogVersion valid faults { code path message ids credential } warnings { code }
    added changed { id fields } unchanged unlisted
  }
}`;
const PUBLISH = `mutation($input: CatalogFileInput!) {
  publishCatalogFile(input: $input) { catalogVersion credentials { id cost provider { id } } }
}`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi(campusCatalog(), { keys: { 'su-key': 'state-u' } });
});
afterAll(async () => {
  await api?.stop();
});

const version = async () =>
  ((await api.gql('{ catalogVersion }')).data as { catalogVersion: number }).catalogVersion;

describe('walletHoldings', () => {
  it('counts the valid achievements and reports expired, revoked and unmatched ones', async () => {
    const presentation = fixture('learner-wallet.json') as { verifiableCredential: unknown[] };
    const wallet = [...presentation.verifiableCredential, revoked('cloud-101')];
    const res = await api.gql<any>(WALLET, { wallet, asOf: '2026-06-01' });
    expect(res.errors).toBeUndefined();
    const report = res.data!.walletHoldings;
    expect(report.holdings).toEqual([{ id: 'py-101', earnedOn: '2026-02-01' }]);
    expect(report.expired).toEqual([expect.objectContaining({ id: 'sql-101' })]);
    expect(report.rejected).toEqual([
      expect.objectContaining({ achievementId: 'cloud-101', reason: 'revoked' }),
    ]);
    expect(report.unmatched).toEqual([
      expect.objectContaining({
        achievementId: 'https://other.example.org/achievements/leadership',
      }),
    ]);
  });

  it('refuses what holds no achievement as BAD_USER_INPUT', async () => {
    const res = await api.gql(WALLET, { wallet: { hello: 'world' } });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('validateCatalogFile and publishCatalogFile', () => {
  const file = (credentials: object[]) =>
    JSON.stringify({ format: 'pathwise.catalog/v1', credentials });
  const course = (id: string, more: object = {}) => ({
    id,
    name: `Course ${id}`,
    kind: 'course',
    cost: 90,
    durationWeeks: 5,
    ...more,
  });

  it('needs a publisher key', async () => {
    const res = await api.gql(CHECK, {
      input: { format: 'CATALOG_JSON', content: file([course('x')]) },
    });
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
  });

  it('lists every fault beside its credential and changes nothing', async () => {
    const before = await version();
    const content = file([
      course('ok-1'),
      course('neg', { cost: -5 }),
      course('dangles', { requires: 'ghost' }),
      course('theirs', { provider: 'cloudco' }),
    ]);
    const res = await api.gql<any>(CHECK, { input: { format: 'CATALOG_JSON', content } }, 'su-key');
    expect(res.errors).toBeUndefined();
    const check = res.data!.validateCatalogFile;
    expect(check.valid).toBe(false);
    expect(check.faults.map((f: any) => `${f.code} ${f.path} ${f.credential}`)).toEqual([
      'FORBIDDEN credentials[3].provider theirs',
    ]);
    const fixedOwner = file([
      course('ok-1'),
      course('neg', { cost: -5 }),
      course('dangles', { requires: 'ghost' }),
    ]);
    const again = (
      await api.gql<any>(
        CHECK,
        { input: { format: 'CATALOG_JSON', content: fixedOwner } },
        'su-key',
      )
    ).data!.validateCatalogFile;
    expect(again.faults.map((f: any) => `${f.code} ${f.path} ${f.credential}`).sort()).toEqual([
      'BAD_NUMBER credentials[1].cost neg',
      'DANGLING_CREDENTIAL credentials[2].requires dangles',
    ]);
    expect(again.added).toEqual([]);
    expect(await version()).toBe(before);
  });

  it('diffs a valid file without writing, then publishes it', async () => {
    const before = await version();
    const current = campusCatalog().credentials.find((c) => c.id === 'py-101')!;
    const content = file([course('new-1'), { ...current, cost: 120 }]);
    const check = (
      await api.gql<any>(CHECK, { input: { format: 'CATALOG_JSON', content } }, 'su-key')
    ).data!.validateCatalogFile;
    expect(check).toMatchObject({
      valid: true,
      faults: [],
      added: ['new-1'],
      catalogVersion: before,
    });
    expect(check.changed).toEqual([{ id: 'py-101', fields: ['cost'] }]);
    expect(check.unlisted).toContain('sql-101');
    expect(await version()).toBe(before);

    const res = await api.gql<any>(
      PUBLISH,
      { input: { format: 'CATALOG_JSON', content } },
      'su-key',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.publishCatalogFile.catalogVersion).toBe(before + 1);
    expect(res.data!.publishCatalogFile.credentials).toEqual([
      { id: 'new-1', cost: 90, provider: { id: 'state-u' } },
      { id: 'py-101', cost: 120, provider: { id: 'state-u' } },
    ]);
  });

  it('reads CSV, naming the row of an unreadable cell', async () => {
    const csv =
      'id,name,kind,cost,durationWeeks\ncsv-1,CSV course,course,40,2\ncsv-2,Bad,course,abc,2\n';
    const check = (await api.gql<any>(CHECK, { input: { format: 'CSV', content: csv } }, 'su-key'))
      .data!.validateCatalogFile;
    expect(check.valid).toBe(false);
    expect(check.faults[0].path).toMatch(/row 3/);
    const good = (
      await api.gql<any>(
        CHECK,
        { input: { format: 'CSV', content: csv.split('\n').slice(0, 2).join('\n') } },
        'su-key',
      )
    ).data!.validateCatalogFile;
    expect(good).toMatchObject({ valid: true, added: ['csv-1'] });
    // A row may require a credential already in the catalog: the dry run validates it with it.
    const joins = 'id,name,kind,cost,durationWeeks,requires\ncsv-2,Next,course,40,2,py-101\n';
    const joined = (
      await api.gql<any>(CHECK, { input: { format: 'CSV', content: joins } }, 'su-key')
    ).data!.validateCatalogFile;
    expect(joined).toMatchObject({ valid: true, added: ['csv-2'] });
  });

  it('reads a CTDL pathway as the caller’s credentials', async () => {
    const content = readFileSync(
      new URL('./fixtures/data-pathway.ctdl.json', import.meta.url),
      'utf8',
    );
    const check = (await api.gql<any>(CHECK, { input: { format: 'CTDL', content } }, 'su-key'))
      .data!.validateCatalogFile;
    expect(check.faults).toEqual([]);
    expect(check.added.length + check.changed.length + check.unchanged.length).toBeGreaterThan(0);
  });

  it('refuses a publish of a faulty file as BAD_USER_INPUT and changes nothing', async () => {
    const before = await version();
    const res = await api.gql(
      PUBLISH,
      { input: { format: 'CATALOG_JSON', content: file([course('neg', { cost: -1 })]) } },
      'su-key',
    );
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(await version()).toBe(before);
  });
});
