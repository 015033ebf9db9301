// Issue 12, wallet side: one fixture per failure class (fixtures/issue-12/wallet-*, written from the
// Open Badges 2.0 / 3.0, Bitstring Status List and VC-JWT specifications; signed ones are made here
// by independent signers), each asserting the holdings, what was rejected, and the warnings.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Catalog, Credential } from '@pathwise/core';
import { CATALOG_FORMAT, indexCatalog } from '@pathwise/core';
import { ImportInvalidError } from '../errors.js';
import { holdingsFromWallet } from '../wallet/holdings-from-wallet.js';
import { verifyWalletProofs } from '../wallet/verify-proofs.js';
import { dataIntegritySigner, jwtSigner } from './support/sign-credentials.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'issue-12');
const bytes = (name: string): Buffer => readFileSync(join(dir, name));
const json = (name: string): unknown =>
  JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;

const credential = (id: string, more: Partial<Credential> = {}): Credential => ({
  id,
  name: id,
  kind: 'badge',
  cost: 10,
  durationWeeks: 1,
  ...more,
});
const catalog: Catalog = {
  format: CATALOG_FORMAT,
  credentials: [credential('sb-compute'), credential('sb-storage'), credential('sb-network')],
};
const index = indexCatalog(catalog);
const asOf = '2026-11-22';

const ob3 = (
  achievementId: string,
  issuer: string,
  more: object = {},
): Record<string, unknown> => ({
  '@context': [
    'https://www.w3.org/ns/credentials/v2',
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  ],
  id: 'urn:uuid:5d2c2a43-44c4-4f1a-9d1f-1f9e0c7f6a01',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: issuer, type: ['Profile'], name: 'Example issuer' },
  validFrom: '2026-01-15T00:00:00Z',
  name: 'Example badge',
  credentialSubject: {
    type: ['AchievementSubject'],
    achievement: {
      id: achievementId,
      type: ['Achievement'],
      name: 'Compute Fundamentals',
      criteria: { narrative: 'Passed the exam.' },
      description: 'An example achievement.',
    },
  },
  ...more,
});

describe('issue 12, wallets', () => {
  it('1. a revoked OB 2.0 assertion is not counted, and is reported', () => {
    const r = holdingsFromWallet(json('wallet-01-revoked-ob2.json'), index, { asOf });
    expect(r.holdings).toEqual([{ id: 'sb-storage', earnedOn: '2025-03-01' }]);
    expect(r.rejected).toEqual([
      {
        achievementId: 'sb-compute',
        name: 'Compute Fundamentals',
        id: 'sb-compute',
        reason: 'revoked',
        detail: 'Issued in error',
      },
    ]);
  });

  it('1. a status-list bit set in a list the file carries revokes; one not in the file is "not checked"', () => {
    const r = holdingsFromWallet(json('wallet-01-status-list.json'), index, { asOf });
    expect(r.holdings.map((h) => h.id)).toEqual(['sb-storage', 'sb-network']);
    expect(r.rejected).toEqual([expect.objectContaining({ id: 'sb-compute', reason: 'revoked' })]);
    expect(r.warnings.filter((w) => w.includes('status not checked'))).toEqual([
      expect.stringContaining(
        'https://issuer.example.org/status/elsewhere is not in the wallet file',
      ),
    ]);
  });

  it('2. a VC-JWT whose exp passed (2011) is expired; one whose nbf is later is not held yet', async () => {
    const signer = await jwtSigner('EdDSA', 'key');
    const vcClaim = (id: string) => {
      const { validFrom: _drop, ...rest } = ob3(id, signer.did);
      return rest;
    };
    const old = await signer.sign({
      iss: signer.did,
      nbf: 1_262_304_000,
      exp: 1_293_840_000,
      vc: vcClaim('sb-compute'),
    });
    const future = await signer.sign({
      iss: signer.did,
      nbf: 1_893_456_000,
      vc: vcClaim('sb-storage'),
    });
    const r = holdingsFromWallet([old, future], index, { asOf });
    expect(r.holdings).toEqual([]);
    expect(r.expired).toEqual([
      expect.objectContaining({
        achievementId: 'sb-compute',
        id: 'sb-compute',
        validUntil: '2011-01-01',
      }),
    ]);
    expect(r.warnings.some((w) => w.includes('valid only from 2030-01-01'))).toBe(true);
  });

  it('3. four different achievements sharing one id are one holding, with a warning', () => {
    const r = holdingsFromWallet(json('wallet-03-duplicate-ids.json'), index, {
      asOf,
      aliases: { 'https://issuer.example.org/achievements/1': 'sb-compute' },
    });
    expect(r.holdings).toEqual([{ id: 'sb-compute', earnedOn: '2026-01-15' }]);
    expect(r.warnings.filter((w) => w.includes('share the id'))).toEqual([
      expect.stringContaining('4 different achievements (Python I; Python II; SQL; Statistics)'),
    ]);
  });

  it('4. a credential with no achievement says so, not "achievement without an id"', () => {
    const r = holdingsFromWallet(json('wallet-04-no-achievement.json'), index, { asOf });
    expect(r.holdings).toEqual([{ id: 'sb-storage', earnedOn: '2026-01-15' }]);
    expect(r.warnings).toContainEqual(
      '[0].credentialSubject: credential subject names no achievement; nothing to match to a catalog credential',
    );
    expect(r.warnings.some((w) => w.includes('without an id'))).toBe(false);
  });

  it('5. baked badges are read: PNG iTXt (compressed) and SVG openbadges:credential', () => {
    expect(holdingsFromWallet(bytes('wallet-05-baked.png'), index, { asOf }).holdings).toEqual([
      { id: 'sb-compute', earnedOn: '2026-01-15' },
    ]);
    expect(
      holdingsFromWallet(readFileSync(join(dir, 'wallet-05-baked.svg'), 'utf8'), index, { asOf })
        .holdings,
    ).toEqual([{ id: 'sb-storage', earnedOn: '2026-01-15' }]);
    expect(holdingsFromWallet(bytes('wallet-05-baked.svg'), index, { asOf }).holdings).toHaveLength(
      1,
    );
    try {
      holdingsFromWallet(bytes('wallet-05-plain.png'), index, { asOf });
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(ImportInvalidError);
      expect((error as ImportInvalidError).faults).toEqual([
        expect.objectContaining({
          code: 'NO_CONTENT',
          message: expect.stringContaining('not a baked badge'),
        }),
      ]);
    }
  });

  it("6. a badge known by the issuer's template id matches through catalog aliases or the caller's map", () => {
    const wallet = json('wallet-06-template-id.json');
    const template =
      'https://badges.example.com/org/example-vendor/badge/data-analytics-certificate';
    const plain = indexCatalog({
      ...catalog,
      credentials: [...catalog.credentials, credential('da-cert')],
    });
    expect(holdingsFromWallet(wallet, plain, { asOf }).unmatched).toHaveLength(1);
    const withAliases = indexCatalog({
      ...catalog,
      credentials: [
        ...catalog.credentials,
        { ...credential('da-cert'), aliases: [template] } as Credential,
      ],
    });
    expect(holdingsFromWallet(wallet, withAliases, { asOf }).holdings).toEqual([
      { id: 'da-cert', earnedOn: '2026-02-01' },
    ]);
    expect(
      holdingsFromWallet(wallet, plain, { asOf, aliases: { [template]: 'da-cert' } }).holdings,
    ).toEqual([{ id: 'da-cert', earnedOn: '2026-02-01' }]);
  });
});

describe('issue 12, wallets: 7. proofs are verified offline, or said not to be', () => {
  it('VC-JWT EdDSA and ES256, keys from did:key and did:jwk: verified; a tampered one is rejected', async () => {
    for (const [alg, method] of [
      ['EdDSA', 'key'],
      ['ES256', 'key'],
      ['EdDSA', 'jwk'],
      ['ES256', 'jwk'],
    ] as const) {
      const signer = await jwtSigner(alg, method);
      const jwt = await signer.sign({ iss: signer.did, vc: ob3('sb-compute', signer.did) });
      const proofs = await verifyWalletProofs([jwt]);
      expect([...proofs.values()]).toEqual([
        { state: 'verified', detail: `JWT ${alg} signature verified with ${signer.did}` },
      ]);
      const r = holdingsFromWallet([jwt], index, { asOf, proofs });
      expect(r.holdings).toEqual([{ id: 'sb-compute', earnedOn: '2026-01-15' }]);
      expect(r.warnings.some((w) => w.includes('not verified'))).toBe(false);
      const [h, p, s] = jwt.split('.');
      const forged = JSON.parse(Buffer.from(p!, 'base64url').toString()) as {
        vc: { credentialSubject: { achievement: { id: string } } };
      };
      forged.vc.credentialSubject.achievement.id = 'sb-network';
      const tampered = `${h}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${s}`;
      const bad = holdingsFromWallet([tampered], index, {
        asOf,
        proofs: await verifyWalletProofs([tampered]),
      });
      expect(bad.holdings).toEqual([]);
      expect(bad.rejected).toEqual([
        expect.objectContaining({ id: 'sb-network', reason: 'invalid-proof' }),
      ]);
    }
  });

  it("eddsa-rdfc-2022 signed by Digital Bazaar's implementation verifies; a changed field is rejected", async () => {
    const signer = await dataIntegritySigner();
    // JSON-LD needs absolute IRIs (safe-mode canonicalisation refuses relative ones).
    const achievement = 'https://issuer.example.org/achievements/compute';
    const aliases = { [achievement]: 'sb-compute' };
    const signed = await signer.sign(ob3(achievement, signer.did));
    const proofs = await verifyWalletProofs(signed);
    expect([...proofs.values()]).toEqual([
      { state: 'verified', detail: `eddsa-rdfc-2022 proof verified with ${signer.did}` },
    ]);
    expect(holdingsFromWallet(signed, index, { asOf, proofs, aliases }).holdings).toEqual([
      { id: 'sb-compute', earnedOn: '2026-01-15' },
    ]);
    const changed = JSON.parse(JSON.stringify(signed)) as { validFrom: string };
    changed.validFrom = '2020-01-15T00:00:00Z';
    const r = holdingsFromWallet(changed, index, {
      asOf,
      proofs: await verifyWalletProofs(changed),
    });
    expect(r.holdings).toEqual([]);
    expect(r.rejected).toEqual([
      expect.objectContaining({
        reason: 'invalid-proof',
        detail: 'eddsa-rdfc-2022 signature does not verify',
      }),
    ]);
  });

  it('a key that needs the network, or no check at all: "not verified" for JWT and JSON-LD alike', async () => {
    const signer = await jwtSigner('EdDSA', 'key');
    const jwt = await signer.sign(
      { vc: ob3('sb-compute', 'https://issuer.example.org') },
      { kid: 'https://issuer.example.org/keys/1' },
    );
    const ld = {
      ...ob3('sb-storage', 'did:web:issuer.example.org'),
      proof: {
        type: 'DataIntegrityProof',
        cryptosuite: 'eddsa-rdfc-2022',
        verificationMethod: 'did:web:issuer.example.org#key-1',
        proofPurpose: 'assertionMethod',
        proofValue: 'z3Fake',
      },
    };
    const proofs = await verifyWalletProofs([jwt, ld]);
    expect([...proofs.values()].map((c) => c.state)).toEqual(['unverified', 'unverified']);
    const r = holdingsFromWallet([jwt, ld], index, { asOf, proofs });
    expect(r.holdings.map((h) => h.id)).toEqual(['sb-compute', 'sb-storage']);
    expect(r.warnings.filter((w) => w.includes('proof not verified'))).toEqual([
      expect.stringMatching(/^\[0\]\(jwt\): JWT proof not verified: .*cannot be resolved offline/),
      expect.stringMatching(
        /^\[1\]: JSON-LD proof not verified: did:web:issuer\.example\.org cannot be resolved offline/,
      ),
    ]);
    const unchecked = holdingsFromWallet([jwt, ld], index, { asOf });
    expect(unchecked.warnings.filter((w) => w.includes('proof not verified'))).toHaveLength(2);
  });
});
