// holdingsFromWallet: OB 3.0 / CLR 2.0 wallets become holdings as of a date; expired and unmatched ones are reported.
import { describe, expect, it } from 'vitest';
import type { Catalog } from '@pathwise/core';
import { CATALOG_FORMAT, InvalidInputError, activeHoldings, indexCatalog } from '@pathwise/core';
import { ImportInvalidError } from '../errors.js';
import { holdingsFromWallet } from '../wallet/holdings-from-wallet.js';
import { fixture } from './support/fixtures.js';

const catalog: Catalog = {
  format: CATALOG_FORMAT,
  credentials: [
    {
      id: 'sb-compute',
      name: 'Compute',
      kind: 'badge',
      cost: 0,
      durationWeeks: 2,
      'x-achievementIds': ['https://badges.example.org/achievements/compute'],
    },
    {
      id: 'sb-storage',
      name: 'Storage',
      kind: 'badge',
      cost: 0,
      durationWeeks: 2,
      'x-achievementIds': ['https://badges.example.org/achievements/storage'],
    },
    {
      id: 'sb-network',
      name: 'Network',
      kind: 'badge',
      cost: 0,
      durationWeeks: 2,
      validityMonths: 12,
    },
    {
      id: 'https://northbrook.example.ac.uk/achievements/CS101',
      name: 'Programming I',
      kind: 'course',
      cost: 1540,
      durationWeeks: 12,
    },
    { id: 'cs102', name: 'Computer Systems', kind: 'course', cost: 1540, durationWeeks: 12 },
    { id: 'cs104', name: 'Databases', kind: 'course', cost: 1540, durationWeeks: 12 },
  ],
};
const index = indexCatalog(catalog);
const aliases = { 'https://northbrook.example.ac.uk/achievements/CS102': 'cs102' };

describe('holdingsFromWallet: a learner wallet (presentation with OB 3.0, VC 1.1 and a CLR 2.0)', () => {
  const result = holdingsFromWallet(fixture('learner-wallet.json'), index, {
    asOf: '2026-11-22',
    aliases,
  });

  it('matches by id, x-achievementIds, aliases and otherIdentifier, with validFrom / issuanceDate as earnedOn', () => {
    expect(result.holdings).toEqual([
      { id: 'sb-compute', earnedOn: '2026-03-14' },
      { id: 'https://northbrook.example.ac.uk/achievements/CS101', earnedOn: '2025-12-19' },
      { id: 'cs102', earnedOn: '2025-12-19' },
      { id: 'sb-network', earnedOn: '2026-05-02' },
    ]);
  });

  it('reports the expired badge instead of holding it, and the unmatched achievement', () => {
    expect(result.expired).toEqual([
      {
        achievementId: 'https://badges.example.org/achievements/storage',
        name: 'Storage Fundamentals',
        id: 'sb-storage',
        validUntil: '2025-01-10',
      },
    ]);
    expect(result.unmatched).toEqual([
      {
        achievementId: 'https://northbrook.example.ac.uk/achievements/CLUB-CHESS',
        name: 'Chess club',
      },
    ]);
  });

  it('does not count CLR achievement definitions as awards', () => {
    expect(result.holdings.map((h) => h.id)).not.toContain('cs104');
  });

  it('feeds core lapse rules: a 12-month badge earned in May 2026 has lapsed by mid 2027', () => {
    const later = holdingsFromWallet(fixture('learner-wallet.json'), index, {
      asOf: '2027-06-01',
      aliases,
    });
    expect(activeHoldings(index, later.holdings, '2027-06-01').lapsed.map((l) => l.id)).toEqual([
      'sb-network',
    ]);
  });

  it('holds the badge on the day before it expires, and keeps out awards dated after asOf', () => {
    const early = holdingsFromWallet(fixture('learner-wallet.json'), index, {
      asOf: '2025-01-09',
      aliases,
    });
    expect(early.holdings).toEqual([{ id: 'sb-storage', earnedOn: '2024-01-10' }]);
    expect(early.warnings.filter((w) => w.includes('not held yet'))).toHaveLength(5);
  });
});

describe('holdingsFromWallet: shapes', () => {
  const vc2 = (achievementId: string, dates: object) => ({
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: 'https://ex.org', type: ['Profile'] },
    credentialSubject: {
      type: ['AchievementSubject'],
      achievement: { id: achievementId, type: ['Achievement'], name: 'N' },
    },
    ...dates,
  });

  it('reads a single credential, a list, JSON text and a compact JWT (VC 1.1 `vc` claim)', () => {
    const one = vc2('sb-compute', { validFrom: '2026-01-01T00:00:00Z' });
    expect(holdingsFromWallet(one, index, { asOf: '2026-11-22' }).holdings).toEqual([
      { id: 'sb-compute', earnedOn: '2026-01-01' },
    ]);
    expect(
      holdingsFromWallet(JSON.stringify([one]), index, { asOf: '2026-11-22' }).holdings,
    ).toHaveLength(1);
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const jwt = `${b64({ alg: 'EdDSA' })}.${b64({ vc: vc2('sb-storage', { issuanceDate: '2025-02-03T00:00:00Z' }) })}.c2ln`;
    const fromJwt = holdingsFromWallet([jwt], index, { asOf: '2026-11-22' });
    expect(fromJwt.holdings).toEqual([{ id: 'sb-storage', earnedOn: '2025-02-03' }]);
    expect(fromJwt.warnings.some((w) => w.includes('JWT proof not verified'))).toBe(true);
  });

  it('keeps the most recent award of a credential earned twice', () => {
    const wallet = [
      vc2('sb-compute', { validFrom: '2024-01-01' }),
      vc2('sb-compute', { validFrom: '2026-01-01' }),
      vc2('sb-compute', { validFrom: '2025-01-01' }),
    ];
    expect(holdingsFromWallet(wallet, index, { asOf: '2026-11-22' }).holdings).toEqual([
      { id: 'sb-compute', earnedOn: '2026-01-01' },
    ]);
  });

  it('refuses a wallet with no achievement credential, and a bad asOf', () => {
    for (const bad of [
      {},
      [],
      'not json {',
      { type: ['VerifiableCredential'], credentialSubject: { id: 'x' } },
    ]) {
      try {
        holdingsFromWallet(bad, index, { asOf: '2026-11-22' });
        throw new Error('expected a refusal');
      } catch (error) {
        expect(error).toBeInstanceOf(ImportInvalidError);
        expect((error as ImportInvalidError).code).toBe('IMPORT_INVALID');
      }
    }
    expect(() => holdingsFromWallet(vc2('sb-compute', {}), index, { asOf: '2026-02-30' })).toThrow(
      InvalidInputError,
    );
  });

  it('skips a credential with an unreadable date, saying so, and ignores an alias to an unknown id', () => {
    const r = holdingsFromWallet(
      [vc2('sb-compute', { validFrom: 'last spring' }), vc2('x:1', {})],
      index,
      { asOf: '2026-11-22', aliases: { 'x:1': 'nope' } },
    );
    expect(r.holdings).toEqual([]);
    expect(r.unmatched).toEqual([{ achievementId: 'x:1', name: 'N' }]);
    expect(r.warnings).toHaveLength(2);
  });
});
