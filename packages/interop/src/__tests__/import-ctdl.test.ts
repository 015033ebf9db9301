// importCtdl: real-shaped CTDL pathways and credentials become exact catalog rules; bad input is refused by fault.
import { describe, expect, it } from 'vitest';
import { isRequirementMet, parseCatalog } from '@pathwise/core';
import type { Catalog } from '@pathwise/core';
import { ImportInvalidError } from '../errors.js';
import { importCtdl } from '../ctdl/import-ctdl.js';
import { byName, fixture, namedRule } from './support/fixtures.js';

const faultsOf = (doc: unknown): { code: string; path: string }[] => {
  try {
    importCtdl(doc);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportInvalidError);
    expect((error as ImportInvalidError).code).toBe('IMPORT_INVALID');
    return (error as ImportInvalidError).faults;
  }
  throw new Error('expected the import to be refused');
};

const metWith = (catalog: Catalog, target: string, heldNames: string[]): boolean => {
  const held = new Set(heldNames.map((n) => byName(catalog, n).id));
  const credits = (id: string): number =>
    catalog.credentials.find((c) => c.id === id)?.credits ?? 0;
  return isRequirementMet(byName(catalog, target).requires, held, credits);
};

/** A small pathway in compact form whose parts the error tests vary. */
const pathway = (components: object[], extra: object = {}): object => ({
  '@context': 'https://credreg.net/ctdl/schema/context/json',
  '@graph': [
    {
      '@id': 'https://ex.org/p',
      '@type': 'ceterms:Pathway',
      'ceterms:name': 'P',
      'ceterms:hasDestinationComponent': ['https://ex.org/goal'],
      ...extra,
    },
    ...components,
  ],
});
const course = (key: string, more: object = {}): object => ({
  '@id': `https://ex.org/${key}`,
  '@type': 'ceterms:CourseComponent',
  'ceterms:name': key,
  'ceterms:creditValue': 5,
  ...more,
});
const goal = (conditions: object[]): object =>
  course('goal', { 'ceterms:hasCondition': conditions });

describe('importCtdl: university programme with exit awards (@graph form)', () => {
  const { catalog, warnings, pathways } = importCtdl(fixture('university-pathway.ctdl.json'));

  it('passes core validation and keeps the credit thresholds as credits rules', () => {
    expect(parseCatalog(catalog)).toBe(catalog);
    expect(catalog.currency).toBe('GBP');
    expect(
      namedRule(catalog, byName(catalog, 'Certificate of Higher Education in Computing').requires),
    ).toEqual({
      credits: 120,
      of: [
        'Programming I',
        'Computer Systems',
        'Discrete Mathematics',
        'Databases',
        'Web Development',
        'Professional Practice',
      ],
    });
    const bsc = byName(catalog, 'BSc (Hons) Computing');
    expect(bsc.kind).toBe('degree');
    expect(namedRule(catalog, bsc.requires)).toEqual({
      all: expect.arrayContaining([
        'Diploma of Higher Education in Computing',
        'Dissertation',
        expect.objectContaining({ credits: 80 }),
      ]),
    });
  });

  it('reads cost, weeks, credits, names in ceasn: and language maps, the provider and the destination', () => {
    const cs101 = byName(catalog, 'Programming I');
    expect(cs101).toMatchObject({ kind: 'course', cost: 1540, durationWeeks: 12, credits: 20 });
    expect(catalog.providers).toEqual([expect.objectContaining({ name: 'Northbrook University' })]);
    expect(cs101.provider).toBe(catalog.providers![0]!.id);
    expect(byName(catalog, 'Diploma of Higher Education in Computing').kind).toBe('degree');
    expect(pathways[0]!.destinations).toEqual([byName(catalog, 'BSc (Hons) Computing').id]);
    expect(byName(catalog, 'Dissertation').requires).toBe(byName(catalog, 'Algorithms').id);
  });

  it('means what the programme says: 120 credits of year one earn the CertHE, 100 do not', () => {
    const y1 = [
      'Programming I',
      'Computer Systems',
      'Discrete Mathematics',
      'Databases',
      'Web Development',
      'Professional Practice',
    ];
    expect(metWith(catalog, 'Certificate of Higher Education in Computing', y1)).toBe(true);
    expect(metWith(catalog, 'Certificate of Higher Education in Computing', y1.slice(1))).toBe(
      false,
    );
  });

  it('says what it ignored and what it defaulted', () => {
    const ignored = warnings
      .filter((w) => w.code === 'IGNORED_PROPERTY')
      .map((w) => w.message)
      .join('\n');
    expect(ignored).toContain('ceterms:keyword');
    expect(ignored).toContain('ceterms:codedNotation');
    expect(
      warnings.some((w) => w.code === 'DEFAULTED' && w.message.includes('estimatedCost')),
    ).toBe(true);
  });
});

describe('importCtdl: badge programme with "3 of 4" (expanded form)', () => {
  const { catalog, warnings } = importCtdl(fixture('badge-programme.expanded.json'));

  it('reads full IRIs and @value wrappers and nests conditions', () => {
    const badge = byName(catalog, 'Cloud Practitioner Badge');
    expect(badge).toMatchObject({ kind: 'badge', cost: 99 });
    expect(namedRule(catalog, badge.requires)).toEqual({
      all: [
        'Capstone lab',
        { any: ['Mentor session', 'Identity and Access Skill Badge'] },
        {
          atLeast: 3,
          of: [
            'Compute Fundamentals Skill Badge',
            'Identity and Access Skill Badge',
            'Networking Fundamentals Skill Badge',
            'Storage Fundamentals Skill Badge',
          ],
        },
      ].map((x) => (typeof x === 'string' ? x : expect.objectContaining(x))),
    });
    expect(
      metWith(catalog, 'Cloud Practitioner Badge', [
        'Compute Fundamentals Skill Badge',
        'Storage Fundamentals Skill Badge',
        'Networking Fundamentals Skill Badge',
        'Capstone lab',
        'Mentor session',
      ]),
    ).toBe(true);
    expect(
      metWith(catalog, 'Cloud Practitioner Badge', [
        'Compute Fundamentals Skill Badge',
        'Storage Fundamentals Skill Badge',
        'Capstone lab',
        'Mentor session',
      ]),
    ).toBe(false);
  });

  it('imports an unknown component type that a rule names, with a warning, so the rule still holds', () => {
    expect(byName(catalog, 'Mentor session').kind).toBe('course');
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'UNKNOWN_TYPE', path: '[7]' }));
  });

  it('converts P10D and P1M to weeks, flagging the month as approximate', () => {
    expect(byName(catalog, 'Capstone lab').durationWeeks).toBeCloseTo(10 / 7, 5);
    expect(byName(catalog, 'Cloud Practitioner Badge').durationWeeks).toBeCloseTo(52 / 12, 5);
    expect(warnings.some((w) => w.code === 'APPROXIMATED' && w.message.includes('P1M'))).toBe(true);
  });
});

describe('importCtdl: vendor certification chain (credentials with requires)', () => {
  const { catalog, warnings } = importCtdl(fixture('vendor-certification-chain.ctdl.json'));

  it('turns condition profiles, alternatives and embedded assessments into rules', () => {
    expect(namedRule(catalog, byName(catalog, 'Example Networks Professional').requires)).toEqual({
      all: [
        'Core exam',
        { any: ['Example Networks Associate', 'Partner Network Engineer Certificate'] },
        { any: ['Routing concentration exam', 'Security concentration exam'] },
      ],
    });
    expect(namedRule(catalog, byName(catalog, 'Example Networks Expert').requires)).toEqual({
      all: ['Example Networks Professional', 'Expert lab exam'],
    });
    expect(byName(catalog, 'Expert lab exam')).toMatchObject({
      kind: 'assessment',
      cost: 1600,
      durationWeeks: 8,
    });
  });

  it('reads renewalFrequency as validityMonths and a duration range as its maximum', () => {
    expect(byName(catalog, 'Example Networks Associate')).toMatchObject({
      kind: 'certification',
      validityMonths: 36,
    });
    expect(byName(catalog, 'Example Networks Expert').validityMonths).toBe(24);
    expect(byName(catalog, 'Core exam').durationWeeks).toBe(16);
    expect(
      warnings.some((w) => w.code === 'IGNORED_NODE' && w.path === '@graph[2].ceterms:requires[3]'),
    ).toBe(true);
  });
});

describe('importCtdl: drift it accepts', () => {
  it('reads ceasn:, full IRIs, an inline @vocab and isDestinationComponentFor alike', () => {
    const doc = {
      '@context': { '@vocab': 'https://purl.org/ctdl/terms/', ex: 'https://ex.org/' },
      '@graph': [
        { '@id': 'ex:p', '@type': 'Pathway', name: 'P' },
        {
          '@id': 'ex:a',
          '@type': 'CourseComponent',
          'ceasn:name': 'A',
          'https://purl.org/ctdl/terms/creditValue': { '@value': '3' },
        },
        {
          '@id': 'ex:b',
          '@type': 'https://purl.org/ctdl/terms/CredentialComponent',
          name: { 'en-US': 'B' },
          credentialType: 'ceterms:MicroCredential',
          hasChild: ['ex:a'],
          isDestinationComponentFor: 'ex:p',
        },
      ],
    };
    const { catalog, pathways } = importCtdl(doc);
    expect(catalog.credentials.map((c) => [c.id, c.name, c.kind, c.credits, c.requires])).toEqual([
      ['https://ex.org/a', 'A', 'course', 3, undefined],
      ['https://ex.org/b', 'B', 'micro-credential', undefined, 'https://ex.org/a'],
    ]);
    expect(pathways[0]!.destinations).toEqual(['https://ex.org/b']);
  });

  it('accepts a JSON string and a Credential Registry envelope', () => {
    const doc = pathway([
      course('a'),
      goal([{ 'ceterms:requiredNumber': 1, 'ceterms:targetComponent': ['https://ex.org/a'] }]),
    ]);
    expect(importCtdl(JSON.stringify(doc)).catalog.credentials).toHaveLength(2);
    expect(
      importCtdl({ envelope_type: 'resource_data', decoded_resource: doc }).catalog.credentials,
    ).toHaveLength(2);
  });

  it('reads a cost type given as an alignment object, with one cost profile as with several', () => {
    // The cost type's targetNode is read (so not reported ignored) even when there is nothing
    // to group by type; its targetNodeName is not read.
    const profile = (price: number) => ({
      '@type': 'ceterms:CostProfile',
      'ceterms:price': price,
      'ceterms:currency': 'USD',
      'ceterms:directCostType': {
        '@type': 'ceterms:CredentialAlignmentObject',
        'ceterms:targetNode': 'https://purl.org/ctdl/vocabs/costType/Tuition',
        'ceterms:targetNodeName': 'Tuition',
      },
    });
    for (const profiles of [[profile(100)], [profile(100), profile(120)]]) {
      const { catalog, warnings } = importCtdl({
        '@context': { ceterms: 'https://purl.org/ctdl/terms/' },
        '@graph': [
          {
            '@id': 'urn:x:c1',
            '@type': 'ceterms:CourseComponent',
            'ceterms:name': 'C1',
            'ceterms:estimatedCost': profiles,
            'ceterms:estimatedDuration': [
              { '@type': 'ceterms:DurationProfile', 'ceterms:exactDuration': 'P2W' },
            ],
          },
        ],
      });
      expect(catalog.credentials[0]!.cost).toBe(profiles.length === 1 ? 100 : 120);
      const ignored = warnings.filter((w) => w.code === 'IGNORED_PROPERTY').map((w) => w.message);
      expect(ignored).toEqual([
        `ignored ceterms:targetNodeName on CredentialAlignmentObject${profiles.length > 1 ? ' (2 times)' : ''}`,
      ]);
    }
  });

  it("takes Pathwise's exact cost over the profile's price (the last of several), and reads a duration range beside an exact duration without calling it ignored", () => {
    const doc = (exact: number | number[]) => ({
      '@context': { ceterms: 'https://purl.org/ctdl/terms/' },
      '@graph': [
        {
          '@id': 'urn:x:c1',
          '@type': 'ceterms:CourseComponent',
          'ceterms:name': 'C1',
          'pathwise:cost': exact,
          'ceterms:estimatedCost': [{ '@type': 'ceterms:CostProfile', 'ceterms:price': 100 }],
          'ceterms:estimatedDuration': [
            {
              '@type': 'ceterms:DurationProfile',
              'ceterms:exactDuration': 'P2W',
              'ceterms:minimumDuration': 'P1W',
              'ceterms:maximumDuration': 'P4W',
            },
          ],
        },
      ],
    });
    for (const [exact, cost] of [
      [99.5, 99.5],
      [[3, 4], 4],
    ] as const) {
      const { catalog, warnings } = importCtdl(doc(exact as number | number[]));
      expect(catalog.credentials[0]).toMatchObject({ cost, durationWeeks: 2 });
      expect(warnings.filter((w) => w.code === 'IGNORED_PROPERTY')).toEqual([]);
    }
  });
});

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
