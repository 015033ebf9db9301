// `pathwise import` / `pathwise export` end to end: the real built binary on fixture files.
// Catalog JSON on stdout and warnings on stderr; --out writes atomically; exit 2 with one line per fault.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '@pathwise/core';
import { parseCatalog } from '@pathwise/core';
import { importCtdl } from '@pathwise/interop';
import { repoRoot } from '../helpers/conformance.js';
import { requireBuiltCli, runCli, tempDir, writeTemp } from '../cli/run-cli.js';

const fixtures = join(repoRoot, 'packages/interop/src/__tests__/fixtures');
const noStack = (text: string): void => expect(text).not.toMatch(/\n\s+at /);

beforeAll(() => requireBuiltCli());

describe('pathwise import', () => {
  it('prints the catalog of a CTDL pathway on stdout and the warnings on stderr', async () => {
    const run = await runCli(['import', 'ctdl', join(fixtures, 'badge-programme.expanded.json')]);
    expect(run.status).toBe(0);
    const catalog = parseCatalog(JSON.parse(run.stdout));
    expect(
      catalog.credentials.find((c) => c.name === 'Cloud Practitioner Badge')!.requires,
    ).toBeDefined();
    expect(run.stderr).toMatch(/^warning: \[7\]: .*\(UNKNOWN_TYPE\)$/m);
  });

  it('merges several CTDL files by @id and says what to plan to: the pathway name and destinations', async () => {
    const dir = join(fixtures, 'issue-12');
    const run = await runCli([
      'import',
      'ctdl',
      join(dir, 'ctdl-09-pathway-only.json'),
      join(dir, 'ctdl-09-courses-only.json'),
    ]);
    expect(run.status).toBe(0);
    const catalog = parseCatalog(JSON.parse(run.stdout));
    expect(catalog.credentials).toHaveLength(3);
    expect(run.stderr).toContain(
      'pathway "Example pathway" (https://example.org/ctdl/pathway): destination https://example.org/ctdl/goal\n',
    );
    const alone = await runCli(['import', 'ctdl', join(dir, 'ctdl-09-pathway-only.json')]);
    expect(alone.status).toBe(2);
    expect(alone.stderr).toMatch(/targetComponent\[0\]: .*\(DANGLING_REFERENCE\)$/m);
    noStack(alone.stderr);
  });

  it('writes --out atomically (no temporary file left) and prints nothing on stdout', async () => {
    const dir = tempDir();
    const out = join(dir, 'catalog.json');
    writeTemp(dir, 'catalog.json', 'old content');
    const run = await runCli([
      'import',
      'csv',
      join(fixtures, 'badge-programme.csv'),
      '--out',
      out,
      '--currency',
      'USD',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const catalog = parseCatalog(JSON.parse(readFileSync(out, 'utf8')));
    expect(catalog.currency).toBe('USD');
    expect(readdirSync(dir)).toEqual(['catalog.json']);
  });

  it('exits 2 with one line per fault and no stack trace for bad input', async () => {
    const dir = tempDir();
    const csv = writeTemp(
      dir,
      'bad.csv',
      'id,name,kind,cost,durationWeeks,requires\na,A,course,x,1,\nb,B,course,1,1,"any(a,"\n',
    );
    const run = await runCli(['import', 'csv', csv]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^row 2, column cost: .*\(BAD_VALUE\)$/),
      expect.stringMatching(/^row 3, column requires, character 7: .*\(SYNTAX\)$/),
    ]);
    const notJson = await runCli(['import', 'ctdl', writeTemp(dir, 'x.json', '{"@graph": [')]);
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toMatch(/\(NOT_JSON\)/);
    const dangling = writeTemp(dir, 'd.json', {
      '@graph': [
        {
          '@id': 'https://ex.org/g',
          '@type': 'ceterms:CourseComponent',
          'ceterms:name': 'G',
          'ceterms:prerequisite': ['https://ex.org/gone'],
        },
      ],
    });
    const run3 = await runCli(['import', 'ctdl', dangling]);
    expect(run3.status).toBe(2);
    expect(run3.stderr.trim()).toMatch(
      /^@graph\[0\]\.ceterms:prerequisite\[0\]: .*\(DANGLING_REFERENCE\)$/,
    );
    for (const args of [
      ['import', 'xml', dangling],
      ['import', 'ctdl', join(dir, 'missing.json')],
      ['import', 'ctdl'],
    ]) {
      const r = await runCli(args);
      expect(r.status).toBe(2);
      noStack(r.stderr);
    }
    noStack(run.stderr);
  });
});

describe('pathwise export ctdl', () => {
  it("exports one target's pathway that imports back to the same rules", async () => {
    const { catalog } = importCtdl(
      JSON.parse(readFileSync(join(fixtures, 'university-pathway.ctdl.json'), 'utf8')),
    );
    const dir = tempDir();
    const file = writeTemp(dir, 'catalog.json', catalog);
    const bsc = catalog.credentials.find((c) => c.name === 'BSc (Hons) Computing')!;
    const cert = catalog.credentials.find(
      (c) => c.name === 'Certificate of Higher Education in Computing',
    )!;
    const run = await runCli(['export', 'ctdl', '--catalog', file, '--target', cert.id]);
    expect(run.status).toBe(0);
    const back = importCtdl(JSON.parse(run.stdout));
    expect(back.catalog.credentials.map((c) => c.id).sort()).toEqual(
      [cert.id, ...requirementOf(catalog, cert.id)].sort(),
    );
    expect(back.catalog.credentials.find((c) => c.id === cert.id)).toEqual(cert);
    expect(back.pathways[0]!.destinations).toEqual([cert.id]);
    const whole = await runCli(['export', 'ctdl', '--catalog', file]);
    expect(importCtdl(JSON.parse(whole.stdout)).catalog).toEqual(catalog);
    const unknown = await runCli(['export', 'ctdl', '--catalog', file, '--target', 'nope']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/UNKNOWN_CREDENTIAL/);
    expect(bsc).toBeDefined();
  });
});

describe('pathwise export csv', () => {
  it('writes CSV that pathwise import csv reads back to the same credentials', async () => {
    const { catalog } = importCtdl(
      JSON.parse(readFileSync(join(fixtures, 'vendor-certification-chain.ctdl.json'), 'utf8')),
    );
    const dir = tempDir();
    const file = writeTemp(dir, 'catalog.json', catalog);
    const csv = join(dir, 'catalog.csv');
    const run = await runCli(['export', 'csv', '--catalog', file, '--out', csv]);
    expect(run.status).toBe(0);
    const back = await runCli(['import', 'csv', csv]);
    expect(back.status).toBe(0);
    expect(JSON.parse(back.stdout).credentials).toEqual(catalog.credentials);
    const bad = await runCli(['export', 'csv', '--catalog', file, '--target', 'x']);
    expect(bad.status).toBe(2);
    noStack(bad.stderr);
  });
});

function requirementOf(catalog: Catalog, id: string): string[] {
  const req = catalog.credentials.find((c) => c.id === id)!.requires;
  return req !== undefined && typeof req === 'object' && 'credits' in req ? req.of : [];
}

describe('pathwise plan --wallet / --aliases', () => {
  const catalogFile = join(repoRoot, 'examples/catalogs/tech-careers.json');
  const dir = join(fixtures, 'issue-12');
  const plan = (extra: string[]) =>
    runCli([
      'plan',
      '--catalog',
      catalogFile,
      '--target',
      'google-da-cert',
      '--as-of',
      '2026-11-22',
      '--json',
      ...extra,
    ]);

  it("matches a badge's template id through the learner's own --aliases map", async () => {
    const wallet = join(dir, 'wallet-06-template-id.json');
    const without = await plan(['--wallet', wallet]);
    expect(without.status).toBe(0);
    expect(without.stderr).toMatch(
      /no catalog credential for achievement https:\/\/badges\.example\.com/,
    );
    expect((JSON.parse(without.stdout) as { steps: unknown[] }).steps.length).toBeGreaterThan(0);
    const aliases = writeTemp(tempDir(), 'aliases.json', {
      'https://badges.example.com/org/example-vendor/badge/data-analytics-certificate':
        'google-da-cert',
    });
    const held = await plan(['--wallet', wallet, '--aliases', aliases]);
    expect(held.status).toBe(0);
    expect(held.stderr).not.toMatch(/no catalog credential/);
    expect((JSON.parse(held.stdout) as { steps: unknown[] }).steps).toEqual([]);
    const byHave = await plan([
      '--have',
      'https://badges.example.com/org/example-vendor/badge/data-analytics-certificate',
      '--aliases',
      aliases,
    ]);
    expect((JSON.parse(byHave.stdout) as { steps: unknown[] }).steps).toEqual([]);
  });

  it("matches real Credly badge templates through the example catalog's aliases: nothing bought again", async () => {
    // An OB 3.0 wallet in Credly's shape: the Google Data Analytics badge names its Credly
    // badge-template URL, the AWS Cloud Practitioner badge its Credly template id.
    const wallet = join(dir, 'wallet-06-credly-templates.json');
    const planFor = (target: string, catalog: string) =>
      runCli([
        'plan',
        '--catalog',
        catalog,
        '--target',
        target,
        '--as-of',
        '2026-11-22',
        '--json',
        '--wallet',
        wallet,
      ]);
    const steps = (run: { stdout: string }): string[] =>
      (JSON.parse(run.stdout) as { steps: { credential: string }[] }).steps.map(
        (s) => s.credential,
      );
    for (const target of ['google-da-cert', 'aws-clf-c02']) {
      const run = await planFor(target, catalogFile);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).not.toMatch(/no catalog credential/);
      expect(steps(run)).toEqual([]);
    }
    // Without the aliases the same badges are unmatched and the plan buys them again.
    const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as Catalog;
    for (const c of catalog.credentials) delete c.aliases;
    const bare = writeTemp(tempDir(), 'catalog.json', catalog);
    const again = await planFor('google-da-cert', bare);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(
      /no catalog credential for achievement https:\/\/www\.credly\.com\/org\/google\/badge\/google-data-analytics-professional-certificate/,
    );
    expect(steps(again)).toContain('google-da-cert');
    expect(steps(await planFor('aws-clf-c02', bare))).toEqual(['aws-clf-c02']);
  });

  it('refuses an --aliases file that is not an object of ids, exit 2 with no stack', async () => {
    const bad = writeTemp(tempDir(), 'aliases.json', ['google-da-cert']);
    const run = await plan(['--have', 'x', '--aliases', bad]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/aliases .* must be a JSON object/);
    noStack(run.stderr);
  });

  it('reads a baked PNG badge as the wallet', async () => {
    const run = await plan(['--wallet', join(dir, 'wallet-05-baked.png')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/wallet: .*no catalog credential for achievement sb-compute/);
    expect(run.stderr).not.toMatch(/not a compact JWT/);
  });
});
