// importCtdl refuses bad input as a whole, naming each fault with its code and path.
import { describe, expect, it } from 'vitest';
import { importCtdl } from '../ctdl/import-ctdl.js';
import { course, goal, pathway } from './support/ctdl-pathway.js';
import { refusal } from './support/refusal.js';

const faultsOf = (doc: unknown): { code: string; path: string }[] => refusal(() => importCtdl(doc));

describe('importCtdl: refuses, naming each fault', () => {
  it('text that is not JSON', () => {
    expect(faultsOf('{"@graph": [')).toEqual([expect.objectContaining({ code: 'NOT_JSON' })]);
  });

  it('a document with nothing to import', () => {
    expect(faultsOf(42).map((f) => f.code)).toContain('NO_CONTENT');
    expect(
      faultsOf({
        '@graph': [{ '@type': 'ceterms:CredentialOrganization', 'ceterms:name': 'X' }],
      }).map((f) => f.code),
    ).toEqual(['NO_CONTENT']);
  });

  it('a dangling target component', () => {
    const faults = faultsOf(
      pathway([
        goal([
          { 'ceterms:requiredNumber': 1, 'ceterms:targetComponent': ['https://ex.org/missing'] },
        ]),
      ]),
    );
    expect(faults).toEqual([
      {
        code: 'DANGLING_REFERENCE',
        path: '@graph[1].ceterms:hasCondition[0].ceterms:targetComponent[0]',
        message: expect.any(String),
      },
    ]);
  });

  it('a dangling reference, unless stubExternal makes it a stand-in with a warning', () => {
    const doc = {
      '@graph': [
        {
          '@id': 'https://ex.org/cert',
          '@type': 'ceterms:Certificate',
          'ceterms:name': 'Cert',
          'ceterms:requires': [
            {
              '@type': 'ceterms:ConditionProfile',
              'ceterms:targetAssessment': ['https://registry.example/assessment/1'],
              'ceterms:targetCredential': ['https://registry.example/credential/9'],
            },
          ],
        },
      ],
    };
    expect(faultsOf(doc).map((f) => f.code)).toEqual(['DANGLING_REFERENCE', 'DANGLING_REFERENCE']);
    const { catalog, warnings } = importCtdl(doc, { stubExternal: true });
    expect(catalog.credentials.map((c) => [c.id, c.kind, c.cost])).toEqual([
      ['https://ex.org/cert', 'certificate', 0],
      ['https://registry.example/credential/9', 'certificate', 0],
      ['https://registry.example/assessment/1', 'assessment', 0],
    ]);
    expect(catalog.credentials[0]!.requires).toEqual({
      all: ['https://registry.example/assessment/1', 'https://registry.example/credential/9'],
    });
    expect(warnings.filter((w) => w.message.includes('stand-in'))).toHaveLength(2);
  });

  it('a target that is not a component or credential', () => {
    const doc = pathway([goal([{ 'ceterms:targetComponent': ['https://ex.org/org'] }])]);
    (doc as { '@graph': object[] })['@graph'].push({
      '@id': 'https://ex.org/org',
      '@type': 'ceterms:CredentialOrganization',
      'ceterms:name': 'O',
    });
    expect(faultsOf(doc).map((f) => f.code)).toEqual(['UNSUPPORTED_RULE']);
  });

  it('requiredNumber beyond its targets, and constraints it cannot express exactly', () => {
    const sum = (comparator: string) => ({
      'ceterms:targetComponent': ['https://ex.org/a'],
      'ceterms:hasConstraint': [
        {
          'ceterms:leftSource': ['ceterms:creditValue'],
          'ceterms:leftAction': 'array:Sum',
          'ceterms:comparator': comparator,
          'ceterms:rightSource': ['4'],
        },
      ],
    });
    expect(
      faultsOf(
        pathway([
          course('a'),
          goal([{ 'ceterms:requiredNumber': 2, 'ceterms:targetComponent': ['https://ex.org/a'] }]),
        ]),
      ).map((f) => f.code),
    ).toEqual(['UNSUPPORTED_RULE']);
    expect(faultsOf(pathway([course('a'), goal([sum('compare:GT')])])).map((f) => f.code)).toEqual([
      'UNSUPPORTED_RULE',
    ]);
    const ok = importCtdl(pathway([course('a'), goal([sum('compare:GTEQ')])]));
    expect(ok.catalog.credentials[1]!.requires).toEqual({ credits: 4, of: ['https://ex.org/a'] });
  });

  it('a credit threshold the targets cannot reach, and a cycle, as catalog rules at the node', () => {
    const sum = {
      'ceterms:targetComponent': ['https://ex.org/a'],
      'ceterms:hasConstraint': [
        {
          'ceterms:leftAction': 'array:Sum',
          'ceterms:comparator': 'compare:GTEQ',
          'ceterms:rightSource': 50,
        },
      ],
    };
    const faults = faultsOf(pathway([course('a'), goal([sum])]));
    expect(faults).toEqual([
      expect.objectContaining({
        code: 'CATALOG_RULE',
        path: expect.stringMatching(/^@graph\[2\] \(credentials\[1\]\.requires/),
      }),
    ]);
    const cycle = faultsOf(
      pathway([
        course('a', { 'ceterms:prerequisite': ['https://ex.org/goal'] }),
        course('goal', { 'ceterms:prerequisite': ['https://ex.org/a'] }),
      ]),
    );
    expect(cycle.map((f) => f.code)).toContain('CATALOG_RULE');
  });

  it('costs in two currencies, a negative price and a bad duration', () => {
    const priced = (key: string, price: number, currency: string, duration = 'P2W') =>
      course(key, {
        'ceterms:estimatedCost': [
          { '@type': 'ceterms:CostProfile', 'ceterms:price': price, 'ceterms:currency': currency },
        ],
        'ceterms:estimatedDuration': [
          { '@type': 'ceterms:DurationProfile', 'ceterms:exactDuration': duration },
        ],
      });
    expect(
      faultsOf(pathway([priced('a', 10, 'USD'), priced('goal', 10, 'EUR')])).map((f) => f.code),
    ).toEqual(['BAD_VALUE']);
    expect(
      faultsOf(pathway([priced('a', -1, 'USD'), priced('goal', 10, 'USD', 'two weeks')])).map(
        (f) => f.code,
      ),
    ).toEqual(['BAD_VALUE', 'BAD_VALUE']);
  });

  it('malformed JSON-LD structure', () => {
    expect(
      faultsOf({
        '@graph': [{ '@id': 5, '@type': 'ceterms:CourseComponent', 'ceterms:name': 'x' }],
      }).map((f) => f.code),
    ).toEqual(['MALFORMED']);
    expect(faultsOf({ '@graph': ['just a string'] }).map((f) => f.code)).toEqual([
      'MALFORMED',
      'NO_CONTENT',
    ]);
  });
});
