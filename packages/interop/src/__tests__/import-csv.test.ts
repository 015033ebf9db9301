// importCsv: one row per credential; every fault names its row and column.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCatalog } from '@pathwise/core';
import { ImportInvalidError } from '../errors.js';
import { importCsv } from '../csv/import-csv.js';
import { exportCsv } from '../csv/export-csv.js';
import { catalogArb } from '@pathwise/test-support';
import { importCtdl } from '../ctdl/import-ctdl.js';
import { fixture, fixtureText } from './support/fixtures.js';
import { refusal } from './support/refusal.js';

const faultsOf = (text: string): { code: string; path: string }[] =>
  refusal(() => importCsv(text)).map(({ code, path }) => ({ code, path }));

const HEADER = 'id,name,kind,cost,durationWeeks,credits,requires';

describe('importCsv', () => {
  it('imports the badge programme: providers, numbers, skills, extensions and rules', () => {
    const { catalog, warnings } = importCsv(fixtureText('badge-programme.csv'), {
      currency: 'USD',
    });
    expect(parseCatalog(catalog)).toBe(catalog);
    expect(warnings).toEqual([]);
    expect(catalog.providers).toEqual([{ id: 'cloudco', name: 'CloudCo Academy' }]);
    const badge = catalog.credentials.find((c) => c.id === 'cloud-practitioner')!;
    expect(badge).toMatchObject({
      cost: 99,
      durationWeeks: 4,
      validityMonths: 24,
      provider: 'cloudco',
    });
    expect(badge.requires).toEqual({
      all: [
        'lab-capstone',
        { any: ['mentor', 'sb-iam'] },
        { atLeast: 3, of: ['sb-compute', 'sb-storage', 'sb-network', 'sb-iam'] },
      ],
    });
    expect(catalog.credentials[0]).toMatchObject({
      skills: ['compute', 'linux'],
      'x-achievementIds': ['https://badges.example.org/achievements/compute'],
    });
    expect(catalog.credentials.find((c) => c.id === 'mentor')!.provider).toBeUndefined();
  });

  it('states the same rules as the CTDL badge programme (up to ids)', () => {
    const fromCtdl = importCtdl(fixture('badge-programme.expanded.json')).catalog;
    const csv = importCsv(fixtureText('badge-programme.csv')).catalog;
    const ctdlBadge = fromCtdl.credentials.find((c) => c.name === 'Cloud Practitioner Badge')!;
    const csvBadge = csv.credentials.find((c) => c.name === 'Cloud Practitioner Badge')!;
    const shape = (r: unknown): unknown =>
      JSON.parse(
        JSON.stringify(r)
          .replace(/"[^"]*"/g, '"id"')
          .replace(/"id":/g, '"k":'),
      );
    expect(shape(csvBadge.requires)).toEqual(shape(ctdlBadge.requires));
  });

  it('reads a credits rule and warns about an unknown column', () => {
    const text = `${HEADER},colour\na,A,course,10,2,3,,red\nb,B,course,10,2,3,,red\nc,C,certificate,0,0,,"credits 6 of (a, b)",blue\n`;
    const { catalog, warnings } = importCsv(text);
    expect(catalog.credentials[2]!.requires).toEqual({ credits: 6, of: ['a', 'b'] });
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'IGNORED_PROPERTY', path: 'row 1, column colour' }),
    ]);
  });

  it('names row and column of every bad cell at once', () => {
    const text = `${HEADER}\na,A,course,ten,2,,\nb,,widget,5,-1,,\nc,C,course,1,1,,"all(a, b"\n`;
    expect(faultsOf(text)).toEqual([
      { code: 'BAD_VALUE', path: 'row 2, column cost' },
      { code: 'BAD_VALUE', path: 'row 3, column kind' },
      { code: 'BAD_VALUE', path: 'row 3, column durationWeeks' },
      { code: 'MISSING_FIELD', path: 'row 3, column name' },
      { code: 'SYNTAX', path: 'row 4, column requires, character 9' },
    ]);
  });

  it('maps catalog rule faults (dangling id, duplicate id, unreachable credits) to rows', () => {
    const text = `${HEADER}\na,A,course,1,1,2,\na,A2,course,1,1,,\nc,C,course,1,1,,"any(a, zz)"\nd,D,course,1,1,,credits 5 of (a)\n`;
    const faults = faultsOf(text);
    expect(faults.map((f) => f.path)).toEqual(
      expect.arrayContaining(['row 3, column id', 'row 4, column requires (requires.any[1])']),
    );
    expect(faults.some((f) => f.path.startsWith('row 5, column requires'))).toBe(true);
    expect(faults.every((f) => f.code === 'CATALOG_RULE')).toBe(true);
  });

  it('refuses a missing required column, an empty file and broken quoting', () => {
    expect(faultsOf('id,name,kind\na,A,course\n')).toEqual([
      { code: 'MISSING_FIELD', path: 'row 1' },
      { code: 'MISSING_FIELD', path: 'row 1' },
    ]);
    expect(faultsOf('')).toEqual([{ code: 'NO_CONTENT', path: '' }]);
    expect(faultsOf(`${HEADER}\na,"A,course,1,1,,\n`).map((f) => f.code)).toEqual(['SYNTAX']);
  });

  it('with validate: false, leaves references outside the rows to the caller, still checking cells', () => {
    const rows = 'id,name,kind,cost,durationWeeks,requires\nb,B,course,5,1,published-elsewhere\n';
    expect(() => importCsv(rows)).toThrow(ImportInvalidError);
    const { catalog } = importCsv(rows, { validate: false });
    expect(catalog.credentials).toEqual([
      {
        id: 'b',
        name: 'B',
        kind: 'course',
        cost: 5,
        durationWeeks: 1,
        requires: 'published-elsewhere',
      },
    ]);
    expect(() => importCsv(rows.replace(',5,', ',five,'), { validate: false })).toThrow(
      ImportInvalidError,
    );
  });
});

describe('exportCsv -> importCsv', () => {
  it('gives back every credential of random catalogs exactly, and the providers they name', () => {
    fc.assert(
      fc.property(catalogArb(10), (catalog) => {
        const back = importCsv(exportCsv(catalog), { currency: 'XTS' }).catalog;
        expect(back.credentials).toEqual(catalog.credentials);
        const named = new Set(catalog.credentials.flatMap((c) => (c.provider ? [c.provider] : [])));
        const byId = (x: { id: string }, y: { id: string }): number => (x.id < y.id ? -1 : 1);
        expect([...(back.providers ?? [])].sort(byId)).toEqual(
          (catalog.providers ?? [])
            .filter((p) => named.has(p.id))
            .map((p) => ({ id: p.id, name: p.name }))
            .sort(byId),
        );
      }),
      { numRuns: 150 },
    );
  });
});
