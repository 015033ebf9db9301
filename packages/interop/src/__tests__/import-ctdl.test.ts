// importCtdl: real-shaped CTDL pathways and credentials become exact catalog rules, and the drift
// real documents show is read alike (import-ctdl-faults.test.ts: bad input refused by fault).
import { describe, expect, it } from 'vitest';
import { isRequirementMet, parseCatalog } from '@pathwise/core';
import type { Catalog } from '@pathwise/core';
import { importCtdl } from '../ctdl/import-ctdl.js';
import { byName, fixture, namedRule } from './support/fixtures.js';
import { course, goal, pathway } from './support/ctdl-pathway.js';

const metWith = (catalog: Catalog, target: string, heldNames: string[]): boolean => {
  const held = new Set(heldNames.map((n) => byName(catalog, n).id));
  const credits = (id: string): number =>
    catalog.credentials.find((c) => c.id === id)?.credits ?? 0;
  return isRequirementMet(byName(catalog, target).requires, held, credits);
};

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
