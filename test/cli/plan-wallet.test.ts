// `pathwise plan --wallet FILE` through the real built binary: Open Badges 3.0 credentials become
// holdings (matched by achievement id), an expired badge does not count, and what could not be
// matched is reported on stderr while stdout keeps only the plan.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/conformance.js';

const bin = join(repoRoot, 'packages/cli/dist/bin.js');
const dir = mkdtempSync(join(tmpdir(), 'pathwise-wallet-'));

const catalog = {
  format: 'pathwise.catalog/v1',
  credentials: [
    {
      id: 'intro',
      name: 'Cloud Intro',
      kind: 'badge',
      cost: 50,
      durationWeeks: 2,
      'x-achievementIds': ['https://badges.example.org/achievements/intro'],
    },
    {
      id: 'storage',
      name: 'Storage Badge',
      kind: 'badge',
      cost: 80,
      durationWeeks: 3,
      validityMonths: 24,
      'x-achievementIds': ['https://badges.example.org/achievements/storage'],
    },
    {
      id: 'architect',
      name: 'Cloud Architect',
      kind: 'certification',
      cost: 300,
      durationWeeks: 6,
      requires: { all: ['intro', 'storage'] },
    },
  ],
};

function badge(
  achievementId: string,
  name: string,
  validFrom: string,
  validUntil?: string,
): object {
  return {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: `urn:uuid:${name.replace(/\W/g, '-')}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: {
      id: 'https://badges.example.org/issuers/1',
      type: ['Profile'],
      name: 'Example Badges',
    },
    name,
    validFrom,
    validUntil,
    credentialSubject: {
      type: ['AchievementSubject'],
      achievement: {
        id: achievementId,
        type: ['Achievement'],
        name,
        criteria: { narrative: 'Pass.' },
      },
    },
  };
}

function plan(args: string[]) {
  const r = spawnSync(process.execPath, [bin, 'plan', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const catalogFile = join(dir, 'catalog.json');
beforeAll(() => {
  if (!existsSync(bin))
    throw new Error(`${bin} is missing: run \`pnpm build\` (pnpm test builds first)`);
  writeFileSync(catalogFile, JSON.stringify(catalog));
});

describe('pathwise plan --wallet', () => {
  it("counts the wallet's valid badges as holdings and re-earns the expired one", () => {
    const wallet = join(dir, 'wallet.json');
    writeFileSync(
      wallet,
      JSON.stringify([
        badge(
          'https://badges.example.org/achievements/intro',
          'Cloud Intro',
          '2025-01-10T00:00:00Z',
        ),
        badge(
          'https://badges.example.org/achievements/storage',
          'Storage Badge',
          '2023-01-10T00:00:00Z',
          '2025-01-10T00:00:00Z',
        ),
        badge(
          'https://badges.example.org/achievements/unknown',
          'Knitting',
          '2024-05-01T00:00:00Z',
        ),
      ]),
    );
    const r = plan([
      '--catalog',
      catalogFile,
      '--target',
      'architect',
      '--wallet',
      wallet,
      '--as-of',
      '2026-06-01',
      '--json',
    ]);
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.steps.map((s: { credential: string }) => s.credential)).toEqual([
      'storage',
      'architect',
    ]);
    expect(result.totalCost).toBe(380);
    expect(result.totalWeeks).toBe(9);
    expect(r.stderr).toMatch(/achievements\/unknown/);
    expect(r.stderr).toMatch(/expired/);
  });

  it('combines --have with the wallet', () => {
    const wallet = join(dir, 'intro-only.json');
    writeFileSync(
      wallet,
      JSON.stringify(
        badge(
          'https://badges.example.org/achievements/intro',
          'Cloud Intro',
          '2025-01-10T00:00:00Z',
        ),
      ),
    );
    const r = plan([
      '--catalog',
      catalogFile,
      '--target',
      'architect',
      '--wallet',
      wallet,
      '--have',
      'storage@2025-06-01',
      '--as-of',
      '2026-06-01',
      '--json',
    ]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).totalCost).toBe(300);
  });

  it('exits 2 for a wallet with no achievement credential or a missing file', () => {
    const junk = join(dir, 'junk.json');
    writeFileSync(junk, JSON.stringify({ hello: 'world' }));
    const bad = plan(['--catalog', catalogFile, '--target', 'architect', '--wallet', junk]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toMatch(/\bat .*\.js:\d+/);
    const missing = plan([
      '--catalog',
      catalogFile,
      '--target',
      'architect',
      '--wallet',
      join(dir, 'nope.json'),
    ]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/INVALID_INPUT/);
  });
});
